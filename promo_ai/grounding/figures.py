"""Figures: every way an email can state a quantity, each reduced to a key the case must also give.

A figure is digits with their currency, scale and unit ('€410k', '40%', '6 hours', '4x'), a number in
words ('fourfold', 'twice', 'a dozen', 'two million'), a magnitude ('thousands of dollars', 'low
hundreds of thousands', 'six figures'), a fraction ('a third of'), an ordinal ('third', '2nd'), a rank
('ranked first', 'top 3', 'the best on the team'), a code with a number in it ('Q4', 'p99') or a word
about pay ('salary', 'a raise'). The same extraction runs over the case, so both sides are compared in
one form. Dates, links and phone numbers are taken out before (their own checks judge them).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from promo_ai.grounding import numbers as n
from promo_ai.grounding.normal import blank

# How a figure is judged against the case (see `Source.figure_ok`):
#   bare  - a plain number: the case gives the same number in any form
#   timed - a number of hours, days ...: the same in the case, or the plain number
#   exact - a percentage, multiple, amount, ordinal, magnitude or fraction: the same key in the case
#   rank  - a rank or superlative: the phrase in the case, or its words in one line of the case
#   word  - a code or a word about pay: the same word in the case
Rule = str


@dataclass(frozen=True)
class Figure:
    start: int
    end: int
    text: str
    key: str
    rule: Rule
    value: str = ""


_SCOPE = (r"(?:in|on|at|across|of|among)\s+(?:the\s+|our\s+|my\s+|this\s+|his\s+|her\s+|their\s+|all\s+)?"
          r"(?:[\w-]+\s+){0,2}?(?:team|company|department|region|country|org|organi[sz]ation|group|unit|division|"
          r"industry|world|firm|school|hospital|class|cohort|office|business|sector|market|history|city|"
          r"function|ward|kitchen|restaurant|district|territory|peers|analysts|engineers|nurses|teachers|reps)")
RANKS = re.compile(
    r"\b(?:ranked|rated|placed|came|finished|named|voted|listed)\s+(?:as\s+)?(?:the\s+)?(?:#\s?\d+|no\.?\s?\d+|"
    r"number\s+\w+|\d+(?:st|nd|rd|th)|\w+(?:st|nd|rd|th)|top(?:\s+[\w%]+)?|best|highest|first|second|third)\b"
    rf"(?:\s+{_SCOPE})?"
    rf"|\btop[\s-](?:\d+%?|one|two|three|four|five|ten|twenty|fifty|hundred|performer|seller|producer|rated|"
    rf"ranked|tier|quartile|decile|percentile)s?\b(?:\s+{_SCOPE})?"
    r"|(?<![\w#])#\s?\d+\b|\bno\.\s?\d+\b|\bnumber\s+one\b"
    r"|\b(?:best|top|fastest|highest|strongest|largest|biggest|greatest|most\s+[\w-]+|the\s+only)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?{_SCOPE}\b"
    r"|\b(?:best|top|highest|strongest|leading)[\s-](?:performer|performing|rated|seller|producer|analyst|"
    r"engineer|nurse|teacher|chef|designer|rep|salesperson|in\s+class)\b",
    re.IGNORECASE,
)
MAGNITUDES = re.compile(
    r"\b(?:(?:low|mid|high|several|many|the|multiple)[\s-]+)?(?:tens|hundreds|thousands|millions|billions|dozens|"
    r"scores)(?:\s+(?:of\s+)?(?:thousands|millions|billions))?(?:\s+of\s+(?P<cur>" + n._CUR_WORD + r"))?\b"
    r"|\b(?P<fig>" + n._NUMWORD + r"|\d)[\s-]figures?\b"
    r"|\b(?P<digit>single|double|triple)[\s-]digits?\b",
    re.IGNORECASE,
)
_FRACTIONS = {"half": "1/2", "third": "1/3", "quarter": "1/4", "fifth": "1/5", "tenth": "1/10"}
_FRACTION_PERCENT = {"1/2": {"50%"}, "1/3": {"33%", "33.3%", "33.33%"}, "2/3": {"66%", "67%", "66.7%"},
                     "1/4": {"25%"}, "3/4": {"75%"}, "1/5": {"20%"}, "1/10": {"10%"}}
FRACTIONS = re.compile(
    r"\b(?P<count>a|one|two|three|four)[\s-]+(?P<part>half|third|quarter|fifth|tenth)s?\s+of\b"
    r"|\b(?:by|in)\s+(?P<half>half)\b|\b(?P<halved>halved|halving|halves)\b",
    re.IGNORECASE,
)
_MULTIPLES = {"twice": 2, "thrice": 3, "double": 2, "doubled": 2, "doubling": 2, "doubles": 2, "triple": 3,
              "tripled": 3, "tripling": 3, "triples": 3, "quadruple": 4, "quadrupled": 4, "quadrupling": 4}
MULTIPLES = re.compile(
    r"\b(?:twice|thrice|doubled|doubling|doubles|tripled|tripling|triples|quadrupled|quadrupling|quadruple)\b"
    r"|\b(?:double|triple)(?=\s+(?:the|our|its|their|that|what|in|to|from)\b)"
    r"|\b(?P<n>" + n._NUMWORD + r")fold\b",
    re.IGNORECASE,
)
_NOT_ORDINAL = re.compile(
    r"\bat\s+first\b|\bfirst[\s-]+(?:of\s+all|hand|name|thing)|\bfirsthand\b|"
    r"\bin\s+the\s+first\s+place\b|\bsecond[\s-]+guess|\b(?:per|a|split)\s+second\b",
    re.IGNORECASE,
)
CODE = re.compile(r"\b(?=[^\W\d_]*\d)(?=\d*[^\W\d_])[^\W_]{2,}\b")
PAY = re.compile(
    r"\b(?:salary|salaries|pay\s+(?:rise|raise|increase|bump|band|grade|cut|review|gap)|"
    r"(?:a|my|the|any|pay|salary)\s+raise\b(?!\s+(?:it|this|that|the|a|an|my|our|your|concerns?|questions?|issues?))|"
    r"raise\s+of\b|compensation|comp\s+package|bonus(?:es)?|equity|stock\s+options?|RSUs?|wages?|remuneration|"
    r"underpaid|overpaid|paid\s+(?:more|less|fairly)|market\s+rate)\b",
    re.IGNORECASE,
)
_ON_ONE = re.compile(r"\b(?:1[- ]on[- ]1s?|one[- ]on[- ]ones?|24/7)\b", re.IGNORECASE)


def extract(text: str) -> list[Figure]:
    """Every figure in `text`, each once, in the order the kinds are tried."""
    work = _ON_ONE.sub(lambda m: " " * len(m.group(0)), text)
    found: list[Figure] = []
    for finder in (_ranks, _magnitudes, _fractions, _multiples, _number_words, _digits, _ordinals, _codes,
                   _pay):
        these = list(finder(work))
        found += these
        work = blank(work, ((f.start, f.end) for f in these))
    return sorted(found, key=lambda f: f.start)


def _ranks(text: str) -> Iterator[Figure]:
    for m in RANKS.finditer(text):
        yield Figure(m.start(), m.end(), m.group(0), "rank", "rank")


def _magnitudes(text: str) -> Iterator[Figure]:
    for m in MAGNITUDES.finditer(text):
        if m.group("digit"):
            yield Figure(m.start(), m.end(), m.group(0), f"digits:{m.group('digit').lower()}", "exact")
            continue
        if m.group("fig"):
            count = m.group("fig").lower()
            value = n.NUMBER_WORDS.get(count, count)
            yield Figure(m.start(), m.end(), m.group(0), f"figures:{value}", "exact")
            continue
        core = re.sub(r"^(?:low|mid|high|several|many|the|multiple)[\s-]+", "", m.group(0).lower())
        core = re.sub(r"\s+of\s+\w+$", "", core) if m.group("cur") else core
        currency = n.CURRENCIES.get((m.group("cur") or "").lower(), "")
        yield Figure(m.start(), m.end(), m.group(0), f"mag:{' '.join(core.split())}{currency}", "exact")


def _fractions(text: str) -> Iterator[Figure]:
    for m in FRACTIONS.finditer(text):
        if m.group("part"):
            count = {"a": 1, "one": 1}.get(m.group("count").lower()) or n.UNITS[m.group("count").lower()]
            value = f"{count}/{_FRACTIONS[m.group('part').lower()].split('/')[1]}"
        else:
            value = "1/2"
        yield Figure(m.start(), m.end(), m.group(0), f"frac:{value}", "exact", value)


def fraction_percents(value: str) -> set[str]:
    return _FRACTION_PERCENT.get(value, set())


def _multiples(text: str) -> Iterator[Figure]:
    for m in MULTIPLES.finditer(text):
        count = n.NUMBER_WORDS[m.group("n").lower()] if m.group("n") else _MULTIPLES[m.group(0).lower()]
        yield Figure(m.start(), m.end(), m.group(0), f"{count}x", "exact", str(count))


def _with_unit(text: str, start: int, end: int, value: Decimal, currency: str = "") -> Figure:
    after = n.UNIT_AFTER.match(text, end)
    unit = time = ""
    if after and after.group(0).strip():
        if after.group("mult"):
            value *= n.MULTIPLIERS[after.group("mult").lower()]
        unit = n.unit_of(after.group("unit"))
        currency = currency or n.CURRENCIES.get((after.group("cur") or "").lower(), "")
        time = n.TIME_UNITS.get((after.group("time") or "").lower(), "")
        end = after.end()
    rule = "bare" if not (unit or currency or time) else "timed" if time and not (unit or currency) else "exact"
    figure_text = text[start:end].strip()
    return Figure(start, start + len(figure_text), figure_text, n.figure_key(value, unit=unit, currency=currency,
                                                                             time=time), rule, n.fmt(value))


def _number_words(text: str) -> Iterator[Figure]:
    for m in n.NUMBER_PHRASE.finditer(text):
        phrase = m.group(0)
        if phrase.lower() in {"one", "a one", "an one"}:
            continue
        value = n.words_value(phrase)
        if value is not None:
            yield _with_unit(text, m.start(), m.end(), value)


def _digits(text: str) -> Iterator[Figure]:
    for m in n.DIGITS.finditer(text):
        value = n.number_value(m.group("num"))
        if value is None:
            continue
        if m.group("ord"):
            yield Figure(m.start(), m.end(), m.group(0), f"ord:{n.fmt(value)}", "exact", n.fmt(value))
            continue
        currency = n.CURRENCIES.get((m.group("cur") or "").strip().lower(), "")
        yield _with_unit(text, m.start(), m.end(), value, currency)


def _ordinals(text: str) -> Iterator[Figure]:
    for m in n.ORDINAL_PHRASE.finditer(text):
        context = text[max(0, m.start() - 9):m.end() + 12]
        before = text[:m.start()].rstrip()
        discourse = (not before or before[-1] in ".!?:;\n(") and text[m.end():m.end() + 1] == ","
        if discourse or _NOT_ORDINAL.search(context):
            continue
        value = n.ordinal_value(m.group(0))
        yield Figure(m.start(), m.end(), m.group(0), f"ord:{value}", "exact", str(value))


def _codes(text: str) -> Iterator[Figure]:
    for m in CODE.finditer(text):
        yield Figure(m.start(), m.end(), m.group(0), m.group(0).lower(), "word")


def _pay(text: str) -> Iterator[Figure]:
    for m in PAY.finditer(text):
        yield Figure(m.start(), m.end(), m.group(0), m.group(0).lower(), "word")
