"""Misreadings found at first sight of two blind sets, development-58 (sentences that look like steps but are not)
and development-59 (whose step it is), each a thing a person would notice. Notes written for these tests, in the
sets' styles."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.changes import ChangeItem
from promo_ai.notes import read_notes
from promo_ai.notes.dates import DateOrder
from promo_ai.notes.outcome import sentence_outcome
from tests.helpers import make_case

TODAY = dt.date(2026, 2, 10)


def read(notes: str, manager: str = "Dana Lee", order: DateOrder = "dmy") -> list[ChangeItem]:
    return list(read_notes(notes, make_case(manager={"name": manager}), today=TODAY, date_order=order).changes)


def of(changes: list[ChangeItem], kind: str) -> list[ChangeItem]:
    return [c for c in changes if c.kind == kind]


@pytest.mark.parametrize("line", ["shift mgr -> not this round, hiring freeze til Q3",
                                  "lead tech - not yet, budget frozen til Q3.",
                                  "Not yet. We'll revisit in the Q2 review."])
def test_a_freeze_until_a_quarter_gives_the_reminder(line: str) -> None:
    # the quote "til Q3" was refused as not giving 1 July, so a not-yet lost its reminder
    (follow_up,) = of(read(f"1:1 w Dana 9/2\n{line}"), "follow_up")
    assert follow_up.text in {"2026-07-01", "2026-04-01"} and "Q" in follow_up.source_quote


@pytest.mark.parametrize(("line", "step"), [
    ("the managed move form will be sent from my side to the vacancy holder",
     "send the managed move form to the vacancy holder"),
    ("Self-review doc will be sent from my side once Priya's comments are in",
     "send the Self-review doc once Priya's comments are in"),
])
def test_sent_from_my_side_is_mine_whatever_follows(line: str, step: str) -> None:
    steps = of(read(f"1:1 w Dana 9/2. She is putting me forward.\n{line}"), "next")
    assert [(c.owner, c.who, c.text) for c in steps if "send" in c.text] == [("me", None, step)]


def test_an_action_line_with_two_owners_is_two_steps() -> None:
    steps = of(read("1:1 w Dana 9/2. She is putting me forward.\nActions: HR - letter by 20/1; me - handover to "
                    "Kavya by 31/1"), "next")
    assert [(c.owner, c.who, c.by) for c in steps] == [("other", "HR", "20/1"), ("me", None, "31/1")]
    assert not [c for c in steps if "me -" in c.text or ";" in c.text]


@pytest.mark.parametrize(("line", "added"), [
    ("Points to keep in: KYC backlog cleared, 1,200 accounts in 6 weeks.", "KYC backlog cleared, 1,200 accounts"),
    ("Results to include: 42 boreholes rehabilitated, 18,000 people reached", "42 boreholes rehabilitated"),
    ("highlight: Lekki substation commissioning, delivered 3 weeks early", "Lekki substation commissioning"),
])
def test_what_to_put_in_the_email_is_evidence_not_someones_step(line: str, added: str) -> None:
    changes = read(f"1:1 w Dana 9/2. She is putting me forward.\n{line}")
    assert [c.text for c in of(changes, "add") if c.text.startswith(added)]
    assert not of(changes, "next") and not [c for c in of(changes, "person") if c.text in {"Points", "Results"}]


def test_a_yes_to_something_else_is_no_promotion() -> None:
    said = ("A: she already pinged the staff eng (Marcus) last week about pairing me on the payments redesign, "
            "he said yes")
    assert sentence_outcome(said) is None
    notes = f"1/22 1:1 w/ Priya re Senior SWE\nA: no, not this cycle - calibration is closed, revisit in July\n{said}"
    assert [c.text for c in of(read(notes, "Priya Shah", "mdy"), "outcome")] == ["not_yet"]


def test_signed_off_for_the_one_the_slot_went_to_is_a_no() -> None:
    assert sentence_outcome("Answer is no - the slot went to Chidi from the Abuja office, the partners signed it off "
                            "before Christmas.") == "no"
    assert sentence_outcome("Good news, the slot is mine, partners signed it off") == "promoted"


def test_a_meeting_to_come_or_a_routine_is_not_the_meetings_date() -> None:
    future = read("jan 13 - talk w/ Gord re site super\ngord's gonna raise it w/ the VP at the ops mtg on the 27th, "
                  "no promises", "Gord Smith", "mdy")
    assert [c.text for c in of(future, "date")] == ["2026-01-13"]
    routine = read("Promo chat w/ Craig\n- got it. Senior Maintenance Planner\n- shutdown planning meeting is every "
                   "Tuesday, same as always", "Craig Moss")
    assert of(routine, "date") == []


def test_a_voice_note_to_self_is_a_recording_of_the_debrief_not_a_private_line() -> None:
    notes = ("voice note to self thursday 5 feb right so spoke to raj he's made me head chef at the harbour site from "
             "the first of march yes finally he said he'll tell the team himself on monday and also dont mention my "
             "back")
    changes = read(notes, "Raj Patel")
    assert [c.text for c in of(changes, "outcome")] == ["promoted"] and [c.text for c in of(changes, "date")] == [
        "2026-02-05"]
    assert "tell the team yourself on monday" in [c.text for c in of(changes, "next")]
    assert [c for c in of(changes, "private") if "my back" in c.text]


@pytest.mark.parametrize(("sentence", "said"), [
    ("she has made me shift lead from 1 March", "promoted"),
    ("she's made me senior staff nurse on ward 7 from the first of january", "promoted"),
    ("he's made me acting head chef from monday", None),
    ("he made me a coffee", None),
    ("Vikram sir said promotion to Front Office Manager cannot happen this appraisal cycle", "not_yet"),
])
def test_made_me_and_this_appraisal_cycle(sentence: str, said: str | None) -> None:
    assert sentence_outcome(sentence) == said


@pytest.mark.parametrize(("line", "who", "text"), [("HR are sending the new contract", "HR", "send the new contract"),
                                                   ("Payroll are updating my band from March", "Payroll",
                                                    "update my band from March")])
def test_a_body_that_are_doing_something_is_their_step(line: str, who: str, text: str) -> None:
    # found using the CLI as a nurse: "HR are sending the new contract" was offered unticked, not taken apart
    steps = of(read(f"1:1 w Dana 9/2. She is putting me forward.\n{line}"), "next")
    assert [(c.owner, c.who, c.text) for c in steps if c.who] == [("other", who, text)]
    assert not [c for c in steps if c.unsure]
