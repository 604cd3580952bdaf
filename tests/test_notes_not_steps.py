"""Lines that read like steps and are not: my thinking it over ("need to think about whether I even want nights"),
what was done already ("I'd already sent him my evidence"), someone's comings and goings ("Shauna's going to the
Dublin site in Feb"), a when too vague to write down ("we'll talk again some time", "if I ever ask"). None of
them goes into the email as a step; the real steps beside them still do. And news of another round or another thing
("the council had a panel freeze last year", "she approved my study leave", "nobody's getting promoted much") is not
the outcome. Notes written for these tests."""

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


def steps(notes: str, case: Case) -> list[tuple[str, str | None]]:
    with every_step_kept():  # the rules alone, without the step model's second opinion
        return [(c.text, c.owner) for c in read_notes(notes, case, today=TODAY).changes if c.kind == "next"]


@pytest.mark.parametrize("line", [
    "need to think about whether I even want more nights",
    "Need to think if I want to stay in retail at all",
    "need to decide if I even want nights long term (prob not)",
    "I'll have a think over the summer about what I'm doing",
    "need to think about getting Azure certs",
])
def test_thinking_it_over_is_no_step(line: str, case: Case) -> None:
    assert steps(f"1:1 with Ruth 20/11\n- {line}\n- I'll send her the rota by Friday", case) == [
        ("send you the rota by Friday", "me")]


def test_thinking_it_over_and_answering_by_a_day_is_a_step(case: Case) -> None:
    found = steps("1:1 with Ruth 20/11\n- I'll think about it and let her know by Friday", case)
    assert [owner for text, owner in found if "let you know by Friday" in text] == ["me"]


def test_the_manager_deciding_whether_to_put_me_forward_is_her_step(case: Case) -> None:
    found = steps("1:1 with Ruth 20/11\n- she'll decide whether to put me forward at the March panel", case)
    assert [owner for text, owner in found if text.startswith("decide whether to put me forward")] == ["manager"]


@pytest.mark.parametrize("line", [
    "I'd already sent him my NPPF evidence, he had it printed",
    "she already emailed HR about it",
    "we will talk again some time",
    "she'd write me a reference for anything external if i ever ask",
    "we meet monthly anyway so she'll check in",
    "need to book SCBC? already done it in Sept",
    "thank Ch Supt Barker for the commendation, cc her",
    "send the email to Trevor + cc Angela (district mgr) + Farid in HR",
    "I should write to thank the proprietor, Chief Adebayo, and copy him on this email",
])
def test_done_already_or_with_no_real_when_is_no_step(line: str, case: Case) -> None:
    assert steps(f"1:1 with Ruth 20/11\n- {line}", case) == []


@pytest.mark.parametrize("line", [
    "Shauna's going to the Dublin site in Feb",
    "Kagiso is going to Netcare in October",
    "Ruth is travelling to Kano on Friday",
    "Macca's doing a secondment to HQ from May",
    "Mercy is going for her masters in Nairobi next year",
])
def test_someone_going_somewhere_is_no_step(line: str, case: Case) -> None:
    assert steps(f"1:1 with Ruth 20/11\n- {line}\n- Ruth will raise my case at calibration on 3 Dec", case) == [
        ("raise my case at calibration on 3 Dec", "manager")]


@pytest.mark.parametrize(("line", "text", "owner"), [
    ("she's going to the panel with my case on the 12th", "go to the panel with my case on the 12th", "manager"),
    ("she's going to put me forward in Jan", "put me forward in Jan", "manager"),
    ("she's going to set up a call with Gary sometime next week", "set up a call with Gary sometime next week",
     "manager"),
])
def test_going_to_with_my_case_or_a_verb_is_still_a_step(line: str, text: str, owner: str, case: Case) -> None:
    assert (text, owner) in steps(f"1:1 with Ruth 20/11\n- {line}", case)


