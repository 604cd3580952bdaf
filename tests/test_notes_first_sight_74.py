"""What development-74 to -76 showed at first sight: a promise to bear me in mind, or an answer I am told to expect,
proposed as someone's step ("you'll keep me in mind", "I'll expect answer before end of march"), and a step whose
"it" is the feedback asked for in the same sentence ("HR will send it within 2 weeks")."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.changes import ChangeItem
from promo_ai.notes import read_notes
from tests.helpers import make_case

TODAY = dt.date(2026, 12, 3)


def steps(notes: str) -> list[ChangeItem]:
    changes = read_notes(f"1:1 w Dana 2 Dec\n{notes}", make_case(manager={"name": "Dana Lee"}), today=TODAY).changes
    return [c for c in changes if c.kind == "next"]


@pytest.mark.parametrize("line", [
    "- Not this time. Iyer sir: no action really, said he'll \"keep me in mind\"",
    "- not this round, she said she'll keep me in mind for the next one",
    "- she will recommend me for ops supervisor. i should expect an answer before end of march",
])
def test_a_promise_to_bear_me_in_mind_or_an_answer_to_wait_for_is_no_step(line: str) -> None:
    assert not [c for c in steps(line) if "mind" in c.text or "expect" in c.text]


def test_keeping_me_in_mind_for_a_named_opening_with_a_when_is_still_a_step() -> None:
    found = steps("- went external. he'll keep me in mind for the Mississauga opening in the fall, nothing promised")
    assert [(c.owner, c.by) for c in found if "Mississauga" in c.text] == [("manager", "fall")]


@pytest.mark.parametrize(("line", "words"), [
    ("- She said no. Asked her for interview feedback, HR will send it within 2 weeks.", "send the interview feedback"),
    ("- Not yet. Waiting for panel feedback, HR will send it next week.", "send the panel feedback"),
])
def test_it_is_the_feedback_asked_for_in_the_same_sentence(line: str, words: str) -> None:
    assert next(c.text for c in steps(line) if c.owner == "other").startswith(words)


@pytest.mark.parametrize(("notes", "text"), [
    ("--- her email after ---\nHi Sam, thanks for today. I'll raise your case with Priya at the AHP leads meeting "
     "on the 26th. Speak soon, Dana", "raise my case with Priya"),
    ("Teams after:\nDana L: Just to confirm – I'll nominate you as engagement lead for the Veltrix benchmarking.",
     "nominate me as engagement lead"),
    ("Hi Sam,\nSorry it wasn't better news. I'll forward your panel feedback once HR releases it.\nCheers, Dana",
     "forward my panel feedback"),
])
def test_a_step_done_to_me_in_the_managers_words_is_the_managers(notes: str, text: str) -> None:
    assert [(c.owner, c.text[:len(text)]) for c in steps(notes) if c.text.startswith(text)] == [("manager", text)]


def test_my_own_step_to_the_manager_stays_mine() -> None:
    found = steps("- I'll send you my CPD log by Friday")
    assert [(c.owner, c.text) for c in found] == [("me", "send you my CPD log by Friday")]


def test_minutes_that_name_me_by_title_and_surname_give_my_step() -> None:
    notes = ("MINUTES OF MEETING 14/01/2026\nPresent: Mr Otieno (Principal), Mrs W. Kamau\n"
             "Min 3/2026: It was agreed that Mrs Kamau will mentor the two new BOM teachers this term.")
    case = make_case(name="Wanjiru Kamau", manager={"name": "Mr Otieno"})
    found = [c for c in read_notes(notes, case, today=dt.date(2026, 1, 20)).changes if c.kind == "next"]
    assert [(c.owner, c.text) for c in found] == [("me", "mentor the two new BOM teachers this term")]


@pytest.mark.parametrize(("line", "text"), [
    ("- AP ma'am Lee: give me charge duty on weekends", "give me charge duty on weekends"),
    ("- she'll put in a word with the DM\n- also organise for me to attend the credit skills training in March",
     "organise for me to attend the credit skills training"),
])
def test_a_step_done_for_me_is_not_mine(line: str, text: str) -> None:
    assert [c.owner for c in steps(line) if c.text.startswith(text)] == ["manager"]
