"""Style checks: each fires on a bad example, none fires on the composer's emails."""

from __future__ import annotations

import pytest

from promo_ai.compose import compose
from promo_ai.email import run_checks
from promo_ai.style import sentence_faults
from tests.helpers import make_case

BAD = {
    "style_hedges": ("request", "I just wanted to ask if you might consider me for Senior Business Analyst."),
    "grounded_tone": ("closing", "Thank you; I need an answer by Friday or I'll start looking elsewhere."),
    "style_labels": ("evidence", "Impact: cut onboarding from 10 days to 4."),
    "style_capitals": ("closing", "thank you for your support, and let me know what else the approval needs."),
    "style_request_once": ("closing", "Thank you. I'd like to be considered for promotion, so please consider me."),
}


@pytest.mark.parametrize("check_id", list(BAD))
def test_each_style_check_fires_on_a_bad_example(check_id: str) -> None:
    case = make_case()
    email = compose(case).email
    section, sentence = BAD[check_id]
    value = [sentence, *email.evidence] if section == "evidence" else sentence
    bad = email.model_copy(update={section: value})
    failed = {c.id: c.message for c in run_checks(bad, case) if not c.passed}
    assert check_id in failed
    assert check_id not in {c.id for c in run_checks(email, case) if not c.passed}


def test_quoted_praise_is_the_praisers_own_words_and_never_judged() -> None:
    case = make_case(accolades=[{"quote": "honestly, she is sorry to see us go.", "author": "Sam Ortiz"}])
    email = compose(case).email
    assert not [c for c in run_checks(email, case) if c.id.startswith("style_") and not c.passed]


@pytest.mark.parametrize(("sentence", "faults"), [
    ("I'm asking to be promoted to Charge Nurse.", []),
    ("We had just two falls all year, down from seven.", []),  # "just" meaning only
    ("iOS crash reports fell by half after the fix.", []),
    ("Sorry to bother you, but could we talk about Sous Chef?", ["hedge"]),
    ("Stakeholder management: led the vendor review across four teams.", ["label_style"]),
])
def test_sentences_people_write(sentence: str, faults: list[str]) -> None:
    assert sentence_faults(sentence) == faults


@pytest.mark.parametrize(("sentence", "faults"), [
    ("Unlike last year, the audit passed first time.", []),  # results compared, not people
    ("Unlike Sam, I actually deliver.", ["peer_comparison"]),
    ("Promote me by March or I'll look elsewhere.", ["ultimatum"]),
    ("The night team is hopeless at handovers.", ["insult"]),
])
def test_what_is_said_about_others_is_judged_as_a_claim(sentence: str, faults: list[str]) -> None:
    from promo_ai.grounding import tone

    assert tone.sentence_faults(sentence) == faults
