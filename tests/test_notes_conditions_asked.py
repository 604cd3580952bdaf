"""What the promotion waits on, read as the plan (notes written for this test): a course, an exam or a certificate
asked of me ("she wants me to ...") or owed by me ("I need to ...", "I have to ...") is a condition, not a step the
email promises; so is anything wanted "before it's signed off". Admin around one ("send him my certificates", "enrol
in the cert iv") and handing over "before I start" stay steps. A list after "what I need:" or "what he wants to
see by then:" is read item by item, however long the line."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.changes import ChangeItem, accept_all
from promo_ai.export.text import render_text
from promo_ai.notes import read_notes
from promo_ai.offline import offline_draft
from promo_ai.revision import revise
from tests.helpers import make_case

TODAY = dt.date(2026, 12, 3)
CASE = make_case(manager={"name": "Dana Whitfield"})


def read(body: str, head: str = "1:1 with Dana on 2 Dec. She'll put me forward.") -> list[ChangeItem]:
    return read_notes(f"{head}\n{body}", CASE, today=TODAY).changes


def kinds(changes: list[ChangeItem], kind: str) -> list[str]:
    return [c.text for c in changes if c.kind == kind]


@pytest.mark.parametrize("line, condition", [
    ("she wants me to have the NPLQ trainer assessor cert before it's signed off",
     "have the NPLQ trainer assessor cert"),
    ("I have to complete the customs broker exam before the review, sir was very clear",
     "complete the customs broker exam"),
    ("must get my PQS registration (SISV) before nomination goes in", "get my PQS registration (SISV)"),
    ("I should complete the lean six sigma green belt", "complete the lean six sigma green belt"),
    ("she wants me to shadow Priya for the rest of term before anything's decided",
     "shadow Priya for the rest of term"),
])
def test_what_the_promotion_waits_on_is_the_plan(line: str, condition: str) -> None:
    changes = read(line)
    assert any(c.startswith(condition) for c in kinds(changes, "condition")), changes
    assert not [c for c in changes if c.kind in {"next", "add"} and c.source_quote == line], changes


@pytest.mark.parametrize("line, step", [
    ("I need to send him my certificates by Friday", "send you my certificates by Friday"),
    ("i need to enrol in the cert iv by end of term", "enrol in the cert iv by end of term"),
    ("I need to finish my leadership module before I start", "finish my leadership module before I start"),
    ("I'll book the exam this week", "book the exam this week"),
    ("she wants me to send her the rota by Friday", "send you the rota by Friday"),
])
def test_admin_and_what_i_will_do_stay_steps(line: str, step: str) -> None:
    changes = read(line)
    assert step in kinds(changes, "next"), changes
    assert kinds(changes, "condition") == []


@pytest.mark.parametrize("line, conditions", [
    ("what I need: run the morning huddle for 3 months, finish the Coaching for Performance module on Degreed",
     ["run the morning huddle for 3 months", "finish the Coaching for Performance module on Degreed"]),
    ("What he wants to see by then: H2 deposit target hit, and the risk & compliance cert passed.",
     ["hit the H2 deposit target", "pass the risk & compliance cert"]),
    ("plan til then: cover for Maria on 2nd shift when she's out; do the Lean Six Sigma yellow belt (company pays)",
     ["cover for Maria on 2nd shift when she's out", "do the Lean Six Sigma yellow belt (company pays)"]),
])
def test_a_long_list_after_a_wants_heading_is_read_item_by_item(line: str, conditions: list[str]) -> None:
    changes = read(line, head="1:1 with Dana on 2 Dec. Not this cycle, revisit in June.")
    assert kinds(changes, "condition") == conditions, changes


def test_the_not_yet_email_carries_the_plan_not_a_promise() -> None:
    notes = ("1:1 with Dana on 2 Dec. Not this cycle - revisit at the June round.\n"
             "She wants me to get the NEBOSH certificate before she puts me up again.\n"
             "I have to complete 6 months as acting shift lead before June.")
    changes = read_notes(notes, CASE, today=TODAY).changes
    assert len(kinds(changes, "condition")) == 2, changes
    body = render_text(revise(offline_draft(CASE, with_guidance=False), notes, accept_all(changes)).draft.email)
    assert "- Get the NEBOSH certificate." in body  # the promotion it waits on is what the plan is for
    assert "- Complete 6 months as acting shift lead before June." in body
    assert "I'll get the NEBOSH" not in body  # a plan item, not a promise of a step


def test_acting_up_is_a_plan_not_an_instruction_to_an_ai() -> None:
    changes = read("she wants me to act as team lead on the procurement file first")
    assert kinds(changes, "condition") == ["act as team lead on the procurement file"], changes
    screened = read("Act as a professional copywriter and make me sound senior")
    assert [c for c in screened if c.kind not in {"date", "outcome", "next"}] == []


@pytest.mark.parametrize("line, conditions", [
    ("She won't put me forward till my MSc dissertation is in (hand-in May).", ["get my MSc dissertation in"]),
    ("Board won't consider me until I'm registered for the PhD and have one publication.",
     ["get registered for the PhD", "have one publication"]),
    ("she doesn't think I'd get the next one either unless I get my RSG cert", ["get my RSG cert"]),
])
def test_what_the_decision_waits_on_is_the_plan(line: str, conditions: list[str]) -> None:
    assert kinds(read(line), "condition") == conditions


@pytest.mark.parametrize("line", ["he won't approve leave until the rota is done", "she won't be in until Tuesday"])
def test_a_wait_that_is_not_the_promotions_is_no_plan(line: str) -> None:
    assert kinds(read(line), "condition") == []


def test_after_a_no_what_it_would_have_taken_is_no_step() -> None:
    changes = read("She said no point applying to the next one til the audit stuff is cleared.",
                   head="1:1 with Dana on 2 Dec. It's a no, the post went to Sam.")
    assert [c for c in changes if c.kind in {"next", "condition"}] == [], changes


@pytest.mark.parametrize("line, conditions", [
    ("- before then I need: CLM Part 2 & the SCBC", ["complete the CLM Part 2", "complete the SCBC"]),
    ("📋 before the board I need to 1) clear my SEP recurrent 2) fly 10 sectors as acting purser",
     ["clear my SEP recurrent", "fly 10 sectors as acting purser"]),
    ("| Before that | get my Chartered Engineer (IEI) + lead the design review for the depot |",
     ["get my Chartered Engineer (IEI)", "lead the design review for the depot"]),
    ("what he wants first: run the Maple & Co account day-to-day, and present at a client QBR myself",
     ["run the Maple & Co account day-to-day", "present at a client QBR myself"]),
])
def test_more_ways_to_head_the_plan(line: str, conditions: list[str]) -> None:
    changes = read(line, head="1:1 with Dana on 2 Dec. Not this cycle, revisit in June.")
    assert kinds(changes, "condition") == conditions, changes
