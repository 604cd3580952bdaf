"""Private lines said the short way people say them: a bare cue at the end of the line or after it ("pay's going up
to £37k - don't put", "... suspended pending an investigation, don't touch it", "... stays out.", "nobody's
business", "close hold", "my own note: ..."), and a cue that names someone by an abbreviation ("the F. family
complaint", "Atty. Lim"), which must not be cut into two sentences. None of it reaches the proposals as anything
but private; what is no cue stays as it was ("Nobody knows the rota better than me"). Notes written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.case import Case
from promo_ai.notes import read_notes
from tests.helpers import make_case

TODAY = dt.date(2026, 11, 27)


@pytest.fixture(scope="module")
def case() -> Case:
    return make_case(manager={"name": "Dana Whitfield"})


def private_and_other(notes: str, case: Case) -> tuple[list[str], list[str]]:
    changes = read_notes(notes, case, today=TODAY).changes
    return ([c.text for c in changes if c.kind == "private"],
            [c.text for c in changes if c.kind not in {"private", "date", "outcome", "follow_up"}])


@pytest.mark.parametrize("line, secret", [
    ("- pay's going up to £37k - don't put", "£37k"),
    ("- Steve said Officer Daniels is suspended pending an investigation, don't touch it", "suspended"),
    ("- I've got a call with a recruiter next week. stays out.", "recruiter"),
    ("- my SACCO loan is why I need this. nobody's business", "SACCO"),
    ("- also my own note: he said LH Smith is going to be discharged over the drugs test. close hold", "discharged"),
    ("and my own note: dad's heart again, might need time off at Easter", "heart"),
    ("- PERSONAL (di pwede sa email): mama's hospital bills, that's why i need the raise", "hospital bills"),
    ("- not for the email: the F. family complaint", "F. family complaint"),
    ("- dont include the issue with Atty. Lim in the email", "Atty. Lim"),
    ("I'm leaving in June, nobody knows", "leaving"),
])
def test_a_short_cue_keeps_the_whole_line_private(line: str, secret: str, case: Case) -> None:
    private, other = private_and_other(f"1:1 with Dana 3/2. Not yet, revisit in June.\n{line}\n", case)
    assert any(secret in text for text in private)
    assert not any(secret.split()[-1] in text for text in other)
    assert not any("Not yet" in text for text in private)  # the cue points at its own line, not the one above


def test_a_cue_in_a_dictated_run_on_covers_what_came_before_not_what_follows(case: Case) -> None:
    private, other = private_and_other(
        "ok so talked to dana after shift change she said the senior post is through from next month and she said "
        "she will email the district office today she said shes had a rough time with "
        "the divorce dont put that in also mention the bushfire deployment to gippsland 14 days that was big", case)
    assert any("divorce" in text for text in private)
    assert not any("bushfire" in text for text in private)
    assert any("bushfire" in text for text in other)


def test_nobody_knowing_better_is_no_secret(case: Case) -> None:
    private, _ = private_and_other("1:1 with Dana 3/2. Not yet.\nNobody knows the rota better than me, I built it\n",
                                   case)
    assert not private
