from __future__ import annotations

import re

import pytest

from promo_ai.case import TONES, Case, load_case
from promo_ai.compose import compose
from promo_ai.email import MAX_WORDS, run_checks
from tests.conftest import EXAMPLES
from tests.helpers import case_data, make_case

SAMPLES = sorted(p for p in EXAMPLES.iterdir() if p.suffix in {".yaml", ".yml", ".json"})


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
@pytest.mark.parametrize("tone", TONES)
def test_every_sample_in_every_tone_passes_every_check(path, tone) -> None:  # type: ignore[no-untyped-def]
    case = load_case(path).model_copy(update={"tone": tone})
    email = compose(case).email
    failures = [c.message for c in run_checks(email, case) if not c.passed]
    assert failures == []


def test_composing_is_deterministic() -> None:
    case = make_case()
    assert compose(case) == compose(case)


def test_tone_changes_the_wording() -> None:
    emails = {tone: compose(make_case(tone=tone)).email for tone in TONES}
    assert emails["warm"].greeting == "Hi Priya,"
    assert emails["formal"].greeting == "Dear Priya Shah,"
    assert emails["direct"].greeting == "Priya,"
    assert len({e.opening for e in emails.values()}) == 3
    assert len({e.closing for e in emails.values()}) == 3


def test_evidence_carries_impact_and_duty_and_praise_is_quoted_exactly() -> None:
    email = compose(make_case()).email
    first = email.evidence[0]
    assert "Owns requirements for cross-team projects" in first
    assert "cut onboarding from 10 days to 4" in first
    assert "Q3 2026" in first
    assert "“Jordan's analysis kept our launch on schedule.” — Sam Ortiz, VP of Sales" in email.praise


def test_without_a_meeting_it_asks_for_one_and_with_one_it_refers_to_it() -> None:
    assert "1-on-1" in compose(make_case()).email.opening
    opening = compose(make_case(meeting_date="2026-11-20")).email.opening
    assert "November 20" in opening
    assert "talking with me" in opening


def test_next_steps_agreed_appear_in_the_closing() -> None:
    closing = compose(make_case(next_steps=["Priya raises it at the December calibration"])).email.closing
    assert "December calibration" in closing


def test_a_long_case_still_fits_and_says_what_was_left_out() -> None:
    many = [{"summary": f"Shipped improvement number {i} to the payments dashboard for the finance team",
             "impact": f"Saved {i} hours a month for the finance team and reduced manual reconciliation"}
            for i in range(1, 13)]
    many[7]["duty"] = "Owns requirements for cross-team projects"
    praise = [{"quote": f"Working with Jordan on project {i} was excellent and the results speak for "
                        "themselves across the whole team.", "author": f"Colleague {chr(65 + i)} Person",
               "role": "Engineer"} for i in range(6)]
    case = Case.model_validate(case_data(accomplishments=many, accolades=praise))
    result = compose(case)
    assert result.email.body_word_count() <= MAX_WORDS
    assert [c.message for c in run_checks(result.email, case) if not c.passed] == []
    # The one accomplishment that shows a target duty is chosen even though it is not first.
    assert any("improvement number 8" in e for e in result.email.evidence)
    shown = len(result.email.evidence) + len(result.email.praise)
    assert len(result.left_out) == 12 + 6 - shown > 0
    assert any(item.startswith("Accomplishment:") for item in result.left_out)


def test_names_and_titles_with_non_ascii_letters() -> None:
    case = make_case(name="Zoë Ødegård", manager={"name": "Aoife Ní Bhriain"}, team="Cardiac Step-Down Unit")
    email = compose(case).email
    assert email.greeting == "Hi Aoife,"
    assert "Zoë Ødegård" in email.signature
    assert "in the Cardiac Step-Down Unit" in email.context
    assert [c.message for c in run_checks(email, case) if not c.passed] == []


def test_it_reads_like_prose_not_a_form() -> None:
    email = compose(make_case()).email
    text = email.all_text()
    assert not re.search(r"\s[,.]", text)  # no gaps where an empty field was
    assert "None" not in text
    for sentence_section in (email.opening, email.request, email.context, email.closing):
        assert sentence_section[0].isupper() and sentence_section.rstrip()[-1] in ".?!:"


def test_the_first_accomplishment_is_always_in_and_leads() -> None:
    weak_first = [{"summary": "Tidied the shared drive"}] + [
        {"summary": f"Shipped project {i} for the payments team", "impact": f"Saved {i} hours a week",
         "duty": "Owns requirements for cross-team projects"} for i in range(2, 12)]
    email = compose(make_case(accomplishments=weak_first)).email
    assert email.evidence[0].startswith("Tidied the shared drive")
