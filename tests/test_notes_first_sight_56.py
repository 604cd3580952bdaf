"""From development-56's first sight (long notes under headings; notes written for these tests):
- "secret pa", sorting childcare and a migration exam are private, never a ticked step ("the dbt migration plan"
  and "ran the staff childcare voucher scheme" are not);
- "take over the capex forecast from Jordan" is mine to do, not a thing Jordan sends me;
- "it needs a business case for the post and Kamal has to sign it off" does not make "sign the post off it";
- "Nothing final until the board approves the budget" names no one called "Nothing final until the board"."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.changes import ChangeItem, accept_all
from promo_ai.notes import read_notes
from tests.helpers import make_case

TODAY = dt.date(2026, 12, 3)


def read(notes: str, manager: str = "Dana Lee") -> list[ChangeItem]:
    case = make_case(name="Jasmine Patel", manager={"name": manager})
    return list(read_notes(f"1:1 w {manager.split()[0]} 2 Dec - she'll put me forward\n{notes}", case,
                           today=TODAY).changes)


@pytest.mark.parametrize("line", ["I'm planning to take the Australia migration exam, secret pa",
                                  "need to sort childcare for the nights rota before peak",
                                  "the migration visa paperwork is with the agent"])
def test_a_private_plan_is_kept_private(line: str) -> None:
    changes = read(line)
    assert [c.kind for c in changes if c.source_quote == line] == ["private"]
    assert not any(line in c.source_quote for c in accept_all(changes))


@pytest.mark.parametrize("line", ["I'll draft the dbt migration plan and share it with him by 3/6",
                                  "ran the staff childcare voucher scheme, 40 families"])
def test_work_that_only_sounds_private_is_not(line: str) -> None:
    assert not any(c.kind == "private" for c in read(line))


def test_taking_over_a_task_from_the_manager_is_mine() -> None:
    steps = [(c.text, c.owner) for c in read("- me: take over the capex forecast from Jordan before May",
                                             manager="Jordan") if c.kind == "next"]
    assert ("take over the capex forecast from you before May", "me") in steps


@pytest.mark.parametrize("line", [
    "it needs a business case for the post and Kamal (service manager) has to sign it off.",
    "Nothing final until the board approves the budget on 6/25."])
def test_no_step_is_made_of_the_wrong_words(line: str) -> None:
    for step in [c for c in read(line) if c.kind == "next"]:
        assert "post off it" not in step.text and not (step.who or "").lower().startswith("nothing"), step


@pytest.mark.parametrize(("notes", "outcome"), [
    ("Not this cycle for Audit Supervisor.\nMigs got promoted (he's 1 yr ahead of me), fair naman", "not_yet"),
    ("Not this cycle, revisit in June.\nShaft 3 deepening project approved by the board, starts 2027", "not_yet")])
def test_someone_elses_promotion_or_a_project_approved_is_not_my_outcome(notes: str, outcome: str) -> None:
    case = make_case(name="Jasmine Patel", target_title="Audit Supervisor", manager={"name": "Dana Lee"})
    changes = read_notes(f"1:1 w Dana 2 Dec\n{notes}", case, today=TODAY).changes
    assert [c.text for c in changes if c.kind == "outcome"] == [outcome]
