"""Next steps whose owner is said in more ways (notes written for these tests): a body doing something without "is"
("district HR sending the relocation allowance form this week"), something to be sent with no one named ("the sim
schedule will be sent out by end of june"), a table's owner cell ("| HR (Chidi) | ...", "| Mrs A | ..."), an action
point with its owner in brackets ("AP (Hannah): ..."), "her: ..." and "Myself to ...". A step said twice (in the
prose and in the action list) is proposed once."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.changes import ChangeItem
from promo_ai.notes import read_notes
from tests.helpers import make_case

TODAY = dt.date(2026, 12, 3)


def steps(lines: str, manager: str = "Hannah Adeyemi") -> list[ChangeItem]:
    notes = f"1:1 with {manager.split()[0]} on 2 Dec. She'll put me forward.\n{lines}"
    changes = read_notes(notes, make_case(manager={"name": manager}), today=TODAY).changes
    return [c for c in changes if c.kind == "next" and "put me forward" not in c.text]


@pytest.mark.parametrize("line, who, text", [
    ("- district HR sending the relocation allowance form this week", "district HR",
     "send the relocation allowance form this week"),
    ("→ knowledge team sending me the new precedent bank login", "knowledge team",
     "send me the new precedent bank login"),
    ("📌 People team (Sipho) sending the new contract", "People team", "send the new contract"),
    ("• the appointment letter will be sent from the district office", "the district office",
     "send the appointment letter"),
    ("- the sim schedule will be sent out by end of june", None, "send out the sim schedule by end of june"),
    ("| HR (Chidi) | promotion letter + new grade | next week |", "HR",
     "send the promotion letter + new grade next week"),
])
def test_someone_elses_step(line: str, who: str | None, text: str) -> None:
    assert [(s.owner, s.who, s.text) for s in steps(line)] == [("other", who, text)]


@pytest.mark.parametrize("line, owner, text", [
    ("| Mrs A | announce at the finance team meeting | Monday |", "manager",
     "announce at the finance team meeting by Monday"),
    ("- AP (Hannah): get a reference from Tom Okafor in the policy team", "manager",
     "get a reference from Tom Okafor in the policy team"),
    ("- her: write the head-of-school statement", "manager", "write the head-of-school statement"),
    ("2) Myself to prepare plan for improving CASA, share with sir EOW", "me",
     "prepare plan for improving CASA, share with sir EOW"),
    ("- she's announcing to staff at the May 28 faculty mtg", "manager", "announce to staff at the May 28 faculty mtg"),
])
def test_the_managers_or_mine(line: str, owner: str, text: str) -> None:
    assert [(s.owner, s.text) for s in steps(line)] == [(owner, text)]


def test_myself_is_no_one_to_forward_to() -> None:
    notes = "1:1 with Hannah on 2 Dec. She'll put me forward.\nMyself to prepare plan for improving CASA"
    changes = read_notes(notes, make_case(manager={"name": "Hannah Adeyemi"}), today=TODAY).changes
    assert not [c for c in changes if c.kind == "person"]


def test_a_body_doing_well_is_no_step() -> None:
    assert not steps("- the team doing well lately\n- HR is doing great")


def test_a_step_said_in_the_prose_and_the_action_list_is_one_step() -> None:
    found = steps("She will minute this to the Director PRS and await his view.\nActions:\n"
                  "- Mrs A: minute to Director PRS this week.\n- Me: register for the exam when the portal opens.")
    theirs = [s for s in found if s.owner == "manager"]
    assert len(theirs) == 1 and theirs[0].by == "this week"
    assert [s.text for s in found if s.owner == "me"] == ["register for the exam when the portal opens"]
