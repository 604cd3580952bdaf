"""Why a model call failed, as data, and the one table that turns it into the sentence a person reads.

`classify` turns an exception litellm raised into a `Reason`; `detail_of` and `retry_after` take what
the provider said (its message, how long to wait) from the exception's body and headers.

`ModelFailure` (a `ModelError`) carries a `Reason`, the facts behind it (the model, the HTTP status,
the provider's own words, tries, limits) and what the job spent (attempts, tokens, cost). Its message
and hint come from `SENTENCES`, never from text written elsewhere and read back.

Failed checks reach us as pydantic data: a validator that judges an answer with the validation context
raises `PydanticCustomError(CHECKS_FAILED, "...", {"checks": [{"id": ..., "message": ...}, ...]})`, and
`failed_checks_of` reads `ctx["checks"]` from `ValidationError.errors()`. Any other validation error
(a missing field, invalid JSON, a validator raising a plain ValueError) becomes one check per error,
from pydantic's own type, location and message.
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from email.utils import parsedate_to_datetime
from enum import StrEnum
from typing import Any

from pydantic import ValidationError

from promo_ai.errors import ModelError
from promo_ai.llm.providers import host_of, key_variable, provider_name
from promo_ai.prompts import as_sentence

CHECKS_FAILED = "checks_failed"  # the pydantic error type of a validator's failed checks


class Reason(StrEnum):
    NO_MODEL = "no_model"
    UNKNOWN_MODEL = "unknown_model"
    NO_KEY = "no_key"
    AUTH = "auth"
    BAD_REQUEST = "bad_request"
    RATE_LIMITED = "rate_limited"
    SERVER_ERROR = "server_error"
    CONNECTION = "connection"
    TIMEOUT = "timeout"
    STALLED = "stalled"
    STREAM_CUT = "stream_cut"
    TRUNCATED = "truncated"
    DEADLINE = "deadline"
    CHECKS_FAILED = "checks_failed"
    CANCELLED = "cancelled"
    UNEXPECTED = "unexpected"


RETRYABLE = frozenset({Reason.RATE_LIMITED, Reason.SERVER_ERROR, Reason.CONNECTION})


@dataclass(frozen=True)
class FailedCheck:
    """One check the model's answer failed, as data (the id our checks use and their sentence)."""

    id: str
    message: str

    @property
    def label(self) -> str:
        """'[figures]' for 'grounded_figures': how a status line names the check being fixed."""
        return f"[{self.id.removeprefix('grounded_')}]"

    def __str__(self) -> str:
        return f"[{self.id}] {self.message}"


@dataclass(frozen=True)
class Facts:
    """What a sentence may need; each reason uses a few."""

    model: str = ""
    api_base: str | None = None
    status: int | None = None  # HTTP status
    detail: str = ""  # the provider's own words, redacted and shortened
    tries: int = 1  # HTTP tries made for the last call
    retry_after: float | None = None  # seconds the server asked to wait
    wait: float | None = None  # a wait that did not fit in the time left
    limit: float | None = None  # the timeout, deadline or token limit that was hit
    setting: str = ""  # the PROMO_AI_* variable that sets that limit (TIMEOUT, STALLED, DEADLINE)
    key: str | None = None  # the key variable(s) missing
    subject: str = "an answer"  # what was asked for: 'an email', ...
    failed_checks: tuple[FailedCheck, ...] = ()
    attempts: int = 0  # answers the model gave
    tokens: int | None = None
    cost: float | None = None


# reason -> (message, hint); str.format over `_words(facts)`.
SENTENCES: dict[Reason, tuple[str, str]] = {
    Reason.NO_MODEL: ("No model is chosen, so there is nothing to refine with.",
                      "Choose a model on the page, or set PROMO_AI_MODEL (e.g. gpt-4o-mini)."),
    Reason.UNKNOWN_MODEL: ("litellm does not know how to reach the model {model!r}.",
                           "Use a litellm model string such as gpt-4o-mini, anthropic/claude-haiku-4-5 or"
                           " ollama/llama3.2, and set the provider's API key."),
    Reason.NO_KEY: ("{provider} needs an API key to use {model}, and {key} is not set.",
                    "Set {key} in the environment (promo-ai never stores it), or choose another model."),
    Reason.AUTH: ("{who} refused the API key ({status}).",
                  "Check {key}; promo-ai reads it from the environment and never stores it."),
    Reason.BAD_REQUEST: ("{who} rejected the request ({status}){detail}",
                         "Check the model name {model!r} (and PROMO_AI_API_BASE for your own server)."),
    Reason.RATE_LIMITED: ("{who} is limiting requests ({status}){after}{beyond}.",
                          "Wait a minute and refine again, or choose another model."),
    Reason.SERVER_ERROR: ("{who} had a server error ({status}){after}{detail}",
                          "Try again later, or choose another model."),
    Reason.CONNECTION: ("Could not reach {where}{after}.",
                        "Check the network, or that the model server is running and PROMO_AI_API_BASE points at it."),
    Reason.TIMEOUT: ("The model did not answer within {limit} s.",
                     "Try again, or choose a faster model; {setting} sets the limit per call."),
    Reason.STALLED: ("The model stopped sending for more than {limit} s.",
                     "Try again, or choose a faster model; {setting} sets the limit."),
    Reason.STREAM_CUT: ("The model's answer was cut off before it was complete, {attempts} time(s).",
                        "Check the connection to the model server and refine again."),
    Reason.TRUNCATED: ("The model's answer was cut off at the {limit}-token limit.",
                       "Raise PROMO_AI_MAX_TOKENS, or choose a model that writes more concisely."),
    Reason.DEADLINE: ("The model did not finish within the {limit} s allowed ({attempts} answer(s)).",
                      "Try again, or choose a faster model; {setting} sets the limit."),
    Reason.CHECKS_FAILED: ("The model kept returning {subject} that fails our checks after {attempts} attempt(s):"
                           " {checks}", "Try a stronger model or refine again."),
    Reason.CANCELLED: ("Refining was cancelled.", "Refine again when you are ready."),
    Reason.UNEXPECTED: ("Refining with {model} failed unexpectedly ({detail_raw}).",
                        "Try again, or choose another model; the log has the details."),
}

