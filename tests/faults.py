"""What the fault tests share: the limits, the notes, the faults a scripted server plays, and a clock."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest

from promo_ai.case import Case
from promo_ai.draft import Draft
from promo_ai.settings import Settings
from promo_ai.workflow import offline_draft
from tests.helpers import make_case
from tests.scripted_server import DUMMY_KEY, Reply, answer, error, hang, huge

# Short limits keep the suite quick; the 2 s grace past them is what issue 13 allows.
DEADLINE = 1.0
GRACE = 2.0  # what the issue allows past the deadline
SETTINGS = Settings(deadline=DEADLINE, timeout=0.8, local_first_answer=0.6, stall=0.6, max_retries=2,
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


