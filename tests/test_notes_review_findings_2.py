"""Rules a second reader found too broad in this round, each narrowed (notes written by that reader for the review):
what someone else earns stays private; a keep-out heading with nothing under it is about the line above; a
table's "not for email" cell keeps its row out; no outcome from an expense claim, "I'm now OOO", a release of an
app, "Offsite: cannot", "no bonus this cycle" or someone brought in to cover; no title from "Tom made Principal
Engineer" or "offered me Executive Coaching"; no one called "Strengths" or "Zoom" or "Friday"; "Mark and Jo to
agree" stays one step; habits in the present tense are no steps."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.changes import ChangeItem
from promo_ai.notes import read_notes
from tests.helpers import make_case

TODAY = dt.date(2026, 12, 3)


def read(body: str, head: str = "1:1 with Dana on 2 Dec. She'll put me forward.") -> list[ChangeItem]:
    return read_notes(f"{head}\n{body}", make_case(manager={"name": "Dana Whitfield"}), today=TODAY).changes


@pytest.mark.parametrize("body, private_words", [
    ("- Raj makes 10k more in sales commission, that's why he's grumpy", "10k more"),
    ("- Dana will ask Raj to bend the 10% pay cap for me\nNOT FOR THE EMAIL", "pay cap"),
    ("| Next | Dana to ask Raj about the restructure budget | not for email |", "restructure budget"),
])
def test_what_is_private_stays_private(body: str, private_words: str) -> None:
    changes = read(body)
    assert not [c for c in changes if c.kind != "private" and private_words in c.source_quote and not c.unsure], changes
    assert any(c.kind == "private" and private_words in c.source_quote for c in changes)


def test_a_section_under_a_private_heading_ends_at_the_next_heading() -> None:
    changes = read("## Not for email\n- I'm burnt out\nNext steps:\n- Dana to send the panel pack by Friday",
                   head="1:1 with Dana on 2 Dec")
    assert any(c.kind == "next" and c.text == "send the panel pack by Friday" for c in changes), changes
    assert any(c.kind == "private" and "burnt out" in c.text for c in changes)


@pytest.mark.parametrize("line, outcome", [
    ("Promotion approved, starts 1 Jan - they've brought in someone external to cover my analyst work.", "promoted"),
    ("- expense claim not approved - need receipts", "pending"),
    ("- I'm now OOO from 20 Dec", "pending"),
    ("the app was released as Version 2 on Tuesday", "pending"),
    ("Offsite: cannot", "pending"),
    ("no bonus this cycle, but promo still on track", "pending"),
    ("Raj didn't recommend me for the conference talk, fine", "pending"),
    ("she decided to give it to Priya to run the offsite", "pending"),
])
def test_the_outcome_is_not_overturned(line: str, outcome: str) -> None:
    assert [c.text for c in read(f"- {line}") if c.kind == "outcome"] == [outcome]


def test_a_vacancy_gone_to_someone_else_is_not_my_no() -> None:
    changes = read("- the analyst vacancy has gone to Priya, she starts in Feb", head="Promotion confirmed from 1 Jan.")
    assert [c.text for c in changes if c.kind == "outcome"] == ["promoted"]


@pytest.mark.parametrize("line", ["Tom made Principal Engineer in June",
                                  "Dana offered me Executive Coaching while we wait",
                                  "I'm Product Owner on the Acme project already, which helps my case",
                                  "I'm now Certified Scrum Master!"])
def test_no_title(line: str) -> None:
    assert [c.text for c in read(f"- {line}") if c.kind == "title"] == []


@pytest.mark.parametrize("line", [
    "Strengths: lead the weekly stand-ups for the team", "Priority -> finish the SOC2 audit by March",
    "- interviews to be conducted by Zoom", "waiting on Friday for the panel outcome", "waiting on HR for ages",
    "waiting on Tom's feedback re the appraisal", "Tom is to blame for the delay, not me", "HR is gonna love this",
    "workload (mine) is gonna double in Q1", "Tom gives me a hard time about the rota", "| send my CV to Dana | done |",
])
@pytest.mark.usefixtures("rules_only")
def test_no_one_elses_step(line: str) -> None:
    assert [(c.owner, c.who, c.text) for c in read(line) if c.kind == "next" and c.owner == "other"] == []


def test_two_people_joined_by_and_are_one_step() -> None:
    steps = [c for c in read("She'll speak to Mark and Jo to agree the cover for my secondment by Friday")
             if c.kind == "next" and c.text != "put me forward"]
    assert [(s.owner, s.text) for s in steps] == [
        ("manager", "speak to Mark and Jo to agree the cover for my secondment by Friday")]


def test_a_step_under_for_the_follow_up_is_kept() -> None:
    steps = [c.text for c in read("For the follow-up: Dana will book 30 mins with the CFO in January")
             if c.kind == "next"]
    assert "book 30 mins with the CFO in January" in steps


@pytest.mark.parametrize("head", ["catch up w Dana - Weds 2nd Dec (after P5)", "Dana - Wednesday 2 December"])
def test_the_meetings_own_date_as_a_heading_is_no_step(head: str) -> None:
    changes = read("she'll take it to the January panel", head=head)
    assert [c.text for c in changes if c.kind == "date"] == ["2026-12-02"]
    assert [c.text for c in changes if c.kind == "next"] == ["take it to the January panel"], changes


def test_a_catch_up_booked_for_later_is_still_a_step() -> None:
    changes = read("catch up w Dana - Weds 16th Dec", head="1:1 with Dana on 2 Dec. She'll put me forward.")
    assert any(c.kind == "next" and "16th Dec" in c.text for c in changes), changes


def test_a_step_done_in_the_meeting_is_nothing_left_to_do() -> None:
    changes = read("- tell Dana I accept (done in the meeting)\n- Dana to send the panel pack by Friday")
    assert [c.text for c in changes if c.kind == "next" and c.owner == "me"] == [], changes
    assert any(c.text == "send the panel pack by Friday" for c in changes if c.kind == "next")


@pytest.mark.parametrize("line, steps", [
    ("Gary's going to draw up the new contract this week and I need to get my forklift licence renewed by June",
     {("other", "draw up the new contract this week"), (None, "get my forklift licence renewed by June")}),
    ("she is going to put me on the course list and ive got to send her my shift availability by monday",
     {("manager", "put me on the course list"), ("me", "send you my shift availability by monday")}),
    ("he's putting my name in to Dave (super), Dave decides by end of month",
     {("manager", "put my name in to Dave (super)"), ("other", "decide by end of month")}),
])
def test_two_people_in_one_sentence_each_get_their_step(line: str, steps: set[tuple[str, str]]) -> None:
    got = {(c.owner, c.text) for c in read(line, head="1:1 with Dana on 2 Dec") if c.kind in {"next", "condition"}}
    assert got == steps


@pytest.mark.parametrize("line, owner, text", [
    ("👉 she'll put my name up for the Hyderabad account", "manager", "put my name up for the Hyderabad account"),
    ("-> ill enrol this arvo", "me", "enrol this arvo"),
    ("-> dana'll put me on the supervisor shadowing roster from july", "manager",
     "put me on the supervisor shadowing roster from july"),
])
def test_a_step_typed_quickly_is_still_read(line: str, owner: str, text: str) -> None:
    changes = read(line, head="1:1 with Dana on 2 Dec")
    assert [(c.owner, c.text) for c in changes if c.kind == "next"] == [(owner, text)], changes


def test_ill_health_is_not_a_step() -> None:
    changes = read("ill health meant I missed a month", head="1:1 with Dana on 2 Dec")
    assert [c for c in changes if c.kind == "next"] == []


@pytest.mark.parametrize("line", ["📧 email → thank Dana + Mrs Asante for backing me",
                                  "email mein: lead with the 96% score"])
def test_a_line_about_the_email_is_no_step_whatever_it_starts_with(line: str) -> None:
    assert [c for c in read(line, head="1:1 with Dana on 2 Dec") if c.kind == "next"] == []


def test_who_decides_after_it_goes_to_them_is_their_step() -> None:
    changes = read("she's put me up for it, it goes to the Zone Manager (Craig Ellis) who decides in the new year",
                   head="1:1 with Dana on 2 Dec")
    assert ("other", "the Zone Manager (Craig Ellis)", "decide in the new year") in {
        (c.owner, c.who, c.text) for c in changes if c.kind == "next"}, changes
