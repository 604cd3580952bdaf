"""Done and still to do, side by side (notes written for these tests, after development-55):
- a list of what she wants ends at a heading of its own ("✅ Already done (put these in):"), and a line under it
  that says to put it in, to lead with it or to leave it out is evidence, not a plan item;
- "she said yes mention" is a yes to what goes in the email, not to the promotion;
- a result "already on my list" (or "already in") is in the case already: not offered again."""

from __future__ import annotations

import datetime as dt

from promo_ai.changes import ChangeItem
from promo_ai.notes import read_notes
from tests.helpers import make_case

TODAY = dt.date(2026, 12, 3)


def read(notes: str) -> list[ChangeItem]:
    return list(read_notes(notes, make_case(manager={"name": "Karen Doyle"}), today=TODAY).changes)


def texts(changes: list[ChangeItem], kind: str) -> list[str]:
    return [c.text for c in changes if c.kind == kind]


def test_a_plan_list_ends_at_the_next_heading() -> None:
    changes = read("1:1 w/ Karen, Mon 30 Nov\nNot this cycle, freeze til July.\n"
                   "Her plan for me before July:\n  • finish the CPA exams\n  • take over the payroll reconciliation\n"
                   "Already done (she said these go in the summary):\n  • month-end close cut from 8 days to 5\n"
                   "  • external audit: 0 findings\n")
    plans = texts(changes, "condition")
    assert any("CPA" in p for p in plans) and any("payroll" in p for p in plans)
    assert not any("month-end" in p or "audit" in p or "Already" in p for p in plans), plans


def test_a_line_of_evidence_under_what_she_needs_is_not_a_plan_item() -> None:
    changes = read("karen 1:1 -- 30/11\nshe's recommending me but the plant manager wants a second opinion first\n"
                   "what she needs:\n- the kaizen project closed out by March\n"
                   "- supplier audit: done in Oct, zero majors. put it in\n"
                   "- line 2 scrap 7.1% -> 2.9% - lead with this\n- fun run no\n")
    plans = texts(changes, "condition")
    assert any("kaizen" in p for p in plans)
    assert not any("supplier" in p or "scrap" in p or "fun run" in p for p in plans), plans


def test_a_yes_to_mentioning_something_is_no_outcome() -> None:
    changes = read("Monthly with Karen - 30 Nov\nnot yet, revisit after my registration in the summer\n"
                   "done: 4 CPD sessions, ~60 attendees. she said yes mention\n")
    assert texts(changes, "outcome") == ["not_yet"]


def test_a_result_already_on_my_list_is_not_added_again() -> None:
    changes = read("1:1 Karen 30/11 - she'll put me forward in Jan\n"
                   "grant closed in Aug, $50k - already on my list\nESRC bid £310k - already in\n"
                   "the new rota already in place, 0 gaps in 3 months - add\n")
    adds = texts(changes, "add")
    assert not any("grant" in a or "ESRC" in a for a in adds), adds
    assert any("rota" in a for a in adds), adds
