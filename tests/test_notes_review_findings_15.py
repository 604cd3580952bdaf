"""A second reader's review of this session's rules (session 20): ordinary lines the new rules misread, each
reproduced and kept fixed. Notes written by the reviewer, as people might type them."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.changes import ChangeItem
from promo_ai.notes import read_notes
from promo_ai.notes.outcome import sentence_outcome
from tests.helpers import make_case

TODAY = dt.date(2026, 12, 3)
HEAD = "1:1 with Dana on 2 Dec.\n"


def read(lines: str, head: str = HEAD) -> list[ChangeItem]:
    return list(read_notes(head + lines, make_case(manager={"name": "Dana Lee"}), today=TODAY).changes)


def of(changes: list[ChangeItem], kind: str) -> list[ChangeItem]:
    return [c for c in changes if c.kind == kind]


@pytest.mark.parametrize(("sentence", "said"), [
    ("She's made me shift lead from time to time when she's away.", None),
    ("He's made me team lead at the Leeds site from Monday till Sarah's back from leave.", None),
    ("She said yes, effective 1 Jan, with some shadowing of Raj over the handover.", "promoted"),
    ("Answer is no for now, she wants a bit more shadowing first.", "not_yet"),
    ("No - the role went to an external candidate this promotion cycle.", "no"),
    ("Dana said no to the promotion - it's being cut from the structure in this appraisal cycle.", "no"),
    ("Got it - my backfill vacancy is going to Kavya from 1 Jan.", "promoted"),
])
def test_the_outcome_rules_say_no_more_than_they_meant(sentence: str, said: str | None) -> None:
    assert sentence_outcome(sentence) == said


@pytest.mark.parametrize("lines", [
    "Next steps:\n- update the business case with the Q3 numbers\n- send the business case to Dana by Fri",
    "- me: sign up for the presentation skills course\n- me: run a presentation skills session for the juniors in Feb",
    "Dana to talk to HR about the salary band.\nDana to confirm the salary band in writing by Friday.",
])
def test_two_steps_on_one_thing_are_not_one_step(lines: str) -> None:
    assert len(of(read(lines, "1:1 with Dana on 2 Dec. She'll put me forward.\n"), "next")) >= 2


@pytest.mark.parametrize(("line", "title"), [
    ("Promoted! Start - 1 Jan, Title - Senior Product Analyst, Band - 6.", "Senior Product Analyst"),
    ("Decision: Title - Team Lead, Effective - 1 Jan, Pay - TBC by HR.", "Team Lead"),
])
def test_a_field_and_its_value_is_no_owner_and_their_action(line: str, title: str) -> None:
    assert [c.text for c in of(read(line), "title")] == [title]


def test_days_before_dashes_are_whens_not_owners() -> None:
    steps = of(read("Next week: Tue - tell my team, Thu - Dana tells the wider dept."), "next")
    assert not [c for c in steps if c.who in {"Tue", "Thu"}]


def test_a_line_of_two_owners_under_a_lead_in_is_two_steps() -> None:
    # (the lead-in's "By end of Jan" is not yet carried to the rows: left, see the closing note)
    steps = of(read("By end of Jan: me - book the ILM course, Dana - find me a mentor."), "next")
    assert sorted((c.owner, c.text) for c in steps) == [("manager", "find me a mentor"), ("me", "book the ILM course")]


@pytest.mark.parametrize("line", ["I'll be honest, Tuesday 1 Dec was a rough meeting. Not yet, revisit in March.",
                                  "Writing this up quick so I'll remember: 1:1 with Dana on Tue 1 Dec.",
                                  "Dana said she will put me forward in March - we met on 1 Dec."])
def test_a_future_word_in_another_clause_keeps_the_meetings_date(line: str) -> None:
    assert [c.text for c in of(read(line, "Debrief\n"), "date")] == ["2026-12-01"]


@pytest.mark.parametrize(("line", "owner"), [("Stuff to add - I'll send Dana the revised objectives by Friday.", "me"),
                                             ("Things to highlight: Dana will announce it to the team on Monday.",
                                              "manager")])
def test_a_step_after_a_lead_in_about_the_email_is_still_a_step(line: str, owner: str) -> None:
    assert [c.owner for c in of(read(line, "1:1 with Dana on 2 Dec. She'll put me forward.\n"), "next")
            if "objectives" in c.text or "announce" in c.text] == [owner]


def test_my_portfolio_sent_to_dana_is_not_someone_elses_step() -> None:
    steps = of(read("My updated portfolio will be sent to Dana by Friday."), "next")
    assert not [c for c in steps if c.owner == "other" and "portfolio" in c.text]