def outcome_of(notes: str, case: Case) -> str | None:
    return next((c.text for c in read_notes(notes, case, today=TODAY).changes
                 if c.kind == "outcome" and c.unsure is None), None)  # said, not guessed from the notes as a whole


@pytest.mark.parametrize("line", [
    "He said the council had a panel freeze last year after the Ofsted, it's lifted now",
    "He said last year the exams were postponed because of the strike",
    "already told her I'm taking study leave in Oct, she approved it earlier",
    "he said the company cut labor hours district wide so nobody's getting promoted much.",
])
def test_news_of_another_time_or_thing_is_not_the_outcome(line: str, case: Case) -> None:
    assert outcome_of(f"1:1 with Ruth 20/11\n- {line}", case) is None


@pytest.mark.parametrize(("notes", "outcome"), [
    ("1:1 with Ruth 20/11\n- She said the HOD Sciences post has been given to Mr Adeyemi, the board approved it last "
     "week.", "no"),
    ("1:1 with Ruth 20/11\n- last year she said no but this year it's approved", "promoted"),
    ("1:1 with Ruth 20/11\n- not this year, maybe next year", "not_yet"),
])
def test_the_outcome_is_still_read_beside_another_time(notes: str, outcome: str, case: Case) -> None:
    assert outcome_of(notes, case) == outcome


def test_a_check_in_with_a_when_is_a_step(case: Case) -> None:
    assert steps("1:1 with Ruth 20/11\n- she'll check in next week", case) == [("check in next week", "manager")]


def test_what_a_condition_gives_and_a_person_wanted_are_no_steps(case: Case) -> None:
    notes = ("1:1 with Ruth 20/11\n- she wants a peer review from someone outside the team, I'll ask Jonah by Friday\n"
             "- she wants me to run the Saturday desk solo for a couple of months first, then she'll have a case")
    assert steps(notes, case) == [("ask Jonah by Friday", "me")]


def added(notes: str, case: Case) -> list[str]:
    return [c.text for c in read_notes(notes, case, today=TODAY).changes if c.kind == "add"]


@pytest.mark.parametrize("line", [
    "we went thru the waste numbers, she knows the 18% was me",
    "We talked about the 4,000 files digitised",
    "if I get it I'll do the 2-day leadership cert in UCC someday",
    "She always says double-check every payout over R50k, good advice.",
    "A: he said last year they hired 3 TLs externally and it didn't work, so internal this time",
])
def test_a_figure_said_in_passing_is_not_an_accomplishment_to_add(line: str, case: Case) -> None:
    assert added(f"1:1 with Ruth 20/11\n- {line}", case) == []


def test_a_figure_of_mine_from_last_year_is_still_added(case: Case) -> None:
    assert added("1:1 with Ruth 20/11\n- billed 1,840 hrs last yr (target 1,600)", case) != []


@pytest.mark.parametrize("line", [
    "Hollis said get a good notebook and write everything down in the first 100 days (advice)",
    "Rick said just set aside Friday afternoons (advice, not a formal thing)",
    "Update my engagement letters template access – IT ticket already raised, nothing to do",
    "Not actions: annual firing classification done in Nov.",
    "Line management of Sam moves to me if approved – no action yet",
])
def test_a_line_the_notes_call_advice_or_nothing_to_do_is_no_step(line: str, case: Case) -> None:
    assert steps(f"1:1 with Ruth 20/11\n- {line}", case) == []


def test_nothing_to_do_but_wait_still_says_what_happens(case: Case) -> None:
    assert steps("1:1 with Ruth 20/11\n- AFPC board scores drop wk of the 22nd, nothing to do but wait", case)


def test_please_is_no_one(case: Case) -> None:
    """"Pls send me your updated ID photo by Friday" is asked of me, not a step of someone called Pls."""
    with every_step_kept():
        changes = read_notes("1:1 with Ruth 20/11\n- Pls send me your updated ID photo by Friday", case,
                             today=TODAY).changes
    assert not any(c.who == "Pls" for c in changes if c.kind == "next")
