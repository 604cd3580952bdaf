"""What a review of this session's reader rules found they did wrong, in notes from many jobs: the manager's words
that ask something of me ("Let me know by Friday", "email me your STAR examples") read as her steps, a step lost
because it began with "keep me in mind", notes written to the manager ("I'll back you", "I'll introduce you to")
turned into hers, and people who share my surname read as me. Each stays as the reader had it before."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.changes import ChangeItem
from promo_ai.notes import read_notes
from tests.helpers import make_case

TODAY = dt.date(2026, 12, 10)


def steps(notes: str, name: str = "Sam Lee") -> list[ChangeItem]:
    changes = read_notes(notes, make_case(name=name, manager={"name": "Dana"}), today=TODAY).changes
    return [c for c in changes if c.kind == "next"]


@pytest.mark.parametrize(("notes", "start"), [
    ("Hi Sam,\nThanks for the chat. Let me know by Friday if you want to go for the acting sergeant role, and book "
     "yourself on the JNCO refresher.\nDana", "Let me know by Friday"),
    ("Promotion chat - Dana (Head of Year)\n- let me know if you're applying for the pastoral lead by 15 Jan (her "
     "words)", "let me know"),
    ("Dana said to email me your STAR examples by Thursday.", "email me your STAR examples"),
    ("Catch-up with Dana\n- Get me a copy of the rota template from the area office (asked Priya)", "Get me a copy"),
])
def test_what_the_manager_asks_of_me_in_her_words_stays_mine(notes: str, start: str) -> None:
    assert [c.owner for c in steps(notes) if c.text.startswith(start)] == ["me"]


@pytest.mark.parametrize("notes", [
    "1:1 w Dana 3 Dec\n- She'll keep me in mind for the deputy role and speak to the area manager about the budget.",
    "1:1 w Dana 3 Dec\n- Dana will keep me in mind for band 6 and put me on the preceptorship course.",
    "1:1 w Dana 3 Dec\n- she'll keep me in mind for the charge nurse post, which opens in March",
])
def test_keeping_me_in_mind_with_more_to_it_is_still_her_step(notes: str) -> None:
    assert [c.owner for c in steps(notes)] == ["manager"]


def test_an_answer_to_expect_with_a_step_of_mine_after_it_keeps_the_step() -> None:
    found = steps("1:1 w Dana 3 Dec\n- I should expect an answer from HR by Friday and chase Priya if nothing comes.")
    assert any("chase Priya" in c.text for c in found)


@pytest.mark.parametrize(("notes", "start"), [
    ("Hi Dana, thanks for today. I'll forward you Priya's email about the secondment and introduce you to the new "
     "ops lead at Ridgeway on Thursday. Sam", "forward you Priya's email"),
    ("Hi Dana, as agreed I'll back you at the SLT meeting on the new timetable. Sam", "back you at the SLT"),
    ("Hi Dana, recap:\n- I'll forward your feedback to the team leads\nThanks, Sam", "forward your feedback"),
    ("Dana: I'm off from March.\nSam: I'll support you with the handover and cover the rota.", "support you"),
])
def test_my_words_to_the_manager_stay_mine(notes: str, start: str) -> None:
    assert [c.owner for c in steps(notes) if c.text.startswith(start)] == ["me"]


@pytest.mark.parametrize(("notes", "name"), [
    ("Record: Staff Nurse Reena Thomas with Sr. Mary\n- Dr Thomas (consultant) will sign off my IV competencies",
     "Reena Thomas"),
    ("Present: Sr. Mary, SN Reena Thomas, Mrs Thomas (ward clerk)\n- Mrs Thomas to update the off-duty",
     "Reena Thomas"),
    ("Present: Mr Otieno, Mrs W. Kamau\n- Mr Kamau will cover Mrs Kamau's Form 3 lessons next week", "Wanjiru Kamau"),
    ("Notes: applying for a ward sister post on a ward I know\n- Mrs Ward from HR will send the contract", "Sam Ward"),
])
def test_someone_else_with_my_surname_is_not_me(notes: str, name: str) -> None:
    assert all(c.owner != "me" for c in steps(notes, name=name))


@pytest.mark.parametrize(("line", "text"), [
    ("Asked for Priya's reference, she'll send it next week.", "send Priya's reference next week"),
    ("Asked Dana for this year's sales figures, she'll send it.", "send this year's sales figures"),
])
def test_it_is_the_thing_asked_for_as_it_was_said(line: str, text: str) -> None:
    assert [c.text for c in steps(f"1:1 w Dana 3 Dec\n{line}")] == [text]
