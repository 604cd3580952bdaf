"""Next steps as rushed notes write them, read offline: a thing to come from someone ("new contract from HR end of
month", "HR letter next week", "People Ops → updated offer letter, should land this wk"), a step said the other way
round ("Order will be issued by Establishment section within 2 weeks"), a panel that meets in a month, a name
with an accent, and "I to draft ...". Notes written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.changes import ChangeItem
from promo_ai.notes import read_notes
from promo_ai.notes.learned import every_step_kept
from tests.helpers import make_case

TODAY = dt.date(2026, 12, 3)


def steps(line: str) -> list[ChangeItem]:
    notes = f"1:1 with Dana on 2 Dec. She'll put me forward.\n- {line}"
    with every_step_kept():  # how the rules read it (the step model weighs whether to offer it)
        changes = read_notes(notes, make_case(manager={"name": "Dana Whitfield"}), today=TODAY).changes
    return [c for c in changes if c.kind == "next" and line.strip("- ✅") in c.source_quote]


@pytest.mark.parametrize("line, who, words, by", [
    ("✅ new contract from HR end of month", "HR", "send the new contract", "end of month"),
    ("HR letter next week", "HR", "send the letter", "next week"),
    ("People Ops → updated offer letter, should land this wk", "People Ops", "send the updated offer letter",
     "this wk"),
    ("formal outcome letter coming from People & Culture.", "People & Culture", "send the formal outcome letter", None),
    ("Order will be issued by Establishment section within 2 weeks.", "Establishment section", "issue the order",
     "within 2 weeks"),
    ("The contract will be sent by Payroll next week", "Payroll", "send the contract", "next week"),
    ("committee meets Jan, outcomes Feb", "committee", "meet in Jan", "Jan"),
    ("Mélanie sending the org announcement Monday", "Mélanie", "send the org announcement", "Monday"),
])
def test_someone_elses_step_said_short(line: str, who: str, words: str, by: str | None) -> None:
    found = steps(line)
    assert len(found) == 1, found
    assert (found[0].owner, found[0].who, found[0].by) == ("other", who, by)
    assert found[0].text.startswith(words)


def test_my_step_written_with_a_slip() -> None:
    found = steps("I to draft the working group plan by end of Term 4")
    assert [(c.owner, c.text, c.by) for c in found] == [
        ("me", "draft the working group plan by end of Term 4", "end of Term")]


def test_the_manager_labelled_with_a_thing_from_a_body_keeps_the_thing_as_named() -> None:
    found = steps("Dana -> HR paperwork this week")
    assert [(c.owner, c.by) for c in found] == [("manager", "this week")]
    assert "HR paperwork" in found[0].text


@pytest.mark.parametrize("line, words, by", [
    ("she -> sends my scores breakdown tomorrow", "send my scores breakdown tomorrow", "tomorrow"),
    ("She → tells the team at the weds huddle", "tell the team at the weds huddle", "weds"),
])
def test_the_manager_as_a_pronoun_before_an_arrow_owns_the_step(line: str, words: str, by: str) -> None:
    assert [(c.owner, c.text, c.by) for c in steps(line)] == [("manager", words, by)]


def test_a_dictated_run_on_is_read_step_by_step_and_a_secret_said_after_it_stays_private() -> None:
    notes = ("so talked to dana today after the stand up she said yeah its yours senior business analyst from the "
             "first of next month she is sending the offer letter through workday today and i need to get the "
             "handover doc to her by next friday oh and dana reckons the owners are thinking of selling the leeds "
             "office dont say anything about that to anyone")
    changes = read_notes(notes, make_case(manager={"name": "Dana Whitfield"}), today=TODAY).changes
    mine = [(c.owner, c.by) for c in changes if c.kind == "next"]
    assert ("manager", "today") in mine and ("me", "next friday") in mine
    private = [c for c in changes if c.kind == "private"]
    assert any("selling the leeds office" in c.text for c in private)
    assert not any("leeds" in c.source_quote for c in changes if c.kind != "private")


@pytest.mark.parametrize("line, owner, words", [
    ("dana going to mention the audit saving to Paddy (depot mgr)", "manager", "mention the audit saving to Paddy"),
    ("accept the offer in the portal by COB Fri", "me", "accept the offer in the portal by COB Fri"),
    ("ako: turnover ng team ko kay Bea by end of the month", "me", "turnover ng team ko kay Bea"),
    ("ako din: prep the Q4 attrition deck for the client QBR", "me", "prep the Q4 attrition deck"),
])
def test_steps_said_without_an_auxiliary_or_labelled_in_another_language(line: str, owner: str, words: str) -> None:
    found = steps(line)
    assert [c.owner for c in found] == [owner]
    assert words in found[0].text


def test_a_thing_i_do_with_an_offer_is_not_an_offer_to_come() -> None:
    assert [c.text for c in steps("accept the offer in the portal by COB Fri") if c.owner == "other"] == []


@pytest.mark.parametrize("line, owner, who, words", [
    ("Tom's feedback is to be collected by Dana before the panel.", "manager", None, "collect Tom's feedback"),
    ("A self-assessment is to be submitted by me in Workday by 11/12.", "me", None,
     "submit the self-assessment in Workday by 11/12"),
    ("My realization numbers will be pulled by the finance team.", "other", "finance team",
     "pull my realization numbers"),
    ("new rota for january -> me, locked in by the 20th", "me", None, "new rota for january"),
    ("ELD/compliance training: me, before start", "me", None, "ELD/compliance training"),
    ("schedule from Dana by Mon", "manager", None, "send me the schedule by Mon"),
    ("feedback from Tom by Friday", "other", "Tom", "send me the feedback by Friday"),
    ("Appointment letter – HR (Kochi office) will issue by 24 Dec", "other", "HR (Kochi office)",
     "issue the appointment letter by 24 Dec"),
])
def test_steps_said_the_other_way_round_or_owned_after_the_thing(line: str, owner: str, who: str | None,
                                                                   words: str) -> None:
    found = steps(line)
    assert [(c.owner, c.who) for c in found] == [(owner, who)]
    assert words in found[0].text


@pytest.mark.parametrize("line, who, words", [
    ("She'll support me in the spring round, faculty panel meets 17 March", "faculty panel", "meet on 17 March"),
    ("She's recommending me on this year's board, MS board sits in May", "MS board", "sit in May"),
    ("panel interview probably early Sept - HR to confirm", "HR", "confirm the panel interview"),
])
@pytest.mark.usefixtures("rules_only")
def test_a_body_that_meets_or_confirms_is_its_own_step_not_part_of_the_one_before(line: str, who: str,
                                                                                   words: str) -> None:
    found = [c for c in steps(line) if c.owner == "other"]
    assert [(c.who, c.text) for c in found] == [(who, words)]


def test_a_chat_is_not_a_thing_to_confirm() -> None:
    assert [c for c in steps("Really positive chat - Tom to confirm") if c.owner == "other"] == []
