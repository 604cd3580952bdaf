"""One job's calls to litellm: limits and max_tokens on each, transport retries as a tenacity policy,
one deadline over everything, a cancel, token and cost accounting.

`Job.complete` is the completion function instructor calls once per ask (the first and each re-ask).
Underneath it, `Job.call` runs `litellm.completion` under `Job.transport_policy()`: retried on 429, 5xx
and connection errors only (litellm's and the OpenAI SDK's own retries are off), stopped after
settings.max_retries retries or when the next wait would end past the deadline, waiting what a
Retry-After header asks (else exponential backoff from settings.backoff), reporting each wait from
`before_sleep`, sleeping in a way a cancel interrupts. The clock and the sleep are injectable.

Each call runs as a `waits.Call` (a worker thread): the person's thread waits for its answer, and for
each part of a streamed answer, only as long as `waits.Limits` and the deadline allow, while bytes are
still arriving; past that the call is abandoned and closed. A server of one's own (PROMO_AI_API_BASE,
OpenAI-compatible) gets an HTTP client per call, closed with the call, so nothing is left reading.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Iterator
from functools import partial
from typing import Any

from tenacity import RetryCallState, Retrying, retry_if_exception, stop_after_attempt, wait_exponential_jitter
from tenacity.stop import stop_base

from promo_ai.llm.failures import (
    RETRYABLE,
    WAITING,
    FailedCheck,
    ModelFailure,
    Reason,
    classify,
    detail_of,
    labels,
    retry_after,
    short,
)
from promo_ai.llm.policy import StopAtDeadline, WaitAsAsked, failure_of
from promo_ai.llm.waits import CHUNK, END, ERROR, Call, Limits, answer_size, chunk_size, own_http_client
from promo_ai.settings import Settings

log = logging.getLogger(__name__)

MAX_BACKOFF = 8.0  # seconds between two tries, at most
CHARS_PER_TOKEN = 16  # an answer longer than max_tokens times this is cut off (a 10 MB answer is not read)


class StreamCut(json.JSONDecodeError):
    """The answer's stream ended before its JSON did. A JSONDecodeError, so instructor re-asks as it does
    for any answer it cannot read."""

    def __init__(self, received: str = "") -> None:
        super().__init__("The answer stopped before it was complete (the stream was cut off). Answer again,"
                         " in full", received, len(received))

    def __str__(self) -> str:
        return self.msg + "."


class Job:
    """What one structured() call has done, spent, and may still spend."""

    def __init__(self, litellm: Any, settings: Settings, *, model: str, api_base: str | None,
                 on_status: Callable[[str], None] | None = None, cancel: threading.Event | None = None,
                 clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], None] | None = None,
                 started: float | None = None) -> None:
        self.litellm = litellm
        self.settings = settings
        self.model = model
        self.api_base = api_base
        self.on_status = on_status
        self.cancel = cancel
        self.clock = clock
        self._sleep = sleep
        self.started = clock() if started is None else started  # the person's action, on the job's clock
        self.limits = Limits.of(settings, model, api_base)
        self.asks = 0  # calls instructor made: the first ask and each re-ask
        self.answers = 0  # answers that arrived
        self.tokens: int | None = None
        self.cost: float | None = 0.0
        self.failed_checks: list[FailedCheck] = []  # of the last answer that failed validation
        self.out_of_time = False
        self._streams: list[Iterator[Any]] = []

    # --- status, time, cancel ------------------------------------------------------------------
    def status(self, text: str) -> None:
        if self.on_status is None:
            return
        try:
            self.on_status(text)
        except Exception as exc:  # a broken status line must not stop the job
            log.debug("on_status failed: %s", exc)

    def remaining(self) -> float:
        return self.limits.deadline - (self.clock() - self.started)

    def failure(self, reason: Reason, **facts: Any) -> ModelFailure:
        return ModelFailure(reason, model=self.model, api_base=self.api_base, **facts)

    def spent(self) -> dict[str, Any]:
        """What the job spent, as ModelFailure facts."""
        return {"attempts": self.answers, "tokens": self.tokens,
                "cost": self.cost if self.tokens is not None else None}

    def check(self) -> None:
        """Raise when the job was cancelled or its time is up."""
        if self.cancel is not None and self.cancel.is_set():
            raise self.failure(Reason.CANCELLED)
        if self.remaining() <= 0:
            raise self.out_of_time_failure()

    def out_of_time_failure(self) -> ModelFailure:
        self.out_of_time = True
        return self.failure(Reason.DEADLINE, limit=self.limits.deadline, setting=self.limits.deadline_setting)

    def pause(self, seconds: float) -> None:
        """Sleep, unless cancelled first."""
        if self._sleep is not None:
            self._sleep(seconds)
        elif self.cancel is not None:
            self.cancel.wait(seconds)
        else:
            time.sleep(seconds)
        if self.cancel is not None and self.cancel.is_set():
            raise self.failure(Reason.CANCELLED)

    # --- accounting ---------------------------------------------------------------------------
    def record(self, response: Any) -> None:
        usage = getattr(response, "usage", None)
        total = getattr(usage, "total_tokens", None)
        if isinstance(total, int):
            self.tokens = (self.tokens or 0) + total
        try:
            cost = self.litellm.completion_cost(completion_response=response)
        except Exception:  # a model litellm has no price for: tokens only
            cost = None
        self.cost = None if cost is None or self.cost is None else self.cost + float(cost)

    def close_streams(self) -> None:
        """Finish the accounting of streams left unread (validation stopped reading them)."""
        while self._streams:
            stream = self._streams.pop()
            close = getattr(stream, "close", None)
            if close is not None:
                close()

    # --- the policy ---------------------------------------------------------------------------
    def _ran_out(self) -> None:
        self.out_of_time = True

    def deadline_stop(self) -> stop_base:
        return StopAtDeadline(self.remaining, self._ran_out)

    def transport_policy(self) -> Retrying:
        settings = self.settings
        return Retrying(
            stop=stop_after_attempt(settings.max_retries + 1) | self.deadline_stop(),
            wait=WaitAsAsked(wait_exponential_jitter(initial=settings.backoff, max=MAX_BACKOFF,
                                                      jitter=settings.backoff / 2)),
            retry=retry_if_exception(lambda e: isinstance(e, ModelFailure) and e.reason in RETRYABLE),
            before_sleep=self._before_sleep,
            sleep=self.pause,
            retry_error_callback=self._give_up,
        )

    def _before_sleep(self, state: RetryCallState) -> None:
        failure = failure_of(state)
        what = WAITING.get(failure.reason, "failed") if failure else "failed"
        self.status(f"The model server {what}; trying again in {state.upcoming_sleep:.1f} s"
                    f" ({state.attempt_number}/{self.settings.max_retries})")

    def _give_up(self, state: RetryCallState) -> Any:
        failure = failure_of(state)
        assert failure is not None  # only ModelFailures are retried
        asked = failure.facts.retry_after
        beyond = asked if asked is not None and asked >= self.remaining() else None
        raise failure.but(tries=state.attempt_number, wait=beyond)

    # --- the calls ------------------------------------------------------------------------------
    def complete(self, *args: Any, **kwargs: Any) -> Any:
        """instructor's completion function: one ask, retried on transport errors."""
        self.close_streams()
        self.asks += 1
        if self.asks == 1:
            self.status("Asking the model")
        else:
            self.status(f"Re-asking ({self.asks - 1}/{self.settings.max_reasks}): fixing {labels(self.failed_checks)}")
        response = self.call(kwargs)
        self.answers += 1
        if kwargs.get("stream"):
            self._streams.append(response)
            return response
        self.record(response)
        self.status("Validating")
        return response

    def call(self, kwargs: dict[str, Any]) -> Any:
        """One ask, retried on transport errors: the answer, or (streamed) a generator of its parts."""
        streamed = bool(kwargs.get("stream"))
        for attempt in self.transport_policy():
            with attempt:
                self.check()
                read_limit = min(self.limits.call, self.remaining()) + 1.0  # the worker's own reads end too
                request = {**kwargs, "timeout": read_limit, "max_tokens": self.settings.max_tokens,
                           "num_retries": 0, "max_retries": 0}
                http = own_http_client(self.litellm, request, model=self.model, api_base=self.api_base)
                call = Call(partial(self.litellm.completion, **request), streamed=streamed, name="promo-ai-model")
                if http is not None:
                    call.closers.append(http.close)
                began = self.clock()
                kind, value = self._wait(call, began, None, streamed=streamed)
                if kind == ERROR:
                    call.abandon()
                    raise self._failure_of(value) from None
                if streamed:
                    return self._watch(call, began, kwargs.get("messages"))
                call.abandon()  # the answer is in: release its connection
                self._check_size(answer_size(value))
                return value
        raise AssertionError("unreachable: the policy raises when it gives up")  # pragma: no cover

    def _wait(self, call: Call, began: float, last: float | None, *, streamed: bool = True) -> tuple[str, Any]:
        """The call's next item, within the earliest of its limits: the deadline, the call's own limit,
        and the first-answer limit (`last` None) or the stall limit since the last part (`last`). Past
        it, or on a cancel, the call is abandoned and the ModelFailure that says which limit is raised."""
        at, expiry = self.limits.next_end(self.started, began, last, streamed=streamed)
        item = call.next(at - self.clock(), cancel=self.cancel, expired=lambda: self.clock() >= at)
        if item is not None:
            return item
        call.abandon()
        if self.cancel is not None and self.cancel.is_set():
            raise self.failure(Reason.CANCELLED)
        log.info("%s from %s: no answer within %g s", expiry.reason, self.model, expiry.limit)
        if expiry.reason is Reason.DEADLINE:
            raise self.out_of_time_failure()
        raise self.failure(expiry.reason, limit=expiry.limit, setting=expiry.setting)

    def _failure_of(self, exc: BaseException) -> BaseException:
        """What an exception raised by litellm.completion means (itself, when it is not ours to word)."""
        reason = classify(self.litellm, exc)
        if reason is None:
            return exc
        log.info("%s from %s: %s", reason, self.model, short(str(exc), 160))
        if reason is Reason.TIMEOUT:
            return self.out_of_time_failure() if self.remaining() <= 1.0 else \
                self.failure(Reason.TIMEOUT, limit=self.limits.call, setting=self.limits.first_setting)
        return self.failure(reason, status=getattr(exc, "status_code", None), detail=detail_of(exc),
                            retry_after=retry_after(exc), limit=self.limits.call)

    def _check_size(self, size: int) -> None:
        """An answer far longer than max_tokens allows is cut off (and reported as such), not read on."""
        from instructor.core.exceptions import IncompleteOutputException

        most = self.settings.max_tokens * CHARS_PER_TOKEN
        if size > most:
            log.info("the answer from %s ran past %d characters", self.model, most)
            raise IncompleteOutputException(last_completion=None)

    def _watch(self, call: Call, began: float, messages: Any) -> Iterator[Any]:
        """The stream's parts passed on as they come (a plain generator, which instructor reads as a sync
        stream), each within its limit, with the cancel and the deadline checked per part, a cut stream
        turned into a re-ask, an endless one cut at its size limit, and the usage counted at the end."""
        from instructor.core.exceptions import IncompleteOutputException

        chunks: list[Any] = []
        finish: str | None = None
        size = 0
        last: float | None = None
        try:
            while True:
                kind, chunk = self._wait(call, began, last)
                if kind == END:
                    break
                if kind == ERROR:
                    raise self._stream_failure(chunk) from None
                if kind != CHUNK:
                    continue
                if last is None:  # until now the model was reading the prompt (a minute, on a CPU)
                    self.status("Writing")
                last = self.clock()
                self.check()
                chunks.append(chunk)
                size += chunk_size(chunk)
                self._check_size(size)
                choices = getattr(chunk, "choices", None)
                if choices:
                    finish = getattr(choices[0], "finish_reason", None) or finish
                yield chunk
        finally:
            call.abandon()
            self._record_stream(chunks, messages)
        if finish == "length":
            raise IncompleteOutputException(last_completion=None)
        self.status("Validating")

    def _stream_failure(self, exc: BaseException) -> BaseException:
        """What an error raised while reading a stream means: a timeout, a cut (a re-ask), or itself."""
        reason = classify(self.litellm, exc)
        if reason is Reason.TIMEOUT:
            if self.remaining() <= 1.0:
                return self.out_of_time_failure()
            return self.failure(Reason.STALLED, limit=self.limits.stall, setting="PROMO_AI_STALL")
        if reason in {Reason.CONNECTION, Reason.SERVER_ERROR}:
            log.info("the stream from %s was cut: %s", self.model, short(str(exc), 120))
            cut = StreamCut()
            cut.__cause__ = exc
            return cut
        return exc

    def _record_stream(self, chunks: list[Any], messages: Any) -> None:
        if not chunks:
            return
        try:
            built = self.litellm.stream_chunk_builder(chunks, messages=messages)
        except Exception as exc:
            log.debug("could not rebuild the stream for usage: %s", exc)
            return
        if built is not None:
            self.record(built)
