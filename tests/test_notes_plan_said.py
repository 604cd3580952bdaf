"""The plan as people write it after a 'not yet', read offline: "plan: A + B", "plan is ...", "plan = ...",
"Plan for November: A and B", "I'd need to do A + B", "for that I need A done + B"; and what the committee will want
is neither evidence nor someone's step. Notes written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.changes import ChangeItem
from promo_ai.notes import read_notes
from tests.helpers import make_case

TODAY = dt.date(2026, 12, 3)


def read(line: str, outcome_line: str = "Senior BA - not this cycle, freeze till April.") -> list[ChangeItem]:
    notes = f"1:1 with Dana on 2 Dec.\n{outcome_line}\n{line}"
    return read_notes(notes, make_case(manager={"name": "Dana Whitfield"}), today=TODAY).changes


def conditions(changes: list[ChangeItem]) -> list[str]:
    return [c.text for c in changes if c.kind == "condition"]


@pytest.mark.parametrize("line, wanted", [
    ("plan: lead the Q1 close + get the CPA FAR section passed",
     ["lead the Q1 close", "get the CPA FAR section passed"]),
    ("plan is finish the dbt cert + own the data checks for the loans pipeline by March",
     ["finish the dbt cert", "own the data checks for the loans pipeline by March"]),
    ("plan = do 2 nights a month from Jan + cover her days off in Feb",
     ["do 2 nights a month from Jan", "cover her days off in Feb"]),
    ("Plan for January: own the checkout redesign end to end and mentor one of the juniors.",
     ["own the checkout redesign end to end", "mentor one of the juniors"]),
    ("plan -> I run the stock take on my own in Jan + do the licensing course",
     ["run the stock take on my own in Jan", "do the licensing course"]),
    ("I'd need to do the licensing course + run the stock take solo for a few months first",
     ["do the licensing course", "run the stock take solo for a few months"]),
    ("for that i need CISA part 1 done + lead 2 IT general controls reviews",
     ["get CISA part 1 done", "lead 2 IT general controls reviews"]),
])
def test_the_plan_written_as_people_write_it_is_read_as_conditions(line: str, wanted: list[str]) -> None:
    changes = read(line)
    assert conditions(changes) == wanted
    assert not [c for c in changes if c.kind == "add"]


@pytest.mark.parametrize("line", ["the plan is good", "plan: she'll take it to the board in April"])
def test_a_plan_that_is_not_mine_to_do_is_not_a_condition(line: str) -> None:
    assert conditions(read(line)) == []


def test_what_the_committee_will_want_is_neither_evidence_nor_a_step() -> None:
    changes = read("Says the packet is strong but the committee will want more cross-team impact, so before "
                   "calibration she wants me to write the design doc and get it reviewed by the platform team.",
                   outcome_line="She's putting me up for Senior BA in the April calibration.")
    assert not [c for c in changes if c.kind == "add"]
    assert not [c for c in changes if c.kind == "next" and "want" in c.text]
    assert any("design doc" in text for text in conditions(changes))


@pytest.mark.parametrize("line, wanted", [
    ("Things to work on: AHT still high (avg 7:40, target is 6:30), and finish the Leadership Essentials module",
     ["work on AHT still high (avg 7:40, target is 6:30)", "finish the Leadership Essentials module"]),
    ("To get there: pass CPCU 540 + handle 2 renewals over $250k without referral",
     ["pass CPCU 540", "handle 2 renewals over $250k without referral"]),
])
def test_what_to_work_on_listed_under_a_heading_is_the_plan_not_evidence(line: str, wanted: list[str]) -> None:
    changes = read(line)
    assert conditions(changes) == wanted
    assert not [c for c in changes if c.kind == "add"]


def test_a_requirement_on_file_is_not_an_accomplishment() -> None:
    changes = read("APER forms for 2024 and 2025 must be on file - mine for 2024 is missing!!")
    assert not [c for c in changes if c.kind == "add"]


def test_a_personal_debt_is_private() -> None:
    changes = read("Still owe the cooperative ₦400k from the car loan, need to sort before Dec")
    assert [c.kind for c in changes if "cooperative" in c.source_quote] == ["private"]
