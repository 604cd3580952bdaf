"""Applying the changes the person accepted to the case (pure: a new, validated case)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError

from promo_ai.case import Case, accomplishments_from_bullets
from promo_ai.changes.items import KIND_ORDER, ChangeItem, label
from promo_ai.changes.matching import match_target, same_title
from promo_ai.errors import CaseError
from promo_ai.phrasing import as_written_out
from promo_ai.text import describe_errors, normalise


def _locate(data: dict[str, Any], change: ChangeItem) -> tuple[str, int] | None:
    """Where in the case data the change's item is: its exact wording first, then a match of its words."""
    for phrase in (change.target, change.text):
        if not phrase:
            continue
        key = normalise(phrase)
        for field_name, text_key in (("accomplishments", "summary"), ("accolades", "quote")):
            exact = next((i for i, item in enumerate(data[field_name]) if normalise(item[text_key]) == key), None)
            if exact is not None:
                return field_name, exact
        fuzzy = match_target(phrase, Case.model_validate(data))
        if fuzzy:
            return ("accomplishments" if fuzzy.kind == "accomplishment" else "accolades"), fuzzy.index
    return None


def _new_accomplishment(text: str) -> dict[str, Any]:
    parsed = accomplishments_from_bullets(text)
    return parsed[0].model_dump() if parsed else {"summary": text}


def _apply_one(data: dict[str, Any], change: ChangeItem, dropped: set[str], forward: list[str],
               outcome: str | None = None) -> None:
    kind = change.kind
    if kind == "title" and outcome in {"no", "not_yet"} and not same_title(change.text, data["target_title"]):
        data["next_target"] = change.text  # another role suggested after a no: the promotion discussed stays the case's
    elif kind == "title":
        data["target_title"] = change.text
    elif kind == "next_target":
        data["next_target"] = change.text
    elif kind in {"date", "follow_up"}:
        data["meeting_date" if kind == "date" else "follow_up_on"] = dt.date.fromisoformat(change.text)
    elif kind == "outcome":
        data["outcome"] = change.text
    elif kind == "add":
        data["accomplishments"].append(_new_accomplishment(change.text))
    elif kind == "emphasise":
        where = _locate(data, change)
        if where is None:
            data["accomplishments"].insert(0, _new_accomplishment(change.text))
        else:
            data[where[0]].insert(0, data[where[0]].pop(where[1]))
    elif kind == "drop":
        where = _locate(data, change)
        if where is None:
            if normalise(change.target or change.text) in dropped:
                return  # two phrases for the same item: dropped once
            raise CaseError([f"{label(change)}: it matches nothing in the case, so it cannot be dropped"])
        removed = data[where[0]].pop(where[1])
        dropped.add(normalise(removed.get("summary") or removed.get("quote")))
    elif kind in {"next", "condition"}:
        field_name = "next_steps" if kind == "next" else "plan"
        if normalise(change.text) not in {normalise(s["text"]) for s in data[field_name]}:
            # "by fri" is "by Friday" in the case, and so in the email the director reads
            step = {"text": as_written_out(change.text), "by": as_written_out(change.by) if change.by else change.by}
            who = "we" if change.owner == "manager" and _said_as_we(change) else change.who
            data[field_name].append({**step, "owner": change.owner, "who": who} if kind == "next" else step)
    elif kind == "person" and not forward:  # the first person accepted is who the email goes on to
        forward.append(change.text)
        data["forward_to"] = change.text
    # private: never applied


# a step of the manager's said as both of ours ("we'll talk again in Feb"): the email says "we'll", not "you'll"
_WE_WILL = r"(?i)\bwe\s*(?:['’]ll|will|are\s+going\s+to|['’]re\s+going\s+to|are\s+gonna|shall)\s+(?:\w+\s+)?"


def _said_as_we(change: ChangeItem) -> bool:
    verb = change.text.split()[0] if change.text.split() else ""
    return bool(re.search(_WE_WILL + re.escape(verb) + r"\b", change.source_quote))


def apply_changes(case: Case, changes: Sequence[ChangeItem]) -> Case:
    """The case with the accepted changes applied, validated. Order: `KIND_ORDER` (adds come before
    drops, so 'drop the old, add the new' never empties the list); a private line is never applied. After a no or
    a not yet, another title is the role suggested instead (`next_target`): the promotion discussed stays the target.
    A change that would make the case invalid raises CaseError naming that change."""
    data = case.model_dump()
    dropped: set[str] = set()
    forward: list[str] = []
    outcome = next((c.text for c in changes if c.kind == "outcome"), case.outcome)
    for change in sorted(changes, key=lambda c: KIND_ORDER.index(c.kind)):
        _apply_one(data, change, dropped, forward, outcome)
        try:
            Case.model_validate(data)
        except ValidationError as exc:
            raise CaseError([f"{label(change)}: {p}" for p in describe_errors(exc)]) from None
    return Case.model_validate(data)
