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
    assert emails["warm"].greeting in {"Hi Priya,", "Hello Priya,", "Dear Priya,"}
    assert emails["formal"].greeting == "Dear Priya,"  # the first name, in every tone
    assert emails["direct"].greeting in {"Hi Priya,", "Hello Priya,"}
    assert compose(make_case(tone="formal", salutation="Ms Shah")).email.greeting == "Dear Ms Shah,"
    assert len({e.opening for e in emails.values()}) == 3
    assert len({e.closing for e in emails.values()}) == 3


def test_evidence_carries_impact_and_duty_and_praise_is_quoted_exactly() -> None:
    email = compose(make_case()).email
    first = email.evidence[0]
    assert first == "In Q3 2026 I led the redesign of vendor onboarding, which cut onboarding from 10 days to 4."
    assert "own requirements for cross-team projects" in email.request  # the duty woven in, not a label
    assert not any(":" in item.split(" ", 3)[-1][:1] or item.startswith("Owns") for item in email.evidence)
    assert "“Jordan's analysis kept our launch on schedule.” — Sam Ortiz, VP of Sales" in email.praise


def test_the_draft_is_the_follow_up_to_the_talk_dated_once_it_has_happened() -> None:
    before = compose(make_case()).email.opening
    assert "Senior Business Analyst" in before and re.search(r"\b(talk|conversation|chat|discuss)", before)
    assert "ahead of" not in before.lower() and "1-on-1" not in before  # never a request to be sent before the talk
    opening = compose(make_case(meeting_date="2026-11-20", forward_to="Dana")).email.opening
    assert "on November 20" in opening and "Dana" in opening


def test_after_the_talk_next_steps_speak_to_the_manager_and_the_plan_is_mine() -> None:
    case = make_case(meeting_date="2026-12-03", outcome="pending", next_steps=[
        {"text": "She'll bring my case to the January calibration", "owner": "manager"},
        {"text": "send the write-up", "owner": "me", "by": "Friday"},
        {"text": "confirm the band", "owner": "other", "who": "HR"}],
        plan=[{"text": "Write up the design doc for the retry service", "by": "January"}])
    email = compose(case).email
    assert "you'll bring my case to the January calibration" in email.closing.replace("you'll she'll", "")
    assert "I'll send the write-up by Friday" in email.closing and "HR will confirm the band" in email.closing
    assert "Before then, I'll write up the design doc for the retry service by January." in email.closing
    assert not any("design doc" in item for item in email.evidence)  # a condition is a plan, never evidence
    assert all(c.passed for c in run_checks(email, case)), [c.message for c in run_checks(email, case) if not c.passed]


@pytest.mark.parametrize("tone", ["warm", "formal", "direct"])
@pytest.mark.parametrize("outcome", ["pending", "not_yet", "no", "promoted"])
def test_each_outcome_has_its_email_and_it_passes_every_check(outcome: str, tone: str) -> None:
    case = make_case(meeting_date="2026-12-03", outcome=outcome, tone=tone, follow_up_on="2027-04-01",
                     plan=[{"text": "Run two more quarterly audits", "by": "March"}], next_target="Principal Analyst")
    email = compose(case).email
    failures = [c.message for c in run_checks(email, case) if not c.passed]
    assert not failures, failures
    text = email.all_text()
    if outcome == "not_yet":
        assert "criteria" in email.request and "Run two more quarterly audits by March." in email.evidence
        assert "in April" in text
    if outcome == "no":
        assert "what would need to change" in text and len(text.split()) < 120
    if outcome == "promoted":
        assert "thank" in email.subject.lower() and "considered for promotion" not in text
        assert "Principal Analyst" in email.closing


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
    assert email.greeting.endswith(" Aoife,")
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
    assert email.evidence[0] == "I tidied the shared drive."


@pytest.mark.parametrize("name", ["Maria Santos", "Jo Bloggs", "Ana Lima", "Kofi Mensah", "Li Wei", "Sara Cohen"])
@pytest.mark.parametrize("tone", ["warm", "formal", "direct"])
def test_a_closing_that_states_the_agreed_steps_names_a_next_step(name: str, tone: str) -> None:
    case = make_case(name=name, tone=tone, meeting_date="2026-11-26", outcome="pending", next_steps=[
        {"text": "put me forward at the Dec panel", "owner": "manager"},
        {"text": "come back to me", "owner": "manager", "by": "Dec 11"}])
    email = compose(case).email
    assert "you'll put me forward at the Dec panel" in email.closing
    assert [c.message for c in run_checks(email, case) if not c.passed] == []


def test_three_agreed_steps_read_as_one_sentence_a_person_would_write() -> None:
    from promo_ai.prompts import and_list

    assert and_list(["you'll take it to the panel"]) == "you'll take it to the panel"
    assert and_list(["you'll take it to the panel", "I'll send the deck"]) == (
        "you'll take it to the panel, and I'll send the deck")
    assert and_list(["you'll take it to the panel", "I'll send the deck", "HR will confirm the band"]) == (
        "you'll take it to the panel; I'll send the deck; and HR will confirm the band")


@pytest.mark.parametrize("tone", ["warm", "formal", "direct"])
def test_a_no_keeps_what_the_manager_offered(tone: str) -> None:
    case = make_case(meeting_date="2026-12-03", outcome="no", tone=tone,
                     next_steps=[{"text": "do a mock interview with me before the next one comes up",
                                  "owner": "manager"}])
    email = compose(case).email
    assert "you'll do a mock interview with me before the next one comes up" in email.closing
    assert not [c.message for c in run_checks(email, case) if not c.passed]
    assert len(email.all_text().split()) < 140


def test_a_plan_that_says_when_is_not_also_before_then() -> None:
    case = make_case(meeting_date="2026-11-19", outcome="pending",
                     next_steps=[{"text": "send my name to Priya", "owner": "manager", "by": "18 Dec"}],
                     plan=[{"text": "do the ILS refresher + the rota training before the panel"}])
    email = compose(case).email
    assert "I'll do the ILS refresher and the rota training before the panel." in email.closing
    assert "Before then" not in email.closing


@pytest.mark.parametrize(("team", "said"), [("Ward 7, Cardiology", "in Ward 7, Cardiology at"),
                                            ("Cardiology", "on the Cardiology team at")])
def test_the_team_is_said_as_people_say_it(team: str, said: str) -> None:
    """Seen in the page: "a Staff Nurse on the Ward 7, Cardiology team" read oddly to the director."""
    body = compose(make_case(team=team, company="St Mary's Hospital")).email.all_text()
    assert said in body, body
