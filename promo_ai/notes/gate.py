"""The step gate: whether a next step the rules read is proposed, from what the step model says of the step and the
step-sentence model of its sentence (promo_ai/notes/learned.py reads both), how the step was read, and how many
steps the rules read in the note. A logistic regression whose weights ship with the models' (bench/step_gate.py
trains it); without it, two thresholds decide.
"""

from __future__ import annotations

import math
import re
from typing import Any

from promo_ai.changes.items import ChangeItem
from promo_ai.notes.changed import changed
from promo_ai.notes.unmarked import review_step

STEP_AT = 0.3  # the step model's probability a step from a sentence the rules flag for review needs (review_step);
# without a step gate in the weights, also what any free-form step needs, and its sentence STEP_SENTENCE_AT of
STEP_SENTENCE_AT = 0.1  # holding one (the two thresholds the step gate, bench/step_gate.py, replaced)
SENTENCE_CLASSES = ("me", "manager", "other", "plan", "none")


def step_held(said: dict[str, float], outcome: str | None) -> float:
    """A step's share of the step-sentence model's reading; once promoted or no, a former plan item is a step too."""
    return 1.0 - said["none"] - (said.get("plan", 0.0) if outcome not in {"promoted", "no"} else 0.0)


def log_odds(p: float) -> float:
    """A probability as log-odds, kept within 1% of 0 and 1 (so that no one model's certainty outweighs the rest)."""
    p = min(max(p, 0.01), 0.99)
    return math.log(p / (1 - p))


GATE_FEATURES = ("step", "held", *SENTENCE_CLASSES, "owner me", "owner manager", "owner other", "who", "by",
                 "promoted", "no", "not_yet", "no outcome", "held as its owner's", "steps in the note")


def gate_features(step: float, said: dict[str, float], change: ChangeItem, outcome: str | None,
                  in_note: int) -> list[float]:
    """What the step gate weighs of a proposed step: the step model's probability, the step-sentence model's reading
    of its sentence (a step's share, then each class), how it was read (owner, someone named, a when), the outcome,
    how much the sentence reads as a step of the owner it was read with (once promoted or no, a plan item is mine),
    and how many steps the rules read in the note (`in_note`: the fifth step of a short note is more often not one
    than the first); probabilities as log-odds."""
    owner = change.owner or ""
    owners = said.get(owner, 0.0) + (said.get("plan", 0.0) if owner == "me" and outcome in {"promoted", "no"} else 0.0)
    read = [owner == "me", owner == "manager", owner == "other", bool(change.who), bool(change.by),
            outcome == "promoted", outcome == "no", outcome == "not_yet", outcome is None]
    classes = [log_odds(said.get(c, 0.0)) for c in SENTENCE_CLASSES]
    return [log_odds(step), log_odds(step_held(said, outcome)), *classes, *(float(f) for f in read), log_odds(owners),
            math.log(max(1, in_note))]


def gated(gate: dict[str, Any], features: list[float]) -> float:
    """The step gate's probability that a proposed step is one of the steps people mean (a logistic regression)."""
    z = gate["intercept"] + sum(w * x for w, x in zip(gate["coef"], features, strict=True))
    return 1 / (1 + math.exp(-z)) if z >= 0 else math.exp(z) / (1 + math.exp(z))


# A step said outright is kept whatever the models say: "I'll get 2 refs", "Dana will book it in", "HR to confirm
# it by 28 Feb" (the model learned from labelled notes that short steps with no when are often not steps). Weighing
# them too left out a few more wrong steps on the development sets, but also real ones in a long list of "I will ..."
# commitments (a review's "I will increase my billable hours"), which a person expects to see
_OUTRIGHT = re.compile(r"(?i)(?:^|\W)(?:i\s*['’]?ll|i\s+will|i\s*['’]?m\s+going\s+to|im\s+going\s+to|"
                       r"i\s+am\s+going\s+to)\b|(?:^|[^\w\s]\s*|\band\s+)(?!(?:she|he|they|it|we|you|this|that|there)\b)"
                       r"(?-i:[A-Z][a-z]+|[A-Z]['’][A-Z][a-z]+|[A-Z]{2,})"
                       r"(?:\s+(?:sir|ma['’]?am|madam))?"  # "D'Souza sir will announce it"
                       r"\s+(?:will|['’]ll|is\s+going\s+to|to)\s+(?!be\b|have\b)\w|"
                       # minutes: "It was agreed that CD would present the service review"
                       r"^\W*it\s+was\s+(?:agreed|decided)\s+(?:that\s+)?(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*){0,2}\s+"
                       r"(?:would|will|should)\s+\w")


def said_outright(sentence: str) -> bool:  # "I'll ...", "Priya will ...", "It was agreed that ...", a plan changed
    return _OUTRIGHT.search(sentence) is not None or bool(changed(sentence))


def step_kept(gate: dict[str, Any] | None, step: float, said: dict[str, float], change: ChangeItem,
              outcome: str | None, in_note: int) -> bool:
    """Whether a step the rules proposed is kept, given the step model's probability and the step-sentence model's
    reading of its sentence: a step said outright, yes; from a sentence the rules flag for review (review_step),
    when the step model gives it STEP_AT; any other, when the gate weighs it at its `at` (without a gate, the two
    thresholds it replaced). The trainer (bench/step_gate.py) decides with this too."""
    if said_outright(change.source_quote):
        return True
    if review_step(change.source_quote) is not None:
        return step >= STEP_AT
    if gate is None:
        return step >= STEP_AT and step_held(said, outcome) >= STEP_SENTENCE_AT
    return gated(gate, gate_features(step, said, change, outcome, in_note)) >= gate["at"]
