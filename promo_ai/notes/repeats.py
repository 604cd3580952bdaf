"""A step said twice: in the prose and again in the action list ("She will minute this to the Director PRS" and
"Mrs A: minute to Director PRS this week"). It is proposed once."""

from __future__ import annotations

from typing import Any

from promo_ai.text import content_words

Item = dict[str, Any]


def said_once(steps: list[Item]) -> list[Item]:
    """The steps with each said only once: of two next steps of the same owner from different sentences that share
    most of their words (two or more), the one that says when, or the first."""
    kept: list[Item] = []
    for item in steps:
        words = set(content_words(item["text"]))
        twin = next((k for k in kept if k["kind"] == item["kind"] == "next" and k["owner"] == item["owner"]
                     and k.get("who") == item.get("who") and k["source_quote"] != item["source_quote"]
                     and len(words & (theirs := set(content_words(k["text"])))) >= 0.6 * min(len(words), len(theirs))
                     and len(words & theirs) >= 3), None)
        if twin is None:
            kept.append(item)
        elif item.get("by") and not twin.get("by"):
            kept[kept.index(twin)] = item
    return kept
