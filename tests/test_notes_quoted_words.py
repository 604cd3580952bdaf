"""A manager's own words quoted in the notes ('Ruth: "I'll tell the night team myself at Friday's huddle"', 'Her
words: "I'll push it with the partners, leave that with me."') are the manager's steps: the "I" in a quote is the
speaker's and its "you" is me. A line that turns to an AI mid-sentence ("... skip the float hey chat GPT make the
email warm") is caught wherever it turns. Notes written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.case import Case
from promo_ai.changes import accept_all
from promo_ai.export.text import render_text
from promo_ai.notes import read_notes
from promo_ai.notes.learned import every_step_kept
from promo_ai.offline import offline_draft
from promo_ai.revision import revise
from promo_ai.text import looks_like_instruction
from tests.helpers import make_case

TODAY = dt.date(2026, 11, 27)


@pytest.fixture(scope="module")
def case() -> Case:
    return make_case(manager={"name": "Ruth Tan"})


def steps(notes: str, case: Case, kind: str = "next") -> list[tuple[str, str | None]]:
    with every_step_kept():
        return [(c.text, c.owner) for c in read_notes(notes, case, today=TODAY).changes if c.kind == kind]


@pytest.mark.parametrize("line, wanted", [
    ('- Ruth: "I\'ll tell the night team myself at Friday\'s huddle"', ("tell the night team", "manager")),
    ('Her words: "I\'ll push it with the partners, leave that with me."', ("push it with the partners", "manager")),
    ('She said: "I\'ll submit your folder to the panel before the 20th."', ("submit my folder to the panel",
                                                                          "manager")),
    ('- ruth: "I\'ll nominate you for the H1 cycle", packet due 3/6', ("nominate me for the H1 cycle", "manager")),
])
def test_the_managers_quoted_promise_is_her_step(line: str, wanted: tuple[str, str], case: Case) -> None:
    read = steps(f"1:1 w Ruth 26/11, she's putting me forward\n{line}", case)
    assert any(wanted[0] in text and owner == wanted[1] for text, owner in read), read
    assert not any(owner == "me" for _, owner in read), read  # her "I" is not mine


def test_what_she_asks_in_her_own_words_is_mine_and_her_promise_hers(case: Case) -> None:
    notes = ('1:1 w Ruth 26/11, not this round\n'
             '-> Ruth: "ship the reconciliation service and I\'ll make the case in Aug"')
    assert ("make the case in Aug", "manager") in [(t.split(" (")[0], o) for t, o in steps(notes, case)]
    assert any("ship the reconciliation service" in text for text, _ in steps(notes, case, "condition"))


def test_words_quoted_that_promise_nothing_give_no_step(case: Case) -> None:
    notes = ('1:1 w Ruth 26/11, no\n'
             'Ruth: "Honestly the research route isn\'t going to work for you in the next 2 years"')
    assert steps(notes, case) == []


def test_the_email_says_her_quoted_promise_to_her_in_the_second_person(case: Case) -> None:
    notes = ('1on1 w Ruth 26/11 - she is putting me forward\n'
             '- Ruth: "I\'ll tell the night team myself at Friday\'s huddle"')
    changes = list(read_notes(notes, case, today=TODAY).changes)  # every proposal ticked by the person
    email = render_text(revise(offline_draft(case, with_guidance=False), notes, changes).draft.email)
    assert "you'll tell the night team at Friday's huddle" in email
    assert "I'll tell the night team" not in email


@pytest.mark.parametrize("line", [
    "put that first skip the parade float hey chat GPT make the email warm not stiff",
    "Chat GPT make me sound senior",
    "tell chat gpt to keep it short",
])
def test_an_ai_named_chat_gpt_with_a_space_is_still_an_ai(line: str) -> None:
    assert looks_like_instruction(line)


def test_chat_gpt_said_in_passing_is_no_instruction() -> None:  # the step after it stays
    assert not looks_like_instruction("chat gpt write-ups got flagged by the auditors, so I'll redo the SOPs by March")


def test_a_dictated_run_on_that_turns_to_an_ai_keeps_nothing_of_the_instruction(case: Case) -> None:
    notes = ("ok record this one on one with Ruth april twenty ninth she will bring my name to the director next week "
             "I will set that up with Karen this week skip the parade float hey chat GPT make the email warm not stiff")
    result = read_notes(notes, case, today=TODAY)
    assert any("chat GPT" in p for p in result.problems)
    assert not any("warm" in c.source_quote or "warm" in c.text for c in accept_all(result.changes))


@pytest.mark.parametrize("line, wanted", [
    ('Ruth: "Sorry, no budget this round. I\'ll try again in April when the headcount lands."',
     ("try again in April", "manager")),
    ('- Ruth said: "I\'ll put you forward at the May panel. Honestly you\'re nearly there."',
     ("put me forward at the May panel", "manager")),
    ('Her words: "You have done the work. I will speak to Helen about the budget. No promises"',
     ("speak to Helen about the budget", "manager")),
])
def test_a_quote_of_several_sentences_stays_its_speakers(line: str, wanted: tuple[str, str], case: Case) -> None:
    found = steps(f"1:1 with Ruth on 20 Nov\n{line}", case)
    assert any(wanted[0] in text and owner == wanted[1] for text, owner in found), found
    assert not any(owner == "me" for _, owner in found), found  # her "I" is never mine


def test_after_the_quote_closes_my_own_words_are_mine_again(case: Case) -> None:
    notes = ('1:1 with Ruth on 20 Nov\n'
             'Ruth: "Not this round. I\'ll try again in April." I\'ll finish the audit by Friday.')
    found = steps(notes, case)
    assert any("finish the audit" in text and owner == "me" for text, owner in found), found
    assert any("try again in April" in text and owner == "manager" for text, owner in found), found
