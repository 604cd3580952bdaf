"""A second reader's review of this round's rules (session 8), each finding reproduced and kept fixed. Notes written
for these tests, as people might type them."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.changes import ChangeItem, accept_all
from promo_ai.notes import read_notes
from tests.helpers import make_case

TODAY = dt.date(2026, 12, 3)
FORWARD = "1:1 with Dana on 2 Dec. She'll put me forward.\n"
PLAIN = "1:1 with Dana on 2 Dec.\n"


def read(line: str, head: str = FORWARD, **case: object) -> list[ChangeItem]:
    case.setdefault("manager", {"name": "Dana Whitfield"})
    return list(read_notes(head + line, make_case(**case), today=TODAY).changes)


def kinds(changes: list[ChangeItem], kind: str) -> list[str]:
    return [c.text for c in changes if c.kind == kind]


@pytest.mark.parametrize("line", ["I'll apply for the Band 7 at St James's if this falls through, not for now",
                                  "Will apply for the deputy head job in Cork if this stalls, not for now"])
def test_a_plan_b_kept_for_now_is_private(line: str) -> None:
    changes = read(line)
    assert kinds(changes, "private") == [line] and kinds(changes, "outcome") == ["pending"]
    assert not [c for c in accept_all(changes) if c.kind != "private" and "apply" in c.source_quote]


@pytest.mark.parametrize("line", ["My promotion, not for now.", "My Band 7 - she said maybe next year, not for now"])
def test_the_promotion_not_for_now_is_the_outcome(line: str) -> None:
    assert kinds(read(line, PLAIN), "outcome") == ["not_yet"]


@pytest.mark.parametrize("line, outcome", [
    ("ASM — yes, apply in the Feb round", []), ("Kerry was selected for ASM.", []),
    ("Picked for the ASM interview on 12 Jan.", []), ("ASM — no. Next window is April.", ["no"]),
])
def test_the_shortened_title_read_carefully(line: str, outcome: list[str]) -> None:
    changes = read(line, PLAIN, target_title="Assistant Store Manager",
                   accomplishments=[{"summary": "Acting ASM cover over Christmas"}])
    assert kinds(changes, "outcome") == outcome and not kinds(changes, "drop")


@pytest.mark.parametrize("line", ["Any concerns with the onboarding redesign - no",
                                  "Reconciliation report: no, still relevant",
                                  "Reconciliation report - no, definitely include"])
def test_no_about_something_else_is_neither_a_drop_nor_the_answer(line: str) -> None:
    changes = read(line, accomplishments=[{"summary": "Automated the weekly reconciliation report"},
                                          {"summary": "Led the onboarding redesign"}])
    assert not kinds(changes, "drop") and kinds(changes, "outcome") == ["pending"]


@pytest.mark.parametrize("lines", ["Things I need to add to the case:\n- cut agency spend 40% in Q2",
                                   "What she'd do if i got it:\n- move Kerry to days",
                                   "Good chat. The plan is good but the budget is tight."])
def test_headings_that_are_not_a_plan(lines: str) -> None:
    assert not kinds(read(lines), "condition")


def test_what_she_would_do_is_not_done_already() -> None:
    assert kinds(read("She'd just need my portfolio by Friday.", PLAIN), "next")


def test_different_steps_are_not_merged() -> None:
    assert len(kinds(read("- book the ILM course\n- book the first aid course by Jan", PLAIN), "next")) == 2


def test_a_product_line_is_not_dictation() -> None:
    changes = read("Sales on the new line are up 20%. She wants me to cost the next line before the March menu.")
    assert "cost the next line before the March menu" in kinds(changes, "next")
    assert any(a.startswith("Sales on the new line are up 20%") for a in kinds(changes, "add"))


@pytest.mark.usefixtures("rules_only")
def test_passive_sending_read_carefully() -> None:
    assert kinds(read("No offer letter will be sent before March."), "next") == ["put me forward"]
    mine = [c for c in read("The self-appraisal form will be sent from my side by Friday.") if c.owner == "me"]
    assert [c.text for c in mine] == ["send the self-appraisal form by Friday"]


@pytest.mark.parametrize("line", ["i'd like to get turnover under 10% by Q3",
                                  "hoping to get the audit score to 95% by June",
                                  "Cut agency spend 40% in Q2. Wont put that in, finance are touchy."])
def test_a_target_or_a_wont_is_no_accomplishment(line: str) -> None:
    assert not [a for a in kinds(read(line), "add") if "10%" in a or "95%" in a or a == "Wont"]


def test_an_action_dated_in_brackets_is_mine() -> None:
    assert [(c.owner, c.who) for c in read("Action (Fri): send the audit pack to Dana", PLAIN)
            if c.kind == "next"] == [("me", None)]


def test_a_transcript_line_is_not_a_step() -> None:
    assert not [c for c in read("Me: asked about the deputy post", PLAIN) if c.kind == "next"]


def test_i_am_not_someone_else_who_decides() -> None:
    assert not [c for c in read("Me and Kerry make the final call on the rota since Sept.") if c.owner == "other"]


@pytest.mark.parametrize("line", ["shes gunna put me forward in jan", "she is gunna put me forward in jan"])
def test_gunna(line: str) -> None:
    assert kinds(read(line, PLAIN), "next") == ["put me forward in jan"]


def test_a_named_managers_step_stays_theirs() -> None:
    notes = ("1:1 with Marcus on 2 Dec. Not decided.\nSarah from HR called after, she said the band is confirmed.\n"
             "Marcus covered Kerry's secondment and he'll ask Gary in finance about backfill.")
    changes = read_notes(notes, make_case(manager={"name": "Marcus Bell"}), today=TODAY).changes
    assert [(c.owner, c.who) for c in changes if c.kind == "next" and "backfill" in c.text] == [("manager", None)]
