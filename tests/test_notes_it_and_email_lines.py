"""A step whose object is "it" or "that" says what it points back to ("Store Manager Academy in May, Claire's
booking it" is Claire booking the Store Manager Academy), and lines about the email itself ("In my email: thank
her, highlight ...", "email: 18% revenue growth first") are edits of the email, never steps or accomplishments.
Notes written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.changes import ChangeItem
from promo_ai.notes import read_notes
from tests.helpers import make_case

TODAY = dt.date(2026, 12, 3)


def read(line: str) -> list[ChangeItem]:
    notes = f"1:1 with Claire on 2 Dec. She'll put me forward.\n- {line}"
    return read_notes(notes, make_case(manager={"name": "Claire Hobbs"}), today=TODAY).changes


def steps(line: str) -> list[ChangeItem]:
    return [c for c in read(line) if c.kind == "next" and line.strip("- ")[:20] in c.source_quote]


@pytest.mark.parametrize("line, owner, text", [
    ("Store Manager Academy in May, Claire's booking it", "manager", "book the Store Manager Academy"),
    ("next quarterly review -> June, Claire sets it up", "manager", "set up the next quarterly review"),
    ("needs me to do medication competency training first - Claire booking me on it for May", "manager",
     "book me on the medication competency training for May"),
    ("the station manager wants to see my incident command assessment - Claire will set that up for June", "manager",
     "set up my incident command assessment for June"),
    ("need my immunization cert renewed b4 it expires 8/1 - me", "me", "get my immunization cert renewed"),
])
def test_it_names_the_thing_before(line: str, owner: str, text: str) -> None:
    found = steps(line)
    assert [(s.owner, s.text.startswith(text)) for s in found] == [(owner, True)], found


def test_a_clause_after_that_is_left_as_it_is() -> None:
    """'confirm that ...' is followed by what is confirmed, not a thing that 'that' stands for."""
    found = steps("pay band review, Claire to confirm that the post is funded by Friday")
    assert found and all("the pay band review" not in s.text for s in found), found


@pytest.mark.parametrize("line", [
    "In my email: thank her, highlight the profitability dashboard",
    "email put the heat pump installs first then toolbox talks",
    "Thank her.",
    "thank her, keep it short",
    "want the email to go to Craig + cc Leanne",
    "Email back: thank her, pick-error work first",
])
def test_a_line_about_the_email_is_not_a_step(line: str) -> None:
    assert steps(line) == []


@pytest.mark.parametrize("line, words", [
    ("email: 18% revenue growth first.", "18% revenue growth"),
    ("Email lead: KES 240M deposit growth.", "KES 240M deposit growth"),
    ("email -> thank her, lead with the £1,400/wk waste saving", "£1,400/wk waste saving"),
    ("email: $3.4M savings up top, drop the book club", "$3.4M savings"),
])
def test_what_the_email_leads_with_is_emphasised_not_added_as_said(line: str, words: str) -> None:
    changes = read(line)
    assert any(c.kind == "emphasise" and words in c.text for c in changes), changes
    said_as_is = [c for c in changes if c.kind in {"add", "next"} and c.text.lower().startswith(("email", "thank"))]
    assert said_as_is == [], changes
