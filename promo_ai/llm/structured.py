"""`structured()`: any litellm model asked for a pydantic object, validated, re-asked, bounded.

instructor runs the loop: validate with `context` (the model's own validators are the judges), feed
the validation errors back, ask again; its re-asks are a tenacity policy too (settings.max_reasks,
and the deadline). The calls underneath go through `transport.Job` (timeouts, retries, accounting).
Any failure leaves as a `ModelFailure` whose reason and facts say what happened; an exception of any
other kind is a bug in a library below us.
"""

from __future__ import annotations

import json
import logging
import re
import threading
import time
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ValidationError
from tenacity import Retrying, retry_if_exception_type, stop_after_attempt

from promo_ai.llm.failures import ModelFailure, Reason, chain, classify, failed_checks_of
from promo_ai.llm.providers import (
    LOCAL_PROVIDERS,
    choose_mode,
    instructor_mode,
    load_litellm,
    missing_keys,
    provider_of,
    routable,
)
from promo_ai.llm.transport import Job, StreamCut
from promo_ai.llm.waits import Limits, within
from promo_ai.settings import OFFLINE_MODEL, Settings, get_settings

log = logging.getLogger(__name__)

T = TypeVar("T", bound=BaseModel)


@dataclass(frozen=True)
class Generated(Generic[T]):
    """A validated object and what it took: tokens and cost over every attempt (None when unknown)."""

    value: T
    tokens: int | None
    cost: float | None
    attempts: int
    model: str


def structured(
    response_model: type[T],
    *,
    system: str,
    user: str,
    model: str,
    api_base: str | None = None,
    context: dict[str, Any] | None = None,
    settings: Settings | None = None,
    on_partial: Callable[[T], None] | None = None,
    on_status: Callable[[str], None] | None = None,
    cancel: threading.Event | None = None,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] | None = None,
) -> Generated[T]:
    """Ask `model` for a `response_model`, validated with `context`; re-asked with the failed checks at
    most settings.max_reasks times; within the deadline in all (retries, re-asks and importing litellm included;
    see waits.Limits).
    `on_partial` sees the object as it is written (the answer is then streamed). `clock` and `sleep`
    are the job's time (tests pass their own). Raises ModelFailure."""
    started = clock()  # the deadline counts from here: importing litellm is part of the wait
    settings = settings or get_settings()
    model = (model or "").strip()
    if not model or model == OFFLINE_MODEL:
        raise ModelFailure(Reason.NO_MODEL)
    litellm = _libraries(Limits.of(settings, model, api_base), started, clock, model=model, api_base=api_base)
    job = Job(litellm, settings, model=model, api_base=api_base, on_status=on_status, cancel=cancel,
              clock=clock, sleep=sleep, started=started)
    request = _request(job, system, user, templated=context is not None, streamed=on_partial is not None)
    mode = choose_mode(model, api_base, settings)
    log.info("structured %s from %s (mode %s, up to %d asks)", response_model.__name__, model, mode,
             settings.max_reasks + 1)
    try:
        value = _ask(job, response_model, request, mode=mode, context=context, on_partial=on_partial)
    except Exception as exc:
        job.close_streams()  # their tokens count too
        failure = _failure(job, exc)
        if failure is None:
            raise
        raise failure.but(**job.spent()) from None
    job.status("Passed every check")
    spent = job.spent()
    return Generated(value=value, tokens=spent["tokens"], cost=spent["cost"], attempts=spent["attempts"], model=model)


_loaded = threading.Event()  # litellm and instructor imported once and for all


def _import_libraries() -> Any:
    litellm = load_litellm()
    import instructor  # noqa: F401  (imported here so that its seconds count against the deadline too)

    return litellm


def _libraries(limits: Limits, started: float, clock: Callable[[], float], *, model: str,
               api_base: str | None) -> Any:
    """litellm (and instructor), imported within the time left: a cold import takes seconds, and the
    deadline counts from the person's action. Past it, the import goes on in the background."""
    if _loaded.is_set():
        return load_litellm()
    outcome = within(_import_libraries, limits.deadline - (clock() - started), name="promo-ai-import")
    if not outcome.done:
        raise ModelFailure(Reason.DEADLINE, model=model, api_base=api_base, limit=limits.deadline,
                           setting=limits.deadline_setting)
    if outcome.error is not None:
        raise outcome.error
    _loaded.set()
    return outcome.value


def _request(job: Job, system: str, user: str, *, templated: bool, streamed: bool) -> dict[str, Any]:
    """The keyword arguments of every call; raises before any call when the model cannot be reached."""
    model, api_base = job.model, job.api_base
    if not routable(job.litellm, model, api_base):
        raise job.failure(Reason.UNKNOWN_MODEL)
    request: dict[str, Any] = {
        "model": model,
        "messages": [{"role": "system", "content": jinja_literal(system) if templated else system},
                     {"role": "user", "content": jinja_literal(user) if templated else user}],
        "max_tokens": job.settings.max_tokens,
        "drop_params": True,
    }
    if api_base:
        request["api_base"] = api_base
        # A server of one's own gets its own key (PROMO_AI_API_KEY), never a provider's key from the
        # environment: typing an address into the page must not send OPENAI_API_KEY to it.
        key = job.settings.api_key
        request["api_key"] = key.get_secret_value() if key else "no-key-needed"
    elif provider_of(model) not in LOCAL_PROVIDERS:
        missing = missing_keys(job.litellm, model)
        if missing:
            raise job.failure(Reason.NO_KEY, key=", ".join(missing))
    if streamed and provider_of(model) == "openai" and not api_base:  # servers of one's own may reject it
        request["stream_options"] = {"include_usage": True}
    return request


