"""The sentences of the notes no rule took a step or a plan item from, read by the unread-step and
unread-condition models (promo_ai/notes/learned.py): those that read as holding one are offered unticked, in the
person's words, for them to say as they would write it and tick.

- unread-step: whose step a sentence holds (me, my manager, someone else) or none;
- unread-condition: whether it holds something wanted before the promotion (asked while it is still to come).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from promo_ai.changes.items import UNREAD_CONDITION, UNREAD_STEP
from promo_ai.notes.learned import TextModel, models, weighing
from promo_ai.notes.when import when_phrase

UNREAD_CONDITION_AT = 0.6  # the same for a sentence the rules took no plan item from (chosen on the development sets)
UNREAD_STEP_AT = 0.6  # the probability a sentence the rules took no step from needs to be offered as one (unticked)

# and, in a step of mine, the "I" the email says for me ("I do the handover ..." -> "I'll do the handover ...")
_I = re.compile(r"(?i)^(?:i|me)(?!\s+(?:and|&)\b)(?:\s+will|\s*['’]ll|\s+need\s+to|\s+have\s+to|\s+must|\s+should|"
                r"\s+can|\s+could|\s+want\s+to|\s+plan\s+to|\s+am\s+going\s+to|\s*['’]?m\s+going\s+to|"
                r"\s*['’]?m\s+gonna|\s+am\s+to|\s+to)?\s+(?=\w)")
# what a line starts with that is no part of the step: a bullet, a number, or a label ("me:", "ako -", "A:"); a
# label that is a day or a month ("Mon - CV to HR") is the step's when, and stays
_DAY_OR_MONTH = (r"(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun|today|tomorrow|tmrw|jan|feb|mar|apr|may|jun|"
                 r"jul|aug|sep|sept|oct|nov|dec)\w*")
_LABEL = re.compile(rf"^\s*(?:[-*•>→]+\s*|\d{{1,2}}[.)]\s+|(?!(?i:{_DAY_OR_MONTH})\b)(?P<label>[A-Za-z]{{1,12}})\s*"
                    r"(?::|-+>?|[–—]|->)\s+)+")
_NOT_WHO = {"me", "ako", "myself", "mine", "action", "actions", "next", "todo", "note", "notes", "re", "fyi", "ps",
            "and", "then", "also", "update", "plan", "step", "steps", "so", "ok", "q", "a"}
# a step is cut where the sentence goes on to something else ("... before xmas - I'm on antidepressants")
_ANOTHER_CLAUSE = re.compile(r"\s+[-–—]+\s+|\s*;\s*")
_LEAD_IN = re.compile(r"^[^:]{3,60}:\s+(?=\S)")  # "His plan for me: run the banquet kitchen ..."


def _the_part(sentence: str, model: TextModel, key: str, shape: tuple[str | None, bool, bool]) -> str:
    """The clause of a sentence the model gives `key` most ("Not this round — regional says managers need the
    leadership program done first": the second), without the line's label or lead-in; `shape` is the outcome,
    bullet and heading the model reads with it."""
    label = _LABEL.match(sentence)
    parts = [_LEAD_IN.sub("", p).strip(" .;,") for p in _ANOTHER_CLAUSE.split(sentence[label.end() if label else 0:])]
    return max((p for p in parts if p), key=lambda p: model.probabilities(sentence_text(p, *shape))[key], default="")


_asked: list[list[tuple[str, str, str]]] = []


@contextmanager
def sentences_asked() -> Iterator[list[tuple[str, str, str]]]:
    """Within it, every sentence offered to the unread-step and unread-condition models is recorded (which model,
    the sentence, and the text the model reads): the rows they are trained on (bench/train_reader.py)."""
    record: list[tuple[str, str, str]] = []
    _asked.append(record)
    try:
        yield record
    finally:
        _asked.remove(record)


def sentence_text(sentence: str, outcome: str | None, bullet: bool, heading: bool) -> str:
    """A sentence as the unread-step and unread-condition models read it: the outcome of the notes, the line's
    shape, the sentence."""
    return f"outcome{outcome or 'none'} {'bullet' if bullet else ''} {'heading' if heading else ''} | {sentence}"


# what a plan line starts with that the plan item does not say: "she wants me to", "I need to"
_WANTED_LEAD = re.compile(r"(?i)^(?:(?:she|he|they|[A-Z]\w+)\s+(?:wants|needs|would\s+like|expects|said)\s+"
                          r"(?:me\s+to|to\s+see(?:\s+me)?)\s+|(?:i\s+)?(?:still\s+)?(?:need|have|must|got)\s+to\s+|"
                          r"i\s+must\s+)")


def _read_as(kind: str, sentences: list[tuple[str, bool, bool]],
             outcome: str | None) -> Iterator[tuple[str, TextModel, dict[str, float], tuple[str | None, bool, bool]]]:
    """(sentence, model, its probabilities, the shape it was read with) for each sentence the unread-`kind` model
    is asked about, every one recorded for training (sentences_asked); none while every_step_kept."""
    for record in _asked:
        record += [(kind, s, sentence_text(s, outcome, bullet, heading)) for s, bullet, heading in sentences]
    model = models().get(f"unread_{kind}")
    if model is None or not weighing():
        return
    for sentence, bullet, heading in sentences:
        yield sentence, model, model.probabilities(sentence_text(sentence, outcome, bullet, heading)), (
            outcome, bullet, heading)


def unread_items(sentences: list[tuple[str, bool, bool]], outcome: str | None, no_step_from: set[str],
                 no_plan_from: set[str]) -> list[dict[str, Any]]:
    """The reader's items for the (sentence, bullet, heading) no rule took a step (or, while the promotion is still
    to come, a plan item) from that the unread-step (unread-condition) model reads at UNREAD_STEP_AT
    (UNREAD_CONDITION_AT) or more as one: the clause it reads most, bar its label, lead-in and my "I", offered
    unticked; a step with its owner, its when, and who from a label ("HR - ...")."""
    found: list[dict[str, Any]] = []
    for sentence, model, said, shape in _read_as("step", [u for u in sentences if u[0] not in no_step_from],
                                                 outcome):
        owner = max((c for c in said if c != "none"), key=lambda c: said[c])
        label = _LABEL.match(sentence)
        text = _the_part(sentence, model, owner, shape) if said[owner] >= UNREAD_STEP_AT else ""
        text = _I.sub("", text) if owner == "me" else text
        who = label["label"] if label and label["label"] and owner == "other" and len(label["label"]) > 1 and \
            label["label"].lower() not in _NOT_WHO else None
        if len(text.split()) >= 2:
            found.append({"kind": "next", "text": text, "source_quote": sentence, "by": when_phrase(text),
                          "owner": owner, "who": who, "unsure": UNREAD_STEP})
    if outcome in {"no", "promoted"}:
        return found  # a plan only while the promotion is still to come
    for sentence, model, said, shape in _read_as("condition", [u for u in sentences if u[0] not in no_plan_from],
                                                 outcome):
        text = _WANTED_LEAD.sub("", _the_part(sentence, model, "1", shape)) if said["1"] >= UNREAD_CONDITION_AT \
            else ""
        if len(text.split()) >= 2:
            found.append({"kind": "condition", "text": text, "source_quote": sentence, "by": when_phrase(text),
                          "unsure": UNREAD_CONDITION})
    return found
