"""Steps and private lines said the way people type them: "Tom reckons he can get my paperwork to the panel by the
14th" (his step), "said hed raise it" (he'd), "I gotta do the lead training, Luis booking it" (he books the
training, not "it"), "need PTO, but not this email" (private). Notes written for these tests."""

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
    return make_case(manager={"name": "Tom Reyes"})


def read(notes: str, case: Case, kind: str = "next") -> list[tuple[str, str | None]]:
    with every_step_kept():
        return [(c.text, c.owner) for c in read_notes(notes, case, today=TODAY).changes if c.kind == kind]


@pytest.mark.parametrize("line, wanted", [
    ("- Tom reckons he can get my paperwork to the panel by the 14th", "get my paperwork to the panel by the 14th"),
    ("- he thinks he can get me on the March course", "get me on the March course"),
    ("he said hed raise it with the ops VP but honestly nothing will change", "raise it with the ops VP"),
    ("I gotta do the lead training in Newark the week of the 24th, Tom booking it", "book the lead training"),
    ("also gotta do the 2 week supervisor training in Atlanta, Tom booking it for July",
     "book the 2 week supervisor training for July"),
])
def test_the_managers_step_said_loosely_is_hers(line: str, wanted: str, case: Case) -> None:
    read_steps = read(f"1:1 w Tom 26/11, he is putting me forward\n{line}", case)
    assert any(text.startswith(wanted) and owner == "manager" for text, owner in read_steps), read_steps


@pytest.mark.parametrize("line", [
    "he can only put me in if my packet is in by Friday",  # a condition he sets, not a step he will take
    "the shed needs fixing by friday",
])
def test_can_and_shed_said_plainly_are_no_step_of_his(line: str, case: Case) -> None:
    assert not any(owner == "manager" for _, owner in read(f"1:1 w Tom 26/11\n{line}", case))


def test_a_line_kept_out_of_this_email_is_private_and_gives_no_step(case: Case) -> None:
    notes = "Tom meeting after huddle 26/11, no this time\nmum and dad coming in March, need PTO, but not this email"
    assert read(notes, case) == []
    assert [text for text, _ in read(notes, case, "private")] == [
        "mum and dad coming in March, need PTO, but not this email"]


@pytest.mark.parametrize("line, wanted", [
    ("She has asked me to give a one page note on the coaching results, I will submit by Monday",
     "submit the one page note on the coaching by Monday"),
    ("He asked me to prepare a 1 year plan for the greenhouses, I will send by Monday 13th",
     "send the 1 year plan by Monday 13th"),
])
def test_what_i_hand_in_with_no_object_is_what_she_asked_for(line: str, wanted: str, case: Case) -> None:
    assert read(f"1:1 w Tom 26/11, not this round\n{line}", case) == [(wanted, "me")]


def test_sending_what_is_needed_is_one_step_with_its_when(case: Case) -> None:
    steps = read("1:1 w Tom 26/11, not this round\nneeds my payslips + the updated PD, I'll send by Wed", case)
    assert steps == [("send you my payslips + the updated PD by Wed", "me")]



@pytest.mark.parametrize("line, who", [
    ("I gotta do the lead training, Luis booking it", "Luis"),
    ("- Travis is sorting the rota for May", "Travis"),
    ("Louis to send the contract by Friday", "Louis"),
])
def test_a_name_ending_in_is_is_kept_whole(line: str, who: str, case: Case) -> None:
    with every_step_kept():
        found = [c for c in read_notes(f"chat with Tom 20/11\n{line}", case, today=TODAY).changes if c.kind == "next"
                 and c.owner == "other"]
    assert [c.who for c in found] == [who], [(c.text, c.who) for c in found]


@pytest.mark.parametrize("header, line, wanted", [
    ("Annual review w/ Prof. Reyes (HoD), 12 June", "HoD will forward the formal confirmation to the Dean",
     "forward the formal confirmation to the Dean"),
    ("Discussion with SE sir (Mr. Reyes) on 19.01.2026", "vigilance clearance pending - SE sir will follow up with "
     "Vigilance cell", "follow up with Vigilance cell"),
    ("Appraisal feedback - Mr. Reyes (BM), 12th Dec", "BM will escalate my case to the regional head in Jan",
     "escalate my case to the regional head in Jan"),
])
def test_the_manager_called_by_the_role_said_beside_their_name(header: str, line: str, wanted: str,
                                                             case: Case) -> None:
    assert (wanted, "manager") in read(f"{header}\n- {line}", case)


def test_a_role_that_is_also_a_word_stays_a_word(case: Case) -> None:
    found = read("Meeting w Tom (Chair) 20/11\n- Tom will write the Chair's letter by Nov 6", case)
    assert ("write the Chair's letter by Nov 6", "manager") in found, found


@pytest.mark.parametrize("line, mine, theirs", [
    ("he is putting me forward, HR to send the forms by Friday", ("put me forward", "manager"),
     ("send the forms by Friday", "other")),
    ("He's putting me forward for one of the two AP1 posts, interview board to sit in Feb",
     ("put me forward for one of the two AP1 posts", "manager"), ("sit in Feb", "other")),
])
def test_someone_to_do_something_after_a_comma_is_their_own_step(line: str, mine: tuple[str, str],
                                                                theirs: tuple[str, str], case: Case) -> None:
    found = read(f"chat w Tom 10/2\n- {line}", case)
    assert mine in found and theirs in found, found


@pytest.mark.parametrize(("line", "text"), [
    ("i said id do the conflict resolution module online this month",
     "do the conflict resolution module online this month"),
    ("I told her I'd send the audit by Friday", "send the audit by Friday"),
    ("so me going to ask the office bout the course fee this week", "ask the office bout the course fee this week"),
    ("me have to finish my CPR recert by end of april", "finish my CPR recert by end of april"),
])
def test_my_step_said_as_i_say_it(line: str, text: str) -> None:
    """What I said I'd do is my step, and so is "me going to", "me have to" (as many Englishes say it)."""
    case = make_case(name="Sam Okafor", manager={"name": "Ruth"})
    with every_step_kept():
        changes = read_notes(f"1:1 with Ruth 20/11\n- {line}", case, today=dt.date(2026, 11, 27)).changes
    assert (text, "me") in [(c.text, c.owner) for c in changes if c.kind == "next"]


def test_the_answer_to_what_i_should_do_is_my_step() -> None:
    """Notes kept as questions and answers: "A - finish BLS training" answers "what should I do?"; a list's "A." is
    no answer."""
    case = make_case(name="Sam Okafor", manager={"name": "Mary"})
    notes = ("Sister Mary 18.05.26\nQ - can i become Senior PCA?\nA - she will recommend me to Mrs Lakshmi\n"
             "Q - what i should do?\nA - finish BLS training (exam on 2nd June)")
    with every_step_kept():
        found = [(c.text, c.owner) for c in read_notes(notes, case, today=dt.date(2026, 5, 20)).changes
                 if c.kind == "next"]
    assert ("finish BLS training (exam on 2nd June)", "me") in found
    assert ("recommend me to Mrs Lakshmi", "manager") in found
