"""Notes as people leave them: added to over days ("UPDATE thurs: HR called!!"), steps said sideways ("on me to book
the course", "he reckons Dave'll make a call before the shutdown"), a past said with "he'd" ("he'd just come out of a
parent meeting"). Notes written for these tests."""

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
    return make_case(name="Sam Okafor", manager={"name": "Declan Walsh"})


def steps(notes: str, case: Case) -> list[tuple[str, str | None, str | None]]:
    with every_step_kept():  # the rules alone, without the step model's second opinion
        return [(c.text, c.owner, c.who) for c in read_notes(notes, case, today=TODAY).changes if c.kind == "next"]


@pytest.mark.parametrize("line", [
    "UPDATE thurs: HR called!!",
    "UPDATE 16/04: Kiprop says HQ memo - freeze may lift after the next pay cycle.",
    "UPDATE wed: she called, audit pushed to Sept so review will be Jan now, not Dec",
])
def test_the_head_of_a_later_note_is_no_step(line: str, case: Case) -> None:
    assert steps(f"chat w Declan 20/11\n- I'll send him the rota by Friday\n{line}", case) == [
        ("send you the rota by Friday", "me", None)]


def test_what_a_later_note_says_is_still_read(case: Case) -> None:
    found = steps("chat w Declan 20/11\nUPDATE thurs: I need to sign the contract by Fri", case)
    assert found == [("sign the contract by Fri", "me", None)]


def test_updating_something_is_still_a_step(case: Case) -> None:
    found = steps("chat w Declan 20/11\n- update the rota by Friday", case)
    assert found == [("update the rota by Friday", "me", None)]


@pytest.mark.parametrize(("line", "text"), [
    ("on me to book the course, he reckons there's Feb/March ones at Rosyth", "book the course"),
    ("it's up to me to send him the portfolio by Friday", "send you the portfolio by Friday"),
])
def test_on_me_to_is_my_step(line: str, text: str, case: Case) -> None:
    assert (text, "me", None) in steps(f"chat w Declan 20/11\n- {line}", case)


@pytest.mark.parametrize(("line", "text", "who"), [
    ("reckons Dave'll make a call before the Chrissy shutdown", "make a call before the Chrissy shutdown", "Dave"),
    ("he reckons HR will send the letter Friday", "send the letter Friday", "HR"),
    ("she thinks the panel will decide by March", "decide by March", "panel"),
])
def test_what_the_manager_expects_someone_else_to_do_is_their_step(line: str, text: str, who: str,
                                                                    case: Case) -> None:
    assert (text, "other", who) in steps(f"chat w Declan 20/11\n- {line}", case)


def test_he_had_just_done_something_is_no_step(case: Case) -> None:
    notes = "Chat with Declan on Wed 25 Nov, he'd just come out of a parent meeting so he was a bit frazzled"
    assert steps(notes, case) == []


@pytest.mark.parametrize(("line", "text"), [
    ("she still wants my IV audit results for the QI report, I will send by Monday",
     "send you my IV audit results for the QI report by Monday"),
    ("needs copies of my D/CPC certs - I'll drop them in tmrw", "send you copies of my D/CPC certs tmrw"),
])
def test_a_promise_to_send_what_was_asked_for_is_one_step_with_its_when(line: str, text: str, case: Case) -> None:
    assert steps(f"chat w Declan 20/11\n- {line}", case) == [(text, "me", None)]


def test_how_the_meeting_went_is_no_step(case: Case) -> None:
    found = steps("call with declan monday 23rd went ok ish\n- he'll send the letter Friday", case)
    assert found == [("send the letter Friday", "manager", None)]


@pytest.mark.parametrize(("line", "text"), [
    ("She will talk to him when he returns from Paris", "talk to him when he returns from Paris"),
    ("she'll send it to Tom before he decides", "send it to Tom before he decides"),
])
def test_the_other_pronoun_in_the_managers_step_is_someone_else(line: str, text: str) -> None:
    case = make_case(name="Sam Okafor", manager={"name": "Sue Black"})
    assert steps(f"chat w Sue 20/11\n- {line}", case) == [(text, "manager", None)]


@pytest.mark.parametrize("line", [
    "abeg leave out the matter of the driver I caught selling fuel, HR still investigating",
    "huwag banggitin (don't mention) my sideline teaching at the other school",
    "wag isama yung about sa away ni Sir Ramon at Dra. Santos, chismis lang yun",
])
def test_keep_it_out_said_in_world_englishes_is_private(line: str, case: Case) -> None:
    changes = read_notes(f"chat w Declan 20/11\n- {line}", case, today=TODAY).changes
    assert [c.kind for c in changes if line in c.source_quote] == ["private"]


@pytest.mark.parametrize(("line", "step"), [
    ("UPDATE thurs: Matron emailed, wants to meet me on the 5th before the panel",
     ("meet me on the 5th before the panel", "other", "Matron")),
    ("HR rang, needs my payslips by Monday", ("send HR my payslips by Monday", "me", None)),
    ("Declan called, wants the figures by Friday", ("send you the figures by Friday", "me", None)),
])
def test_what_someone_who_got_in_touch_wants_is_read_as_theirs(line: str, step: tuple[str, str, str | None],
                                                                 case: Case) -> None:
    assert step in steps(f"chat w Declan 20/11\n- {line}", case)


UNION_TALK = """1:1 Declan – Tues 9 Dec
- SSWP post: interview panel picked Maeve from the Galway team. I wasn't successful.
- he'll get me the panel's written feedback, should be before Christmas

Later – chat w/ Fergal (union rep) Thurs
- he thinks the panel didn't follow the scoring guidelines. might appeal, thinking about it
- he'll send me the appeal form Monday
- NONE of the union stuff goes in the email to Declan
"""


def test_a_cue_that_closes_a_part_of_the_notes_keeps_all_of_it_private(case: Case) -> None:
    changes = read_notes(UNION_TALK, case, today=TODAY).changes
    private = " ".join(c.text for c in changes if c.kind == "private")
    assert "appeal form" in private and "scoring guidelines" in private and "NONE of the union stuff" in private
    assert not any("appeal" in c.source_quote for c in changes if c.kind != "private")
    assert [c.text for c in changes if c.kind == "outcome"] == ["no"]  # "I wasn't successful", not the appeal talk
    assert any("written feedback" in c.text and c.owner == "manager" for c in changes if c.kind == "next")
