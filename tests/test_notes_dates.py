"""Dates as people write them, read against the day the notes were pasted; the 'when' of a step."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.notes.dates import find_days, find_period, first_of_next, spoken
from promo_ai.notes.when import when_phrase

THURSDAY = dt.date(2026, 12, 3)


def one(text: str, order: str = "dmy", direction: str = "past",  # type: ignore[no-untyped-def]
        today: dt.date = THURSDAY):
    (day,) = find_days(text, today, order, direction)  # type: ignore[arg-type]
    return day


@pytest.mark.parametrize("text, expected", [
    ("Thursday 3 December 2026", "2026-12-03"), ("Nov 30, 2026", "2026-11-30"), ("Tue 17 Nov", "2026-11-17"),
    ("2026-11-20", "2026-11-20"), ("2026/11/20", "2026-11-20"), ("Mon 16th Nov.", "2026-11-16"),
    ("Wednesday 2nd December", "2026-12-02"), ("1st of jan", "2027-01-01"), ("Mon Nov 23", "2026-11-23"),
    ("17/11/2026", "2026-11-17"), ("24/11", "2026-11-24"), ("12.03.2026", "2026-03-12"), ("Dec 9", "2026-12-09"),
    ("3 Dec '26", "2026-12-03"),
])
def test_written_dates(text: str, expected: str) -> None:
    assert one(text).day.isoformat() == expected


@pytest.mark.parametrize("text, expected, said", [
    ("today", "2026-12-03", "the day you pasted the notes"),
    ("this morning", "2026-12-03", "the day you pasted the notes"),
    ("yesterday", "2026-12-02", "the day before you pasted the notes"),
    ("yday", "2026-12-02", "the day before you pasted the notes"),
    ("tues", "2026-12-01", "the last Tuesday before you pasted the notes"),
    ("on the 4th", "2026-11-04", "the last 4th before you pasted the notes"),
    ("last Thursday", "2026-11-26", "the last Thursday"),
])
def test_relative_dates_say_how_they_were_read(text: str, expected: str, said: str) -> None:
    day = one(text)
    assert day.day.isoformat() == expected
    assert day.note and said in day.note and spoken(day.day) in day.note


def test_a_deadline_leans_to_the_future() -> None:
    assert one("by Friday", direction="future").day == dt.date(2026, 12, 4)
    assert one("next Thursday").day == dt.date(2026, 12, 10)
    assert one("tmrw").day == dt.date(2026, 12, 4)


@pytest.mark.parametrize("text, order, expected, first", [
    ("3/12", "dmy", "2026-12-03", "day first"), ("3/12", "mdy", "2027-03-12", "month first"),
    ("12/3/26", "mdy", "2026-12-03", "month first"), ("12/3/26", "dmy", "2026-03-12", "day first"),
])
def test_an_ambiguous_numeric_date_follows_the_setting_and_says_so(text: str, order: str, expected: str,
                                                                    first: str) -> None:
    day = one(text, order)
    assert day.day.isoformat() == expected and day.ambiguous
    assert day.note and f"({first}, your setting)" in day.note and "change it if wrong" in day.note


def test_a_numeric_date_that_reads_one_way_only_says_so_when_it_goes_against_the_setting() -> None:
    day = one("24/11", "mdy")
    assert day.day == dt.date(2026, 11, 24) and not day.ambiguous
    assert day.note and "the only possible reading" in day.note
    assert one("24/11", "dmy").note is None
    assert one("5/5").note is None  # both readings are the same day


def test_a_wrong_weekday_is_pointed_out() -> None:
    day = one("Friday 3 December 2026")
    assert day.day == dt.date(2026, 12, 3) and day.note and "is a Thursday, not a Friday" in day.note


def test_a_year_is_found_for_a_date_without_one() -> None:
    assert one("3/12", "mdy", today=dt.date(2026, 3, 20)).day == dt.date(2026, 3, 12)
    assert one("Dec 9", today=dt.date(2026, 12, 2)).day == dt.date(2026, 12, 9)  # not a year ago: a date to come
    assert one("Tue 29 Dec", today=dt.date(2027, 1, 3)).day == dt.date(2026, 12, 29)
    assert one("14 Jan", today=dt.date(2026, 11, 20)).day == dt.date(2027, 1, 14)


@pytest.mark.parametrize("text", [
    "3.1 per 100 charts", "1:1 w/ Dana", "45 min to 25 min", "2 of 2", "she may 5 times", "24/7 cover", "p95 latency",
    "£3/4 of the budget", "3/4 of the team", "Level 5", "Q2", "from 97.2% to 99.4%",
])
def test_figures_are_not_dates(text: str) -> None:
    assert find_days(text, THURSDAY) == []


def test_periods_to_revisit_on() -> None:
    assert find_period("revisit in April once the budget is set", THURSDAY)[1] == dt.date(2027, 4, 1)  # type: ignore[index]
    assert find_period("ask again in Feb", THURSDAY)[1] == dt.date(2027, 2, 1)  # type: ignore[index]
    assert find_period("revisit in Q1", THURSDAY)[1] == dt.date(2027, 1, 1)  # type: ignore[index]
    assert find_period("reconsider in the spring", THURSDAY)[1] == dt.date(2027, 3, 1)  # type: ignore[index]
    assert find_period("revisit later", THURSDAY) is None
    assert first_of_next(12, dt.date(2026, 11, 5)) == dt.date(2026, 12, 1)
    assert first_of_next(11, dt.date(2026, 11, 5)) == dt.date(2027, 11, 1)


@pytest.mark.parametrize("text, expected", [
    ("put me forward at the January workforce panel", "January"), ("send you the email by Friday", "Friday"),
    ("update my goals doc for 2027 by Dec 15", "Dec 15"), ("write up the prep lists by the 30th", "the 30th"),
    ("send it by end of month", "end of month"), ("read the draft over the weekend", "over the weekend"),
    ("revisit in Q1", "Q1"), ("raise it at the mid-year review", "mid-year review"),
    ("send my writeup before then", "before then"), ("process it in the Dec run", "Dec run"),
    ("send the offer letter tmrw", "tmrw"), ("recommend me at their meeting next Thursday", "next Thursday"),
    ("confirm by end of next week", "end of next week"), ("ask Lorraine how the interviews work", None),
])
def test_when_is_kept_as_written(text: str, expected: str | None) -> None:
    assert when_phrase(text) == expected


def test_a_dotted_day_and_month_at_the_head_of_a_meeting_line() -> None:
    (day,) = find_days("2.12 after the huddle - talked to Priya", THURSDAY, "dmy", "past", dotted_head=True)
    assert day.day.isoformat() == "2026-12-02" and day.text == "2.12" and "“2.12”" in (day.note or "")
    assert find_days("2.12 after the huddle", THURSDAY, "dmy", "past") == []  # elsewhere a figure
    assert find_days("4.5 stars from the panel", THURSDAY, "dmy", "past", dotted_head=True) == []


def test_the_when_of_a_step_is_what_follows_by() -> None:
    assert when_phrase("cost the christmas range by next Fri") == "next Fri"
    assert when_phrase("the 9th grade data on her desk by March 6") == "March 6"
