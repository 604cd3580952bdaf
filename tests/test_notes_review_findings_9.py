"""Findings of a review of this session's reader changes, each a note that must keep reading as it did before them:
someone else's "reckons he can" or a hedged one is no promise of the manager's; a quote that asks nothing of anyone
and promises nothing is no step; "making me X from" said of acting or cover is no promotion, nor "the audit is done,
effective"; "not this email though, a separate one" keeps nothing private; "I'm to meet Sam today" on the meeting's
own line is still my step; "it" after "I gotta get the kids sorted" is not the kids. Notes written for these tests."""

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
    return make_case(manager={"name": "Dana Whitfield"})


def kinds(notes: str, case: Case) -> list[tuple[str, str, str | None]]:
    with every_step_kept():
        return [(c.kind, c.text, c.owner) for c in read_notes(notes, case, today=TODAY).changes]


@pytest.mark.parametrize("line", [
    "Raj reckons he can cover my shifts while I do the course",
    "Dana thinks she can probably swing it next round but no promises",
    'Dana: "Take the weekend, you\'ve earned it"',
    'Dana: "Let me think about it"',
    'Mum: "I\'ll cook dinner to celebrate"',
])
def test_no_promise_of_the_managers_is_read_into_these(line: str, case: Case) -> None:
    found = kinds(f"1:1 w Dana 26/11, not this round\n{line}", case)
    assert not any(kind == "next" and owner == "manager" for kind, _, owner in found), found
    assert not any(kind == "next" and text.lower().startswith(("take the weekend", "let you", "cook dinner"))
                   for kind, text, _ in found), found


@pytest.mark.parametrize("line", [
    "making me shift manager starting next week for the Xmas cover only, then back to normal",
    "Dana is making me team lead effective Jan 5 but it's acting, will be reviewed in 6 months",
    "audit is DONE, effective immediately we move to the new system",
])
def test_acting_up_or_finished_work_is_no_promotion(line: str, case: Case) -> None:
    assert not any(kind == "outcome" and text == "promoted"
                   for kind, text, _ in kinds(f"1:1 w Dana 26/11\n{line}", case))


def test_another_email_is_not_a_private_line(case: Case) -> None:
    found = kinds("1:1 w Dana 26/11\nDana will email Sam - I'm cc'd, not this email though, a separate one about "
                  "the rota", case)
    assert not any(kind == "private" for kind, _, _ in found), found


def test_my_meeting_with_someone_on_the_meetings_own_line_is_still_my_step(case: Case) -> None:
    found = kinds("Dana 1:1 26/11 - I'm to meet Sam 26/11 at 4 re the role", case)
    assert any(kind == "next" and text.startswith("meet Sam") for kind, text, _ in found), found


def test_it_after_getting_things_sorted_is_not_those_things(case: Case) -> None:
    found = kinds("1:1 w Dana 26/11, she's putting me forward\nI gotta get the kids sorted for the course week, "
                  "Dana booking it for Jan", case)
    assert not any("kids" in text and owner == "manager" for kind, text, owner in found if kind == "next"), found


def test_posts_frozen_till_a_month_is_no_step_and_sets_the_date_to_look_again(case: Case) -> None:
    found = kinds("1on1 w Dana thurs 26 nov\nnot this round, TLR posts frozen til september", case)
    assert not any(kind == "next" for kind, _, _ in found), found
    assert ("follow_up", "2027-09-01", None) in found
