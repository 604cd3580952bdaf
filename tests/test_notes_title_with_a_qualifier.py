"""A different role suggested with its qualifier ("told me to apply for the Team Lead - Inbound role instead") is
proposed whole, not cut at the dash ("Team Lead"). Notes written for these tests."""

from __future__ import annotations

import datetime as dt

from promo_ai.notes import read_notes
from tests.helpers import make_case


def test_the_suggested_role_keeps_its_qualifier() -> None:
    notes = ("12/06 - discussion with Mr. Sharma\n- Asst Manager Warehouse Ops: NOT selected.\n- he told me to apply "
             "for the Team Lead - Inbound role instead, opening next month\n")
    case = make_case(manager={"name": "Ravi Sharma"}, target_title="Assistant Manager Warehouse Ops")
    changes = read_notes(notes, case, today=dt.date(2026, 6, 14)).changes
    assert [c.text for c in changes if c.kind == "title"] == ["Team Lead - Inbound"]
