"""The fault matrix for refining a draft, plain and streamed, against a scripted server that answers 429 or
5xx, never answers, drips its answer one byte every half second, streams for ever, cuts its answer short or
sends 10 MB. Every run ends within its deadline plus 2 s and keeps the last valid version. (The other paths
that ask a model are in test_faults_steps.py; the two files run side by side.)
"""

from __future__ import annotations

from typing import Any

import pytest

from promo_ai.draft import Draft
from promo_ai.refine import refine
from tests import faults
from tests import scripted_server as scripted
from tests.faults import FAULTS, GRACE, SETTINGS, SOME_JSON, timed, within_deadline
from tests.scripted_server import ScriptedServer, answer, huge

scripted_server = scripted.scripted_server  # the fixtures
first, case = faults.first, faults.case


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
