"""Numbers as people write them: digits with their currency, scale and unit; numbers in words; ordinals.

Pure helpers shared by the figure and date checks: no case, no findings.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    "fortieth": 40, "fiftieth": 50, "hundredth": 100, "thousandth": 1000,
}
NUMBER_WORDS = {**UNITS, **TENS, "hundred": 100, **SCALES, "dozen": 12}
_NUMWORD = r"(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
_ORDWORD = r"(?:" + "|".join(sorted(ORDINALS, key=len, reverse=True)) + r")"
# "a hundred and fifty", "twenty-five", "half a dozen", "two million"; a lone "one" is not a figure.
NUMBER_PHRASE = re.compile(
    rf"\b(?:(?:half\s+an?|an?)\s+(?={_NUMWORD}))?{_NUMWORD}(?:(?:\s+and\s+|\s*-\s*|\s+){_NUMWORD})*\b", re.IGNORECASE
)
# "twenty-first", "thirty first", "fifth"
ORDINAL_PHRASE = re.compile(rf"\b(?:(?:twenty|thirty|forty|fifty)\s*-?\s*)?{_ORDWORD}\b", re.IGNORECASE)

CURRENCIES = {
    "$": "usd", "us$": "usd", "usd": "usd", "dollar": "usd", "dollars": "usd", "bucks": "usd",
    "€": "eur", "eur": "eur", "euro": "eur", "euros": "eur",
    "£": "gbp", "gbp": "gbp", "pound": "gbp", "pounds": "gbp", "quid": "gbp",
    "¥": "jpy", "jpy": "jpy", "yen": "jpy", "₹": "inr", "inr": "inr", "rupee": "inr", "rupees": "inr",
    "nok": "nok", "sek": "sek", "dkk": "dkk", "kr": "kr", "kroner": "kr", "krone": "kr", "kronor": "kr",
    "krona": "kr", "chf": "chf", "franc": "chf", "francs": "chf", "cad": "cad", "aud": "aud",
}
MULTIPLIERS = {"k": 1_000, "thousand": 1_000, "grand": 1_000, "m": 1_000_000, "mn": 1_000_000,
               "million": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000, "billion": 1_000_000_000}
TIME_UNITS = {
    "h": "h", "hr": "h", "hrs": "h", "hour": "h", "hours": "h", "day": "d", "days": "d", "week": "w", "weeks": "w",
    "wk": "w", "wks": "w", "month": "mo", "months": "mo", "year": "y", "years": "y", "yr": "y", "yrs": "y",
    "minute": "min", "minutes": "min", "min": "min", "mins": "min", "second": "s", "seconds": "s", "sec": "s",
    "secs": "s", "ms": "ms", "millisecond": "ms", "milliseconds": "ms",
}
_CUR_SYMBOL = r"(?:US\$|[$€£¥₹]|(?:USD|EUR|GBP|NOK|SEK|DKK|CHF|JPY|INR|CAD|AUD)\s?)"
_CUR_WORD = r"(?:dollars?|euros?|pounds?|bucks|quid|kroner|krone|kronor|krona|yen|rupees?|francs?|" \
            r"USD|EUR|GBP|NOK|SEK|DKK|CHF|JPY|INR|CAD|AUD)"
_UNIT = r"(?:%|percent\b|per\s+cent\b|pp\b|percentage\s+points?\b|x\b|×|-?fold\b|times\b)"
_TIME = r"(?:" + "|".join(sorted(TIME_UNITS, key=len, reverse=True)) + r")"
UNIT_AFTER = re.compile(
    rf"(?:\s?(?P<mult>k|mn|bn|m|b|thousand|million|billion|grand)\b)?"
    rf"(?:\s?(?P<unit>{_UNIT}))?(?:\s?(?P<cur>{_CUR_WORD})\b)?"
    rf"(?:\s?-?\s?(?P<time>{_TIME})\b)?", re.IGNORECASE)
DIGITS = re.compile(rf"(?<![\w.,/])(?P<cur>{_CUR_SYMBOL})?(?P<num>\d+(?:[.,]\d+)*)(?P<ord>st|nd|rd|th)?"
                    r"(?=(?:[kKmMbBxX×%]|mn|bn|h|hrs?|ms|pp)?(?:\W|$))")


def number_value(text: str) -> Decimal | None:
    """'1,200' -> 1200, '4.5' -> 4.5, '4,5' -> 4.5, '1.200.000' -> 1200000."""
    groups = re.split(r"[.,]", text)
    separators = re.findall(r"[.,]", text)
    try:
        if not separators:
            return Decimal(text)
        if all(len(g) == 3 for g in groups[1:]) and (len(set(separators)) == 1 and (
                separators[0] == "," or len(separators) > 1)):
            return Decimal("".join(groups))
        if len(separators) == 1:
            return Decimal(text.replace(",", "."))
        last = max(text.rfind("."), text.rfind(","))
        return Decimal(re.sub(r"[.,]", "", text[:last]) + "." + text[last + 1:])
    except InvalidOperation:
        return None


def words_value(phrase: str) -> Decimal | None:
    """'a hundred and fifty' -> 150, 'twenty-five' -> 25, 'half a dozen' -> 6, 'two million' -> 2000000."""
    tokens = [t for t in re.split(r"[\s-]+", phrase.lower()) if t and t != "and"]
    half = tokens[:2] == ["half", "a"] or tokens[:2] == ["half", "an"]
    tokens = [t for t in tokens if t not in {"a", "an", "half"}]
    if not tokens:
        return None
    total, current = 0, 0
    for token in tokens:
        if token in UNITS or token in TENS:
            current += NUMBER_WORDS[token]
        elif token == "hundred":
            current = max(current, 1) * 100
        elif token == "dozen":
            current = max(current, 1) * 12
        elif token in SCALES:
            total += max(current, 1) * SCALES[token]
            current = 0
    value = Decimal(total + current)
    return value / 2 if half else value


def ordinal_value(phrase: str) -> int:
    tokens = [t for t in re.split(r"[\s-]+", phrase.lower()) if t]
    return sum(TENS.get(t, 0) for t in tokens[:-1]) + ORDINALS.get(tokens[-1], 0)


def fmt(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def figure_key(value: Decimal, *, unit: str = "", currency: str = "", time: str = "") -> str:
    """'410000eur', '40%', '4x', '6h', '12': a figure with what it counts."""
    return fmt(value) + unit + currency + time


def unit_of(raw: str | None) -> str:
    if not raw:
        return ""
    raw = raw.lower().replace(" ", "")
    if raw.startswith(("pp", "percentage")):
        return "pp"
    if raw == "%" or raw.startswith("per"):
        return "%"
    return "x"  # x, ×, fold, times
