"""The reader's two trained classifiers (promo_ai/notes/learned.py), as a person meets them: an outcome the
rules have no phrase for is still proposed, with a note to check it; a line that reads as private is
offered but not accepted by default, on the page, by `--accept-all`, and so never reaches the email."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.case import Case
from promo_ai.changes import accept_all
from promo_ai.notes import read_notes
from promo_ai.notes.learned import WEIGHTS, TextModel, _models
from tests.helpers import make_case

TODAY = dt.date(2026, 12, 3)
GOSSIP = "Jess told me she is on band 6 already, so I'll ask Priya about my banding by Friday"


@pytest.fixture(scope="module")
def case() -> Case:
    return make_case()


def test_an_outcome_the_rules_have_no_phrase_for_is_proposed_with_a_note_to_check(case: Case) -> None:
    result = read_notes("Priya says the panel loved it and I start as Senior BA in March, new contract to follow",
                        case, today=TODAY)  # no rule has a phrase for it; the model reads it at about 0.86
    (outcome,) = [c for c in result.changes if c.kind == "outcome"]
    assert outcome.text == "promoted" and outcome.note and "check it" in outcome.note


def test_notes_that_are_not_about_the_role_are_never_read_as_a_promotion(case: Case) -> None:
    result = read_notes("🎉 the new dashboards went live!! demo to the client on Friday", case, today=TODAY)
    assert [c for c in result.changes if c.kind == "outcome"] == []


def test_a_line_that_reads_as_private_is_offered_but_not_accepted_by_default(case: Case) -> None:
    notes = f"1:1 with Priya today. She'll take my case to the director on Friday.\n{GOSSIP}"
    changes = read_notes(notes, case, today=TODAY).changes
    held = [c for c in changes if c.unsure]
    assert [c.kind for c in held] == ["next"] and "banding" in held[0].text  # still offered, to tick by hand
    assert held[0] not in accept_all(changes)
    assert any(c.kind == "next" and "director" in c.text for c in accept_all(changes))


def test_the_weights_read_as_probabilities(case: Case) -> None:
    models = _models(WEIGHTS)
    for model, text in ((models["outcome"], "she'll put me forward in March"), (models["private"], GOSSIP)):
        probabilities = model.probabilities(text)
        assert abs(sum(probabilities.values()) - 1) < 1e-9 and all(0 <= p <= 1 for p in probabilities.values())
    assert set(models["outcome"].classes) == {"promoted", "pending", "not_yet", "no", "none"}


def test_a_word_of_two_letters_or_less_still_counts_in_its_letter_runs() -> None:
    model = TextModel({"classes": ["0", "1"], "intercept": [0.0], "parts": [
        {"analyzer": "char_wb", "ngram_range": [3, 5], "idf": {" ok ": 1.0}, "weights": {" ok ": [5.0]}}]})
    assert model.probabilities("ok")["1"] > 0.99 and model.probabilities("fine")["1"] == 0.5
