"""Who the email goes on to: the first person ticked is named in the email ("here is the written version you can
share with Marcus"), so only someone the notes forward, copy, send or take the case to, or who decides, starts
ticked; anyone else named starts unticked, with the reason. Notes written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.changes import ChangeItem, accept_all
from promo_ai.notes import read_notes
from tests.helpers import make_case

TODAY = dt.date(2026, 12, 3)


def people(line: str) -> list[ChangeItem]:
    notes = f"1:1 with Dana on 2 Dec. She'll put me forward.\n{line}"
    changes = read_notes(notes, make_case(manager={"name": "Dana Whitfield"}), today=TODAY).changes
    return [c for c in changes if c.kind == "person"]


@pytest.mark.parametrize("line, name", [
    ("cc Raj (skip level) on the follow up", "Raj"),
    ("send to 1SG and cc CPT Walsh", "Walsh"),
    ("She'll forward it to Marcus Webb (director).", "Marcus Webb"),
    ("she's taking it to the regional mgr (Dom) next month", "Dom"),
    ("Wants a second opinion from Ahmed (G7) on my drafting first.", "Ahmed"),
])
def test_someone_the_email_goes_on_to_starts_ticked(line: str, name: str) -> None:
    found = people(line)
    assert [(c.text, c.unsure) for c in found] == [(name, None)]


@pytest.mark.parametrize("line, name", [
    ("Also put in that I trained the two new hires (Josh and Tamsin) on e-filing.", "Josh"),
    ("Kirsty wants me to shadow Paul on lettings valuations next month.", "Paul"),
])
def test_someone_only_named_starts_unticked_with_the_reason(line: str, name: str) -> None:
    found = [c for c in people(line) if c.text == name]
    assert found and found[0].unsure and "tick it if your manager will forward the email to them" in found[0].unsure
    assert found[0] not in accept_all(found)


@pytest.mark.parametrize("line", [
    "Not this appraisal cycle - promotions capped at 10% and Hyderabad region is already over",
    "the panel (Singapore) wants a test strategy doc first",
    "Management has decided to hire from outside (CA with Big 4 background).",
    "not loaded on this yrs board for Sgt. Too early in rank",
])
def test_a_place_or_a_body_is_no_one_to_forward_to(line: str) -> None:
    assert people(line) == []


@pytest.mark.parametrize("line, name", [
    ("She said she'll forward it to Ch Insp Barrett so he knows I'm keen.", "Insp Barrett"),
    ("- Training dept (Marie): confirm sim slots for the assessment", "Marie"),
    ("I will email Raj 5 dec about the panel pack", "Raj"),
])
def test_a_person_named_beside_a_rank_a_team_or_a_date_is_still_found(line: str, name: str) -> None:
    assert name in [c.text for c in people(line)]
