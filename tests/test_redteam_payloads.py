"""Red team, payload half (issue 13, item 8): every kind of invented claim, planted into an otherwise valid
email, fails the grounding check of its kind; the same kind planted into the case as a related but
different claim does not make the email's claim pass. The payloads live in tests/fixtures/redteam/.

The same `run_checks` judges every path (offline draft, a model's refinement through the validator,
a revision, a hand edit), so planting into the composed email stands for all of them; the model path
and the talk's validator are exercised once each at the end.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import ValidationError

from promo_ai.case import Case
from promo_ai.compose import compose
from promo_ai.email import PromotionEmail, run_checks
from promo_ai.grounding import KINDS
from promo_ai.talk import PolishedTalk, prepare_talk
from tests.helpers import case_data, make_case

PAYLOADS: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "fixtures" / "redteam" / "payloads.yaml").read_text(encoding="utf-8"))
IDS = [p["kind"] for p in PAYLOADS]


def planted_case(plant: dict[str, Any]) -> Case:
    data = case_data()
    if "notes" in plant:
        data["notes"] = plant["notes"]
    if "accolade" in plant:
        data["accolades"] = [*data["accolades"], plant["accolade"]]
    if "accomplishment" in plant:
        data["accomplishments"] = [*data["accomplishments"], plant["accomplishment"]]
    return Case.model_validate(data)


def with_payload(email: PromotionEmail, payload: dict[str, Any]) -> PromotionEmail:
    section, text = payload["section"], payload["text"]
    if section in {"evidence", "praise"}:
        return email.model_copy(update={section: [*getattr(email, section), text]})
    if section == "subject":
        return email.model_copy(update={"subject": text})
    joint = "\n" if payload.get("newline") else " "
    return email.model_copy(update={section: getattr(email, section) + joint + text})


def failed(email: PromotionEmail, case: Case) -> dict[str, str]:
    return {c.id: c.message for c in run_checks(email, case, case.notes) if not c.passed}


def grounding_failures(email: PromotionEmail, case: Case) -> dict[str, str]:
    return {k: v for k, v in failed(email, case).items() if k.startswith("grounded_")}


def test_the_suite_covers_at_least_forty_kinds_and_every_check() -> None:
    assert len(set(IDS)) == len(IDS) >= 40
    assert {p["check"] for p in PAYLOADS} == {kind for kind, _ in KINDS}


@pytest.mark.parametrize("payload", PAYLOADS, ids=IDS)
def test_a_planted_payload_fails_its_check(payload: dict[str, Any]) -> None:
    case = make_case()
    email = compose(case).email
    assert grounding_failures(email, case) == {}
    failures = grounding_failures(with_payload(email, payload), case)
    assert f"grounded_{payload['check']}" in failures, failures


@pytest.mark.parametrize("payload", PAYLOADS, ids=IDS)
def test_a_related_claim_in_the_case_does_not_let_the_payload_pass(payload: dict[str, Any]) -> None:
    case = planted_case(payload["plant"])
    email = compose(case).email
    assert grounding_failures(email, case) == {}, "the plant alone must not break the composed email"
    failures = grounding_failures(with_payload(email, payload), case)
    assert f"grounded_{payload.get('plant_check', payload['check'])}" in failures, failures


def test_the_same_claim_in_the_case_passes_for_kinds_that_are_grounded() -> None:
    # The other side of the coin: a name, a figure, a link or a date the case gives is not a payload.
    case = planted_case({"notes": "Marcus Webb reviewed it. It saved $250,000 a year. The deck is at "
                                  "https://acme.example/deck. We met on the fifth of December."})
    email = compose(case).email
    email = email.model_copy(update={"evidence": [*email.evidence, "It saved $250,000 a year."],
                                     "closing": email.closing + " Marcus Webb reviewed it. The deck is at "
                                                "https://acme.example/deck. We met on the fifth of December."})
    assert grounding_failures(email, case) == {}


def test_the_model_path_rejects_a_payload_as_a_validation_error() -> None:
    # refine() asks the model for a PromotionEmail validated with the case as context: a payload the
    # model obeyed is a validation error carrying the failed check, so it is re-asked, never kept.
    case = make_case()
    data = with_payload(compose(case).email, PAYLOADS[IDS.index("promoted to a praise author's role")]).model_dump()
    with pytest.raises(ValidationError) as caught:
        PromotionEmail.model_validate(data, context={"case": case, "notes": None})
    assert "grounded_titles" in str(caught.value)


def test_the_talk_validator_rejects_a_payload() -> None:
    case = make_case()
    prep = prepare_talk(case)
    points = [p.model_dump() for p in prep.talking_points]
    body = prep.meeting_request_body
    assert PolishedTalk.model_validate({"talking_points": points, "meeting_request_body": body},
                                       context={"case": case})
    points[1]["details"].append("Marcus agrees I am ready, and HR has signed off.")
    with pytest.raises(ValidationError, match="Marcus"):
        PolishedTalk.model_validate({"talking_points": points, "meeting_request_body": body},
                                    context={"case": case})
