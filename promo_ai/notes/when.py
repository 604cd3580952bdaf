"""'When' as the notes write it, for a step's `by`: "Friday", "Dec 15", "the 30th", "next week",
"end of month", "over the weekend", "Q1", "the January ...", "before then". Kept as written: it is
shown and used as the person wrote it, never turned into a date it might not be."""

from __future__ import annotations

import datetime as dt

from promo_ai.notes.dates import find_days
from promo_ai.notes.patterns import compiled

_ANY_DAY = dt.date(2026, 6, 15)  # only the written span matters here, not the day it would be
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|May|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_CUE, _VAGUE = compiled(
    r"\b(?:by|before|until|till|due|on|from|after|within|for|in)\s+$|^\s*$",
    r"\bbefore (?:then|that|i start|christmas|xmas|easter|half[- ]term|diwali|"
    r"the (?:holidays|break|panel|review|deadline))\b"
    r"|\bafter christmas(?: trading)?\b|\b(?:after|before) the (?:[\w-]+ ){0,2}(?:review|restructure|reorg|budget|"
    r"panel|round|audit|merger|sale|holidays|break|board|committee|calibration)\b"
    rf"|\b(?:before\s+)?(?:the\s+)?(?:end|start|beginning|middle|first\s+week|last\s+week)\s+of\s+(?:the\s+|next\s+|this\s+)?"
    rf"(?:month|week|year|term|quarter|day|{_MONTH}|q[1-4])\b"
    rf"|\b(?:mid|early|late)[- ]{_MONTH}\b|\bw/c\s+\d{{1,2}}\s+{_MONTH}\b"
    r"|\b(?:next|nxt|this)\s+(?:week|wk|month|mth|term|semester|year|yr|quarter|cycle|round)\b"
    r"|\b(?:in\s+|within\s+)?the\s+next\s+(?:couple\s+of|few|two|2)\s+(?:days|weeks|months)\b|\bwithin\s+(?:a|\w+)\s+(?:days?|weeks?|fortnight|months?)\b|\bin\s+a\s+fortnight\b"
    r"|\bin\s+(?:a\s+few|a\s+couple\s+of|\d+\s*[-–]\s*\d+|\d+|two|three|four|six)\s+(?:working\s+)?(?:days|weeks|wks)\b"
    r"|\bb4\s+(?:then|that|i\s+start|start|christmas|xmas|easter|half[- ]term|diwali|the\s+[\w-]+)\b"
    r"|\beo[dwmyt]\b|\bcob\b|\bover the weekend\b|\bmid-?year(?: review)?\b|\bnew year\b"
    rf"|\b{_MONTH}\b(?:\s+run\b)?"
    r"|\b[qh][1-4]\b|\b(?:spring|summer|autumn|fall|winter)\b|\b(?:christmas|xmas|easter|half[- ]term)\b"
    r"|\bsoon\b|\basap\b|\b(?:the\s+)?same\s+day\b|\bstraight\s+away\b")


def when_phrase(text: str) -> str | None:
    """The first 'when' written in `text`, as written: a date ('Dec 15', 'Friday', 'tmrw'), else a period
    ('next week', 'end of month', 'Q1', 'January'); None when the text gives none."""
    found = [(d.start, d.text) for d in find_days(text, _ANY_DAY)]
    found += [(m.start(), m.group(0)) for m in _VAGUE.finditer(text)]
    cued = [f for f in found if _CUE.search(text[:f[0]])]  # "cost the christmas range by next Fri": by next Fri
    return min(cued or found, key=lambda f: (f[0], -len(f[1])))[1] if found else None


# a when that is a day, not a routine: "same day", "Fri", "the 9th", "next week" (not "at the end of the month")
(DATED,) = compiled(rf"\b(?:(?:mon|tues?|wed(?:nes)?|weds|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|tomorrow|tmrw|"
                    rf"today|tonight|same\s+day|straight\s+away|(?:next|nxt|this)\s+(?:week|wk)|{_MONTH})\b|\d")
