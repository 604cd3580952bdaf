"""Steps said more loosely still: "gonna X" with no subject is mine (but "gonna mention X" is about the email,
no step); a department that acts ("finance to adjust salary from Feb payroll"); an arrow that starts the second
sentence of a line ("promo to Analytics Lead? -> he'll raise it with ..."); an adverb between the manager and the
verb ("she's also putting me in the charge nurse class in April"). Notes written for these tests."""

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
    return make_case(manager={"name": "Rob Keane"})


def steps(notes: str, case: Case) -> list[tuple[str, str | None, str | None]]:
    with every_step_kept():
        return [(c.text, c.owner, c.who) for c in read_notes(notes, case, today=TODAY).changes if c.kind == "next"]


@pytest.mark.parametrize("line, step", [
    ("gonna enrol in the Cert IV online this wk", ("enrol in the Cert IV online this wk", "me", None)),
    ("- gonna ask the union rep Sandra about the appeal process on Monday",
     ("ask the union rep Sandra about the appeal process on Monday", "me", None)),
    ("- finance to adjust salary from Feb payroll", ("adjust salary from Feb payroll", "other", "finance")),
    ("promo to Analytics Lead? -> he'll raise it with the Head of Data (Ms Njeri) at the quarterly review.",
     ("raise it with the Head of Data (Ms Njeri) at the quarterly review", "manager", None)),
    ("- she's also putting me in the charge nurse class in April",
     ("put me in the charge nurse class in April", "manager", None)),
    ("- he's also going to book me on the course", ("book me on the course", "manager", None)),
])
def test_a_step_said_loosely_is_read_with_its_owner(line: str, step: tuple[str, str, str | None], case: Case) -> None:
    assert step in steps(f"1:1 w Rob 3/2\nnot yet, revisit in June\n{line}\n", case)


@pytest.mark.parametrize("line", ["gonna lead w the shrink thing", "gonna mention I set up the dental month",
                                  "not yet. gonna be a long wait"])
def test_what_i_am_gonna_say_in_the_email_is_no_step(line: str, case: Case) -> None:
    assert not [s for s in steps(f"1:1 w Rob 3/2\n{line}\n", case) if s[1] == "me"]
