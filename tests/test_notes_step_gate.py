"""The step gate: what decides whether a step the rules read is proposed, from what the step model says of the step
and the step-sentence model of its sentence (bench/step_gate.py trains it). Weights without a gate fall back to
the two thresholds it replaced; weights with a gate of another shape are refused rather than misread."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from promo_ai.changes import ChangeItem
from promo_ai.notes import read_notes
from promo_ai.notes.gate import GATE_FEATURES, gate_features, gated, log_odds
from promo_ai.notes.learned import WEIGHTS, models, step_gate, use_weights
from tests.helpers import make_case

TODAY = dt.date(2026, 12, 3)
SAID = {"me": 0.01, "manager": 0.0, "other": 0.0, "plan": 0.99, "none": 0.0}  # "she wants me to run the planning"


def mine(text: str = "run the Q1 planning on my own") -> ChangeItem:
    return ChangeItem.model_construct(kind="next", text=text, source_quote=text, owner="me", who=None, by=None)


Change = Callable[[dict[str, Any]], object]


@pytest.fixture
def weights_as(tmp_path: Path) -> Iterator[Callable[[Change], None]]:
    """Use the shipped weights changed by a function of their JSON, then the shipped ones again."""
    def use(change: Change) -> None:
        data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
        change(data)
        path = tmp_path / "model.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        use_weights(path)

    yield use
    use_weights(WEIGHTS)


def test_the_shipped_weights_carry_a_step_gate() -> None:
    gate = step_gate()
    assert gate is not None and gate["features"] == list(GATE_FEATURES) and len(gate["coef"]) == len(GATE_FEATURES)
    assert 0.05 <= gate["at"] <= 0.95


def test_once_promoted_a_plan_sentence_reads_as_my_step() -> None:
    promoted, pending = gate_features(0.6, SAID, mine(), "promoted", 1), gate_features(0.6, SAID, mine(), "pending", 1)
    owners = GATE_FEATURES.index("held as its owner's")
    assert promoted[owners] == pytest.approx(log_odds(1.0)) and pending[owners] == pytest.approx(log_odds(0.01))
    gate = step_gate()
    assert gate is not None and gated(gate, promoted) > gated(gate, pending)


def test_a_step_among_many_in_a_short_note_needs_more_to_be_proposed() -> None:
    """The fifth step the rules read in a note is more often not one of the steps people mean than the only one."""
    gate = step_gate()
    only, fifth = gate_features(0.6, SAID, mine(), "pending", 1), gate_features(0.6, SAID, mine(), "pending", 5)
    assert gate is not None and gated(gate, fifth) < gated(gate, only)


def test_no_one_model_is_certain_beyond_one_in_a_hundred() -> None:
    assert log_odds(0.0) == log_odds(0.001) == pytest.approx(-log_odds(1.0))


def test_a_promotions_wanted_work_is_my_step_and_a_not_yets_a_condition() -> None:
    case = make_case(manager={"name": "Dana Lee"})
    promoted = read_notes("I got it!\nShe wants me to run the Q1 planning on my own.", case, today=TODAY).changes
    assert [(c.owner, c.text) for c in promoted if c.kind == "next"] == [("me", "run the Q1 planning on my own")]
    not_yet = read_notes("Not this cycle.\nShe wants me to run the Q1 planning on my own.", case, today=TODAY).changes
    assert [c.text for c in not_yet if c.kind == "condition"] == ["run the Q1 planning on my own"]


def test_weights_without_a_gate_use_the_two_thresholds(weights_as: Callable[[Change], None]) -> None:
    notes = "1:1 with Dana on 2 Dec. She'll put me forward.\nI'll send her the rota by Friday."
    weights_as(lambda data: data.pop("step_gate"))
    assert step_gate() is None and "step" in models()
    steps = [c.text for c in read_notes(notes, make_case(), today=TODAY).changes if c.kind == "next"]
    assert "send you the rota by Friday" in steps


def test_a_gate_of_another_shape_is_refused(weights_as: Callable[[Change], None]) -> None:
    def shorter(data: dict[str, Any]) -> None:
        data["step_gate"]["coef"] = data["step_gate"]["coef"][:-1]

    with pytest.raises(ValueError, match="step gate"):
        weights_as(shorter)
        models()
