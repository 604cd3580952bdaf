"""The same step said twice, in the prose and again in an action list, in other words, is proposed once: a manager
reading "you'll send the panel feedback as soon as you get it" and "you'll send the panel feedback to me when
released" in one email reads a list padded out. Two steps that only share a verb and a common noun ("book the ILM
course", "book the first aid course") stay two, as do two things done to one thing ("update the business case",
"send the business case"). Notes written for these tests."""

from __future__ import annotations

import datetime as dt

from promo_ai.changes import ChangeItem
from promo_ai.changes.items import UNREAD_STEP
from promo_ai.notes import read_notes
from promo_ai.notes.repeats import proposed_once
from tests.helpers import make_case

TODAY = dt.date(2026, 12, 3)


def step(text: str, quote: str, *, owner: str = "manager", who: str | None = None, by: str | None = None,
         unsure: str | None = None) -> ChangeItem:
    return ChangeItem.model_construct(kind="next", text=text, source_quote=quote, owner=owner, who=who, by=by,
                                      unsure=unsure)


def test_the_same_step_in_other_words_is_proposed_once() -> None:
    prose = step("send the offer letter through the board of management",
                 "Declan is sending the offer letter through the board of management.", owner="other", who="Declan")
    listed = step("send the offer letter via BOM, before Easter", "Declan -> offer letter via BOM, before Easter",
                  owner="other", who="Declan", by="before Easter")
    assert [c.text for c in proposed_once([prose, listed])] == ["send the offer letter via BOM, before Easter"]


def test_the_ticked_one_is_kept_over_one_the_reader_could_not_take_apart() -> None:
    ticked = step("send the panel feedback", "She'll send the panel feedback.")
    unread = step("send the panel feedback to me when released, by Friday",
                  "- send the panel feedback to me when released, by Friday", by="by Friday", unsure=UNREAD_STEP)
    assert proposed_once([unread, ticked]) == [ticked]


def test_different_steps_stay_apart() -> None:
    courses = [step("book the ILM course", "- book the ILM course", owner="me"),
               step("book the first aid course by Jan", "- book the first aid course by Jan", owner="me")]
    assert proposed_once(courses) == courses
    theirs = [step("send the panel feedback", "She'll send the panel feedback."),
              step("send the panel feedback", "HR will send the panel feedback.", owner="other", who="HR")]
    assert proposed_once(theirs) == theirs  # the same words, two people: two steps
    one_sentence = [step("write up the design doc", "She'll write up the design doc and the design review.")] * 2
    assert len(proposed_once(one_sentence)) == 2  # from one sentence: the rules' own reading, not a repeat


def test_a_debrief_with_an_action_list_proposes_the_step_once() -> None:
    notes = ("1:1 with Dana on 2 Dec. She is putting me forward at the March panel. She will send the panel "
             "feedback as soon as she gets it.\nActions:\n- Dana: send the panel feedback to me when released")
    changes = read_notes(notes, make_case(manager={"name": "Dana Lee"}), today=TODAY).changes
    assert len([c for c in changes if c.kind == "next" and "panel feedback" in c.text]) == 1
