"""Notes written as a transcript of the talk or dictated in one breath, and plans under headings people use:
the manager's own words after "Him:" or "Her:" are steps of theirs ("Him: I will write the recommendation
letter" is the manager's step, not mine); a dictated run-on is cut where a new thought starts, never between
"dont" and what not to say; "What would swing it:" and "To be ready:" head a plan, never evidence. Notes
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.case import Case
from promo_ai.notes import read_notes
from promo_ai.notes.learned import every_step_kept
from promo_ai.notes.lines import split_sentences
from promo_ai.notes.speech import said_by_manager
from tests.helpers import make_case

TODAY = dt.date(2026, 11, 27)


@pytest.fixture(scope="module")
def case() -> Case:
    return make_case(manager={"name": "Lorena Diaz"})


def read(notes: str, case: Case) -> list[tuple[str, str, str | None]]:
    with every_step_kept():
        return [(c.kind, c.text, c.owner) for c in read_notes(notes, case, today=TODAY).changes]


@pytest.mark.parametrize("line, step", [
    ("Him: I will write the recommendation letter this week", "write the recommendation letter this week"),
    ("Her: I'll send you the job description by Friday", "send me the job description by Friday"),
])
def test_the_managers_own_words_are_the_managers_steps(line: str, step: str, case: Case) -> None:
    found = read(f"1:1 w Lorena 26/11\nMe: can we talk about the senior role?\n{line}", case)
    assert ("next", step, "manager") in found
    assert not any(kind == "next" and owner == "me" for kind, _, owner in found)


@pytest.mark.parametrize("line", [
    "Me: I'll send the deck",  # mine
    "Lorena: send HR my evals",  # a task label: Lorena's step as it is
    "Her: happy for me to go for it, I just need to update my CV",  # my summary of what she said
    "Lorena: I'll email the panel chair and you'll get a date by Friday",  # "you'll" cannot be swapped word for word
    "Her: I'll tell the panel you're ready",
    "Her: I'll talk to my boss about it",  # her boss, not mine
])
def test_lines_that_are_not_the_managers_own_plain_words_are_read_as_written(line: str) -> None:
    assert said_by_manager(line, ["Lorena Diaz", "Lorena"]) == line


def test_the_managers_words_are_read_in_any_case() -> None:
    names = ["Lorena Diaz", "Lorena"]
    assert said_by_manager("Lorena: I've put your name in", names) == "Lorena has put my name in"
    assert said_by_manager("her: i'll send you the info pack", names) == "Lorena will send me the info pack"


@pytest.mark.parametrize("heading", ["What would swing it", "To be ready"])
def test_a_plan_heading_makes_a_plan_not_evidence(heading: str, case: Case) -> None:
    found = read(f"1:1 w Lorena 26/11. Not this round, revisit in March.\n{heading}: run the Saturday pass solo "
                 "for a month + cost the winter menu", case)
    assert ("condition", "run the Saturday pass solo for a month", None) in found
    assert not any(kind == "add" for kind, _, _ in found)


@pytest.mark.parametrize("line", ["Her plan for the team: hire two more analysts, move Raj to nights",
                                  "Their plan: restructure the department in Q2"])
def test_someone_elses_plan_is_not_mine(line: str, case: Case) -> None:
    assert not any(kind == "condition" for kind, _, _ in read(f"1:1 w Lorena 26/11. Not this round.\n{line}", case))


DICTATED = ("ok so meeting with Gary last Tues about the shift manager job he says not this time because head office "
            "put freeze on all new manager positions till after peak so maybe January he wants me to do the IOSH "
            "course before then and he will book it for me on the system next week i need also to cover the night "
            "shift two weeks in October please add that i cut the mispicks by 18 percent on my shift and dont write "
            "nothing about Kasia she is pregnant not official yet")


def test_a_dictated_run_on_is_cut_where_a_new_thought_starts() -> None:
    said = split_sentences(DICTATED)
    assert "he will book it for me on the system next week" in said
    assert "i need also to cover the night shift two weeks in October" in said
    assert "dont write nothing about Kasia" in said  # a private line on its own, the rest kept


def test_a_private_line_is_not_cut_from_its_dont() -> None:
    line = ("for the email I want the accident free miles in, leave out the truck rodeo thing, and Rick's boss Linda "
            "might read it so keep it clean, and dont put in the email that I already talked to Schneider")
    assert any(s.startswith("dont put in the email that I already talked to Schneider") or
               "dont put in the email that I already talked to Schneider" in s for s in split_sentences(line))
    assert not any(s.startswith("put in the email") for s in split_sentences(line))


def test_the_dictated_notes_keep_the_private_line_out_and_the_steps_in(case: Case) -> None:
    found = read(DICTATED.replace("Gary", "Lorena"), case)
    assert ("next", "book it for me on the system next week", "manager") in found or any(
        kind == "next" and "book" in text and owner == "manager" for kind, text, owner in found)
    assert not any("Kasia" in text or "pregnant" in text for kind, text, _ in found if kind != "private")


def test_a_dictated_please_add_and_need_also_are_read(case: Case) -> None:
    notes = ("met Lorena thurs 26 nov she says not this time maybe March i need also to send her the onboarding "
             "numbers by friday please add that i cut onboarding from 10 days to 4 and dont write nothing about "
             "Marcus he is leaving")
    found = read(notes, case)
    assert ("add", "Cut onboarding from 10 days to 4", None) in found
    assert ("next", "send you the onboarding numbers by friday", "me") in found
    assert not any(text == "Please" for _, text, _ in found)
