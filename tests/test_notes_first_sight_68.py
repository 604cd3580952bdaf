"""Outcomes as development-68 to -70 wrote them at first sight: short notes from hands-on jobs, minutes and records.
The outcome decides which email is written (a thank-you, a plan, a gracious reply), so each is read from the way
people put it, and nothing that only sounds like it counts."""

from __future__ import annotations

import pytest

from promo_ai.notes.outcome import sentence_outcome


@pytest.mark.parametrize(("sentence", "said"), [
    ("lead CNA spot is going to Keisha, she has seniority.", "no"),
    ("supervisor job going to his nephew Brodie. not much i can do about that", "no"),
    ("DS informed that the DPC held on 20.05.2025 did not recommend the undersigned, as the APAR grading was below "
     "benchmark.", "no"),
    ("im senior carer now!!!! from 1st june", "promoted"),
    ("supervisor post not now, client has not approved extra post. may be April", "not_yet"),
    ("Foreman's not happening this winter.", "not_yet"),
])
def test_the_outcome_as_people_put_it(sentence: str, said: str) -> None:
    assert sentence_outcome(sentence) == said


@pytest.mark.parametrize("sentence", [
    "the post is going to Finance for sign-off",  # on its way, not given away
    "my job is going to Priya while I'm on leave",  # cover
    "I'm off now!",
    "I'm OOO for the rest of the year!",
    "I'm PT for the rest of the year!",  # a role by its letters is too often something else
])
def test_what_only_sounds_like_an_outcome(sentence: str) -> None:
    assert sentence_outcome(sentence) is None
