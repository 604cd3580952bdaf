"""Findings of a review of this session's reader changes (a helper's own 545 notes, read before and after): real
steps the new "not a step" rules had dropped, and outcomes they had misread. Notes written for these tests."""

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
    return make_case(name="Sam Okafor", manager={"name": "Ruth Tan"})


def read(line: str, case: Case) -> list[tuple[str, str, str | None]]:
    with every_step_kept():
        changes = read_notes(f"1:1 with Ruth 20/11\n- {line}", case, today=TODAY).changes
    return [(c.kind, c.text, c.owner) for c in changes if c.kind in {"next", "condition"} or (
        c.kind == "outcome" and c.unsure is None)]


@pytest.mark.parametrize(("line", "text"), [
    ("She is going to Finance with the regrade paperwork tomorrow",
     "go to Finance with the regrade paperwork tomorrow"),
    ("She's going to the director to push for band 7", "go to the director to push for band 7"),
    ("she's going to HR about the backpay", "go to HR about the backpay"),
    ("Ruth's flying to Melbourne on the 2nd for the regional meeting and will raise my case there",
     "fly to Melbourne on the 2nd for the regional meeting and raise my case there"),
])
def test_the_manager_going_to_someone_with_something_is_her_step(line: str, text: str, case: Case) -> None:
    assert ("next", text, "manager") in read(line, case)


@pytest.mark.parametrize(("line", "text"), [
    ("I'll decide whether to go for it by Friday", "decide whether to go for it by Friday"),
    ("I'll think about whether to apply and email her by Weds", "think about whether to apply and email you by Weds"),
    ("I'll consider whether to do the MSc, let her know in Jan", "consider whether to do the MSc, let you know in Jan"),
    ("I'll send it at some point today", "send it at some point today"),
    ("I'll do the one day leadership course in Jan", "do the one day leadership course in Jan"),
])
def test_thinking_with_an_answer_or_a_deadline_is_still_my_step(line: str, text: str, case: Case) -> None:
    assert ("next", text, "me") in read(line, case)


def test_a_rota_to_update_is_not_the_head_of_a_later_note(case: Case) -> None:
    assert [k for k, _, _ in read("Update Tuesday's rota before the panel", case)] != []


def test_how_an_interview_went_inside_a_step_keeps_the_step(case: Case) -> None:
    found = read("she'll tell HR the interview went well and push for a Feb start", case)
    assert ("next", "tell HR the interview went well and push for a Feb start", "manager") in found


@pytest.mark.parametrize("line", ["he reckons Jo'll get it", "she reckons Dave'll get the job"])
def test_someone_else_expected_to_get_the_job_is_no_step(line: str, case: Case) -> None:
    assert [t for k, t, _ in read(line, case) if k == "next"] == []


@pytest.mark.parametrize("line", ["I'm Nights from the 2nd", "I'm PRN from Jan", "I'm Acting up from the 5th",
                                  "I'm Covering from Jan for Jo's mat leave", "I'm Lead for the audit from Jan"])
def test_a_shift_or_a_cover_from_a_date_is_no_promotion(line: str, case: Case) -> None:
    assert [k for k, _, _ in read(line, case) if k == "outcome"] == []


def test_nobody_objecting_does_not_undo_the_yes(case: Case) -> None:
    assert ("outcome", "promoted", None) in read("Nobody objected so it's approved 🎉", case)


def test_the_manager_named_in_her_own_step_is_you_throughout(case: Case) -> None:
    found = read("met with Tom (deputy), he'll pass on my notes to Ruth when she's back", case)
    assert not any("you" in text and "she's" in text for _, text, _ in found), found


@pytest.mark.parametrize("line", [
    "she approved my study leave for March but the charge nurse post is still pending the panel",
    "she said yes to the flexi request, the promotion's still with the board",
    "she said yes to the study leave, no to the promotion for now",
])
def test_a_yes_to_something_else_is_not_a_promotion(line: str, case: Case) -> None:
    assert ("outcome", "promoted", None) not in read(line, case)


def test_the_role_given_to_me_is_a_promotion(case: Case) -> None:
    assert ("outcome", "promoted", None) in read("The role has been given to me!!", case)


@pytest.mark.parametrize(("line", "text"), [
    ("she'd just need the signed form by Friday", "send you the signed form by Friday"),
    ("she'd just like a quick summary by Monday", "send you a quick summary by Monday"),
])
def test_what_she_would_need_from_me_is_my_step(line: str, text: str, case: Case) -> None:
    assert ("next", text, "me") in read(line, case)


def test_someone_going_to_a_city_is_no_title(case: Case) -> None:
    changes = read_notes("1:1 with Ruth 20/11\n- Jo's going to Manchester", case, today=TODAY).changes
    assert [c.text for c in changes if c.kind == "title"] == []


def test_the_manager_spoken_to_agrees_with_her_verb(case: Case) -> None:
    found = read("I'll chase HR if she hasn't heard by Friday", case)
    assert ("next", "chase HR if you haven't heard by Friday", "me") in found


@pytest.mark.parametrize(("line", "outcome"), [
    ("foreman job went to Kyle, hes got 10 more yrs then me", "no"),
    ("The Farm Manager post — the MD has brought his own candidate from Kano.", "no"),
    ("Purser upgrade not this batch.", "not_yet"),
    ("From Ruth's email: I'm recommending you for pastry sous-chef.", "pending"),
])
def test_outcomes_said_in_development_45s_words(line: str, outcome: str, case: Case) -> None:
    assert ("outcome", outcome, None) in read(line, case)


def test_someone_elses_years_in_the_job_are_not_their_pay(case: Case) -> None:
    changes = read_notes("1:1 with Ruth 20/11\n- foreman job went to Kyle, hes got 10 more yrs then me", case,
                         today=TODAY).changes
    assert [c.kind for c in changes if c.kind == "private"] == []
