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
