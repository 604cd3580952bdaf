"""When to check in or look at it again, as the notes say it: "she'll come back to me by Dec 11", "revisit in April",
"posts frozen til september" (a follow-up proposal: the reminder's date)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from promo_ai.notes.dates import DateOrder, find_days, find_period

_CHECK_IN = re.compile(r"(?i)\b(?:revisit|re-?look|come\s+back\s+(?:to\s+(?:me|her|him|you|us)|by)|get\s+back\s+to|"
                       r"ask\s+again|check\s+in|reconsider|look\s+at\s+it\s+again|let\s+me\s+know|answer\s+(?:by|before)|"
                       r"decision\s+(?:by|before)|decide\s+by|again|(?:frozen|freeze|on\s+hold|paused)\b[^.]{0,30}?\b"
                       r"(?:until|till|til|lifts?|ends?))\b")  # "posts frozen til september": looked at again then


def follow_up(sentences: list[str], after: dt.date, order: DateOrder) -> dict[str, Any] | None:
    """The first sentence that sets a check-in or a second look, with its date after `after` (the meeting, or the
    day the notes were pasted), as a follow-up proposal; None when no sentence does."""
    for sentence in sentences:
        if not _CHECK_IN.search(sentence):
            continue
        days = [d for d in find_days(sentence, after, order, "future") if d.day > after]
        if days:
            return {"kind": "follow_up", "text": days[0].day.isoformat(), "source_quote": sentence,
                    "note": days[0].note}
        period = find_period(sentence, after)
        if period:
            return {"kind": "follow_up", "text": period[1].isoformat(), "source_quote": sentence, "note": period[2]}
    return None
