"""Steps, from development-55's first sight (notes written for these tests): how I would come across ("I'll just
sound bitter", "I'll look desperate if I push now") is no step of mine, while "I'll look into the rota gaps" and
"I'll sound out HR" are; a department named first ("admin to update my eval draft", "facilities will move my desk")
does the step, not me."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.changes import ChangeItem
from promo_ai.notes import read_notes
from tests.helpers import make_case

TODAY = dt.date(2026, 12, 3)


def steps(notes: str) -> list[ChangeItem]:
    changes = read_notes(f"1:1 w Dana 2 Dec\n{notes}", make_case(manager={"name": "Dana Lee"}), today=TODAY).changes
    return [c for c in changes if c.kind == "next"]


@pytest.mark.parametrize("line", ["Don't put the \"too new\" thing in, I'll just sound bitter.",
                                  "not yet. I'll look desperate if I push now.", "i'll feel better after xmas",
                                  "I'll come across as pushy if I chase it"])
def test_how_i_would_come_across_is_no_step(line: str) -> None:
    assert steps(line) == []


@pytest.mark.parametrize(("line", "text"), [("I'll look into the rota gaps by Fri", "look into the rota gaps by Fri"),
                                            ("I'll sound out HR about the band", "sound out HR about the band")])
def test_looking_into_and_sounding_out_are_steps(line: str, text: str) -> None:
    assert [(c.text, c.owner) for c in steps(line)] == [(text, "me")]


@pytest.mark.parametrize(("line", "who"), [("admin to update my eval draft", "admin"),
                                           ("facilities will move my desk", "facilities"),
                                           ("Procurement to raise the PO by Fri", "Procurement")])
def test_a_department_named_first_does_the_step(line: str, who: str) -> None:
    assert [(c.owner, c.who) for c in steps(line)] == [("other", who)]


@pytest.mark.parametrize(("line", "text"), [
    ("- I send Dana the deck Thursday, she forwards it to Ritu same day", "forward the deck to Ritu same day"),
    ("- she raises it at calibration on the 9th", "raise it at calibration on the 9th")])
def test_her_step_said_in_the_present_with_a_when(line: str, text: str) -> None:
    assert (text, "manager") in [(c.text, c.owner) for c in steps(line)]


def test_her_habits_in_the_present_are_no_steps() -> None:
    assert steps("not yet\n- she runs the ward on Mondays. she does the rota every week.") == []
