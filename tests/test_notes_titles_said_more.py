"""Titles said in more ways, read offline: another role offered after a no ("offered me Quality & Innovation
Brewer", "move me to the Seed Quality Lead role in the lab instead", "the jury services coordinator role ...
which she thinks fits me better"), the title in full when the notes say more than the case ("Curator of Textiles &
Dress", "Junior Sous Chef"), and what is not a title ("Effective Nov 1", 'I'm "tracking well"', the "Support" in
"IT Support Team Lead"). A manager addressed by their job ("Chef Andre") is not "you" in a title. Notes written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.changes import ChangeItem
from promo_ai.notes import read_notes
from promo_ai.notes.offered import other_role
from tests.helpers import make_case

TODAY = dt.date(2026, 12, 3)


def read(notes: str, target: str, manager: str = "Dana Whitfield") -> list[ChangeItem]:
    return read_notes(notes, make_case(target_title=target, manager={"name": manager}), today=TODAY).changes


def title_of(changes: list[ChangeItem]) -> str | None:
    return next((c.text for c in changes if c.kind == "title"), None)


@pytest.mark.parametrize("notes, title", [
    ("1:1 w Dana 2 Dec. Lead role is a no. she also said i could go for the oral health educator post instead, "
     "might suit me better", "oral health educator"),
    ("Met Dana 2/12. Head Brewer's a no - they've hired from outside. She offered me Quality & Innovation Brewer, "
     "new title, my own pilot kit.", "Quality & Innovation Brewer"),
    ("Dana 2 Dec: senior post went elsewhere. She offered to move me to the Seed Quality Lead role in the lab "
     "instead.", "Seed Quality Lead"),
    ("spoke to dana 2 dec its a no they went with someone else she said i could apply for the jury services "
     "coordinator role that opens in march which she thinks fits me better", "jury services coordinator"),
    ("1:1 w/ Dana 2 Dec\n- she doesn't support the promo\n- there's an opening for Analytics Engineer on the BI team "
     "which she thinks suits me", "Analytics Engineer"),
])
def test_another_role_after_a_no(notes: str, title: str) -> None:
    found = title_of(read(notes, "Senior Business Analyst"))
    assert found is not None and found.lower() == title.lower(), found


@pytest.mark.parametrize("notes, target, title", [
    ("Dana 2 Dec. Summary: the regrade has gone through. I'm now Curator of Textiles & Dress (Grade 6) from 1 March.",
     "Curator", "Curator of Textiles & Dress"),
    ("Chef Andre 2 Dec. Yes! Not full sous yet - he's making me Junior Sous Chef from 1 April.", "Sous Chef",
     "Junior Sous Chef"),
    ("Dana 2 Dec. Outcome: promoted to IT Support Team Lead, wef 1 Apr", "IT Support Team Lead",
     "IT Support Team Lead"),
    ("Dana 2 Dec. Made Lieutenant. Effective Nov 1, Station 7 B-shift.", "Lieutenant", "Lieutenant"),
])
def test_the_title_as_the_notes_say_it(notes: str, target: str, title: str) -> None:
    manager = "Chef Andre" if notes.startswith("Chef") else "Dana Whitfield"
    assert title_of(read(notes, target, manager)) == title


def test_a_quoted_word_after_i_am_is_not_a_title() -> None:
    changes = read('Dana 2 Dec. Not this cycle, revisit in the spring. He says I\'m "tracking well".', "Associate")
    assert title_of(changes) is None


def test_a_manager_called_by_their_job_is_not_you_in_the_notes() -> None:
    changes = read("Chef Andre 2 Dec. Yes! he's making me Junior Sous Chef from 1 April.\nChef Andre tells the "
                   "brigade at Monday line-up", "Sous Chef", "Chef Andre")
    steps = [c for c in changes if c.kind == "next"]
    assert [(s.owner, s.text) for s in steps] == [("manager", "tell the brigade at Monday line-up")], steps


@pytest.mark.parametrize("sentence, target, title", [
    ("she did say I could apply for Senior CSR in the meantime if I want", "Financial Advisor", "Senior CSR"),
    ("He suggested I go for the cluster ALNCo role instead", "Assistant Headteacher", "ALNCo"),
    ("- she suggested the L&D Lead role in Galway opening in Aug", "HR Business Partner", "L&D Lead"),
    ("he said maybe go for the safety coordinator opening in the office instead", "Driver Trainer",
     "safety coordinator"),
    ("I'm a stronger fit for Lead BA, which opens in April", "Product Owner", "Lead BA"),
    ("she will ask the owner if they can make me SENCo deputy instead", "Room Leader", "SENCo deputy"),
])
def test_another_opening_named_for_the_writer(sentence: str, target: str, title: str) -> None:
    assert other_role(sentence, target, set()) == title


@pytest.mark.parametrize("sentence", ["she'll put me forward for the sergeant role",
                                      "I'm going for the 10k run instead", "she suggested the leadership course"])
def test_no_other_opening(sentence: str) -> None:
    assert other_role(sentence, "Police Sergeant", set()) is None
