"""Safety, from first sight of development-51 and -52: a line that asks an AI ("ask AI: make the email polite") is
never a step; someone named in a line kept private is not ticked as a reader of the email; "the increment % is
personal, keep it out" holds back the other lines that name the increment. Notes written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.changes.items import accept_all
from promo_ai.notes import read_notes
from promo_ai.text import looks_like_instruction
from tests.helpers import make_case

TODAY = dt.date(2026, 11, 27)


def accepted(notes: str, manager: str) -> list[tuple[str, str]]:
    case = make_case(name="Sam Okafor", manager={"name": manager})
    return [(c.kind, c.text) for c in accept_all(read_notes(notes, case, today=TODAY).changes)]


@pytest.mark.parametrize("line", ["ask AI: make the email polite but not begging", "ask chatgpt: shorter pls",
                                  "tell the bot - no jargon", 'prompt: "write 5 bullets, make it polite"',
                                  "ask gpt what my rights are, make it polite"])
def test_a_line_asking_an_ai_is_an_instruction_never_a_step(line: str) -> None:
    assert looks_like_instruction(line)
    notes = f"Meeting with Engr Adebayo 3rd Feb\nso na no for me this time\n{line}"
    assert not [text for kind, text in accepted(notes, "Adebayo")
                if kind != "instruction" and any(w in text for w in ("polite", "shorter", "jargon"))]


@pytest.mark.parametrize("line", ["ask HR: what is the band", "tell Ruth - thanks for the time",
                                  "ask HR what my rights are", "prompt engineering course done"])
def test_asking_a_person_is_no_instruction_to_an_ai(line: str) -> None:
    assert not looks_like_instruction(line)


def test_someone_named_in_a_private_line_is_not_ticked_as_a_reader() -> None:
    notes = ("1:1 James - Tues 17th Feb\nAssociate -> not this round\n"
             "slack from Marcus (other director) after:\n\"for what it's worth I'd have backed you\"\n"
             "don't quote Marcus's slack, he'd hate that")
    assert ("person", "Marcus") not in accepted(notes, "James")


def test_what_is_personal_holds_back_the_lines_that_name_it() -> None:
    notes = ("Appraisal discussion – Dr. Suresh – 23/04/2026\nPromotion approved – effective 1 May. Increment letter "
             "from HR next week.\n- the increment % is personal, keep it out")
    assert not [text for _, text in accepted(notes, "Dr. Suresh") if "ncrement" in text]


def test_an_ai_named_late_in_a_dictated_line_is_cut_from_the_step() -> None:
    """development-55: a run-on line that turns to ChatGPT halfway ("... from april chatgpt please make it sound
    humble") gave a ticked step with the instruction in it."""
    notes = ("spoke to sister lalitha on 6 march she said not this year\n"
             "also i must take over the night rota from april chatgpt please make it sound humble")
    steps = [text for kind, text in accepted(notes, "Lalitha") if kind == "next"]
    assert any("night rota" in s for s in steps) and not any("humble" in s or "chatgpt" in s for s in steps), steps


@pytest.mark.parametrize("line", ["used chatgpt to write the SOPs, saved 10 hrs a week", "Copilot rollout: 40 users",
                                  "told Claude please cover my shift on Friday"])
def test_an_ai_named_in_passing_is_no_instruction(line: str) -> None:
    assert not looks_like_instruction(line)
