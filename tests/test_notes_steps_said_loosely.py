"""Steps said loosely (notes written for these tests): what the manager had already done is no step ("she'd already
told the clinical lead this morning"), though "he'd put all that in writing" is one; "gona" and "ma'am will"; a
clause after "but" is its own step; "by the 20th" after a comma is when, not a step; "finalise X + send to her" is
one step; "take it to them" names the committee the sentence spoke of."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.changes import ChangeItem
from promo_ai.notes import read_notes
from tests.helpers import make_case

TODAY = dt.date(2026, 12, 3)


def steps(line: str) -> list[ChangeItem]:
    notes = f"1:1 with Sarah on 2 Dec. Not decided yet.\n{line}"
    changes = read_notes(notes, make_case(manager={"name": "Sarah Mwangi"}), today=TODAY).changes
    return [c for c in changes if c.kind == "next"]


@pytest.mark.parametrize("line", [
    "she'd already told the clinical lead this morning so that's done",
    "💬 she said she'd always pushed for me (past stuff, nice)",
])
def test_what_was_done_already_is_no_step(line: str) -> None:
    assert not steps(line)


@pytest.mark.parametrize("line, text", [
    ("He said he'd put all that in writing for my file by end of month.", "put all that in writing for my file"),
    ("- she's gona put the case to the area manager next week, no promises", "put the case to the area manager"),
    ("- ma'am will send me the edit notes from the selection panel", "send me the edit notes from the selection panel"),
])
def test_the_managers_step(line: str, text: str) -> None:
    assert [(s.owner, s.text.startswith(text)) for s in steps(line)] == [("manager", True)]


def test_a_clause_after_but_is_its_own_step() -> None:
    found = steps("- she'll send my file to HR this week but the principals vote at the partner retreat (April 22)")
    assert [s.text for s in found if s.owner == "manager"] == ["send my file to HR this week"]


def test_when_after_a_comma_is_not_a_step() -> None:
    found = steps("me: write up the new allergen matrix process for the handover, by the 20th")
    assert [(s.text, s.by) for s in found] == [
        ("write up the new allergen matrix process for the handover, by the 20th", "the 20th")]


def test_sending_what_was_just_finished_is_one_step() -> None:
    found = steps("me: finalise the teaching portfolio + send to her before Easter")
    assert [s.text for s in found] == ["finalise the teaching portfolio + send to you before Easter"]
    assert len(steps("me: update CV + apply for GRM in Oct")) == 2


def test_them_is_the_committee_named() -> None:
    found = steps("she's happy to support it but the governors' pay committee has to approve any regrading so "
                  "she'll take it to them in March")
    assert any(s.owner == "manager" and s.text == "take it to the governors' pay committee in March" for s in found)
