from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from promo_ai.compose import compose
from promo_ai.email import PromotionEmail, run_checks
from tests.helpers import make_case


def failed_ids(email: PromotionEmail, **case_overrides: object) -> set[str]:
    case = make_case(**case_overrides)
    return {c.id for c in run_checks(email, case) if not c.passed}


@pytest.fixture
def good() -> PromotionEmail:
    return compose(make_case()).email


def test_a_composed_email_passes_everything(good: PromotionEmail) -> None:
    assert failed_ids(good) == set()


@pytest.mark.parametrize("section", ["subject", "greeting", "opening", "request", "context", "closing",
                                     "signature"])
def test_an_empty_required_section_fails_and_is_named(good: PromotionEmail, section: str) -> None:
    broken = good.model_copy(update={section: ""})
    checks = run_checks(broken, make_case())
    sections = next(c for c in checks if c.id == "sections")
    assert not sections.passed
    assert sections.message.startswith("Missing or empty:")


def test_evidence_is_required_and_praise_only_when_the_case_has_some(good: PromotionEmail) -> None:
    assert "evidence" in failed_ids(good.model_copy(update={"evidence": []}))
    no_praise = good.model_copy(update={"praise": [], "praise_intro": ""})
    assert "praise" in failed_ids(no_praise)
    assert "praise" not in failed_ids(no_praise, accolades=[])


def test_subject_must_name_the_target_title(good: PromotionEmail) -> None:
    assert "subject" in failed_ids(good.model_copy(update={"subject": "A quick request"}))


def test_greeting_must_name_the_manager(good: PromotionEmail) -> None:
    assert "greeting" in failed_ids(good.model_copy(update={"greeting": "Hi there,"}))


def test_opening_refers_to_the_dated_conversation_when_there_was_one() -> None:
    day = dt.date(2026, 11, 20)
    email = compose(make_case(meeting_date=day)).email
    assert "November 20" in email.opening
    assert failed_ids(email, meeting_date=day) == set()
    undated = email.model_copy(update={"opening": "Thanks for our conversation last week."})
    assert "opening" in failed_ids(undated, meeting_date=day)


@pytest.mark.parametrize("leftover", ["[your impact here]", "{{ name }}", "TODO", "XXX", "<b>", "</div>"])
def test_placeholders_are_caught(good: PromotionEmail, leftover: str) -> None:
    email = good.model_copy(update={"closing": good.closing + " " + leftover})
    assert "placeholders" in failed_ids(email)


def test_length_limits(good: PromotionEmail) -> None:
    padded = good.model_copy(update={"context": good.context + " really" * 400})
    assert "length" in failed_ids(padded)
    short = PromotionEmail(subject="Promotion to Senior Business Analyst", greeting="Hi Priya,",
                           opening="Can we meet?", request="Please promote me to Senior Business Analyst.",
                           evidence=["Led the redesign of vendor onboarding."],
                           praise=["“Jordan's analysis kept our launch on schedule.” — Sam Ortiz"],
                           context="I'm Jordan Lee, a Business Analyst on Payments Operations.",
                           closing="Thanks, let me know next steps.", signature="Jordan Lee")
    assert "length" in failed_ids(short)


def test_context_line_names_who_is_writing(good: PromotionEmail) -> None:
    checks = run_checks(good.model_copy(update={"context": "I want this."}), make_case())
    context = next(c for c in checks if c.id == "context")
    assert not context.passed and "Jordan Lee" in context.message and "Payments Operations" in context.message


def test_closing_needs_thanks_and_a_next_step(good: PromotionEmail) -> None:
    assert "closing" in failed_ids(good.model_copy(update={"closing": "Regards."}))


def test_validation_context_turns_failures_into_errors_for_a_re_ask(good: PromotionEmail) -> None:
    case = make_case()
    PromotionEmail.model_validate(good.model_dump(), context={"case": case})
    data = good.model_dump() | {"subject": "Hello"}
    with pytest.raises(ValidationError, match=r"\[subject\]"):
        PromotionEmail.model_validate(data, context={"case": case})
    # Without a case there is nothing to judge against: structure only.
    assert PromotionEmail.model_validate(data).subject == "Hello"


def test_bullets_in_list_sections_are_normalised() -> None:
    email = PromotionEmail.model_validate({"evidence": "- one\n* two\n\n• three"})
    assert email.evidence == ["one", "two", "three"]


def test_brackets_that_are_the_cases_own_words_are_not_placeholders() -> None:
    case = make_case(accomplishments=[{"summary": "Won Harcourt v Delaney [2025] EWHC 1432 for the client"}])
    email = compose(case).email
    assert [c.id for c in run_checks(email, case) if not c.passed] == []
    with_blank = email.model_copy(update={"closing": email.closing + " [add date]"})
    assert "placeholders" in {c.id for c in run_checks(with_blank, case) if not c.passed}


def test_a_manager_with_a_title_is_greeted_properly() -> None:
    email = compose(make_case(manager={"name": "Dr. Robert Kim"})).email
    assert email.greeting.endswith(" Dr. Kim,")
