"""More ways notes say the outcome, read offline (notes written for these tests): a no ("TL post: NOT approved",
"DPC has not recommended me", "my case is closed", "the post is being filled by an FPSC nominee", "brought in
someone from the other property, done deal", "the one opening went to Kristine"), a not yet ("not this quarter",
"not this promotional cycle", "no senior this cycle"), a promotion ("released as Captain A350 from 01JUL")."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.notes import read_notes
from tests.helpers import make_case

TODAY = dt.date(2026, 12, 3)


@pytest.mark.parametrize("line, outcome", [
    ("TL post: NOT approved.", "no"),
    ("The one opening went to Kristine from the other LOB.", "no"),
    ("DPC has not recommended me for BPS-17.", "no"),
    ("Sir said plainly my case is closed.", "no"),
    ("The post is being filled by an FPSC nominee.", "no"),
    ("asst housekeeping mgr: group brought in someone from the Montego Bay property, done deal", "no"),
    ("Purser upgrade not this quarter.", "not_yet"),
    ("not this promotional cycle - the Lt list from 2024 is still active til Dec", "not_yet"),
    ("tl;dr no senior this cycle, maybe next", "not_yet"),
    ("command upgrade: PASSED line check -> released as Captain A350 from 01JUL", "promoted"),
    ("not approved yet, she's waiting on HR", "pending"),
    ("🎉 I'm now Senior Mortgage Adviser!! from 1st Feb", "promoted"),
    ("- Senior Event Manager: cannot. Boss decided give to Farid, he got the corporate clients", "no"),
    ("Senior Caseworker: not supported this time - partners gave it to the Leeds office hire", "no"),
    ("- he endorsed me na for Team Lead (acting muna), she'll decide after the Q3 scorecards", "pending"),
])
def test_the_outcome_is_read(line: str, outcome: str) -> None:
    changes = read_notes(f"1:1 with Dana on 2 Dec.\n{line}", make_case(manager={"name": "Dana Whitfield"}),
                         today=TODAY).changes
    assert [c.text for c in changes if c.kind == "outcome"] == [outcome]
