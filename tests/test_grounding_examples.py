"""No false positives: what the composer writes from every example case (every tone, outcome and length),
the talking points, the one-page brief, sentences a person writes and lines from real meeting notes all
pass the grounding checks. (The red-team suite proves the other side: tests/test_redteam_payloads.py.)"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from promo_ai.brief import brief_findings, build_brief
from promo_ai.case import LENGTHS, OUTCOMES, TONES, Case, load_case
from promo_ai.compose import compose
from promo_ai.email import run_checks
from promo_ai.grounding import find_ungrounded
from promo_ai.grounding.normal import prepare
from promo_ai.grounding.source import Source
from promo_ai.grounding.tone import check as tone_check
from promo_ai.talk import prepare_talk
from tests.conftest import EXAMPLES, ROOT
from tests.helpers import make_case
from tests.test_compose_fuzz import cases

SAMPLES = sorted(p for p in EXAMPLES.iterdir() if p.suffix in {".yaml", ".yml", ".json"})
AFTER_THE_TALK: dict[str, Any] = {
    "follow_up_on": "2027-03-12", "forward_to": "Dana",
    "plan": [{"text": "Write up the design doc for the team", "by": "January"}],
    "next_steps": [{"text": "bring my case to the January calibration", "owner": "manager"},
                   {"text": "send the write-up", "owner": "me", "by": "Friday"},
                   {"text": "confirm the band", "owner": "other", "who": "HR"}],
}


def variants(path: Path) -> list[Case]:
    base = load_case(path)
    day = (base.meeting_date or dt.date(2026, 12, 3)).isoformat()
    found = []
    for outcome in (None, *OUTCOMES):
        extra: list[dict[str, Any]] = [{}] if outcome is None else [
            {"outcome": outcome, "meeting_date": day, "follow_up_on": "2027-04-01"},
            {"outcome": outcome, "meeting_date": day, "next_target": "Principal " + base.target_title.split()[-1],
             **AFTER_THE_TALK}]
        for more in extra:
            for tone in TONES:
                for length in LENGTHS:
                    found.append(Case.model_validate({**base.to_data(), **more, "tone": tone, "length": length}))
    return found


def grounding_failures(case: Case) -> list[str]:
    email = compose(case).email
    return [c.message for c in run_checks(email, case, case.notes) if c.id.startswith("grounded_") and not c.passed]


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_every_example_in_every_tone_outcome_and_length_is_grounded(path: Path) -> None:
    failures = {f"{c.outcome}/{c.tone}/{c.length}": f for c in variants(path) if (f := grounding_failures(c))}
    assert failures == {}


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_the_talk_and_the_brief_are_grounded(path: Path) -> None:
    for case in variants(path)[::4]:
        prep = prepare_talk(case)
        texts = [("talking points", p.text) for p in prep.talking_points]
        texts += [("talking points", d) for p in prep.talking_points for d in p.details]
        texts.append(("meeting request", prep.meeting_request_body))
        assert [f.message for f in find_ungrounded(texts, case)] == []
        assert [f.message for f in brief_findings(build_brief(case), case, case.notes)] == []


@settings(max_examples=int(os.environ.get("PROMO_AI_FUZZ_EXAMPLES", "60")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_generated_cases_in_every_outcome_and_length_are_grounded(data: st.DataObject) -> None:
    case = data.draw(cases())
    outcome = data.draw(st.sampled_from((None, *OUTCOMES)))
    more: dict[str, Any] = {"length": data.draw(st.sampled_from(LENGTHS))}
    if outcome:
        more |= {"outcome": outcome, "meeting_date": (case.meeting_date or dt.date(2026, 12, 3)).isoformat(),
                 **data.draw(st.sampled_from([{}, AFTER_THE_TALK]))}
    assert grounding_failures(Case.model_validate({**case.to_data(), **more})) == []


def _style_sentences() -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for name in ("email-style.yaml", "email-style-heldout.yaml"):
        path = ROOT / "bench" / name
        if path.is_file():
            found += yaml.safe_load(path.read_text(encoding="utf-8"))
    return found


def test_sentences_people_write_are_not_mistaken_for_insults_threats_or_remarks() -> None:
    # Labelled sentences (bench/), written blind to this code: a sentence with no such fault raises no tone finding.
    source = Source(make_case())
    sentences = [s for s in _style_sentences() if not {"insult", "peer_comparison", "ultimatum"} & set(s["faults"])]
    flagged = {s["id"]: [c for _, c, _ in tone_check(prepare(s["sentence"]), source)] for s in sentences}
    assert {k: v for k, v in flagged.items() if v} == {}


def test_insults_threats_and_remarks_in_the_labelled_sentences_are_caught() -> None:
    source = Source(make_case())
    faulty = [s for s in _style_sentences() if {"insult", "peer_comparison", "ultimatum"} & set(s["faults"])]
    caught = [s for s in faulty if list(tone_check(prepare(s["sentence"]), source))]
    assert len(caught) >= 0.9 * len(faulty)


def test_lines_of_real_notes_are_grounded_by_the_notes_unless_they_instruct() -> None:
    # A recap quotes the person's notes: what the notes say is theirs to send; a line addressed to an AI is not.
    path = ROOT / "bench" / "notes.yaml"
    if not path.is_file():
        pytest.skip("no labelled notes")
    for item in yaml.safe_load(path.read_text(encoding="utf-8")):
        spec = item["case"]
        case = Case.model_validate({
            "name": spec["name"], "current_title": spec["current_title"], "target_title": spec["target_title"],
            "manager": {"name": spec["manager"]}, "accomplishments": spec["accomplishments"]})
        for line in filter(str.strip, item["notes"].splitlines()):
            kinds = {f.kind for f in find_ungrounded([("opening", line)], case, item["notes"])}
            assert "instructions" in kinds or not kinds, (item["id"], line, kinds)
