"""The transport retry policy's parts for tenacity: stop at the deadline, wait as the server asks."""

from __future__ import annotations

from collections.abc import Callable

from tenacity import RetryCallState
from tenacity.stop import stop_base
from tenacity.wait import wait_base

from promo_ai.llm.failures import ModelFailure

MAX_RETRY_AFTER = 20.0  # a longer Retry-After is not waited for: the page would look stuck


class StopAtDeadline(stop_base):
    """Stop when the next try could not start before the deadline (the upcoming wait included), or
    the server asks to wait longer than the time left."""

    def __init__(self, remaining: Callable[[], float], ran_out: Callable[[], None]) -> None:
        self.remaining = remaining
        self.ran_out = ran_out

    def __call__(self, state: RetryCallState) -> bool:
        failure = failure_of(state)
        asked = failure.facts.retry_after if failure else None
        left = self.remaining()
        if (state.upcoming_sleep or 0.0) >= left or (asked is not None and asked >= left):
            self.ran_out()
            return True
        return False


class WaitAsAsked(wait_base):
    """What the server's Retry-After asks (when reasonable), else the fallback backoff."""

    def __init__(self, fallback: wait_base) -> None:
        self.fallback = fallback

    def __call__(self, state: RetryCallState) -> float:
        failure = failure_of(state)
        asked = failure.facts.retry_after if failure else None
        if asked is not None and asked <= MAX_RETRY_AFTER:
            return asked
        return float(self.fallback(state))


def failure_of(state: RetryCallState) -> ModelFailure | None:
    """The failure the last try raised, if it was ours."""
    exc = state.outcome.exception() if state.outcome is not None and state.outcome.failed else None
    return exc if isinstance(exc, ModelFailure) else None
