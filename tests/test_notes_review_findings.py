"""A second reader's review of this round's rules found lines they misread; each is a test here, in the reviewer's
words where they were realistic, so the rules stay as narrow as they need to be."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.changes import ChangeItem
from promo_ai.changes.matching import same_title
from promo_ai.notes import read_notes
from tests.helpers import make_case

TODAY = dt.date(2026, 12, 3)


def read(text: str, target: str = "Senior Business Analyst") -> list[ChangeItem]:
    case = make_case(target_title=target, manager={"name": "Dana Whitfield"})
    return read_notes(f"1:1 with Dana on 2 Dec.\n{text}", case, today=TODAY).changes


def kinds(changes: list[ChangeItem], kind: str) -> list[str]:
    return [c.text for c in changes if c.kind == kind and not c.unsure]


def test_a_private_run_on_stays_private_to_its_end() -> None:
    changes = read("Private, don't put this in the email: Dana told me her husband has been really ill and she has "
                   "been off a lot lately and honestly she is barely coping with everything at home and at work and "
                   "she'll probably be off for a few weeks in January so expect delays.")
    assert not [c for c in changes if c.kind not in {"private", "date"}]


@pytest.mark.parametrize("text", [
    "It's official - I got it! Starts 1 Jan.\nI'll send the deck to the project manager instead.",
    "Not this cycle - revisit in June.\nShe mentioned the move to AWS again.",
    "Not this cycle - revisit in June.\nThe outage was logged as a P1 by ops.",
    "Not this cycle - revisit in June.\nShe liked my time as acting team lead in Q2.",
    "Not this cycle - revisit in June.\nShe'll support me for the Executive MBA.",
])
def test_no_title_is_read_from_ordinary_lines(text: str) -> None:
    assert [c.text for c in read(text) if c.kind == "title"] == []


@pytest.mark.parametrize("text, outcome", [
    ("It's official - starts 1 Jan!\nDana said no to the conference trip though.", "promoted"),
    ("She'll put me forward at the March panel.\nI turned down the Leeds secondment to focus on the migration.",
     "pending"),
    ("She'll put me forward at the March panel.\nThey went with Jira for the new tracker.", "pending"),
    ("She'll put me forward at the March panel.\nThe demo slot was given to Kim at the town hall.", "pending"),
    ("She'll put me forward at the March panel.\nMy speaking slot went to Ravi this time.", "pending"),
    ("Promoted to Senior BA, effective 1 Jan - we'll revisit the pay band at mid-year.", "promoted"),
])
def test_an_outcome_is_not_overturned_by_an_ordinary_line(text: str, outcome: str) -> None:
    assert kinds(read(text), "outcome") == [outcome]


@pytest.mark.parametrize("text", ["Senior BA interviews starting next Monday.",
                                  "Good chat. I'll propose it to the team on Monday.",
                                  "We're awaiting the decision on the vendor contract."])
def test_no_outcome_from_a_process_or_my_own_plan(text: str) -> None:
    assert kinds(read(text), "outcome") == []


@pytest.mark.parametrize("text, unwanted", [
    ("She'll put me forward.\nMy business case will be reviewed by March.", "March"),
    ("She'll put me forward.\nGreat feedback from Sam on the launch.", "Great feedback"),
    ("She'll put me forward.\nReally positive chat; Dana will reply by Friday.", "reply the"),
    ("She'll put me forward.\nBiggest win this quarter: me, according to Dana", "Biggest win"),
])
def test_no_step_says_something_the_notes_do_not(text: str, unwanted: str) -> None:
    steps = [c for c in read(text) if c.kind == "next"]
    assert not any(unwanted in (c.text + " " + (c.who or "")) for c in steps)


def test_a_work_accomplishment_about_loans_is_not_private() -> None:
    changes = read("Add: I automated the car loan application checks, saving 5 hours a week.")
    assert [c.kind for c in changes if "car loan" in c.source_quote] == ["add"]


def test_one_condition_keeps_its_ampersand() -> None:
    changes = read("Not this cycle.\nConditions: present the Sales & Marketing review")
    assert kinds(changes, "condition") == ["present the Sales & Marketing review"]


@pytest.mark.parametrize("said, title, same", [("Marketing Manager", "Product Marketing Manager", False),
                                               ("Business Partner", "Finance Business Partner", False),
                                               ("Captain", "Fire Captain", True),
                                               ("Team Lead", "PSW Team Lead", True)])
def test_a_title_less_its_first_word_is_the_same_title_only_for_an_acronym_or_a_rank(said: str, title: str,
                                                                                      same: bool) -> None:
    assert same_title(said, title) is same
