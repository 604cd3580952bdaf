"""Action items written as rows with their owner, as meeting tools and minutes write them: "Action: nominate Brian
for the course Owner: Achieng / Due: May intake", "[Declan Byrne] Confirm the start date", "AI: Rachel - submit the
statement". Each is read as (who, what), a row whose owner the step reader knows."""

from __future__ import annotations

import re

from promo_ai.notes.verbs import starts_with_a_verb, thing_verb

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


# a header naming the columns of the action rows under it: "Action - Owner - Due", "What | Who | When", "Task / Owner"
_COLUMN = {"what": r"actions?|what|tasks?|items?|to\s*-?dos?", "who": r"owners?|who|by\s+whom|responsible",
           "due": r"due|when|by\s+when|deadline|date|timing"}
_SEPARATOR = r"\s+[-–—/|]\s+|\s*[|\t]\s*"
_NO_ACTION_CELL = re.compile(r"(?i)^(?:n/?a|-+|none|nobody|no\s+one|done|sorted(?:\s+already)?|"
                             r"already\s+(?:done|sorted)|closed|complete[d]?|✅)\W*$")


def _column(cell: str) -> str | None:
    return next((name for name, words in _COLUMN.items() if re.fullmatch(rf"(?i)(?:{words})\W*", cell.strip())), None)


def column_rows(lines: list[str]) -> dict[int, tuple[str, str]]:
    """The rows under a header that names the columns, the owner after the action ("Action - Owner - Due" then
    "P6 course - me - book by end of Feb"), by line number, as (who, what with its when) for the step reader:
    ("me", "book the P6 course by end of Feb"). A row whose owner or due says nothing is to be done ("Xmas party -
    n/a - sorted already") gives nothing; the rows end at a line that is not one."""
    rows: dict[int, tuple[str, str]] = {}
    columns: list[str | None] = []
    for at, line in enumerate(lines):
        cells = [c.strip() for c in re.split(_SEPARATOR, line.strip()) if c.strip()]
        named = [_column(c) for c in cells]
        if len(cells) >= 2 and all(named) and {"what", "who"} <= set(named):
            columns = named if named[0] != "who" else []  # "Owner – Action – Due": read as a name and its step
            continue
        if not columns or len(cells) != len(columns):
            columns = [] if not line.strip() or len(cells) < 2 else columns
            continue
        row = {name: cell for name, cell in zip(columns, cells, strict=True) if name}
        due = row.get("due", "")
        if _NO_ACTION_CELL.match(row["who"]) or _NO_ACTION_CELL.match(due) or not row["what"]:
            continue
        what = row["what"].rstrip(" .")
        thing = what[0].lower() + what[1:] if what[1:2].islower() else what  # "Reference": the reference
        if (led := re.match(r"(?i)(?P<v>book|send|submit|sign|email|finish|complete|do|start|enrol|register|apply)\s+"
                            r"(?P<when>(?:by|before|on|in|at|from|for)\b.*)$", due)):
            # "P6 course - me - book by end of Feb": the verb of the due cell does the thing
            what, due = f"{led['v'].lower()} the {thing}", led["when"]
        elif not starts_with_a_verb(what):  # "Reference - Kelvin - next week": Kelvin arranges it; "CV update - me"
            mine = re.fullmatch(r"(?i)me|i|myself|mine", row["who"].strip())
            what = f"complete the {thing}" if mine else thing_verb(thing) + thing
        when = "" if not due or re.fullmatch(r"(?i)tb[cd]|\?+|ongoing", due) else (
            f" {due}" if re.match(r"(?i)(?:by|before|on|in|at|asap|from|after|within|every)\b", due)
            else f" by {due}")
        rows[at] = (row["who"], f"{what}{when}")
    return rows
