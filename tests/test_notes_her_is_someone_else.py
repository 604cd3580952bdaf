"""'her' in a step of mine is the manager, spoken to as 'you', unless the notes speak of the manager as 'he' and the
sentence names one other person: "He suggested I talk to Helen in Advisory - I'll reach out to her next week" is
"reach out to Helen next week", never "reach out to you". A bare "i'll enrol next week" after the course he wants
done first names that course. Notes written for these tests."""

from __future__ import annotations

import datetime as dt

from promo_ai.notes import read_notes
from promo_ai.notes.learned import every_step_kept
from tests.helpers import make_case

TODAY = dt.date(2026, 11, 27)
CASE = make_case(manager={"name": "Tom Reed"})
HEAD = "1:1 with Tom 3/2\nhe said not yet. he will revisit in June.\nhe wants me to lead the stock audit.\n"


def my_steps(line: str) -> list[str]:
    with every_step_kept():
        changes = read_notes(HEAD + line, CASE, today=TODAY).changes
    return [c.text for c in changes if c.kind == "next" and c.owner == "me"]


def test_her_is_the_woman_named_when_the_manager_is_he() -> None:
    line = "He suggested I talk to Helen in Advisory about a lateral move - I'll reach out to her next week."
    assert "reach out to Helen next week" in my_steps(line)


def test_him_is_still_the_manager_spoken_to() -> None:
    assert "send you my certificates by Friday" in my_steps("I'll send him my certificates by Friday")


def test_enrol_names_the_course_she_wants_done_first() -> None:
    line = "he wants me to do the herd mgmt course over winter first, i'll enrol next week"
    assert "enrol in the herd mgmt course next week" in my_steps(line)


def test_the_course_wanted_first_does_not_take_the_date_of_my_enrolling() -> None:
    line = "he wants me to do the herd mgmt course over winter first, i'll enrol next week"
    with every_step_kept():
        changes = read_notes(HEAD + line, CASE, today=TODAY).changes
    course = next(c for c in changes if c.kind == "condition" and "herd mgmt course" in c.text)
    assert course.by != "next week"
