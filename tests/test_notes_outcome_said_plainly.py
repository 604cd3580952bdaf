"""The answer said the way it was typed: "he's making me farm manager as of march 1st!!" and "avp is DONE, effective
6/1!!" are a promotion, "dept manager (bakery) - gone to Rob" is a no; "the charge nurse post is confirmed for me
only, with effect from 1st April" is news, not a private line; "promotion to SGT approved" proposes the title SGT.
Notes written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.notes import read_notes
from tests.helpers import make_case

TODAY = dt.date(2026, 11, 27)


def proposals(notes: str, current: str, target: str) -> dict[str, list[str]]:
    case = make_case(manager={"name": "Gord Hale"}, current_title=current, target_title=target)
    found: dict[str, list[str]] = {}
    for change in read_notes(notes, case, today=TODAY).changes:
        found.setdefault(change.kind, []).append(change.text)
    return found


@pytest.mark.parametrize("notes, current, target, outcome", [
    ("talked w/ gord 9/11 in the parlour office. he's making me farm manager as of march 1st!!", "Head Herdsman",
     "Farm Manager", "promoted"),
    ("1:1 w gord 11/14 - avp is DONE, effective 12/1!! he'll send the announcement email friday", "Associate",
     "AVP", "promoted"),
    ("catch up w/ Gord 26/11\ndept manager (bakery) - gone to Rob from the Leeds store\nhe said area didn't back me",
     "Team Leader", "Department Manager", "no"),
    ("Discussion with Gord on 16th November\n- He told the charge nurse post is confirmed for me only, with effect "
     "from 1st December", "Staff Nurse", "Charge Nurse", "promoted"),
])
def test_the_answer_said_plainly_is_read(notes: str, current: str, target: str, outcome: str) -> None:
    found = proposals(notes, current, target)
    assert found.get("outcome") == [outcome]
    assert "private" not in found


def test_a_promotion_to_a_rank_proposes_the_rank_not_the_phrase() -> None:
    found = proposals("Gord 20/11\npromotion to SGT approved, pin-on first of January", "Corporal", "Staff Sergeant")
    assert found.get("title") == ["SGT"]


@pytest.mark.parametrize("line", ["For me only: the night staff are complaining again", "(me only) ask about pay",
                                  "the night staff are complaining again - for me only"])
def test_for_me_only_still_keeps_a_line_private(line: str) -> None:
    found = proposals(f"1:1 w Gord 26/11, not this round\n{line}", "Staff Nurse", "Charge Nurse")
    assert found.get("private") == [line]


@pytest.mark.parametrize("line", ["she's making me do the audit from Monday", "the report is done, from what I hear"])
def test_making_me_do_something_or_done_work_is_no_promotion(line: str) -> None:
    assert "outcome" not in proposals(f"1:1 w Gord 26/11\n{line}", "Staff Nurse", "Charge Nurse")


@pytest.mark.parametrize("notes, target, outcome", [
    ("1:1 w/ Gord 9/18\n- promo doc for SDE III not going in this cycle. needs more org-wide scope", "SDE III",
     "not_yet"),
    ("Meeting with Gord 7th Jan\n- Promotion list from HQ out, I am not on it for Sergeant. HQ did not support his "
     "recommendation.\n- He will write to the County Commander asking for my file to be reviewed", "Sergeant", "no"),
    ("catch up with gord 14/10\n- exec chef role going to the guy from the marriott, group wanted multi-site. not me\n"
     "- he'll still push for a pay review for me at the budget meeting in nov", "Executive Chef", "no"),
    ("talked to Gord 5/14\n- head varsity job is going to an outside hire, board approved him last night. not me.",
     "Head Varsity Coach", "no"),
    ("1:1 w/ Gord 12/12\n- IC5 approved in calibration, effective 1/1\n- I'll update my LinkedIn after the "
     "announcement, not before", "IC5", "promoted"),
    ("Gord 14/01\n- the management committee didn't support my application this time\n- the committee already met "
     "on the 8th - decision final", "Chief Pharmacist", "no"),
])
def test_the_answer_said_as_news_of_the_list_or_the_role(notes: str, target: str, outcome: str) -> None:
    found = proposals(notes, "Associate", target)
    assert found.get("outcome") == [outcome], found
    if outcome in {"no", "not_yet"}:
        assert "title" not in found  # only the target named: nothing to change


def test_a_role_she_will_nominate_me_for_instead_is_proposed_after_a_no() -> None:
    notes = ("1:1 w/ Gord 03/06\n- Exec Housekeeper position: they hired from outside. not me\n- she'll "
             "nominate me for the Asst Exec Housekeeper opening instead")
    found = proposals(notes, "Supervisor", "Executive Housekeeper")
    assert found.get("outcome") == ["no"]
    assert found.get("title") == ["Asst Exec Housekeeper"]


@pytest.mark.parametrize("notes, target, title", [
    ("1:1 with Gord on 24-Sep\n- He feels Tech Lead is not the right track for me, suggests 'Associate Architect' "
     "would suit better given the design work", "Technical Lead", "Associate Architect"),
    ("1:1 w/ Gord 12/12\n- IC5 approved in calibration, effective 1/1", "Senior Software Engineer (IC5)",
     "Senior Software Engineer (IC5)"),
])
def test_the_title_said_in_single_quotes_or_by_its_grade(notes: str, target: str, title: str) -> None:
    assert proposals(notes, "Engineer", target).get("title") == [title]


@pytest.mark.parametrize("line", [
    "- purser upgrade APPROVED ✈️ from the summer schedule",
    "- ARM confirm plus chop liao!! effective 1 Apr",
    "- Maestro signed off!! I'm Assistant Principal 2nd violin from Jan 1 🎻",
])
def test_a_yes_said_with_an_emoji_or_in_its_own_words_is_a_promotion(line: str) -> None:
    found = proposals(f"1:1 w gord 4/3\n{line}", "Cabin Crew", "Purser")
    assert found.get("outcome") == ["promoted"]


def test_being_away_from_a_date_is_no_promotion() -> None:
    assert "outcome" not in proposals("1:1 w gord 4/3\n- I'm OOO from the 3rd, back on the 10th", "Cabin Crew",
                                      "Purser")
