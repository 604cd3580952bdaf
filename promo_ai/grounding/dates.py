"""Dates in every form an email may give one: '2026-11-20', '11/20', 'November 20th', 'the fifth of
December', 'March 2027', 'in April', 'Friday', 'by Christmas', 'next week', 'in two weeks'.

`extract` runs over the email and over the case alike; `Source` decides what the case allows.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from promo_ai.grounding import numbers as n
from promo_ai.grounding.normal import blank

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
}
_ABBREVIATIONS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
                  "oct": 10, "nov": 11, "dec": 12}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_FULL = "|".join(m.capitalize() for m in MONTHS)
_ANY = _FULL + "|" + "|".join(a.capitalize() for a in _ABBREVIATIONS)
_ORDINAL = n.ORDINAL_PHRASE.pattern.removeprefix(r"\b").removesuffix(r"\b")
_DAY = rf"(?P<day>\d{{1,2}}(?:st|nd|rd|th)?|{_ORDINAL})"
_YEAR = r"(?:,?[^\S\n]+(?P<year>\d{4}))?"

PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso", re.compile(r"\b(?P<year>\d{4})-(?P<a>\d{1,2})-(?P<b>\d{1,2})\b")),
    ("numeric", re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:/(?P<year>\d{4}|\d{2}))?(?![\d/])"
                           r"|\b(?P<a2>\d{1,2})\.(?P<b2>\d{1,2})\.(?P<year2>\d{4})\b")),
    ("md", re.compile(rf"\b(?P<mon>{_ANY})\.?[^\S\n]+(?:the[^\S\n]+)?{_DAY}\b{_YEAR}", re.IGNORECASE)),
    ("dm", re.compile(rf"\b(?:the[^\S\n]+)?{_DAY}[^\S\n]+(?:of[^\S\n]+)?(?P<mon>{_ANY})\b\.?{_YEAR}", re.IGNORECASE)),
    ("my", re.compile(rf"\b(?P<mon>{_ANY})\.?,?[^\S\n]+(?P<year>\d{{4}})\b")),
    ("month", re.compile(rf"\b(?P<mon>{_FULL.replace('|May', '')})\b"
                         r"|\b(?:in|by|on|of|until|since|from|early|late|mid|this|next|last|before|after)[^\S\n]+"
                         r"(?P<may>May)\b|\b(?P<may2>May)(?=[^\S\n]+\d{4}\b)")),
    ("weekday", re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\b")),
    ("phrase", re.compile(
        r"\b(?:spring|summer|autumn|winter|christmas|xmas|easter|thanksgiving|hanukkah|diwali|ramadan|eid|"
        r"new[^\S\n]+year(?:'s)?(?:[^\S\n]+(?:day|eve))?|black[^\S\n]+friday|cyber[^\S\n]+monday|labou?r[^\S\n]+day|memorial[^\S\n]+day|"
        r"halloween|midsummer|the[^\S\n]+holidays)\b|\b(?:this|last|next|in[^\S\n]+the|by[^\S\n]+the|early|late)[^\S\n]+fall\b",
        re.IGNORECASE)),
    ("phrase", re.compile(
        r"\b(?:today|tomorrow|yesterday|tonight"
        r"|this[^\S\n]+(?:morning|afternoon|evening|week|month|quarter|year|weekend)"
        r"|(?:last|next|this|coming|past|previous|following)[^\S\n]+(?:few[^\S\n]+|couple[^\S\n]+of[^\S\n]+|two[^\S\n]+|three[^\S\n]+)?"
        r"(?:weeks?|months?|quarters?|years?|weekends?|days?|cycles?|review[^\S\n]+cycle|fiscal[^\S\n]+year)"
        r"|(?:end|start|beginning|middle|close)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+|this[^\S\n]+|next[^\S\n]+)?(?:day|week|month|quarter|year|"
        r"business(?:[^\S\n]+day)?)"
        r"|eod|eow|eom|eoq|eoy|cob|(?:year|quarter|month)[- ]end"
        r"|(?:in|within)[^\S\n]+(?:\d+|an?|one|two|three|four|five|six|a[^\S\n]+few|a[^\S\n]+couple[^\S\n]+of)[^\S\n]+"
        r"(?:days?|weeks?|months?|years?|hours?)"
        r"|(?:\d+|an?|one|two|three|four|five|six|a[^\S\n]+few|a[^\S\n]+couple[^\S\n]+of)[^\S\n]+(?:days?|weeks?|months?|years?)[^\S\n]+ago)\b",
        re.IGNORECASE)),
)


@dataclass(frozen=True)
class DateClaim:
    start: int
    end: int
    text: str
    kind: str  # day | month | weekday | phrase
    days: tuple[tuple[int, int], ...] = ()  # (month, day) readings of a day
    month: int = 0
    year: int | None = None
    phrase: str = ""


def _month(name: str) -> int:
    name = name.lower().rstrip(".")
    return MONTHS.get(name) or _ABBREVIATIONS.get(name, 0)


def _day(text: str) -> int:
    digits = re.match(r"\d+", text)
    return int(digits.group(0)) if digits else n.ordinal_value(text)


def _year(text: str | None) -> int | None:
    if not text:
        return None
    return int(text) + (2000 if len(text) == 2 else 0)


def _claims(kind: str, m: re.Match[str]) -> DateClaim | None:
    text = m.group(0)
    if kind == "iso":
        return DateClaim(m.start(), m.end(), text, "day", ((int(m.group("a")), int(m.group("b"))),),
                         year=int(m.group("year")))
    if kind == "numeric":
        a, b = int(m.group("a") or m.group("a2")), int(m.group("b") or m.group("b2"))
        readings = tuple((mo, d) for mo, d in ((a, b), (b, a)) if 1 <= mo <= 12 and 1 <= d <= 31)
        if not readings:
            return None
        return DateClaim(m.start(), m.end(), text, "day", readings, year=_year(m.group("year") or m.group("year2")))
    if kind in {"md", "dm"}:
        month, day = _month(m.group("mon")), _day(m.group("day"))
        if not 1 <= day <= 31:
            return None
        return DateClaim(m.start(), m.end(), text, "day", ((month, day),), year=_year(m.group("year")))
    if kind in {"my", "month"}:
        name = m.group("mon") or m.group("may") or m.group("may2")
        return DateClaim(m.start(), m.end(), text, "month", month=_month(name),
                         year=_year(m.groupdict().get("year")))
    if kind == "weekday":
        return DateClaim(m.start(), m.end(), text, "weekday", phrase=text.lower().rstrip("s"))
    return DateClaim(m.start(), m.end(), text, "phrase", phrase=" ".join(text.lower().split()))


def extract(text: str) -> list[DateClaim]:
    found: list[DateClaim] = []
    for kind, pattern in PATTERNS:
        if kind in {"md", "dm", "my"}:  # month names with a capital only ("may" is a verb, "march" too)
            matches: Iterator[re.Match[str]] = (m for m in pattern.finditer(text) if m.group("mon")[:1].isupper())
        else:
            matches = pattern.finditer(text)
        these = [c for c in (_claims(kind, m) for m in matches) if c is not None]
        found += these
        text = blank(text, ((c.start, c.end) for c in these))
    return sorted(found, key=lambda c: c.start)


def weekday_of(day: dt.date) -> str:
    return WEEKDAYS[day.weekday()]
