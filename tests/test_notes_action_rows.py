"""An action list typed as rows of "what — who, when": the manager named after the thing to do ("Brief the night
team — Ruth, Friday huddle"), a body before it ("Payroll team — update my grade"), and what is said in brackets
kept whole ("pass both modules (M3, M4) and shadow the night lead": two conditions, not a split bracket). Notes
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.case import Case
from promo_ai.notes import read_notes
from promo_ai.notes.learned import every_step_kept
from tests.helpers import make_case

TODAY = dt.date(2026, 11, 27)


@pytest.fixture(scope="module")
def case() -> Case:
    return make_case(manager={"name": "Ruth Tan"})


def read(notes: str, case: Case, kind: str = "next") -> list[tuple[str, str | None, str | None]]:
    with every_step_kept():  # what the rules say, whether or not the step model would offer it
        return [(c.text, c.owner, c.who) for c in read_notes(notes, case, today=TODAY).changes if c.kind == kind]


@pytest.mark.parametrize("line, step", [
    ("2. Brief the night team — Ruth, Friday huddle", ("brief the night team at the Friday huddle", "manager", None)),
    ("- Send my case to the director - Ruth, by end of month",
     ("send my case to the director by end of month", "manager", None)),
    ("(4) Payroll team — update my grade from 1 May", ("update my grade from 1 May", "other", "Payroll team")),
    ("Rostering office — confirm my new shift pattern", ("confirm my new shift pattern", "other", "Rostering office")),
    ("3. Book my leave for August — me", ("book my leave for August", "me", None)),
])
def test_a_row_of_an_action_list_is_read_as_its_owners_step(line: str, step: tuple[str, str, str | None],
                                                             case: Case) -> None:
    notes = f"1:1 with Ruth 20/11/2026\nnot yet, revisit in spring\nActions:\n{line}"
    assert step in read(notes, case)


@pytest.mark.parametrize("line", ["Great chat — Ruth, really positive", "Budget — Ruth, next year"])
def test_a_row_with_no_action_in_it_is_no_step_of_the_managers(line: str, case: Case) -> None:
    assert not [s for s in read(f"1:1 with Ruth 20/11/2026\n{line}", case) if s[1] == "manager"]


def test_a_comma_in_brackets_does_not_split_a_condition(case: Case) -> None:
    notes = ("1:1 with Ruth 20/11/2026\nnot yet. Before she signs it off I need to pass both modules (M3, M4) and "
             "shadow the night lead.")
    wanted = [text for text, _, _ in read(notes, case, "condition")]
    assert any("pass both modules (M3, M4)" in text for text in wanted), wanted
    assert any(text.startswith("shadow the night lead") for text in wanted), wanted
    assert not any(text.endswith("(M3") for text in wanted), wanted


def test_a_comma_in_brackets_stays_in_its_step(case: Case) -> None:
    notes = "1:1 with Ruth 20/11/2026\nI'll finish the two audits (falls, sepsis) by Friday."
    assert [s[0] for s in read(notes, case)] == ["finish the two audits (falls, sepsis) by Friday"]