# While a call is retried: what the status line says the server did.
WAITING = {Reason.RATE_LIMITED: "is limiting requests", Reason.SERVER_ERROR: "had a server error",
           Reason.CONNECTION: "could not be reached"}
_SETTING = {Reason.STALLED: "PROMO_AI_STALL", Reason.DEADLINE: "PROMO_AI_DEADLINE"}
_STATUS = {Reason.AUTH: 401, Reason.BAD_REQUEST: 400, Reason.RATE_LIMITED: 429, Reason.SERVER_ERROR: "5xx"}


def _words(reason: Reason, facts: Facts) -> dict[str, Any]:
    who = f"the server at {host_of(facts.api_base)}" if facts.api_base else provider_name(facts.model)
    key = facts.key or ("PROMO_AI_API_KEY" if facts.api_base else
                        key_variable(facts.model) or "the provider's API key variable")
    return {
        "model": facts.model, "provider": provider_name(facts.model), "who": who[:1].upper() + who[1:],
        "where": host_of(facts.api_base) if facts.api_base else who, "key": key,
        "status": facts.status or _STATUS.get(reason, "?"),
        "detail": f": {as_sentence(facts.detail)}" if facts.detail else ".", "detail_raw": facts.detail,
        "after": f" after {facts.tries} tries" if facts.tries > 1 else "",
        "beyond": f" (it asks to wait {facts.wait:.0f} s, beyond the time left)" if facts.wait else "",
        "limit": f"{facts.limit:g}" if facts.limit is not None else "?",
        "setting": facts.setting or _SETTING.get(reason, "PROMO_AI_TIMEOUT"),
        "attempts": facts.attempts, "subject": facts.subject,
        "checks": "; ".join(str(c) for c in facts.failed_checks)[:600] or "no details",
    }


class ModelFailure(ModelError):
    """A model call failed: `reason`, `facts`, and the sentence for a person (`message`, `hint`)."""

    reason: Reason

    def __init__(self, reason: Reason, facts: Facts | None = None, **changes: Any) -> None:
        self.facts = replace(facts or Facts(), **changes)
        message, hint = (text.format(**_words(reason, self.facts)) for text in SENTENCES[reason])
        super().__init__(message, reason=reason, hint=hint)
        self.reason = reason

    def but(self, **changes: Any) -> ModelFailure:
        """The same failure with facts added (e.g. what the whole job spent, known only at its end)."""
        return ModelFailure(self.reason, self.facts, **changes)

    @property
    def failed_checks(self) -> list[FailedCheck]:
        return list(self.facts.failed_checks)

    @property
    def attempts(self) -> int:
        return self.facts.attempts

    @property
    def tokens(self) -> int | None:
        return self.facts.tokens

    @property
    def cost(self) -> float | None:
        return self.facts.cost


def failed_checks_of(error: BaseException | None) -> list[FailedCheck]:
    """The checks an answer failed, read from the validation error's data (see the module docstring)."""
    if error is None:
        return []
    if isinstance(error, json.JSONDecodeError):
        return [FailedCheck("format", "the answer was not valid JSON")]
    if not isinstance(error, ValidationError):
        return [FailedCheck("format", short(str(error), 160))]
    found: list[FailedCheck] = []
    for item in error.errors(include_url=False):
        ctx = item.get("ctx") or {}
        checks = ctx.get("checks") if item["type"] == CHECKS_FAILED else None
        if isinstance(checks, list):
            found += [FailedCheck(str(c["id"]), str(c["message"])) for c in checks if isinstance(c, dict)]
        elif item["type"] == "json_invalid":
            found.append(FailedCheck("format", "the answer was not valid JSON"))
        elif isinstance(ctx.get("error"), ValueError):  # a validator's own sentence, as it wrote it
            found.append(FailedCheck(_where(item["loc"]), str(ctx["error"])))
        else:
            found.append(FailedCheck("format", f"{_where(item['loc'])}: {item['msg']}"))
    return found or [FailedCheck("format", short(str(error), 160))]


