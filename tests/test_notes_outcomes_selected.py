"""Outcomes said by selection and by who was given the role: "Selected for promotion to Sgt off the board
results" is a promotion; "NOT selected" is a no; "Clinical lead: no. ... Decision made w/ the clinic director, done
deal." is a no (the done deal is the decision against me, not a yes), as is "done deal, contract signed" said of
someone brought in. What is no outcome stays none ("she gave it to Priya to review", "she is giving it to HR
today"). Notes written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.notes import read_notes
from promo_ai.notes.outcome import sentence_outcome
from tests.helpers import make_case


@pytest.mark.parametrize("notes, said", [
    ("Tue 27 Jan - interview w/ OC\n- Selected for promotion to Sgt off the board results, substantive from 1 Mar",
     "promoted"),
    ("12/06 - discussion with Mr. Sharma\n- Asst Manager Warehouse Ops: NOT selected.", "no"),
    ("1:1 w/ Raj - Feb 24\nowners are bringing in their mate from sydney 🙄 done deal, contract signed already\n"
     "Clinical lead: no.", "no"),
    ("1:1 w/ Raj - Feb 24\nClinical lead: no. Decision made w/ the clinic director, done deal.", "no"),
])
def test_the_outcome_is_read(notes: str, said: str) -> None:
    changes = read_notes(notes, make_case(manager={"name": "Raj Patel"}), today=dt.date(2026, 3, 1)).changes
    assert [c.text for c in changes if c.kind == "outcome"] == [said]


@pytest.mark.parametrize("sentence", ["she gave it to Priya to review", "she is giving it to HR today",
                                      "I was selected for the firearms course"])
def test_what_is_no_outcome_stays_none(sentence: str) -> None:
    assert sentence_outcome(sentence) is None