def _ask(job: Job, response_model: type[T], request: dict[str, Any], *, mode: str, context: dict[str, Any] | None,
         on_partial: Callable[[T], None] | None) -> T:
    import instructor
    from instructor.core.exceptions import ResponseParsingError

    client = instructor.from_litellm(job.complete, mode=instructor_mode(mode))

    def remember(error: Exception, **_: Any) -> None:
        job.failed_checks = failed_checks_of(error)

    client.on("parse:error", remember)
    reasks = Retrying(
        stop=stop_after_attempt(job.settings.max_reasks + 1) | job.deadline_stop(),
        retry=retry_if_exception_type((ValidationError, json.JSONDecodeError, ResponseParsingError)),
        reraise=True,
    )
    if on_partial is None:
        return client.create(response_model=response_model, context=context, strict=False, max_retries=reasks,
                             **request)
    token = _SHOW.set(_shower(on_partial))
    try:
        partials = client.create(response_model=_live(response_model), context=context, strict=False,
                                 max_retries=reasks, stream=True, **request)
    finally:
        _SHOW.reset(token)
    built: Any = partials
    if not built:
        raise StreamCut()
    return built[-1]  # the last object built is the one validated


# --- partial objects, live ----------------------------------------------------------------------------
# instructor 1.17 (checked in instructor/v2/providers/openai/handlers.py, `_parse_streaming_response`)
# collects a synchronous stream with `list(generator)` inside its retry loop and only then hands the
# partial objects back, so `create_partial` shows nothing until the answer is complete. The adapter
# below is the smallest way to see them as they are made: instructor's own Partial model, whose
# `model_from_chunks` also passes each object it builds to `on_partial`, and says the stream was cut
# (a re-ask) when it ended before the JSON did, which instructor does not check.

_SHOW: ContextVar[Callable[[Any], None] | None] = ContextVar("promo_ai_show_partial", default=None)


def _shower(on_partial: Callable[[Any], None]) -> Callable[[Any], None]:
    def show(value: Any) -> None:
        try:
            on_partial(value)
        except Exception as exc:  # the page's display must not stop the job
            log.debug("on_partial failed: %s", exc)

    return show


@lru_cache(maxsize=32)
def _live(response_model: type[BaseModel]) -> type[BaseModel]:
    from instructor import Partial
    from instructor.dsl.json_tracker import is_json_complete

    base: Any = Partial[response_model]

    def model_from_chunks(cls: Any, json_chunks: Iterator[Any], **kwargs: Any) -> Iterator[Any]:
        received: list[str] = []

        def tee() -> Iterator[Any]:
            for chunk in json_chunks:
                received.append(str(chunk or ""))
                yield chunk

        show = _SHOW.get()
        for value in super(live, cls).model_from_chunks(tee(), **kwargs):
            if show is not None:
                show(value)
            yield value
        text = "".join(received).strip()
        if not text or not is_json_complete(text):
            raise StreamCut(text)

    live: type[BaseModel] = type(base.__name__, (base,), {
        "model_from_chunks": classmethod(model_from_chunks), "__module__": response_model.__module__,
        "__doc__": response_model.__doc__,
    })
    return live


# --- failures -----------------------------------------------------------------------------------------

def _failure(job: Job, exc: BaseException) -> ModelFailure | None:
    """The ModelFailure that `exc` means, or None when it is not ours to word."""
    from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException

    settings = job.settings
    for link in chain(exc):
        if isinstance(link, ModelFailure):
            return link
    if isinstance(exc, IncompleteOutputException):
        return job.failure(Reason.TRUNCATED, limit=settings.max_tokens)
    last: BaseException | None = exc
    if isinstance(exc, InstructorRetryException):
        attempts = exc.failed_attempts or []
        last = attempts[-1].exception if attempts else exc.__cause__
        if isinstance(last, IncompleteOutputException):
            return job.failure(Reason.TRUNCATED, limit=settings.max_tokens)
    if job.out_of_time:
        return job.out_of_time_failure()
    if isinstance(last, StreamCut):
        return job.failure(Reason.STREAM_CUT)
    if isinstance(last, (ValidationError, ValueError)):
        return job.failure(Reason.CHECKS_FAILED, failed_checks=tuple(failed_checks_of(last)))
    reason = classify(job.litellm, exc)
    return job.failure(reason) if reason is not None else None


_END_RAW = re.compile(r"\{%[-+]?\s*endraw\s*[-+]?%\}")


def jinja_literal(text: str) -> str:
    """instructor renders every message as a Jinja2 template when a validation context is given;
    wrapped like this, a message (and any '{{' or '{%' the person typed) comes out exactly as written."""
    return "{% raw %}" + _END_RAW.sub(lambda m: m.group(0).replace("%", "% "), text) + "{% endraw %}"
