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


@pytest.mark.parametrize("line, step", [
    ("- Workforce Dev: update my pay grade on the system", ("update my pay grade on the system", "other",
                                                            "Workforce Dev")),
    ("- Medical Workforce: send the outcome letter", ("send the outcome letter", "other", "Medical Workforce")),
    ("- Risk & Quality team: send the audit timeline to all staff", ("send the audit timeline to all staff", "other",
                                                                    "Risk & Quality team")),
])
def test_a_body_labelling_an_action_owns_it(line: str, step: tuple[str, str, str], case: Case) -> None:
    assert read(f"1:1 with Ruth 20/11/2026\nActions\n{line}", case) == [step]


def test_a_comma_in_brackets_does_not_split_my_action(case: Case) -> None:
    notes = "1:1 with Ruth 20/11/2026\n- me: update my examples (Leadership, Delivering at Pace) next week"
    assert [s[0] for s in read(notes, case)] == ["update my examples (Leadership, Delivering at Pace) next week"]


@pytest.mark.parametrize("line", [
    "- Before the vote",  # a heading over what is to happen, not someone called "Before the" voting
    "- need budget work + supervisory experience",  # what I must gain: nothing to send her
    "- need the second book under contract + 1-2 more peer-reviewed articles",
    '- Ruth: "I would rather put you up in Jan with a slam dunk than in July with a maybe"',
    "- she'd prefer to wait till spring",
])
def test_what_is_no_step_or_accomplishment_is_not_offered_as_one(line: str, case: Case) -> None:
    with every_step_kept():
        changes = read_notes(f"1:1 with Ruth 20/11/2026\n{line}", case, today=TODAY).changes
    assert not [c for c in changes if c.kind in {"next", "add"}], changes


def test_what_is_dated_in_the_past_is_no_step(case: Case) -> None:
    notes = "1:1 with Ruth 20/11/2026\n- call w Ruth last thurs, on speaker while kids napped\n- she'll send it by Fri"
    assert [s[0] for s in read(notes, case)] == ["send it by Fri"]


def test_he_go_send_is_the_manager_saying_he_will(case: Case) -> None:
    notes = "1:1 with Ruth 20/11/2026\nshe go send the appointment letter thru HR latest next week"
    assert read(notes, case) == [("send the appointment letter thru HR latest next week", "manager", None)]
