"""Action items written as rows with their owner, as meeting tools and minutes write them: "Action: nominate Brian
for the course Owner: Achieng / Due: May intake", "[Declan Byrne] Confirm the start date", "AI: Rachel - submit the
statement". Each is read as (who, what), a row whose owner the step reader knows."""

from __future__ import annotations

import re

# an action item with its owner and due date under it: "Action: nominate Brian for the course Owner: Achieng / Due: May
# intake", "Item: Issue promotion letter Owner: Staffing & Personnel | Due: tbd"
_OWNED = re.compile(r"(?i)^\W*(?:(?:action(?:\s+item)?|item|task|to\s*-?do|follow[- ]?up|a/?i)\s*\d*\s*[:.)-]\s*)?"
                    r"(?P<what>\S.*?)[\s.;,]+owners?\s*:\s*(?P<who>[^/|;,]+?)\s*(?:(?:[/|;,]\s*|\s+)(?:due|by|deadline)\s*:\s*"
                    r"(?P<due>[^|;]+?))?\s*(?:[/|;,]\s*)?(?:(?:due|by|deadline)\s*:?\s*)?$")  # "Owner: Ruth / Due:"


_AI_ITEM = re.compile(r"^\W*(?:AI|A/I|A\.I\.)\s*\d*\s*[:.)-]\s*(?P<who>me|I|myself|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)"
                      r"{0,2})\s*(?:[-–—:]\s*|\s+(?=to\s))")


# an AI note-taker's action item, its owner in brackets first: "[Declan Byrne] Confirm start date", "[HR] Issue ..."
_BRACKETED = re.compile(r"^\W*\[(?!(?i:tb[cdao]|n/?a|todo|to\s*do|wip|done|x|ai|action|owner|unassigned|none|\?+)\])"
                        r"(?P<who>[A-Za-z][^\]\d:]{1,40})\]\s+(?=[A-Za-z])")  # not "[TBD] schedule calibration"


def owned_row(sentence: str) -> tuple[str, str] | None:
    """An action item with its owner (and due date), as (who, what) for a row the step reader knows: ("Achieng",
    "nominate Brian for the course by May intake"); None for any other sentence."""
    if action := _AI_ITEM.match(sentence) or _BRACKETED.match(sentence):  # "AI: Rachel - submit the statement",
        return action["who"], sentence[action.end():]  # "[Declan Byrne] Confirm start date with the PO"
    m = _OWNED.match(sentence)
    if m is None:
        return None
    due = (m["due"] or "").strip(" .")
    when = "" if not due or re.fullmatch(r"(?i)tb[cd]|n/?a|-+|\?+|none|ongoing", due) else (
        f" {due}" if re.match(r"(?i)(?:by|before|on|in|at|end|next|this|asap)\b", due) else f" by {due}")
    return m["who"].strip(), f"{m['what'].strip(' .')}{when}"
