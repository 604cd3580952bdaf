"""Meeting dates written more ways, as people head their notes: with dashes and a year ("26-01-2026",
"20-3-26"), "19-Feb", "4 may" (a lower-case month after the day), "14.5 - 1:1 with Mark", "sat night after close",
"3/6/26:" before a colon, and "1:1 Mar 5" (the "1" of "1:1" is no day). What is no date stays none: "3-4 weeks",
"10-15%", "I sat the exam", "she may 2 ...", and a header line "Rajan sir meeting 19-03-2026" is the meeting, not a
step. Notes written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.notes import read_notes
from promo_ai.notes.dates import find_days
from promo_ai.notes.learned import every_step_kept
from tests.helpers import make_case


@pytest.mark.parametrize("head, pasted, order, meeting", [
    ("26-01-2026 — Meeting with Matron Okonkwo", "2026-01-28", "dmy", "2026-01-26"),
    ("20-3-26 | meeting w/ Editor (Anjali)", "2026-03-23", "dmy", "2026-03-20"),
    ("1:1 Vikram 19-Feb", "2026-02-19", "dmy", "2026-02-19"),
    ("4 may 1:1 with Pieter.", "2026-05-05", "dmy", "2026-05-04"),
    ("14.5 - 1:1 with Mark.", "2026-05-18", "dmy", "2026-05-14"),
    ("sat night after close w/ Dave", "2026-04-13", "dmy", "2026-04-11"),
    ("1:1 Ms Washington 3/6/26: supv job went to Kevin", "2026-03-06", "mdy", "2026-03-06"),
    ("Karen 1:1 Mar 5", "2026-03-06", "mdy", "2026-03-05"),
])
def test_the_meeting_date_is_read(head: str, pasted: str, order: str, meeting: str) -> None:
    notes = f"{head}\nNot this round, she'll revisit in the autumn.\n"
    changes = read_notes(notes, make_case(), today=dt.date.fromisoformat(pasted), date_order=order).changes  # type: ignore[arg-type]
    assert [c.text for c in changes if c.kind == "date"] == [meeting]


@pytest.mark.parametrize("text", ["took 3-4 weeks, 10-15% up", "I sat the exam in June", "she may 2 weeks"])
def test_what_is_no_date_stays_none(text: str) -> None:
    assert not find_days(text, dt.date(2026, 3, 6), "dmy", "past")


def test_a_header_naming_the_meeting_is_no_step() -> None:
    with every_step_kept():
        changes = read_notes("Rajan sir meeting 19-03-2026\nnot this year, committee meets 5/6\n",
                             make_case(manager={"name": "Rajan Iyer"}), today=dt.date(2026, 3, 20)).changes
    steps = [c.text for c in changes if c.kind == "next"]
    assert not [s for s in steps if "19-03-2026" in s]
    assert "meet on 5/6" in steps  # the committee's own meeting is a step


@pytest.mark.parametrize("head, order, meeting", [
    ("1:1 w/ Karen Thursday 1/8 — her follow up email:", "dmy", "2026-01-08"),  # 1 Aug 2025 was a Friday
    ("Thu 8/1 catch up with Karen", "mdy", "2026-01-08"),  # 1 Aug 2025, month first, was no Thursday either
    ("Fri, 9/1/2026 mtg w Karen", "mdy", "2026-01-09"),
])
def test_a_weekday_before_a_date_in_figures_picks_the_reading_that_falls_on_it(head: str, order: str,
                                                                                meeting: str) -> None:
    (day,) = find_days(head, dt.date(2026, 1, 9), order, "past")  # type: ignore[arg-type]
    assert day.day.isoformat() == meeting and day.note and "falls on a" in day.note  # said, for the person to check
    changes = read_notes(f"{head}\nPending, she'll raise it in Feb.\n", make_case(), today=dt.date(2026, 1, 9),
                         date_order=order).changes  # type: ignore[arg-type]
    assert [c.text for c in changes if c.kind == "date"] == [meeting]


def test_a_weekday_that_fits_neither_reading_is_flagged() -> None:
    (day,) = find_days("Monday 1/8 1:1 with Karen", dt.date(2026, 1, 9), "dmy", "past")
    assert day.day == dt.date(2025, 8, 1) and day.note and "is a Friday, not a Monday" in day.note
