"""Who else decides or weighs in, as notes say it (notes written for these tests): "wants a second opinion from the
Allied Health Director (Raj)", "the area manager (Mrs Pillay) makes the final call", "group HR in Dublin have final
say", "it's now with the regional head (Mr Okafor) for approval", "file goes to the CHRO (Mrs Kapoor) for final
approval"; and minutes that name the writer by initials ("LD: send N my engagement list")."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.case import NextStep
from promo_ai.changes import ChangeItem
from promo_ai.compose import step_phrase
from promo_ai.notes import read_notes
from promo_ai.notes.learned import every_step_kept
from tests.helpers import make_case

TODAY = dt.date(2026, 12, 3)


def steps(lines: str) -> list[ChangeItem]:
    notes = f"1:1 with Nomsa on 2 Dec.\n{lines}"
    case = make_case(name="Lerato Dlamini", manager={"name": "Nomsa Khumalo"})
    return [c for c in read_notes(notes, case, today=TODAY).changes if c.kind == "next"]


@pytest.mark.parametrize("line, who, text", [
    ("- she wants a second opinion from the Allied Health Director (Raj) before anything is decided", "Raj",
     "give a second opinion before anything is decided"),
    ("- he wants a second opinion from Janet (Sr Partner) since she ran Henderson", "Janet", "give a second opinion"),
    ("she wants second opinion from Dr. Ramesh (HOD) also", "Dr. Ramesh", "give a second opinion"),
    ("* she'll recommend me but the area manager (Mrs Pillay) makes the final call", "Mrs Pillay",
     "make the final call"),
    ("• She has recommended me for RM, it's now with the regional head (Mr Okafor) for approval", "Mr Okafor",
     "give approval"),
    ("Me: she's recommended me for AM-HR, file goes to the CHRO (Mrs Kapoor) for final approval", "Mrs Kapoor",
     "give approval"),
    ("It's with Mr Okafor for sign off now.", "Mr Okafor", "sign off now"),
])
@pytest.mark.usefixtures("rules_only")
def test_someone_else_weighs_in(line: str, who: str, text: str) -> None:
    assert [(s.who, s.text) for s in steps(line) if s.owner == "other"] == [(who, text)]


def test_asking_me_for_a_second_opinion_is_not_someone_elses_step() -> None:
    assert not [s for s in steps("- the CFO wants a second opinion from me on the budget") if s.owner == "other"]


def test_minutes_name_the_writer_by_initials() -> None:
    found = steps("Actions:\n- LD: send N my engagement list + hours by Mon\n- N: table it at exco")
    assert [(s.owner, s.text) for s in found] == [("me", "send N my engagement list + hours by Mon"),
                                                  ("manager", "table it at exco")]


def test_the_manager_in_someone_elses_step_is_you() -> None:
    notes = ("catch up w Nomsa 1/12\nNot this round. She said the headcount is frozen. She'll revisit in April.\n"
             "she wants a second opinion from the Head of Change (Marcus) before she commits")
    case = make_case(name="Lerato Dlamini", manager={"name": "Nomsa Khumalo"})
    with every_step_kept():  # its wording, whether or not the step model offers it
        found = [c for c in read_notes(notes, case, today=TODAY).changes if c.kind == "next" and c.owner == "other"]
    assert [(s.who, s.text) for s in found] == [("Marcus", "give a second opinion before you commit")]


@pytest.mark.parametrize("who, said", [("people team", "the people team will send the new job descriptions"),
                                       ("the panel", "the panel will send the new job descriptions"),
                                       ("Marcus", "Marcus will send the new job descriptions"),
                                       (None, "they will send the new job descriptions")])
def test_someone_elses_step_in_the_email(who: str | None, said: str) -> None:
    from promo_ai.case import NextStep
    from promo_ai.compose import step_phrase

    assert step_phrase(NextStep(text="send the new job descriptions", owner="other", who=who)) == said


@pytest.mark.parametrize("line, said", [
    ("we'll talk again in feb", "we'll talk again in Feb"),  # both of us: not "you'll talk again"
    ("We are going to review it in March", "we'll review it in March"),
    ("she'll raise it at the March panel", "you'll raise it at the March panel"),
])
def test_a_step_said_as_both_of_ours_reads_we_in_the_email(line: str, said: str) -> None:
    from promo_ai.changes import apply_changes
    from promo_ai.compose import step_phrase

    case = make_case(name="Lerato Dlamini", manager={"name": "Nomsa Khumalo"})
    with every_step_kept():
        (step,) = [c for c in read_notes(f"catch up w Nomsa 1/12, she'll put me forward\n{line}", case,
                                         today=TODAY).changes if c.kind == "next" and c.source_quote == line]
    (applied,) = apply_changes(case, [step]).next_steps
    assert step.owner == "manager" and step_phrase(applied) == said


@pytest.mark.parametrize(("text", "by", "said"), [
    ("send you my preceptor application by Friday 4 Dec", "Fri 4 Dec",
     "I'll send you my preceptor application by Friday 4 Dec"),
    ("send you the deck", "Fri", "I'll send you the deck by Fri")])
def test_a_step_says_its_when_once(text: str, by: str, said: str) -> None:
    """Found using the CLI as a nurse: 'by Friday 4 Dec by Fri 4 Dec' when the step's when was written out."""
    assert step_phrase(NextStep(text=text, owner="me", by=by)) == said
