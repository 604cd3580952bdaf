"""The step gate (promo_ai/notes/gate.py, asked by learned.likely_steps), trained by bench/train_reader.py.

The step model reads a proposed step and the step-sentence model reads the sentence it comes from; the gate is a
logistic regression over what the two say, how the step was read and how many steps the rules read in its note
(gate.gate_features) that decides whether the step is proposed. It replaced two thresholds, one on each model
(STEP_AT and STEP_SENTENCE_AT), which ignored how the two agree: a sentence that reads as the manager's step says
little for a step of mine taken from it.

It learns from what the two models say of steps they have not seen: the development sets in 8 groups, each
group's steps (as the rules read them at first sight, and now) scored by models trained on the other groups. Its
`at` is the probability a step needs: the highest that keeps as many right first-sight steps as the two
thresholds did, so the gate's gain is in the wrong steps it no longer proposes. A step said outright ("I'll get 2
refs") is proposed whatever the gate says, and the gate learns from the others only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from promo_ai.changes.items import ChangeItem
from promo_ai.notes.gate import GATE_FEATURES, gate_features, gated, said_outright, step_kept
from promo_ai.notes.unmarked import review_step

# a proposed step as the trainer reads it: the step model's text, 1 when labelled, the sentence it comes from, the
# outcome of the notes, that sentence as the step-sentence model reads it, the step, and how many steps the rules
# read in its note
StepRow = tuple[str, int, str, str | None, str, ChangeItem, int]
Rows = dict[str, tuple[list[StepRow], int]]
# a row as the gate sees it: the step model's probability, the step-sentence model's reading, the row
Scored = tuple[float, dict[str, float], StepRow]
GROUPS = 8


def _scored(rows: list[StepRow], step: Any, sentences: Any) -> list[Scored]:
    """Each row with what these step and step-sentence models (scikit-learn's) say of it."""
    if not rows:
        return []
    steps = step.predict_proba([r[0] for r in rows])[:, 1]
    classes = [str(c) for c in sentences.classes_]
    said = [dict(zip(classes, map(float, p), strict=True)) for p in sentences.predict_proba([r[4] for r in rows])]
    return [(float(p), s, r) for p, s, r in zip(steps, said, rows, strict=True)]


def out_of_group(proposed: Rows, seen: Rows, sentences: dict[str, list[tuple[str, str]]],
                 pipeline: Callable[[], Any]) -> dict[str, list[Scored]]:
    """For each reading ("now", "first sight"), every step with what step and step-sentence models trained on the
    sets of the other groups say of it."""
    names = sorted(proposed)
    scored: dict[str, list[Scored]] = {"now": [], "first sight": []}
    for group in range(GROUPS):
        test = {n for k, n in enumerate(names) if k % GROUPS == group}
        train = [r for n in names if n not in test for r in proposed[n][0] + seen[n][0]]
        step = pipeline().fit([r[0] for r in train], [r[1] for r in train])
        said = [r for n in names if n not in test for r in sentences[n]]
        holds = pipeline().fit([r[0] for r in said], [r[1] for r in said])
        for reading, rows in (("now", proposed), ("first sight", seen)):
            scored[reading] += _scored([r for n in sorted(test) for r in rows[n][0]], step, holds)
    return scored


def decided(row: StepRow) -> bool:
    """Whether the gate decides the step: not one said outright, nor from a sentence the rules flag for review
    (the step model alone decides that one), as in gate.step_kept."""
    return not said_outright(row[2]) and review_step(row[2]) is None


def _counts(gate: dict[str, Any] | None, rows: list[Scored]) -> tuple[int, int]:
    """(right, wrong) of the steps kept by this gate (None: by the two thresholds it replaced)."""
    kept = [r[1] for step, said, r in rows if step_kept(gate, step, said, r[5], r[3], r[6])]
    return sum(kept), len(kept) - sum(kept)


def train_gate(proposed: Rows, seen: Rows, sentences: dict[str, list[tuple[str, str]]],
               pipeline: Callable[[], Any]) -> dict[str, Any]:
    """The gate's weights, fitted on the first-sight steps it decides, scored out of group; prints its figures."""
    from sklearn.linear_model import LogisticRegression

    scored = out_of_group(proposed, seen, sentences, pipeline)
    fit = [(gate_features(step, said, r[5], r[3], r[6]), r) for step, said, r in scored["first sight"] if decided(r)]
    model = LogisticRegression(C=1.0, max_iter=5000).fit([f for f, _ in fit], [r[1] for _, r in fit])
    gate: dict[str, Any] = {"features": list(GATE_FEATURES), "coef": [float(w) for w in model.coef_[0]],
                            "intercept": float(model.intercept_[0]), "at": 0.5}
    worst = max(abs(gated(gate, f) - p) for (f, _), p in zip(fit, model.predict_proba([f for f, _ in fit])[:, 1],
                                                                strict=True))
    if worst > 1e-6:
        raise ValueError(f"the step gate does not read back as trained (largest difference {worst:.2e})")
    before = _counts(None, scored["first sight"])
    for at in (round(0.95 - k / 100, 2) for k in range(91)):  # the highest that keeps as many right steps
        gate["at"] = at
        if _counts(gate, scored["first sight"])[0] >= before[0]:
            break
    wanted = {"now": sum(w for _, w in proposed.values()), "first sight": sum(w for _, w in seen.values())}
    for reading, rows in scored.items():
        for name, used in (("thresholds", None), (f"step gate at {gate['at']}", gate)):
            right, wrong = _counts(used, rows)
            print(f"next steps ({reading}, {GROUPS} groups, {name}): precision {right / max(1, right + wrong):.3f} "
                  f"recall {right / max(1, wanted[reading]):.3f} ({right} right, {wrong} wrong)")
    return gate
