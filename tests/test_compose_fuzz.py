"""Cases a person might write, generated: the composer's email must always pass every check."""

from __future__ import annotations

import datetime as dt
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from promo_ai.case import LENGTHS, TONES, Case
from promo_ai.compose import compose
from promo_ai.email import run_checks

WORDS = ["led", "built", "the", "launch", "of", "new", "billing", "system", "for", "clients", "reduced", "costs",
         "by", "hours", "week", "team", "process", "audit", "quarterly", "review", "patients", "students",
         "menu", "sales", "Q4", "EMEA", "data", "pipeline", "café", "Zürich", "customers", "onboarding"]
NAMES = ["Ana", "Jordan", "Zoë", "Mei", "Olu", "Björn", "Priya", "Sam", "Lee", "Ødegård", "Ní Bhriain",
         "O'Brien", "Nguyen", "García-López"]
TITLES = ["Analyst", "Engineer", "Nurse", "Teacher", "Chef", "Designer", "Accountant", "Paralegal", "Technician"]

phrase = st.lists(st.sampled_from(WORDS), min_size=2, max_size=14).map(lambda w: " ".join(w).capitalize())
figure = st.integers(min_value=2, max_value=5000).map(str)
impact = st.one_of(st.none(), st.tuples(phrase, figure).map(lambda t: f"{t[0]} to {t[1]}%"), phrase)
name = st.tuples(st.sampled_from(NAMES), st.sampled_from(NAMES)).map(" ".join)
title = st.sampled_from(TITLES)


@st.composite
def cases(draw: st.DrawFn) -> Case:
    current = draw(title)
    duties = draw(st.lists(phrase, max_size=3, unique=True))
    accomplishments = []
    for _ in range(draw(st.integers(1, 14))):
        accomplishments.append({
            "summary": draw(phrase), "impact": draw(impact),
            "duty": draw(st.one_of(st.none(), st.sampled_from(duties))) if duties else None,
            "when": draw(st.one_of(st.none(), st.sampled_from(["Q3 2026", "last spring", "2025"]))),
        })
    accolades = [{"quote": draw(phrase) + ".", "author": draw(name),
                  "role": draw(st.one_of(st.none(), title))} for _ in range(draw(st.integers(0, 7)))]
    return Case.model_validate({
        "name": draw(name), "current_title": current, "target_title": "Senior " + current,
        "team": draw(st.one_of(st.none(), st.sampled_from(["Finance", "Ward 7", "Growth Unit", "Kitchen team"]))),
        "company": draw(st.one_of(st.none(), st.just("Acme"))),
        "manager": {"name": draw(name)},
        "meeting_date": draw(st.one_of(st.none(), st.dates(dt.date(2025, 1, 1), dt.date(2027, 12, 31)))),
        "target_duties": duties, "accomplishments": accomplishments, "accolades": accolades,
        "tone": draw(st.sampled_from(TONES)),
        "length": draw(st.sampled_from(LENGTHS)),
        "in_role_since": draw(st.one_of(st.none(), st.sampled_from(["2019", "March 2022"]))),
        "forward_to": draw(st.one_of(st.none(), name)),
    })


@settings(max_examples=int(os.environ.get("PROMO_AI_FUZZ_EXAMPLES", "80")),
          deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_composed_email_always_passes_every_check(case: Case) -> None:
    email = compose(case).email
    assert [c.message for c in run_checks(email, case) if not c.passed] == []


def test_a_sentence_about_a_system_is_not_an_instruction() -> None:
    """Found by the fuzz: 'The system, which ...' is the person's own sentence, not 'SYSTEM: ...'."""
    case = Case.model_validate({"name": "Ana Ana", "current_title": "Analyst", "target_title": "Senior Analyst",
                                "manager": {"name": "Ana Ana"},
                                "accomplishments": [{"summary": "The system", "impact": "Led led to 2%"}]})
    email = compose(case).email
    assert [c.message for c in run_checks(email, case) if not c.passed] == []
