"""'lead with the GP' names the accomplishment the notes add ('GP up from 71% to 76%, wastage halved ...'): it is
put first, not added again as an accomplishment of its own ('The GP.' had opened a promoted chef's email). A
two-letter name counts; glue words ('of', 'to') do not. Notes written for these tests."""

from __future__ import annotations

import datetime as dt

from promo_ai.notes import read_notes
from promo_ai.notes.evidence import names_added
from tests.helpers import make_case


def test_lead_with_a_two_letter_name_puts_the_added_accomplishment_first() -> None:
    notes = ("sat night after close w/ Dave\n- head chef!!! starting 20/4\n- he said the numbers did it: GP up from "
             "71% to 76%, wastage halved since I brought in the prep sheets\n- lead with the GP\n")
    case = make_case(manager={"name": "Dave Rossi"}, current_title="Sous Chef", target_title="Head Chef")
    changes = read_notes(notes, case, today=dt.date(2026, 4, 13)).changes
    added = "GP up from 71% to 76%, wastage halved since I brought in the prep sheets"
    assert [c.text for c in changes if c.kind == "add"] == [added]
    assert [c.text for c in changes if c.kind == "emphasise"] == [added]


def test_glue_words_name_nothing() -> None:
    assert not names_added("of it", "cut onboarding from 10 days to 4")
    assert names_added("the GP", "GP up from 71% to 76%")
