"""Misreadings a helper's review of this session's reader changes found (each verified, each a thing a person would
notice), kept as tests. Notes written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.changes import ChangeItem
from promo_ai.notes import read_notes
from promo_ai.notes.joined import split_joined
from tests.helpers import make_case

TODAY = dt.date(2026, 2, 10)
FORWARD = "Met Dana 3/2, she is putting me forward."


def read(notes: str) -> list[ChangeItem]:
    return list(read_notes(notes, make_case(manager={"name": "Dana Lee"}), today=TODAY).changes)


def of(changes: list[ChangeItem], kind: str) -> list[ChangeItem]:
    return [c for c in changes if c.kind == kind]


def test_nope_to_another_question_is_not_the_outcome() -> None:
    changes = read("Met Dana 3/2, she is putting me forward for the march panel.\nany concerns from her? nope all good")
    assert [c.text for c in of(changes, "outcome")] == ["pending"]


@pytest.mark.parametrize("line", ["Kev got 4000 more as charge nurse on the same band",
                                  "found out Priya gets 2000 more because she negotiated",
                                  "need to sort a childminder for the wednesday lates",
                                  "book the cattery before the leadership residential",
                                  "sort out dads carers before I go on nights"])
def test_pay_of_others_and_care_at_home_are_private(line: str) -> None:
    changes = read(f"{FORWARD}\n{line}")
    assert [c.source_quote for c in of(changes, "private")] == [line]
    assert not [c for c in changes if c.kind in {"next", "condition"} and c.source_quote == line]


@pytest.mark.parametrize("line", ["I need to write up the new creche fees for parents by end of March",
                                  "Dana wants me to arrange day care for the two new service users by Friday"])
def test_a_care_workers_work_is_a_step(line: str) -> None:
    changes = read(f"{FORWARD}\n{line}")
    assert not of(changes, "private") and [c for c in changes if c.kind in {"next", "condition"}]


@pytest.mark.parametrize("sentence", ["I need to finish my 360 and then she'll put me forward",
                                      "I'll update the SOPs and def will send them to Dana before the panel",
                                      "i'll ask the rota coordinator + she'll swap my shifts",
                                      "i'll send the CV & priya'll book the room",
                                      "I'll finish the audit and things will look better by the board"])
def test_one_thought_is_not_cut_at_a_word_that_is_no_one(sentence: str) -> None:
    assert split_joined(sentence) == [sentence]


def test_an_action_that_starts_with_my_verb_is_mine() -> None:
    (step,) = [c for c in of(read(f"{FORWARD}\nAction: ask HR to send the JD"), "next") if "JD" in c.text]
    assert (step.owner, step.text) == ("me", "ask HR to send the JD")


def test_a_body_after_a_comma_is_a_new_subject_not_a_list() -> None:
    steps = of(read(f"{FORWARD}\nsend the business case to Dana, Dana and finance decide by end of Q1"), "next")
    assert ("other", "end of Q1") in [(c.owner, c.by) for c in steps]
    assert not [c for c in steps if c.owner == "me" and c.by]


def test_a_run_on_that_edits_a_document_keeps_its_step() -> None:
    notes = ("met dana today she is putting me forward for band 6 at the march panel which is great but the personal "
             "statement needs a lot of work so I have to go back through it and make it a bit shorter and send it to "
             "her by the 20th so she can check it")
    assert [c.by for c in of(read(notes), "next") if c.owner == "me"] == ["the 20th"]


def test_what_i_will_have_done_is_a_step() -> None:
    changes = read("Met Dana 3/2, not this cycle.\nI need to have given two toolbox talks by the end of the quarter")
    assert [c for c in changes if c.kind in {"next", "condition"} and "toolbox" in c.text]


@pytest.mark.parametrize(("line", "title"), [("promoted to Shift Lead - training next week", "Shift Lead"),
                                             ("q: band 7 - no, but she offered me Practice Educator instead",
                                              "Practice Educator")])
def test_a_title_beside_a_course_or_in_a_q_line_is_still_read(line: str, title: str) -> None:
    assert [c.text for c in of(read(f"Met Dana 9/2.\n{line}"), "title")] == [title]
