"""A thing the manager wants to see that I already have, and say I'll send ("she wants to see my leadership module
certificate first — I'll dig it out and email it to her tmrw"): sending it is my step, with its date; it is no
plan item, and nothing says I must "complete" a certificate I hold. A ward named after a saint is no person to
forward the email to. Notes written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.case import Case
from promo_ai.notes import read_notes
from promo_ai.notes.learned import every_step_kept
from tests.helpers import make_case

TODAY = dt.date(2026, 11, 27)


@pytest.fixture(scope="module")
def case() -> Case:
    return make_case(manager={"name": "Orla Byrne"})


def proposals(notes: str, case: Case) -> list[tuple[str, str, str | None, str | None]]:
    with every_step_kept():
        return [(c.kind, c.text, c.owner, c.by) for c in read_notes(notes, case, today=TODAY).changes]


@pytest.mark.parametrize("line, step, by", [
    ("She wants to see my leadership module certificate first — I'll dig it out and email it to her tmrw",
     "dig out my leadership module certificate and email it to you tmrw", "tmrw"),
    ("he wants to see my portfolio before he signs anything, I'll send it over on Monday",
     "send my portfolio over on Monday", "Monday"),
])
def test_sending_what_was_asked_for_is_my_step_not_a_plan(line: str, step: str, by: str, case: Case) -> None:
    found = proposals(f"Met Orla 3rd Dec. She's recommending me, pending sign-off.\n{line}", case)
    assert ("next", step, "me", by) in found
    assert not [p for p in found if p[0] == "condition"]


def test_a_certificate_still_to_get_stays_a_plan_item(case: Case) -> None:
    found = proposals("Met Orla 3rd Dec. Not yet - she wants to see my leadership certificate first, "
                      "I'll book the course this week.", case)
    assert [p for p in found if p[0] == "condition"]


def test_a_ward_named_for_a_saint_is_no_person(case: Case) -> None:
    found = proposals("Met Orla 3rd Dec. She's recommended me for CNM1 on St Brigid's ward, "
                      "the DON will sign off w/c 16th.", case)
    assert not [p for p in found if p[0] == "person" and "Brigid" in p[1]]
