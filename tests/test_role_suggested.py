"""After a no or a not yet, another role suggested instead is not the promotion discussed: the case keeps its
target, the role is kept as the one suggested (next_target), and the email thanks the manager for it while still
speaking of the promotion asked for. Before a decision (pending) or once promoted, another title is the title."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.changes import accept_all, apply_changes
from promo_ai.compose import compose
from promo_ai.notes import read_notes
from tests.helpers import make_case

TODAY = dt.date(2026, 12, 3)


@pytest.mark.parametrize("outcome_line, outcome", [("Senior BA - no, it went to an external hire.", "no"),
                                                   ("Senior BA: not this cycle, freeze till April.", "not_yet")])
def test_a_role_suggested_after_a_no_keeps_the_promotion_discussed(outcome_line: str, outcome: str) -> None:
    case = make_case(manager={"name": "Dana Whitfield"})
    notes = (f"1:1 with Dana on 2 Dec.\n{outcome_line}\nShe suggested I look at a Delivery Lead role instead.\n"
             "I'll ask Dana for the feedback in writing by Friday.")
    changes = read_notes(notes, case, today=TODAY).changes
    title = next(c for c in changes if c.kind == "title")
    assert title.text == "Delivery Lead"
    assert title.note and "still speaks of your promotion to Senior Business Analyst" in title.note
    assert not [c for c in changes if c.kind == "next" and "Delivery Lead" in c.text]  # said once, as the title
    revised = apply_changes(case, accept_all(changes))
    assert (revised.target_title, revised.next_target, revised.outcome) == (
        "Senior Business Analyst", "Delivery Lead", outcome)
    body = compose(revised).email.all_text()
    assert "my promotion to Senior Business Analyst" in body
    assert "Delivery Lead role" in body
    assert "promotion to Delivery Lead" not in body


def test_another_title_while_pending_is_the_title_put_forward() -> None:
    case = make_case(manager={"name": "Dana Whitfield"})
    notes = "1:1 with Dana on 2 Dec.\nShe'll put me forward for Delivery Lead, not Senior BA, at the January panel."
    revised = apply_changes(case, accept_all(read_notes(notes, case, today=TODAY).changes))
    assert (revised.target_title, revised.next_target) == ("Delivery Lead", None)


def test_a_plan_item_said_with_a_gerund_reads_as_something_to_take_on() -> None:
    case = make_case(manager={"name": "Dana Whitfield"})
    notes = ("1:1 with Dana on 2 Dec.\nSenior BA: not this cycle.\n"
             "before that she wants me editing the weekend rota 2x/month + finish the leadership course")
    plan = [c.text for c in read_notes(notes, case, today=TODAY).changes if c.kind == "condition"]
    assert plan == ["take on editing the weekend rota 2x/month", "finish the leadership course"]
