"""A step said twice: in the prose and again in the action list ("She will minute this to the Director PRS" and
"Mrs A: minute to Director PRS this week"), or in my notes and again in the manager's message pasted under them
("prepare handover notes for Faith" and "Me - handover notes for Faith - end of month"). It is proposed once."""

from __future__ import annotations

import re
from typing import Any

from promo_ai.changes.items import ChangeItem
from promo_ai.text import content_words, normalise

Item = dict[str, Any]

# a word that says which step it is: a name or a number inside the step ("Faith", "Raj", "Q2"), not its first word
_NAMED = re.compile(r"(?<=\s)(?:[A-Z][\w'’-]+|\w*\d\w*)")


def _same_step(one: str, other: str) -> bool:
    """Two steps of the same person that share most of their words (three or more), or a name or number and two
    words besides ("handover notes for Faith"; not "the SMT" alone, which many steps name)."""
    words, theirs = set(content_words(one)), set(content_words(other))
    shared = words & theirs
    if len(shared) >= 3 and len(shared) >= 0.6 * min(len(words), len(theirs)):
        return True
    names = {normalise(n) for n in _NAMED.findall(one)} & {normalise(n) for n in _NAMED.findall(other)}
    return bool(names & shared) and len(shared - names) >= 2


def said_once(steps: list[Item]) -> list[Item]:
    """The steps with each said only once: of two next steps of the same owner from different sentences that are
    the same step (`_same_step`), the one that says when, or the first."""
    kept: list[Item] = []
    for item in steps:
        twin = next((k for k in kept if k["kind"] == item["kind"] == "next" and k["owner"] == item["owner"]
                     and k.get("who") == item.get("who") and k["source_quote"] != item["source_quote"]
                     and _same_step(k["text"], item["text"])), None)
        if twin is None:
            kept.append(item)
        elif (item.get("by") and not twin.get("by")) or twin["source_quote"] in item["source_quote"]:
            kept[kept.index(twin)] = item  # the one that says when; or the promise that quotes what was asked
    return kept


def proposed_once(changes: list[ChangeItem]) -> list[ChangeItem]:
    """The changes with each next step proposed once, once the step gate has kept them: of two steps of the same
    owner and person from different sentences that start with the same verb and share half the words of the
    shorter, two of them besides the verb ("send the offer letter through the board of management" and "send the
    offer letter via BOM, before Easter"; not "book the ILM course" and "book the first aid course", nor "update the
    business case" and "send the business case to Dana"), the one ticked, else the one that says when, else the
    first. Looser than said_once: the steps left are each likely a step, and the same
    step said twice reads twice in the email."""
    kept: list[ChangeItem] = []
    for change in changes:
        twin = next((k for k in kept if k.kind == change.kind == "next" and k.owner == change.owner
                     and k.who == change.who and k.source_quote != change.source_quote
                     and _alike(k.text, change.text)), None)
        if twin is None:
            kept.append(change)
        elif (twin.unsure and not change.unsure) or (bool(twin.unsure) == bool(change.unsure) and change.by
                                                      and not twin.by):
            kept[kept.index(twin)] = change
    return kept


def _alike(one: str, other: str) -> bool:
    words, theirs = content_words(one), content_words(other)
    if not words or not theirs or words[0] != theirs[0]:
        return False  # "update the business case" and "send the business case to Dana": two steps
    shared = set(words) & set(theirs)
    return len(shared - {words[0]}) >= 2 and len(shared) >= 0.5 * min(len(set(words)), len(set(theirs)))
