"""Dates as people write them in meeting notes, read against the day the notes were pasted.

"Thursday 3 December 2026", "Nov 30, 2026", "Tue 17 Nov", "3/12", "12/3/26", "2026-11-20", "today",
"this morning", "yday", "tues", "on the 4th". A numeric date that reads both ways (3/12) is read by the
person's setting (day first or month first) and says so in its `note`; a relative one says which day it
was taken to be. Nothing is read silently: every guess carries a sentence for the person to check.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Literal

DateOrder = Literal["dmy", "mdy"]
Direction = Literal["past", "near", "future"]

MONTHS = {name: i for i, names in enumerate((
    "jan january", "feb february", "mar march", "apr april", "may", "jun june", "jul july", "aug august",
    "sep sept september", "oct october", "nov november", "dec december"), start=1) for name in names.split()}
WEEKDAYS = {name: i for i, names in enumerate((
    "mon monday", "tue tues tuesday", "wed weds wednesday", "thu thur thurs thursday", "fri friday",
    "sat saturday", "sun sunday")) for name in names.split()}
# every month and weekday name as a regex alternation, longest first ("september" before "sep")
DATE_WORDS = "|".join(sorted([*MONTHS, *WEEKDAYS], key=len, reverse=True))
_MON = (r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
        r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
# a weekday said before a date ("Thursday 1/8", "Tue 17 Nov"); not "sat" or "sun" ("I sat the exam")
_WEEKDAY = r"mon(?:day)?|tue(?:s(?:day)?)?|wed(?:s|nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|saturday|sunday"
_WD = rf"(?:(?P<wd>{_WEEKDAY})\.?,?\s+)?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:(?:,?\s+|-)(?P<year>20\d{2})|\s+'(?P<yy>\d{2}))?"  # "10 Jan 2025", "10-Jan-2025"
_MONTH_AHEAD = r"(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
# "the 9th grade", "the 3rd floor": an ordinal before a noun is not a day
_NOT_A_NOUN = (r"(?!\s+(?:grade|floor|year|place|time|round|edition|century|percentile|birthday|anniversary|"
               r"generation|level|stage|phase|quarter|item|point|step|version|attempt|visit)s?\b)")
# After "the 1st" with no "on" before it, a day is followed by a pause, a month or a small word ("the 19th at
# 3", "the 4th or 5th"), not by a noun ("the 1st supervision in my new role").
_A_PAUSE_NEXT = (r"(?!\s+(?!(?:of|at|in|on|for|to|and|or|but|so|when|if|is|was|will|then|as|by|before|after|with|"
                 r"which|the|a|an|she|he|they|we|i|it|my|his|her|their|our|please|too|also|instead|anyway|"
                 r"probably|maybe|hopefully|now|still|noon|midday|morning|afternoon|evening|latest|deadline|"
                 r"am|pm)\b)[a-z]{3,}\b)")
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((name, re.compile(rx, re.IGNORECASE)) for name, rx in (
    ("iso", r"\b(?P<year>20\d{2})(?P<s>[-/.])(?P<month>\d{1,2})(?P=s)(?P<day>\d{1,2})\b"),
    ("numeric", r"(?<![\d/.:£$€-])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})"
                r"(?:(?P=sep)(?P<c>\d{4}|\d{2})(?![\d/%]|\.\d)|(?:(?P<dot>\.)(?!\d))?(?![\d/%:]|\.\d|\s+of\b))"),
    # "26-01-2026", "20-3-26 | meeting", "Review with Rao sir, 17-09-25": dashes only with a year (not "3-4 weeks",
    # "10-15%"), a short year only before a pause (not "6-12-18 month check-ins")
    ("numeric", r"(?<![\d/.:£$€-])(?P<a>\d{1,2})(?P<sep>-)(?P<b>\d{1,2})-(?P<c>(?:19|20)\d{2}(?![\d/%.-])|"
                r"\d{2}(?=\s*(?:[:,;.)|–—]|\s-\s|$)))(?P<dot>)"),
    ("named", rf"\b{_WD}(?<![\d:]){_DAY}(?:\s+(?:of\s+)?|-){_MON}{_YEAR}(?![\w'])"),  # "19-Feb"; not "1:1 Mar 5"
    ("named", rf"\b{_WD}{_MON}\s+{_DAY}(?!\s*(?:%|am|pm|min|h\b|hours?|days?|weeks?)){_YEAR}(?![\w'])"),
    ("ordinal", rf"(?:\b(?:on\s+the|on)\s+|\()(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b{_MONTH_AHEAD}{_NOT_A_NOUN}"),
    # "by the 15th pls", "By the 15th Priya sends ...": a deadline's day, whatever follows it
    ("ordinal", rf"(?:(?<=\bby\s)|(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bfrom\s))"
                rf"the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b{_MONTH_AHEAD}{_NOT_A_NOUN}"),
    ("ordinal", rf"(?<!\bon\s)(?<!\bby\s)(?<!\bbefore\s)(?<!\bafter\s)(?<!\buntil\s)(?<!\btill\s)(?<!\bfrom\s)"
                rf"\bthe\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b{_MONTH_AHEAD}{_NOT_A_NOUN}{_A_PAUSE_NEXT}"),
    ("weekday", r"\b(?:(?P<rel>last|next|this|this\s+coming)\s+)?(?P<wd>monday|mon|tuesday|tues|tue|wednesday|weds|wed|"
                r"thursday|thurs|thur|thu|friday|fri|saturday|sunday|(?:sat|sun)(?=\s+(?:night|morning|arvo|"
                r"afternoon|evening|am|pm)\b))\b\.?"),  # "sat night after close", not "sat the exam"
    ("relative", r"\b(?P<rel>today|tonight|this\s+(?:morning|afternoon|evening|arvo)|earlier\s+today|yesterday|"
                 r"yday|yest|"
                 r"last\s+night|tomorrow|tmrw|tmr|2moro|2mrw)\b"),
))
_DOTTED_HEAD = re.compile(r"(?i)^(?:[0-2]?\d|3[01])\.(?:0?[1-9]|1[0-2])(?=\s+[-–—|]\s+(?:1\s*[:-]?\s*(?:1|on\s*1|"
                          r"to\s*1)|one|meeting|mtg|catch|chat|check|call|sync|appraisal|w/|with)\b)|"  # "14.5 - 1:1 w"
                          r"^\d{1,2}\.\d{1,2}(?=\s+(?!(?:per|pts?|points?|x|k|m|bn|hrs?|hours?|mins?|minutes?|"
                          r"days?|"
                          r"weeks?|times?|stars?|out|of|million|percent|fte)\b)[A-Za-z])")  # not "10.30 - 11.30"
_BACK = {"yesterday": -1, "yday": -1, "yest": -1, "last night": -1, "tomorrow": 1, "tmrw": 1, "tmr": 1, "2moro": 1,
         "2mrw": 1}


@dataclass(frozen=True)
class Day:
    """A date written in a line: where (`start`, `end`), as written (`text`), the day it was read as, how
    (`kind`: iso, numeric, named, ordinal, weekday or relative) and, when it was a guess, a `note`."""

    start: int
    end: int
    text: str
    day: dt.date
    kind: str
    note: str | None = None
    ambiguous: bool = False
    has_year: bool = False


def spoken(day: dt.date) -> str:
    """'Thursday 3 December 2026'."""
    return f"{day:%A} {day.day} {day:%B %Y}"


def _real(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _pick(candidates: list[dt.date], today: dt.date, direction: Direction) -> dt.date | None:
    if not candidates:
        return None
    if direction == "past" and any(c <= today for c in candidates):
        return max(c for c in candidates if c <= today)
    if direction == "future" and any(c >= today for c in candidates):
        return min(c for c in candidates if c >= today)
    return min(candidates, key=lambda c: (abs((c - today).days), c))


def _yearless(month: int, day: int, today: dt.date, weekday: int | None, direction: Direction) -> dt.date | None:
    """The year for '17 Nov': the nearest to the day of pasting (of those whose weekday fits, when one is given);
    leaning to the past (the meeting's date) when that reading is within half a year."""
    options = [d for d in (_real(today.year + k, month, day) for k in (-1, 0, 1)) if d]
    fitting = [d for d in options if weekday is None or d.weekday() == weekday] or options
    past = _pick(fitting, today, "past")
    if direction == "past" and past and past <= today and (today - past).days <= 183:
        return past
    return _pick(fitting, today, "near")


_WEEKDAY_BEFORE = re.compile(rf"(?i)\b(?P<wd>{_WEEKDAY})\.?,?\s+$")  # just before figures: "Thursday 1/8", "Thu, 8/1"


def _weekday_check(text: str, day: dt.date, weekday: int | None) -> str | None:
    if weekday is None or day.weekday() == weekday:
        return None
    return f"“{text}”: {day.day} {day:%B %Y} is a {day:%A}, not a {dt.date(2024, 1, 1 + weekday):%A}; check the date"


def _numeric(m: re.Match[str], today: dt.date, order: DateOrder, direction: Direction) -> Day | None:
    a, b, c, text = int(m["a"]), int(m["b"]), m["c"], m.group(0)
    if (m["sep"] == "." and not c and not (m["dot"] and len(m["a"]) == len(m["b"]) == 2)) or (a, b) == (24, 7):
        return None  # "3.1 per 100", "24/7": figures, not dates
    year = (2000 + int(c) if len(c) == 2 else int(c)) if c else None
    readings: list[tuple[str, int, int]] = [("dmy", b, a), ("mdy", a, b)]  # (order, month, day)
    if order == "mdy":
        readings.reverse()
    valid = [(o, mo, d) for o, mo, d in readings if 1 <= mo <= 12 and 1 <= d <= 31]
    if not valid:
        return None
    named = _WEEKDAY_BEFORE.search(m.string[:m.start()])  # "Thursday 1/8": the reading that falls on a Thursday
    said = f"{named['wd']} {text}" if named else text
    weekday = WEEKDAYS[named["wd"].lower()] if named else None
    days = [(o, _real(year, mo, d) if year else _yearless(mo, d, today, weekday, direction)) for o, mo, d in valid]
    fits = [(o, d) for o, d in days if d is not None and d.weekday() == weekday]
    if len(fits) == 1 and fits[0][0] != valid[0][0] and a != b:
        fit = fits[0][1]
        return Day(m.start(), m.end(), text, fit, "numeric", f"“{said}” read as {spoken(fit)}, the reading that "
                   f"falls on a {fit:%A}; change it if wrong", True, bool(year))
    chosen_order, day = days[0]
    if day is None:
        return None
    if note := _weekday_check(said, day, weekday):
        return Day(m.start(), m.end(), text, day, "numeric", note, True, bool(year))
    ambiguous = len(valid) == 2 and a != b
    if ambiguous:
        first = "day first" if chosen_order == "dmy" else "month first"
        note = f"“{text}” read as {day.day} {day:%B %Y} ({first}, your setting); change it if wrong"
    elif chosen_order != order:
        note = f"“{text}” read as {day.day} {day:%B %Y}, the only possible reading"
    else:
        note = None
    return Day(m.start(), m.end(), text, day, "numeric", note, ambiguous, bool(year))


def _named(m: re.Match[str], today: dt.date, direction: Direction) -> Day | None:
    text, mon = m.group(0).rstrip(",. "), m["mon"]
    if mon.lower() == "may" and mon != "May" and (m.start("mon") < m.start("day") or re.match(
            r"\s+[a-z]", m.string[m.end():])):
        return None  # "she may 2 ...", "4 may be too late": a verb; "4 may 1:1 with Pieter" is a date
    month, day_number = MONTHS[mon.lower().rstrip(".")], int(m["day"])
    weekday = WEEKDAYS[m["wd"].lower()] if m["wd"] else None
    year = int(m["year"]) if m["year"] else 2000 + int(m["yy"]) if m["yy"] else None
    day = _real(year, month, day_number) if year else _yearless(month, day_number, today, weekday, direction)
    if day is None:
        return None
    note = _weekday_check(text, day, weekday)
    if note is None and not year and day.year != today.year:
        note = f"“{text}” read as {spoken(day)} (no year given; the nearest to the day you pasted the notes)"
    return Day(m.start(), m.start() + len(text), text, day, "named", note, False, bool(year))


def _relative(m: re.Match[str], today: dt.date) -> Day:
    """today, this morning, yesterday, yday, tomorrow."""
    text = m.group(0)
    day = today + dt.timedelta(days=_BACK.get(" ".join(m["rel"].lower().split()), 0))
    when = {0: "the day you pasted the notes", -1: "the day before you pasted the notes"}.get(
        (day - today).days, "the day after you pasted the notes")
    return Day(m.start(), m.end(), text, day, "relative", f"“{text}” read as {spoken(day)}, {when}")


def _weekday(m: re.Match[str], today: dt.date, direction: Direction) -> Day:
    """A weekday alone ('tues', 'next Thursday'): the last one before the pasting, or the next one."""
    text, weekday, rel = m.group(0).rstrip("."), WEEKDAYS[m["wd"].lower()], (m["rel"] or "").lower()
    back, ahead = (today.weekday() - weekday) % 7, (weekday - today.weekday()) % 7 or 7
    if rel == "next" or (direction == "future" and rel != "last"):
        day = today + dt.timedelta(days=ahead)
    else:
        day = today - dt.timedelta(days=back or 7 if rel == "last" else back)
    side = "the day you pasted the notes" if day == today else (
        f"the {'last' if day < today else 'next'} {day:%A} {'before' if day < today else 'after'} you pasted the notes")
    return Day(m.start(), m.start() + len(text), text, day, "weekday", f"“{text}” read as {spoken(day)}, {side}")


def _ordinal(m: re.Match[str], today: dt.date, direction: Direction) -> Day | None:
    """'on the 4th': the last 4th before the pasting (or the next one, for a deadline)."""
    text, number = m.group(0).lstrip("("), int(m["day"])
    months = [(today.year + (today.month + k - 1) // 12, (today.month + k - 1) % 12 + 1) for k in range(-2, 3)]
    day = _pick([d for d in (_real(y, mo, number) for y, mo in months) if d], today, direction)
    if day is None:
        return None
    side = "last" if day <= today else "next"
    note = (f"“{text}” read as {spoken(day)}, the {side} {number}{_suffix(number)} "
            f"{'before' if side == 'last' else 'after'} you pasted the notes")
    return Day(m.end() - len(text), m.end(), text, day, "ordinal", note)


def _suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def find_days(text: str, today: dt.date, order: DateOrder = "dmy", direction: Direction = "near",
              dotted_head: bool = False) -> list[Day]:
    """Every date written in `text`, left to right, none overlapping (the longest reading wins).
    `direction` says which way a date leans from `today` when it could be read more than one way (a bare
    weekday, 'the 4th', a date without a year): the meeting to the past, a deadline to the future; a date
    without a year is otherwise the nearest to `today`. `dotted_head`: the text is a line about the meeting,
    whose '5.10' at its head, before a word, is a date (elsewhere '3.1' is a figure)."""
    head = _DOTTED_HEAD.match(text) if dotted_head else None
    if head:
        written, slashed = head.group(0), head.group(0).replace(".", "/")
        return [replace(d, text=written, note=d.note.replace(slashed, written) if d.note else None)
                if d.start < head.end() else d for d in find_days(slashed + text[head.end():], today, order, direction)]
    found: list[Day] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if kind == "iso":
                iso = _real(int(m["year"]), int(m["month"]), int(m["day"]))
                read = Day(m.start(), m.end(), m.group(0), iso, "iso", None, False, True) if iso else None
            elif kind == "numeric":
                read = _numeric(m, today, order, direction)
            elif kind == "named":
                read = _named(m, today, direction)
            elif kind == "ordinal":
                read = _ordinal(m, today, direction)
            elif kind == "weekday":
                read = _weekday(m, today, direction)
            else:
                read = _relative(m, today)
            if read:
                found.append(read)
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    kept: list[Day] = []
    for day in found:
        if not kept or day.start >= kept[-1].end:
            kept.append(day)
        elif day.end - day.start > kept[-1].end - kept[-1].start and day.start == kept[-1].start:
            kept[-1] = day
    # "Thu 26/11": the weekday names the date that follows it, not a day of its own
    return [d for i, d in enumerate(kept) if not (d.kind == "weekday" and i + 1 < len(kept) and kept[i + 1].kind in
                                                  {"numeric", "ordinal", "iso"} and
                                                  not text[d.end:kept[i + 1].start].strip(" ,.-("))]


# --- periods: "revisit in April", "in Q1", "in the new year" ---------------------------------------------------

# "revisit in April", "frozen til the new financial year, she reckons April"
_PERIOD = re.compile(
    rf"(?i)\b(?:in|by|after|before|until|till|til|from|around|early|end of|start of|the|reckons|thinks|expects|"
    rf"probably|prob|likely|maybe)\s+(?:the\s+|early\s+|mid\s+|"
    rf"late\s+)?"
    rf"(?:{_MON.replace('(?P<mon>', '(?P<month>')}(?!\s+\d)|(?P<q>q[1-4])|(?P<season>spring|summer|autumn|fall|winter)|"
    r"(?P<newyear>new\s+year))\b")
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def first_of_next(month: int, after: dt.date) -> dt.date:
    """The first day of the next `month` after `after` ('revisit in April' after 3 December -> 1 April)."""
    year = after.year if month > after.month else after.year + 1
    return dt.date(year, month, 1)


def find_period(text: str, after: dt.date) -> tuple[str, dt.date, str] | None:
    """A month, quarter or season to come back on ("revisit in April"): (as written, the first day of
    it after `after`, a note saying so), or None."""
    m = _PERIOD.search(text)
    if not m:
        return None
    if m["month"]:
        if m["month"].lower() == "may" and m["month"] != "May":
            return None
        month = MONTHS[m["month"].lower().rstrip(".")]
    elif m["q"]:
        month = 3 * (int(m["q"][1]) - 1) + 1
    elif m["season"]:
        month = _SEASON_START[m["season"].lower()]
    else:
        month = 1
    day = first_of_next(month, after)
    written = m.group(0)
    if m["month"] and written.lower().startswith("end of"):  # "by end of Dec": its last day (this month's, if it is)
        start = dt.date(after.year, month, 1) if month == after.month else day
        day = dt.date(start.year + start.month // 12, start.month % 12 + 1, 1) - dt.timedelta(days=1)
        return written, day, f"“{written}” read as {spoken(day)}, the last day of it; change it if wrong"
    return written, day, f"“{written}” read as {spoken(day)}, the first day of it after the meeting; change it if wrong"
