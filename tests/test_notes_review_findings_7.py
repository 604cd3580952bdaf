"""What a second review of this round's changes found: times and figures at a line's head read as the meeting
date ("10.30 - 11.30 1:1 with Dana (Tues)", "1.5 - 2 hr meeting"); "4 may be too late" read as 4 May; version
numbers and number runs read as dates ("10.4.26.0/24", "6-12-18 month check-ins"); "10-Jan-2025" lost its year;
a done deal turned into a no by any other no; "selected for promotion board" read as a promotion and "not
selected" for an award as a no; "Dana to meet 2/6" dropped; "+ thank you cards" split off as a step; "2 + 1 rota"
rewritten as "2 and 1 rota". Notes written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.notes import read_notes
from promo_ai.notes.dates import find_days
from promo_ai.notes.learned import every_step_kept
from promo_ai.phrasing import as_written_out
from tests.helpers import make_case

TODAY = dt.date(2026, 5, 18)


def read(notes: str) -> list[tuple[str, str, str | None]]:
    with every_step_kept():
        return [(c.kind, c.text, c.owner) for c in read_notes(notes, make_case(manager={"name": "Dana Whitfield"}),
                                                                today=TODAY).changes]


@pytest.mark.parametrize("head, meeting", [("10.30 - 11.30 1:1 with Dana (Tues).", "2026-05-12"),
                                           ("9.15 - 1:1 with Dana today.", "2026-05-18"),
                                           ("1.5 - 2 hr meeting with Dana yesterday.", "2026-05-17")])
def test_a_time_at_the_head_is_no_meeting_date(head: str, meeting: str) -> None:
    assert [t for k, t, _ in read(f"{head}\nNot yet, revisit in March.\n") if k == "date"] == [meeting]


@pytest.mark.parametrize("text", ["4 may be too late", "it's 4 may or 5", "Only 2 may be promoted",
                                  "the cutover of 10.4.26.0/24", "upgraded to 4.2.25.1",
                                  "I will set up 6-12-18 month check-ins", "moved to the 4-10-25 rota pattern"])
def test_figures_are_no_dates(text: str) -> None:
    assert not find_days(text, TODAY, "dmy", "past")


def test_a_dashed_date_keeps_its_year() -> None:
    assert [str(d.day) for d in find_days("1:1 on 10-Jan-2025", dt.date(2026, 1, 10), "dmy", "past")] == [
        "2025-01-10"]


@pytest.mark.parametrize("notes, outcome", [
    ("1:1 with Dana 12 May.\nTeam Lead: it is a done deal, starts 1 June.\nThe backfill request was declined.",
     "promoted"),
    ("1:1 with Dana 12 May.\nShe thinks I am ready, goes to panel in June.\nI gave it to Tom yesterday, the business "
     "case, so he can check the numbers.", "pending"),
    ("1:1 with Dana 12 May.\nSelected for promotion board in June - she will send my pack by 1 June.", "pending"),
    ("1:1 with Dana 12 May.\nShe supports my case, panel decides in June.\nMy nomination for the team award: not "
     "selected.", "pending"),
    ("1:1 w/ Dana - Feb 24\nClinical lead: no. Decision made w/ the clinic director. Done deal.", "no"),
])
def test_the_outcome_is_not_taken_from_something_else(notes: str, outcome: str) -> None:
    assert [t for k, t, _ in read(notes) if k == "outcome"] == [outcome]


def test_a_meeting_still_to_come_is_a_step_and_a_header_is_not() -> None:
    assert ("next", "meet 2/6", "manager") in read("1:1 w Dana 3/2. Not yet.\nDana to meet 2/6.\n")
    assert not [s for s in read("Rajan sir meeting 19-03-2026\nnot this year\n") if s[0] == "next"]


def test_thank_you_cards_stay_in_their_step() -> None:
    assert ("next", "sort the Xmas rota + thank you cards for the night team", "me") in read(
        "1:1 w Dana 3/2. Not yet.\nAP me: sort the Xmas rota + thank you cards for the night team\n")


@pytest.mark.parametrize("said", ["sign off the 2 + 1 rota", "a base + 10% uplift"])
def test_a_plus_between_numbers_stays(said: str) -> None:
    assert as_written_out(said) == said
