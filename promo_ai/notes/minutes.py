"""How minutes and records put things: "It was agreed that CD would present the service review" is CD's step, said
as a plan ("CD will present ..."); a line on how the process usually runs ("HR usually issue the variation within 10
working days", "Board normally interviews all recommended candidates") says what happens, and is no one's step."""

from __future__ import annotations

import re

_AGREED = re.compile(r"(?i)^\W*it\s+was\s+(?:agreed|decided|confirmed|noted)\s+"
                     r"(?:that\s+)?(?P<who>(?-i:[A-Z])[\w.'’ -]{0,30}?|s?he|they|i|we)\s+(?:would|will|should|"
                     r"(?:is|are)\s+to)\s+(?P<rest>.+)$")
# how things usually go, said beside (not in) a step: "HR normally takes 2 weeks, she'll chase them Friday". A bare
# "usually" is often when this case's answer is due ("Results usually come out early April"), so it counts only as
# an explanation ("MH explained that HR usually issue ...", "FYI ...", "CW mentioned ...")
_USUALLY = re.compile(r"(?i)\b(?:normally|generally|typically|ordinarily|as\s+a\s+rule|tends?\s+to)\b|"
                      r"\b(?:explained|mentioned|said|says|noted|told\s+me|apparently|fyi|note)\b.*\busually\b")
_PARTS = re.compile(r"[;.]\s|,\s|\s[-–—]\s|\s(?:but|so|and)\s")


def as_agreed(sentence: str) -> str:
    """'It was agreed that CD would present X' as 'CD will present X'; any other sentence as it is."""
    m = _AGREED.match(sentence)
    return f"{m['who']} will {m['rest']}" if m else sentence


def how_it_usually_goes(step: str, sentence: str) -> bool:
    """Whether a step's first words (bar its verb, which a step puts in its base form: "advertises" is
    "advertise") are in a part of its sentence that says how things usually go."""
    words = step.lower().split()
    head = " ".join(words[1:4] if len(words) > 2 else words)
    return any(_USUALLY.search(part) and head in part.lower() and not re.search(  # "I'll typically lead it": a plan
        r"(?i)\b(?:will|['’]ll|going\s+to|gonna)\b", part) for part in _PARTS.split(sentence))