def labels(checks: Iterable[FailedCheck]) -> str:
    """'[sections], [figures]': the checks a re-ask fixes, each named once."""
    unique = dict.fromkeys(c.label for c in checks)
    return ", ".join(unique) or "the answer"


def _where(loc: Sequence[Any]) -> str:
    return ".".join(str(p) for p in loc) or "answer"


# --- the provider's words, safe to show ---------------------------------------------------------------

_SECRET_VALUE = re.compile(r"\b(sk|pk|rk|gsk|xai|key)[-_][A-Za-z0-9_\-]{8,}")
_SECRET_VARIABLE = re.compile(r"(API_KEY|_TOKEN|_SECRET)$")
_LITELLM_PREFIX = re.compile(r"^(?:(?:litellm\.)?\w*(?:Error|Exception)\s*[:-]\s*)+")


def redact(text: str) -> str:
    """Remove anything that looks like an API key (and the values of *_API_KEY variables)."""
    for name, value in os.environ.items():
        if value and len(value) >= 8 and _SECRET_VARIABLE.search(name):
            text = text.replace(value, "***")
    return _SECRET_VALUE.sub(lambda m: m.group(1) + "-***", text)


def short(text: str, limit: int = 200) -> str:
    """A provider's message on one line, redacted, without litellm's class-name prefixes, cut at `limit`."""
    text = " ".join(redact(str(text)).split())
    text = _LITELLM_PREFIX.sub("", text) or text
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- litellm's exceptions, as reasons ----------------------------------------------------------------------------

_TIMEOUT_ERRORS = frozenset({"APITimeoutError", "Timeout", "ReadTimeout", "WriteTimeout", "ConnectTimeout",
                             "PoolTimeout", "TimeoutException", "TimeoutError"})
_CONNECTION_ERRORS = frozenset({"APIConnectionError", "ConnectError", "RemoteProtocolError", "ReadError",
                                "NetworkError", "ConnectionError", "ConnectionRefusedError", "ConnectionResetError"})


def chain(exc: BaseException) -> list[BaseException]:
    """The exception and those it was raised from or during, nearest first."""
    found: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and all(current is not seen for seen in found) and len(found) < 12:
        found.append(current)
        current = current.__cause__ or current.__context__
    return found


def classify(litellm: Any, exc: BaseException) -> Reason | None:
    """The Reason for an exception raised by a litellm call; None for anything else (a bug to surface)."""
    if isinstance(exc, litellm.Timeout):
        return Reason.TIMEOUT
    if isinstance(exc, litellm.RateLimitError):
        return Reason.RATE_LIMITED
    if isinstance(exc, (litellm.AuthenticationError, litellm.PermissionDeniedError)):
        return Reason.AUTH
    # litellm reports a refused connection as a 500 (and a timeout inside a stream as a 503): look beneath.
    names = {type(e).__name__ for e in chain(exc)}
    if names & _TIMEOUT_ERRORS:
        return Reason.TIMEOUT
    if names & _CONNECTION_ERRORS:
        return Reason.CONNECTION
    status = getattr(exc, "status_code", None)
    if isinstance(status, int) and status >= 500:
        return Reason.SERVER_ERROR
    if isinstance(exc, (litellm.BadRequestError, litellm.NotFoundError)) or (
        isinstance(status, int) and 400 <= status < 500
    ):
        return Reason.BAD_REQUEST
    return None


def detail_of(exc: BaseException) -> str:
    """The provider's own message: the error body's `message` when it sent one, else litellm's text."""
    body = getattr(exc, "body", None)
    message = body.get("message") if isinstance(body, dict) else None
    return short(message if isinstance(message, str) and message.strip() else str(exc))


def retry_after(exc: BaseException) -> float | None:
    """Seconds a 429/503 answer asks to wait (Retry-After-Ms, or Retry-After in seconds or as a date)."""
    headers: Any = getattr(getattr(exc, "response", None), "headers", None)
    headers = headers or getattr(exc, "litellm_response_headers", None) or {}
    try:
        milliseconds = headers.get("retry-after-ms")
        if milliseconds is not None:
            return max(float(milliseconds) / 1000, 0.0)
        value = headers.get("retry-after")
        if value is None:
            return None
        try:
            return max(float(value), 0.0)
        except ValueError:
            return max(parsedate_to_datetime(value).timestamp() - time.time(), 0.0)
    except Exception:
        return None
