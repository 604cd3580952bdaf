"""A step whose object is only "it" or "that" names the thing the clause before it names: "... and do the haccp
level 3, he'll book me on it" is "book me on the haccp level 3", so the email says what will be booked, sent or set
up. Never a person it goes to, a place, a time, or the promotion itself ("she'll raise it at the panel")."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.changes import ChangeItem
from promo_ai.notes import read_notes
from tests.helpers import make_case

TODAY = dt.date(2026, 12, 3)


def steps(notes: str) -> list[ChangeItem]:
    changes = read_notes(f"1:1 w Dana 2 Dec\n{notes}", make_case(manager={"name": "Dana Lee"}), today=TODAY).changes
    return [c for c in changes if c.kind == "next"]


@pytest.mark.parametrize(("line", "text"), [
    ("plan is i run the pass tues nights from april and do the haccp level 3, she'll book me on it",
     "book me on the haccp level 3"),
    ("Also need a debrief w/ the chief inspector - Walsh to set it up", "set up the debrief w/ the chief inspector"),
    ("Vikram wants a short note on the sampling approach -> I send it by 20/08",
     "send the short note on the sampling approach by 20/08"),
    ("she can only put me in if my promo packet is in by EOW, I'll send it over Thursday",
     "send my promo packet over Thursday"),
    ("she's going to sort me a place on the Edward Jenner leadership course, I'll do it by march",
     "do the Edward Jenner leadership course by march"),
])
def test_it_names_the_thing_before(line: str, text: str) -> None:
    assert text in [c.text for c in steps(line)]


@pytest.mark.parametrize(("line", "wrong"), [
    ("she was really positive about the audit, she'll raise it at the panel", "raise the audit"),  # the case
    ("not this cycle, she'll bring it up again in the fall", "bring up the"),
    ("He suggested I shadow Ms Pillay at the high court - I'll set that up", "set up the high court"),  # a place
    ("Michelle wants the CEO to meet me first - she'll set it up", "set up the CEO"),  # a person
    ("partner review after the cement audit, she'll set it up", "set up the cement audit"),  # a time
])
def test_it_is_not_the_case_a_place_a_person_or_a_time(line: str, wrong: str) -> None:
    texts = [c.text for c in steps(line)]
    assert texts and not any(t.startswith(wrong) for t in texts), texts
