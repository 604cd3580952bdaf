"""Notes written as a transcript of the talk, and plans under headings people use: the manager's own words after
"Him:" or "Her:" are steps of theirs ("Him: I will write the recommendation letter" is the manager's step, not
mine); "What would swing it:" and "To be ready:" head a plan, never evidence. Notes written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.case import Case
from promo_ai.notes import read_notes
from promo_ai.notes.learned import every_step_kept
from promo_ai.notes.speech import said_by_manager
from tests.helpers import make_case

TODAY = dt.date(2026, 11, 27)


@pytest.fixture(scope="module")
def case() -> Case:
    return make_case(manager={"name": "Lorena Diaz"})


def read(notes: str, case: Case) -> list[tuple[str, str, str | None]]:
    with every_step_kept():
        return [(c.kind, c.text, c.owner) for c in read_notes(notes, case, today=TODAY).changes]


@pytest.mark.parametrize("line, step", [
    ("Him: I will write the recommendation letter this week", "write the recommendation letter this week"),
    ("Her: I'll send you the job description by Friday", "send me the job description by Friday"),
])
def test_the_managers_own_words_are_the_managers_steps(line: str, step: str, case: Case) -> None:
    found = read(f"1:1 w Lorena 26/11\nMe: can we talk about the senior role?\n{line}", case)
    assert ("next", step, "manager") in found
    assert not any(kind == "next" and owner == "me" for kind, _, owner in found)


def test_my_own_words_and_a_task_label_are_read_as_before() -> None:
    names = ["Lorena Diaz", "Lorena"]
    assert said_by_manager("Me: I'll send the deck", names) == "Me: I'll send the deck"
    assert said_by_manager("Lorena: send HR my evals", names) == "Lorena: send HR my evals"
    assert said_by_manager("Lorena: I've put your name in", names) == "Lorena has put my name in"


@pytest.mark.parametrize("heading", ["What would swing it", "To be ready"])
def test_a_plan_heading_makes_a_plan_not_evidence(heading: str, case: Case) -> None:
    found = read(f"1:1 w Lorena 26/11. Not this round, revisit in March.\n{heading}: run the Saturday pass solo "
                 "for a month + cost the winter menu", case)
    assert ("condition", "run the Saturday pass solo for a month", None) in found
    assert not any(kind == "add" for kind, _, _ in found)
