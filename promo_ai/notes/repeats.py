"""A step said twice: in the prose and again in the action list ("She will minute this to the Director PRS" and
"Mrs A: minute to Director PRS this week"), or in my notes and again in the manager's message pasted under them
("prepare handover notes for Faith" and "Me - handover notes for Faith - end of month"). It is proposed once."""

from __future__ import annotations

import re
from typing import Any

from promo_ai.text import content_words, normalise

Item = dict[str, Any]

# a word that says which step it is: a name or a number inside the step ("Faith", "Raj", "Q2"), not its first word
_NAMED = re.compile(r"(?<=\s)(?:[A-Z][\w'’-]+|\w*\d\w*)")


def _same_step(one: Item, other: Item) -> bool:
    """Two steps of the same person that share most of their words (three or more), or a name or number and two
    words besides ("handover notes for Faith"; not "the SMT" alone, which many steps name)."""
    words, theirs = set(content_words(one["text"])), set(content_words(other["text"]))
    shared = words & theirs
    if len(shared) >= 3 and len(shared) >= 0.6 * min(len(words), len(theirs)):
        return True
    names = {normalise(n) for n in _NAMED.findall(one["text"])} & {normalise(n) for n in _NAMED.findall(other["text"])}
    return bool(names & shared) and len(shared - names) >= 2


def said_once(steps: list[Item]) -> list[Item]:
    """The steps with each said only once: of two next steps of the same owner from different sentences that are
    the same step (`_same_step`), the one that says when, or the first."""
    kept: list[Item] = []
    for item in steps:
        twin = next((k for k in kept if k["kind"] == item["kind"] == "next" and k["owner"] == item["owner"]
                     and k.get("who") == item.get("who") and k["source_quote"] != item["source_quote"]
                     and _same_step(k, item)), None)
        if twin is None:
            kept.append(item)
        elif item.get("by") and not twin.get("by"):
            kept[kept.index(twin)] = item
    return kept
