"""Outcomes as people say them after the talk (sentences written for these tests, after shapes seen in notes the
reader had not been tuned on): made the list, made substantive, posted as the new role, gone through with a date;
not found suitable, my name not on the list, gone to or given to someone named, "= nope"; not this season, no
chance this year; endorsed to the next office, a positive vote that goes on to a committee. And what is not an
outcome: a role that "still has to be approved", a reviewer who declined."""

from __future__ import annotations

import pytest

from promo_ai.notes.outcome import sentence_outcome


@pytest.mark.parametrize("sentence, outcome", [
    ("- made the TSgt list!! sew-on 1 SEP", "promoted"),
    ("- made the cutoff. pinning SGT 1 APR at company formation", "promoted"),
    ("- Passed! Temp Sgt made substantive from 04/05", "promoted"),
    ("Outcome: made VP, effective 2/1.", "promoted"),
    ("PASSED, posted to Houseblock 2 as SO from 18 May", "promoted"),
    ("so conor confirmed today that staff engineer went through at the promo committee, effective jan 1", "promoted"),
    ("- the APS6 merit pool results are out and I wasn't found suitable", "no"),
    ("the promotion list from headquarters is out and my name is not there", "no"),
    ("She was straight with me - it has gone to Lisa Marsh from the Eastfield team", "no"),
    ("shes not gonna support me for it, they gave it to a guy from the indianapolis site", "no"),
    ("The supervisor post for Division 3 has been given to Wanjiru, she has more years.", "no"),
    ("- bar manager = nope.", "no"),
    ("He said the board did not recommend me because of the pending disciplinary", "no"),
    ("he said not this season because we're winding down for winter", "not_yet"),
    ("- no chance this year, the port company has the new gantry cranes coming", "not_yet"),
    ("- she'll endorse me to the division office", "pending"),
    ("- dept vote was positive 11-2, goes to the college P&T committee next then provost", "pending"),
])
def test_an_outcome_said_plainly(sentence: str, outcome: str) -> None:
    assert sentence_outcome(sentence) == outcome


@pytest.mark.parametrize("sentence", [
    "The post still has to be approved by the Provincial budget committee.",
    "He wants one more external letter since a reviewer declined",
    "I made the shortlist for interview",
    "sir mark endorses me to WFM today para sa schedule",
])
def test_not_an_outcome(sentence: str) -> None:
    assert sentence_outcome(sentence) not in {"promoted", "no"}
