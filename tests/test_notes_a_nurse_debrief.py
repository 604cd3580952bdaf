"""A debrief typed the way a nurse types it after the 1-on-1, read offline (notes written for this test): the day
written beats "this morning" when both are said ("this morning (thurs 26th)", pasted after midnight), "shes" is
"she's", and "- goes to the panel 9th Dec" says where the manager takes the case."""

from __future__ import annotations

import datetime as dt

from promo_ai.notes import read_notes
from tests.helpers import make_case

NOTES = """1:1 w/ Gemma this morning (thurs 26th)
- shes putting me forward for band 6 - goes to the nursing workforce panel 9th Dec
- before panel she wants me to finish the preceptorship sign offs for the 2 newbies
- waiting on Claire for the band 6 job description
- Gemma to send my falls audit figures to Claire by fri
- me: update my PDP + book the leadership module asap
- dont mention my back, not for the email
"""


def test_a_nurse_debrief() -> None:
    changes = read_notes(NOTES, make_case(manager={"name": "Gemma Walsh"}), today=dt.date(2026, 11, 27)).changes
    assert [c.text for c in changes if c.kind == "date"] == ["2026-11-26"]
    assert [c.text for c in changes if c.kind == "outcome"] == ["pending"]
    steps = {(c.owner, c.who, c.text) for c in changes if c.kind == "next"}
    assert steps == {
        ("manager", None, "put me forward for band 6 at the nursing workforce panel 9th Dec"),
        ("other", "Claire", "send me the band 6 job description"),
        ("manager", None, "send my falls audit figures to Claire by fri"),
        ("me", None, "update my PDP"), ("me", None, "book the leadership module asap")}
    assert [c.text for c in changes if c.kind == "condition"] == [
        "finish the preceptorship sign offs for the 2 newbies"]
    assert [c.kind for c in changes if "back" in c.source_quote] == ["private"]


def test_today_alone_is_still_today() -> None:
    changes = read_notes("1:1 with Gemma today - panel starts Monday", make_case(manager={"name": "Gemma Walsh"}),
                         today=dt.date(2026, 11, 27)).changes
    assert [c.text for c in changes if c.kind == "date"] == ["2026-11-27"]
