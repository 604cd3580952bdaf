"""The fault matrix for every path that asks a model: refine (plain and streamed), revise (the offline
revision, refined), the extraction of changes from meeting notes and the polish of the talking points,
against a scripted server that answers 429 or 5xx, never answers, drips its answer one byte every half
second, streams for ever, cuts its answer short or sends 10 MB. Every run ends within its deadline plus
2 s and keeps what it had: the last valid version, the offline revision, the offline proposals, the
offline talking points.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest

from promo_ai.case import Case
from promo_ai.draft import Draft
from promo_ai.notes import extract_changes, parse_markers
from promo_ai.refine import refine
from promo_ai.revision import revise
from promo_ai.settings import Settings
from promo_ai.talk import polish_talk, prepare_talk
from promo_ai.workflow import offline_draft
from tests import scripted_server as scripted
from tests.helpers import make_case
from tests.scripted_server import DUMMY_KEY, Reply, ScriptedServer, answer, error, hang, huge

scripted_server = scripted.scripted_server  # the fixture

DEADLINE = 2.0
GRACE = 2.0  # what the issue allows past the deadline
SETTINGS = Settings(deadline=DEADLINE, timeout=1.5, local_first_answer=1.0, stall=1.0, max_retries=2,
                    max_reasks=1, backoff=0.05, max_tokens=600, api_key=DUMMY_KEY)
NOTES = """\
Good 1-on-1 with Priya today, she is supportive.
- Title: Lead Business Analyst
next: Priya sends my case to the director by Friday
"""
SOME_JSON = '{"subject": "Promotion to Senior Business Analyst", "greeting": "Hi Priya,", "opening": "I'

FAULTS: dict[str, Callable[[], Reply]] = {
    "429": lambda: error(429, "slow down", retry_after=0.1),
    "5xx": lambda: error(503, "overloaded"),
    "timeout": hang,
    "byte drip": lambda: answer(SOME_JSON + '"}', drip=0.5),
    "endless stream": lambda: answer(SOME_JSON, endless=True, chunk_delay=0.01),
    "truncated": lambda: answer(SOME_JSON + ' would like to talk about', truncate_at=60),
    "10 MB answer": lambda: huge(10, chunk_size=65_536),
}


@pytest.fixture(scope="module")
def case() -> Case:
    return make_case()


@pytest.fixture(scope="module")
def first(case: Case) -> Draft:
    drafted = offline_draft(case, with_guidance=False)
    assert drafted.passed
    return drafted


def timed(run: Callable[[], Any]) -> tuple[Any, float]:
    began = time.monotonic()
    result = run()
    return result, time.monotonic() - began


def within_deadline(elapsed: float) -> None:
    assert elapsed <= DEADLINE + GRACE, f"ended after {elapsed:.1f} s, past {DEADLINE} s + {GRACE} s"


@pytest.mark.parametrize("streamed", [False, True], ids=["plain", "streamed"])
@pytest.mark.parametrize("fault", list(FAULTS))
def test_refine_keeps_the_last_valid_version(scripted_server: ScriptedServer, first: Draft, fault: str,
                                             streamed: bool) -> None:
    scripted_server.script(then=FAULTS[fault]())
    partials: list[Any] = []
    refined, elapsed = timed(lambda: refine(
        first, model=scripted_server.model, api_base=scripted_server.api_base, settings=SETTINGS,
        on_partial=partials.append if streamed else None))

    within_deadline(elapsed)
    assert refined.email == first.email and refined.passed
    assert refined.reason is not None and "The last valid version is kept." in refined.reason


@pytest.mark.parametrize("fault", list(FAULTS))
def test_revise_keeps_the_offline_revision(scripted_server: ScriptedServer, first: Draft, fault: str) -> None:
    accepted = parse_markers(NOTES, first.case).changes
    offline = revise(first, NOTES, accepted).draft
    scripted_server.script(then=FAULTS[fault]())
    revision, elapsed = timed(lambda: revise(first, NOTES, accepted, model=scripted_server.model,
                                             api_base=scripted_server.api_base, settings=SETTINGS))

    within_deadline(elapsed)
    assert revision.draft.email == offline.email and revision.draft.passed
    assert revision.draft.reason is not None and "The last valid version is kept." in revision.draft.reason


@pytest.mark.parametrize("fault", list(FAULTS))
def test_extraction_falls_back_to_the_offline_proposals(scripted_server: ScriptedServer, case: Case,
                                                        fault: str) -> None:
    scripted_server.script(then=FAULTS[fault]())
    result, elapsed = timed(lambda: extract_changes(NOTES, case, model=scripted_server.model,
                                                    api_base=scripted_server.api_base, settings=SETTINGS))

    within_deadline(elapsed)
    offline = parse_markers(NOTES, case)
    assert [c.text for c in result.changes] == [c.text for c in offline.changes]
    assert result.reason is not None and result.reason.startswith("The model could not list the changes")


@pytest.mark.parametrize("fault", list(FAULTS))
def test_talk_polish_keeps_the_offline_points(scripted_server: ScriptedServer, case: Case, fault: str) -> None:
    scripted_server.script(then=FAULTS[fault]())
    offline = prepare_talk(case)
    (polished, reason), elapsed = timed(lambda: polish_talk(offline, case, model=scripted_server.model,
                                                            api_base=scripted_server.api_base, settings=SETTINGS))

    within_deadline(elapsed)
    assert polished == offline
    assert reason is not None and reason.endswith("The talking points below are the offline ones.")


def test_a_drip_is_cut_while_bytes_still_arrive(scripted_server: ScriptedServer, first: Draft) -> None:
    """Each byte comes well within any read timeout; only a limit on the whole call can end it."""
    scripted_server.script(then=answer(SOME_JSON + '"}', drip=0.2))
    settings = SETTINGS.model_copy(update={"deadline": 30.0, "timeout": 1.0, "local_first_answer": 0.5})
    refined, elapsed = timed(lambda: refine(first, model=scripted_server.model, api_base=scripted_server.api_base,
                                            settings=settings))

    assert elapsed <= 1.5 + GRACE  # the call's own limit: 0.5 s to start answering and 1 s to write
    assert refined.reason is not None and refined.reason.startswith("The model did not answer within 1.5 s.")


def test_an_endless_stream_stops_at_the_deadline(scripted_server: ScriptedServer, first: Draft) -> None:
    scripted_server.script(then=answer(SOME_JSON, endless=True, chunk_delay=0.05))
    settings = SETTINGS.model_copy(update={"deadline": 1.5, "timeout": 30.0, "local_first_answer": 30.0})
    refined, elapsed = timed(lambda: refine(first, model=scripted_server.model, api_base=scripted_server.api_base,
                                            settings=settings, on_partial=lambda _: None))

    within_deadline(elapsed)
    assert refined.reason is not None and refined.reason.startswith("The model did not finish within the 1.5 s")


def test_a_10_mb_answer_is_cut_at_the_token_limit(scripted_server: ScriptedServer, first: Draft) -> None:
    scripted_server.script(then=huge(10, chunk_size=65_536))
    refined = refine(first, model=scripted_server.model, api_base=scripted_server.api_base, settings=SETTINGS,
                     on_partial=lambda _: None)

    assert refined.reason is not None and refined.reason.startswith(
        "The model's answer was cut off at the 600-token limit.")
    assert len(scripted_server.requests) == 1  # not asked again for more of the same
