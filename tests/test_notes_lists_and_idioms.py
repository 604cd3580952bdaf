"""Steps said as people say them in a hurry, from first sight of development-49 and -50: a "to do:" list on one line,
"on me to", "I owe her", "the ball's in HR's court", a line that runs on to what she will do, someone the manager
wants to weigh in, a two-letter name, and a role on the meeting line. Notes written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.notes import read_notes
from promo_ai.notes.learned import every_step_kept
from promo_ai.notes.owners import known_as
from tests.helpers import make_case

TODAY = dt.date(2026, 11, 27)


def read(notes: str, manager: str = "Ruth") -> list[tuple[str, str, str | None, str | None]]:
    """(kind, text, owner, who) of the steps, plan items and private lines, as the rules read them."""
    case = make_case(name="Sam Okafor", manager={"name": manager})
    with every_step_kept():
        return [(c.kind, c.text, c.owner, c.who) for c in read_notes(notes, case, today=TODAY).changes
                if c.kind in {"next", "condition", "private"}]


def steps(notes: str, manager: str = "Ruth") -> list[tuple[str, str | None, str | None]]:
    return [(text, owner, who) for kind, text, owner, who in read(notes, manager) if kind == "next"]


@pytest.mark.parametrize(("line", "wanted"), [
    ("to do: finish TL bootcamp modules 1-4 by 3/25, shadow TL Carla on 3 shifts",
     ["finish TL bootcamp modules 1-4 by 3/25", "shadow TL Carla on 3 shifts"]),
    ("Things on me: do my first aid refresher b4 half term; write the transition plan for the Sept starters",
     ["do my first aid refresher b4 half term", "write the transition plan for the Sept starters"]),
    ("• to do: enrol on L5 via Skills for Care, shadow Ruth on CQC prep",
     ["enrol on L5 via Skills for Care", "shadow you on CQC prep"]),
    ("on me: tidy up the checkout case study", ["tidy up the checkout case study"]),
])
def test_a_to_do_list_on_one_line_is_a_step_of_mine_each(line: str, wanted: list[str]) -> None:
    assert steps(f"1:1 w Ruth today, it's a yes from 1 March\n{line}") == [(w, "me", None) for w in wanted]


def test_a_list_of_what_i_did_under_a_heading_like_a_to_do_list_is_no_step() -> None:
    assert steps("1:1 w Ruth today, she'll put me forward\nmy bit: got the DST grant, 92% pass rate") == [
        ("put me forward", "manager", None)]


def test_a_course_named_for_injuries_is_a_step_not_a_private_line() -> None:
    read_as = read("catch up w Ruth - Thurs 5th, not this round\n- on me to book the minor injuries module b4 Easter\n"
                   "- my injury is still bad")
    assert ("next", "book the minor injuries module b4 Easter", "me", None) in read_as
    assert ("private", "my injury is still bad", None, None) in read_as


def test_what_i_owe_is_sent_to_whom_the_notes_name() -> None:
    assert steps("1:1 w Jo today, not yet\n- also owe Jo my self-review by the 24th\n- still owe HR the forms\n"
                 "- I owe her the CPD log too", manager="Jo") == [
        ("send you my self-review by the 24th", "me", None), ("send HR the forms", "me", None),
        ("send you the CPD log too", "me", None)]


@pytest.mark.parametrize(("notes", "manager", "step"), [
    ("1:1 Jo — Tue 14 Oct\nJo's going to forward my note to Amara this week", "Jo",  # a two-letter name
     "forward my note to Amara this week"),
    ("chat w/ chef after close last night. chef's going to put it to marco on monday", "Dan",  # a role, met with
     "put it to marco on monday"),
    ("Interview with OC - 09 Jan 26\nSelected for promotion to Sgt.\nOC to brief the troop on Mon", "OC",
     "brief the troop on Mon"),  # a role in capitals, all the case calls her
    ("coaching w/ sir Jun (OM) - 3/12 night shift\n- sir Jun will endorse me to the account director", "Sir Jun",
     "endorse me to the account director"),  # "sir" in lower case
    ("Spoke to Dana about senior BA. She says she'll raise it with the Director", "Dana",  # a role named later on
     "raise it with the Director"),  # the first line is not her
])
def test_the_manager_as_the_notes_call_her(notes: str, manager: str, step: str) -> None:
    assert steps(notes, manager=manager) == [(step, "manager", None)]


@pytest.mark.parametrize(("line", "step"), [
    ("Ball's in HR's court on whether the freeze covers reclasses.",
     ("decide on whether the freeze covers reclasses", "other", "HR")),
    ("he reckons im ready, reckons the ball's in marco's court now re the budget",
     ("decide on the budget", "other", "Marco")),
])
def test_the_ball_in_someones_court_is_theirs_to_decide(line: str, step: tuple[str, str, str]) -> None:
    assert steps(f"chat w Ruth today\n{line}") == [step]


@pytest.mark.parametrize(("line", "wanted"), [
    ("i asked for the scorecard breakdown she will send it by friday",
     [("send the scorecard breakdown by friday", "manager", None)]),
    ("I need to send her the CCA exam date she's going to keep my name on the list for the fall budget",
     [("send you the CCA exam date", "me", None), ("keep my name on the list for the fall budget", "manager", None)]),
    ("If the Lottery bid comes through in the summer she'll make the case to the board", []),
    ("the date she will send is still unclear", []),
    ("ok so she'll raise it at the panel", [("raise it at the panel", "manager", None)]),
])
def test_a_line_typed_without_stops_runs_on_to_her_step(line: str, wanted: list[tuple[str, str, None]]) -> None:
    assert steps(f"1 on 1 with Ruth, not this year\n{line}") == wanted


@pytest.mark.parametrize(("line", "step"), [
    ("He's supportive but wants the CFO (Ms Dlamini) to weigh in before anything goes to Exco.",
     ("weigh in before anything goes to Exco", "other", "Ms Dlamini")),
    ("she thinks I'm ready but wants Jean-Marc (director) to sign off when he's back in Nov.",
     ("sign off when he's back in Nov", "other", "Jean-Marc")),
    ("she wants HR to confirm the band", ("confirm the band", "other", "HR")),
])
def test_someone_the_manager_wants_to_weigh_in_does_the_step(line: str, step: tuple[str, str, str]) -> None:
    assert steps(f"1:1 w Ruth today, pending\n{line}") == [step]


def test_someone_who_must_see_my_work_first_is_a_plan_item_not_their_step() -> None:
    notes = "1:1 w Ruth today, pending\nshe wants the CMD (Prof Adeyinka) to see my PPH audit first"
    assert not [s for s in steps(notes) if s[1] == "other"]


def test_tell_her_which_is_tell_you_which() -> None:
    assert steps("1:1 w Ruth today, pending\nI need to pick the project for Q4 and tell her which by next Fri") == [
        ("pick the project for Q4 and tell you which by next Fri", "me", None)]


def test_what_she_had_heard_is_no_step() -> None:
    assert steps("catch up w Ruth mon 9th\nwe talked thru the cardiac arrest job, she'd heard about it from control"
                 ) == []


@pytest.mark.parametrize(("line", "step"), [
    ("feedback will be sent in writing by HR by end of the week.",
     ("send the feedback in writing by end of the week", "other", "HR")),
    ("the contract will be issued by People Ops next week", ("issue the contract next week", "other", "People Ops")),
    ("Updated job description to be drafted by me by 2/20.", ("draft the updated job description by 2/20", "me", None)),
    ("the feedback will be sent by email next week", ("send the feedback by email next week", "other", None)),
])
def test_a_step_in_the_passive_is_whoever_it_is_done_by(line: str, step: tuple[str, str, str | None]) -> None:
    assert steps(f"had the chat with Ruth yesterday, didn't get it\n{line}") == [step]


def test_what_she_would_do_if_i_chose_to_is_no_step_agreed() -> None:
    assert not [s for s in steps("1 on 1 with Ruth, it's a no\nshe would give me a reference letter if I want to move")
                if s[1] == "manager"]


def test_someone_who_must_see_my_work_first_is_mine_to_arrange() -> None:
    read_as = read("1:1 w Ruth today, she'll put me forward\n"
                   "she wants the ADON (Mary Kelly) to sit in on one of my audits first")
    assert ("condition", "have the ADON (Mary Kelly) sit in on one of my audits", None, None) in read_as


def test_the_ball_in_someones_court_is_no_court_case() -> None:
    read_as = read("1:1 w Ruth after handover thurs\nshe's putting me up for the CNM2 post at the board in jan, "
                   "ball's in the DON's court re funding tho")
    assert not [r for r in read_as if r[0] == "private"]
    assert ("next", "decide on funding", "other", "DON") in read_as  # "tho" is no part of the step


def test_action_items_of_a_summary_name_me_the_manager_and_a_body_as_colleagues_do() -> None:
    notes = ("Meeting summary (auto-generated by Copilot) - 1:1 Jess / Lisa - Jan 27\nAction items\n"
             "- Lisa Chen: Share feedback from the hiring panel by Friday\n"
             "• Jess to prepare a short case study on the Tipton site transfer.\n"
             "☐ People forum secretariat – circulate the outcome by 31 March\n"
             "☐ SO board - didnt get it, post went to kerry")
    case = make_case(name="Jessica Lowe", manager={"name": "Lisa"})
    with every_step_kept():
        got = [(c.text, c.owner, c.who) for c in read_notes(notes, case, today=TODAY).changes if c.kind == "next"]
    assert got == [("Share feedback from the hiring panel by Friday", "manager", None),
                   ("prepare a short case study on the Tipton site transfer", "me", None),
                   ("circulate the outcome by 31 March", "other", "People forum secretariat")]


@pytest.mark.parametrize(("line", "step"), [
    ("she gwine revisit it in January", ("revisit it in January", "manager", None)),
    ("he say he go revisit it next crop, March", ("revisit it next crop, March", "manager", None)),
    ("revisit in Oct he said", ("revisit in Oct", "manager", None)),
    ("he's emailin HR to sort the contract", ("email HR to sort the contract", "manager", None)),
    ("I go ask HR for the feedback in writing", ("ask HR for the feedback in writing", "me", None)),
    ("i start the instructor course on 7th july", ("start the instructor course on 7th july", "me", None)),
])
def test_steps_said_in_the_englishes_people_write(line: str, step: tuple[str, str, None]) -> None:
    assert steps(f"1-1 with Ruth today, not this year\n{line}") == [step]


@pytest.mark.parametrize("line", ["she starts mat leave in August", "I go to the gym before shift",
                                  "he go to the office every day", "Wanjiku will join from the Nairobi office in June",
                                  "the new director will start in July", "Li Wei is going back to China in May"])
def test_comings_and_goings_are_no_steps(line: str) -> None:
    assert steps(f"1-1 with Ruth today, not this year\n{line}") == []


def test_scots_to_do_is_to_do() -> None:
    notes = "Ruth 1-2-1\ngot it 🚆🎉 senior conductor fae the 1st o next month\nI need tae dae the route refresher"
    assert ("do the route refresher", "me", None) in steps(notes)


@pytest.mark.parametrize(("first_line", "alias"), [("chat w/ chef after close", ["chef"]), ("Int w/ OC 24 Feb", ["OC"]),
                                                   ("chat w co-workers after shift", []),
                                                   ("meeting with super (Dave)", [])])
def test_what_the_meeting_line_calls_the_manager(first_line: str, alias: list[str]) -> None:
    assert known_as([first_line, "she'll raise it at the panel"], ["Dan"]) == alias


@pytest.mark.parametrize("line", [
    "Other news: the head chef is leaving in March, and Tomasz is taking over the pastry section next spring",
    "💡 his advice: get more time on the pass, learn the ordering",
    "background: the group will open two more sites next year",
])
def test_a_line_labelled_news_or_advice_is_no_step(line: str) -> None:
    notes = f"1:1 w Ruth 20/11, she'll put me forward at the January review\n{line}"
    assert [s[0] for s in steps(notes)] == ["put me forward at the January review"]
