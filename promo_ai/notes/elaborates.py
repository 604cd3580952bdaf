"""Whether a clause only says more about the step before it (when, by whom it is signed off, what it takes), so the
steps reader joins it to that step rather than reading a step of its own."""

from __future__ import annotations

import re

from promo_ai.notes.joined import DOING
from promo_ai.notes.patterns import compiled
from promo_ai.notes.when import when_phrase

(_FINITE,) = compiled(
    r"\b(?:i|we|she|he|they|it|that|this|which|who|so|but|because|as|if|and)\b|'(?:s|ll|d)\b|"
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|says|said|thinks|likes|wants|cares|"
    r"lead|add|put|keep|decides|approves|signs|votes|meets|sits|confirms|chooses|reviews)\b")
# someone's own step, said as minutes say it: "Steve to raise at the monthly", "HR to send the forms by Friday"
_SOMEONE_TO = re.compile(r"^(?:the\s+)?(?:me|myself|(?-i:[A-Z])[\w'.&-]*(?:\s+(?-i:[A-Z])[\w'.&-]*)?|"
                         r"(?:[a-z]+\s+)?(?:board|"
                         r"panel|committee|hr|payroll|finance|team|office|dept))(?:\s*\([^)]*\))?\s+to\s+(?!be\b)"
                         r"[a-z]+\s+\w")  # not a bare "Ruth to submit": too little for a step of its own
_SITS = re.compile(r"(?i)^(?:the\s+)?(?:[\w-]+\s+){0,3}(?:panel|committee|board|calibration)\s+"
                   r"(?:meets|sits|convenes)\b")


def elaborates(clause: str, separator: str) -> bool:
    """A clause with no subject or verb of its own that says more about the step before it: when, by whom it
    is signed off, what it takes ('first draft end of Q4', 'signed off by Sgt Okonjo', '4 Sunday shifts')."""
    when = when_phrase(clause)
    if when and clause.lower().startswith(when.lower()) and len(clause.split()) <= 12:
        return True  # "..., this week to recommend me": when, and the rest of the step
    listed = re.sub(r"\band\s+(?!(?i:i|we|she|he|they|it|that|this|so|then|hr|payroll|finance|the)\b|[A-Z])", "",
                    clause) if len(clause.split()) <= 6 else clause  # "CV, cover letter
    # and references by Friday": a list of things, no new clause
    if len(clause.split()) > 9 or _FINITE.search(listed) or _SITS.match(clause) or _SOMEONE_TO.match(clause) or \
            DOING.match(clause):
        return False  # "..., MS board sits in May", "..., interview board to sit in Feb": the board's own step
    return separator.strip() in {":", ","} or bool(when_phrase(clause))
