"""Language models through litellm and instructor: structured output that is validated, re-asked, bounded.

`structured()` asks any litellm model for a pydantic object. instructor runs the validate ->
feed the errors back -> re-ask loop (the model's own validators are the judges, given `context`);
this module wraps the single HTTP call underneath it with what a page that must never hang needs:
an explicit timeout on every call, retries with backoff on 429/5xx/connection errors only, one
deadline for the whole job, a cancel flag, token and cost accounting, and failures turned into a
`ModelError` whose `reason` is one of REASONS and whose message a person can act on.

litellm takes seconds to import, so it is imported inside functions only, after
LITELLM_LOCAL_MODEL_COST_MAP=True (its cost map is read from the package, never the network).
API keys stay in litellm's usual environment variables: nothing here stores, logs or repeats them.
"""

from __future__ import annotations

import json
import logging
import os
import random
import re
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any, Generic, TypeVar
from urllib.parse import urlsplit

from pydantic import BaseModel, ValidationError

from promo_ai.errors import ModelError
from promo_ai.settings import OFFLINE_MODEL, Settings, get_settings

log = logging.getLogger(__name__)

T = TypeVar("T", bound=BaseModel)

REASONS = frozenset({
    "timeout", "deadline", "rate_limited", "server_error", "connection", "auth", "bad_request",
    "invalid_output", "cancelled", "not_configured",
})
RETRYABLE = frozenset({"rate_limited", "server_error", "connection"})
MAX_BACKOFF = 8.0  # seconds between two tries, at most
MAX_RETRY_AFTER = 20.0  # a Retry-After longer than this is not waited for: the page would look stuck
MODE_ENV = "PROMO_AI_MODE"  # tools | json | md_json: overrides the mode chosen per model
BACKOFF_ENV = "PROMO_AI_BACKOFF"  # seconds before the first retry (doubles each time); default 1
# Tags that fence data in our prompts; the same strings inside data are neutralised (see `fence_safe`).
FENCE_TAGS = ("case", "draft", "notes", "guidance", "data", "email", "points")
_FENCE_BREAK = re.compile(r"<(\s*/?\s*(?:" + "|".join(FENCE_TAGS) + r")\b)", re.IGNORECASE)


@dataclass(frozen=True)
class Generated(Generic[T]):
    """A validated object and what it took: tokens and cost over every attempt (None when unknown)."""

    value: T
    tokens: int | None
    cost: float | None
    attempts: int
    model: str


class GenerationError(ModelError):
    """A ModelError that also says how far the job got (attempts made, tokens and cost spent)."""

    def __init__(self, message: str, *, reason: str, hint: str | None = None, attempts: int = 0,
                 tokens: int | None = None, cost: float | None = None, failed_checks: list[str] | None = None
                 ) -> None:
        super().__init__(message, reason=reason, hint=hint)
        self.attempts = attempts
        self.tokens = tokens
        self.cost = cost
        self.failed_checks = failed_checks or []


@dataclass(frozen=True)
class ModelOption:
    """One entry of the model picker."""

    id: str
    label: str
    provider: str
    is_cloud: bool


# --- providers, without importing litellm ------------------------------------------------------------

# provider prefix -> (display name, API key variable, default models)
PROVIDERS: dict[str, tuple[str, str | None, tuple[str, ...]]] = {
    "openai": ("OpenAI", "OPENAI_API_KEY", ("gpt-4o-mini", "gpt-4.1")),
    "anthropic": ("Anthropic", "ANTHROPIC_API_KEY", ("anthropic/claude-haiku-4-5", "anthropic/claude-sonnet-4-5")),
    "gemini": ("Google (Gemini)", "GEMINI_API_KEY", ("gemini/gemini-2.5-flash", "gemini/gemini-2.5-pro")),
    "mistral": ("Mistral AI", "MISTRAL_API_KEY", ("mistral/mistral-small-latest", "mistral/mistral-large-latest")),
    "groq": ("Groq", "GROQ_API_KEY", ("groq/openai/gpt-oss-120b",)),
    "deepseek": ("DeepSeek", "DEEPSEEK_API_KEY", ("deepseek/deepseek-chat",)),
    "openrouter": ("OpenRouter", "OPENROUTER_API_KEY", ("openrouter/openai/gpt-4o-mini",)),
    "xai": ("xAI", "XAI_API_KEY", ()),
    "together_ai": ("Together AI", "TOGETHERAI_API_KEY", ()),
    "fireworks_ai": ("Fireworks AI", "FIREWORKS_API_KEY", ()),
    "cohere": ("Cohere", "COHERE_API_KEY", ()),
    "cohere_chat": ("Cohere", "COHERE_API_KEY", ()),
    "perplexity": ("Perplexity", "PERPLEXITYAI_API_KEY", ()),
    "azure": ("Microsoft Azure OpenAI", "AZURE_API_KEY", ()),
    "bedrock": ("Amazon Bedrock", None, ()),
    "vertex_ai": ("Google Cloud (Vertex AI)", None, ()),
    "huggingface": ("Hugging Face", "HUGGINGFACE_API_KEY", ()),
    "ollama": ("Ollama", None, ()),
    "ollama_chat": ("Ollama", None, ()),
}
LOCAL_PROVIDERS = frozenset({"ollama", "ollama_chat", "lm_studio", "llamafile"})
_BARE_MODEL_PROVIDERS = (
    (re.compile(r"^(gpt-|o\d|chatgpt|text-|davinci|ft:gpt)"), "openai"),
    (re.compile(r"^claude"), "anthropic"),
    (re.compile(r"^gemini"), "vertex_ai"),
    (re.compile(r"^(mistral|codestral|open-mistral|magistral)"), "mistral"),
    (re.compile(r"^command"), "cohere"),
    (re.compile(r"^deepseek"), "deepseek"),
)
DEFAULT_OLLAMA = "http://localhost:11434"


def provider_of(model: str) -> str:
    """The litellm provider a model string goes to ('openai', 'anthropic', 'ollama', ...), or ''."""
    model = (model or "").strip()
    if "/" in model:
        return model.split("/", 1)[0].lower()
    for pattern, provider in _BARE_MODEL_PROVIDERS:
        if pattern.match(model.lower()):
            return provider
    return ""


def provider_name(model: str) -> str:
    provider = provider_of(model)
    return PROVIDERS.get(provider, (provider or "the model provider", None, ()))[0]


def _is_local_url(url: str | None) -> bool:
    if not url:
        return False
    host = (urlsplit(url if "//" in url else f"http://{url}").hostname or "").lower()
    return host in {"localhost", "::1", "0.0.0.0"} or host.startswith("127.") or host.endswith(".localhost")


def _host_of(url: str) -> str:
    parts = urlsplit(url if "//" in url else f"http://{url}")
    return parts.netloc.rsplit("@", 1)[-1] or url  # never repeat credentials written into a URL


def is_cloud(model: str, api_base: str | None = None) -> bool:
    """Does refining with this model send the case off this machine?"""
    model = (model or "").strip()
    if not model or model == OFFLINE_MODEL:
        return False
    if api_base:
        return not _is_local_url(api_base)
    if provider_of(model) in LOCAL_PROVIDERS:
        return not _is_local_url(os.environ.get("OLLAMA_API_BASE") or DEFAULT_OLLAMA)
    return True


def describe_destination(model: str, api_base: str | None = None) -> str | None:
    """The plain sentence the page shows when the case leaves this machine; None when it does not."""
    if not is_cloud(model, api_base):
        return None
    provider = provider_of(model)
    if api_base or provider in LOCAL_PROVIDERS:
        host = _host_of(api_base or os.environ.get("OLLAMA_API_BASE") or DEFAULT_OLLAMA)
        return f"Your case will be sent to the server at {host} to refine the email."
    name = PROVIDERS[provider][0] if provider in PROVIDERS else f"the provider of {model}"
    return f"Your case will be sent to {name} to refine the email."


def _ollama_models(base: str, timeout: float) -> list[str]:
    if urlsplit(base).scheme not in {"http", "https"}:
        return []
    handlers: list[urllib.request.BaseHandler] = [urllib.request.ProxyHandler({})] if _is_local_url(base) else []
    opener = urllib.request.build_opener(*handlers)
    try:
        with opener.open(base.rstrip("/") + "/api/tags", timeout=timeout) as response:
            data = json.loads(response.read(1_000_000))
    except (OSError, ValueError) as exc:  # not running, not Ollama, too slow: simply no local models
        log.debug("no Ollama server at %s: %s", base, exc)
        return []
    models = data.get("models") if isinstance(data, dict) else None
    names = [m.get("name") or m.get("model") for m in models or [] if isinstance(m, dict)]
    return [n for n in names if isinstance(n, str) and n and len(n) < 200]


def available_models(timeout: float = 0.5) -> list[ModelOption]:
    """What the picker offers: offline always; providers whose key is set; a local Ollama's models;
    the configured PROMO_AI_MODEL. Never raises and never waits longer than about `timeout`."""
    options = [ModelOption(OFFLINE_MODEL, "Offline (no model; nothing leaves this machine)", "offline", False)]
    for provider, (name, key_variable, defaults) in PROVIDERS.items():
        if key_variable and os.environ.get(key_variable, "").strip():
            options += [ModelOption(m, f"{m} ({name})", provider, True) for m in defaults]
    ollama_base = os.environ.get("OLLAMA_API_BASE") or DEFAULT_OLLAMA
    where = "on this machine" if _is_local_url(ollama_base) else f"at {_host_of(ollama_base)}"
    for name in _ollama_models(ollama_base, timeout):
        model = f"ollama/{name}"
        options.append(ModelOption(model, f"{name} (Ollama, {where})", "ollama", is_cloud(model)))
    try:
        settings = get_settings()
        configured, api_base = settings.model.strip(), settings.api_base
    except Exception as exc:  # a broken .env must not break the picker
        log.warning("settings unreadable: %s", exc)
        configured, api_base = OFFLINE_MODEL, None
    if configured and configured != OFFLINE_MODEL:
        where = f" at {_host_of(api_base)}" if api_base else ""
        options.append(ModelOption(configured, f"{configured} (configured{where})", provider_of(configured) or "custom",
                                   is_cloud(configured, api_base)))
    unique: dict[str, ModelOption] = {}
    for option in options:
        unique.setdefault(option.id, option)
    return list(unique.values())


# --- prompt helpers -----------------------------------------------------------------------------------

def fence_safe(text: Any) -> str:
    """Data for a fenced block: a closing (or opening) fence tag inside it is made harmless, so text
    the person typed or the guide holds cannot end its fence and pose as an instruction."""
    text = "" if text is None else str(text)
    return _FENCE_BREAK.sub(lambda m: "‹" + m.group(1), text).replace("```", "ʼʼʼ")


# --- litellm, lazily -----------------------------------------------------------------------------------

def _litellm() -> Any:
    os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
    import litellm

    litellm.telemetry = False
    litellm.suppress_debug_info = True
    # instructor logs every failed attempt at ERROR, with the answer in it; we word and log failures
    # ourselves. Quieted only when nobody configured its logger.
    quiet = logging.getLogger("instructor")
    if quiet.level == logging.NOTSET:
        quiet.setLevel(logging.CRITICAL)
    return litellm


def choose_mode(model: str, api_base: str | None = None) -> str:
    """'tools' when the model calls functions, 'json' otherwise; PROMO_AI_MODE overrides."""
    override = os.environ.get(MODE_ENV, "").strip().lower()
    if override in {"tools", "json", "md_json"}:
        return override
    provider = provider_of(model)
    if provider in LOCAL_PROVIDERS:
        return "json"
    if provider == "openai" and api_base:
        return "tools"  # an OpenAI-compatible server: tool calling is the common ground
    try:
        if _litellm().supports_function_calling(model=model):
            return "tools"
    except Exception:  # unknown to litellm's map
        pass
    return "json"


def _instructor_mode(name: str) -> Any:
    import instructor

    return {"tools": instructor.Mode.TOOLS, "json": instructor.Mode.JSON, "md_json": instructor.Mode.MD_JSON}[name]


_SECRET_VALUE = re.compile(r"\b(sk|pk|rk|gsk|xai|key)[-_][A-Za-z0-9_\-]{8,}")


def redact(text: str) -> str:
    """Remove anything that looks like an API key (and the values of *_API_KEY variables)."""
    for name, value in os.environ.items():
        if value and len(value) >= 8 and re.search(r"(API_KEY|_TOKEN|_SECRET)$", name):
            text = text.replace(value, "***")
    return _SECRET_VALUE.sub(lambda m: m.group(1) + "-***", text)


def _short(text: str, limit: int = 200) -> str:
    text = " ".join(redact(str(text)).split())
    # "litellm.InternalServerError: InternalServerError: OpenAIException - upstream down" -> "upstream down"
    text = re.sub(r"^(?:(?:litellm\.)?\w*(?:Error|Exception)\s*[:-]\s*)+", "", text) or text
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in ".!?…" else text + "."


_CHECK_LINE = re.compile(r"- \[(\w+)\] (.+)")


def failed_checks_of(error: BaseException | None) -> list[str]:
    """'[id] message' for each failed check named in a validation error (ours list them as '- [id] ...')."""
    if error is None:
        return []
    text = str(error)
    found = [f"[{m.group(1)}] {m.group(2).split(' [type=', 1)[0].strip()}" for m in _CHECK_LINE.finditer(text)]
    if found:
        return found
    if isinstance(error, json.JSONDecodeError) or "json_invalid" in text or "Invalid JSON" in text:
        return ["[format] the answer was not valid JSON"]
    errors = getattr(error, "errors", None)
    if callable(errors):
        try:
            items = errors()
        except Exception:
            items = []
        fields = sorted({".".join(str(p) for p in e.get("loc", ())) or "answer" for e in items})
        if fields:
            return [f"[format] wrong or missing fields: {', '.join(fields)}"]
    return [f"[format] {_short(text, 160)}"]


def _check_ids(lines: list[str]) -> str:
    ids = []
    for line in lines:
        match = re.match(r"\[(\w+)\]", line)
        label = f"[{match.group(1).removeprefix('grounded_')}]" if match else ""
        if label and label not in ids:
            ids.append(label)
    return ", ".join(ids) or "the answer"


def _retry_after(exc: BaseException) -> float | None:
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


def _backoff_base() -> float:
    try:
        return max(float(os.environ.get(BACKOFF_ENV, "1.0")), 0.0)
    except ValueError:
        return 1.0


# --- one structured generation ----------------------------------------------------------------------

class _Run(Generic[T]):
    """The state of one `structured()` call; `complete` is the function instructor calls per attempt."""

    def __init__(self, litellm: Any, response_model: type[T], *, model: str, api_base: str | None,
                 settings: Settings, mode: str, on_partial: Callable[[T], None] | None,
                 on_status: Callable[[str], None] | None, cancel: threading.Event | None) -> None:
        self.litellm = litellm
        self.response_model = response_model
        self.model = model
        self.api_base = api_base
        self.settings = settings
        self.mode = mode
        self.on_partial = on_partial
        self.on_status = on_status
        self.cancel = cancel
        self.started = time.monotonic()
        self.attempts = 0  # instructor attempts started (the first ask and each re-ask)
        self.answers = 0
        self.tokens: int | None = None
        self.cost: float | None = 0.0
        self.last_parse_error: Exception | None = None
        self.cut_streams = 0
        self.open_streams: list[Iterator[Any]] = []

    def close_streams(self) -> None:
        """Finish the accounting of streams instructor stopped reading (it judged them already)."""
        while self.open_streams:
            stream = self.open_streams.pop()
            close = getattr(stream, "close", None)
            if close is not None:
                try:
                    close()
                except Exception as exc:
                    log.debug("closing a stream failed: %s", exc)

    # status, time, cancel ------------------------------------------------------------------------
    def status(self, text: str) -> None:
        if self.on_status is None:
            return
        try:
            self.on_status(text)
        except Exception as exc:  # a broken status line must not stop the job
            log.debug("on_status failed: %s", exc)

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def remaining(self) -> float:
        return self.settings.deadline - self.elapsed()

    def error(self, message: str, *, reason: str, hint: str | None = None,
              failed_checks: list[str] | None = None) -> GenerationError:
        return GenerationError(message, reason=reason, hint=hint, attempts=self.answers, tokens=self.tokens,
                               cost=self.cost if self.tokens is not None else None, failed_checks=failed_checks)

    def refresh(self, exc: ModelError) -> ModelError:
        """Bring a GenerationError's attempts, tokens and cost up to date (streams close after it is made)."""
        if isinstance(exc, GenerationError):
            exc.attempts = self.answers
            exc.tokens = self.tokens
            exc.cost = self.cost if self.tokens is not None else None
        return exc

    def explain(self, exc: BaseException) -> BaseException:
        """The ModelError for instructor's 'out of attempts', or `exc` itself when it is not ours to word."""
        inner = _model_error_in(exc)
        if inner is not None:
            return self.refresh(inner)
        cause = exc.__cause__
        if cause is not None and classify(self.litellm, cause) != "unexpected":
            return self.failure(cause, classify(self.litellm, cause))
        failures = getattr(exc, "failed_attempts", None) or []
        if not failures:
            return exc
        last = failures[-1].exception
        if self.cut_streams and "cut off" in str(last):
            return self.error(f"The model's answer was cut off before it was complete, {self.answers} time(s).",
                              reason="connection", hint="Check the connection to the model server and refine again.")
        checks = failed_checks_of(last)
        what = "an email" if self.response_model.__name__ == "PromotionEmail" else "an answer"
        return self.error(
            f"The model kept returning {what} that fails our checks after {self.answers} attempt(s): "
            + "; ".join(checks)[:600],
            reason="invalid_output", hint="Try a stronger model or refine again.", failed_checks=checks)

    def cancelled_error(self) -> GenerationError:
        return self.error("Refining was cancelled.", reason="cancelled", hint="Refine again when you are ready.")

    def deadline_error(self) -> GenerationError:
        return self.error(
            f"The model did not finish within the {self.settings.deadline:g} s allowed"
            f" ({self.answers} answer(s) in {self.elapsed():.0f} s).",
            reason="deadline",
            hint="Try again, or choose a faster model; PROMO_AI_DEADLINE sets the limit.",
        )

    def check(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise self.cancelled_error()
        if self.remaining() <= 0.05:
            raise self.deadline_error()

    def sleep(self, seconds: float) -> None:
        if self.cancel is not None:
            if self.cancel.wait(seconds):
                raise self.cancelled_error()
        else:
            time.sleep(seconds)

    # accounting ----------------------------------------------------------------------------------
    def record(self, response: Any) -> None:
        usage = getattr(response, "usage", None)
        total = getattr(usage, "total_tokens", None)
        if isinstance(total, int):
            self.tokens = (self.tokens or 0) + total
        try:
            cost = self.litellm.completion_cost(completion_response=response)
        except Exception:  # a model litellm has no price for: tokens only
            cost = None
        if cost is None or self.cost is None:
            self.cost = None
        else:
            self.cost += float(cost)

    # the call instructor makes ----------------------------------------------------------------------
    def complete(self, *args: Any, **kwargs: Any) -> Any:
        self.close_streams()
        self.attempts += 1
        if self.attempts == 1:
            self.status("Asking the model")
        else:
            fixing = _check_ids(failed_checks_of(self.last_parse_error))
            self.status(f"Re-asking ({self.attempts - 1}/{self.settings.max_reasks}): fixing {fixing}")
        response = self._call_with_retries(kwargs)
        self.answers += 1
        if kwargs.get("stream"):
            tap = self._tap(response, kwargs)
            self.open_streams.append(tap)
            return tap
        self.record(response)
        self.status("Validating")
        return response

    def _call_with_retries(self, kwargs: dict[str, Any]) -> Any:
        litellm = self.litellm
        max_retries = self.settings.max_retries
        for attempt in range(max_retries + 1):
            self.check()
            per_call = min(self.settings.timeout, self.remaining())
            request = {**kwargs, "timeout": per_call, "max_tokens": self.settings.max_tokens,
                       "num_retries": 0, "max_retries": 0}
            try:
                return litellm.completion(**request)
            except Exception as exc:
                kind = classify(litellm, exc)
                if kind == "unexpected":
                    raise
                if kind == "timeout":
                    if per_call < self.settings.timeout:
                        raise self.deadline_error() from None
                    raise self.error(
                        f"The model did not answer within {self.settings.timeout:g} s.", reason="timeout",
                        hint="Try again, or choose a faster model; PROMO_AI_TIMEOUT sets the limit per call.",
                    ) from None
                if kind not in RETRYABLE or attempt == max_retries:
                    raise self.failure(exc, kind, tries=attempt + 1) from None
                delay = _retry_after(exc)
                if delay is None or delay > MAX_RETRY_AFTER:
                    waited_for = delay
                    delay = min(_backoff_base() * 2 ** attempt, MAX_BACKOFF) * random.uniform(0.8, 1.0)
                    if waited_for is not None and waited_for > self.remaining():
                        raise self.failure(exc, kind, tries=attempt + 1, wait=waited_for) from None
                if delay >= self.remaining() - 0.05:
                    raise self.failure(exc, kind, tries=attempt + 1, wait=delay) from None
                what = {"rate_limited": "is limiting requests", "server_error": "had a server error",
                        "connection": "could not be reached"}[kind]
                self.status(f"The model server {what}; trying again in {delay:.1f} s ({attempt + 1}/{max_retries})")
                log.info("retrying %s after %s (%s)", self.model, kind, _short(str(exc), 120))
                self.sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    def failure(self, exc: BaseException, kind: str, *, tries: int = 1, wait: float | None = None
                ) -> GenerationError:
        """A ModelError for an HTTP-level failure, worded for a person."""
        status = getattr(exc, "status_code", None)
        who = provider_name(self.model) if not self.api_base else f"The server at {_host_of(self.api_base)}"
        who = who[0].upper() + who[1:]
        times = f" after {tries} tries" if tries > 1 else ""
        later = f" (it asks to wait {wait:.0f} s, beyond the time left)" if wait else ""
        if kind == "rate_limited":
            return self.error(f"{who} is limiting requests (429){times}{later}.", reason="rate_limited",
                              hint="Wait a minute and refine again, or choose another model.")
        if kind == "server_error":
            return self.error(f"{who} had a server error ({status or '5xx'}){times}: {_sentence(_short(str(exc)))}",
                              reason="server_error", hint="Try again later, or choose another model.")
        if kind == "connection":
            where = _host_of(self.api_base) if self.api_base else who
            log.info("could not reach %s: %s", where, _short(str(exc)))
            return self.error(f"Could not reach {where}{times}.", reason="connection",
                              hint="Check the network, or that the model server is running and"
                                   " PROMO_AI_API_BASE points at it.")
        if kind == "auth":
            variable = ("PROMO_AI_API_KEY" if self.api_base else
                        PROVIDERS.get(provider_of(self.model), ("", None, ()))[1] or "the provider's API key variable")
            return self.error(f"{who} refused the API key ({status or 401}).", reason="auth",
                              hint=f"Check {variable}; promo-ai reads it from the environment and never stores it.")
        if kind == "not_configured":
            return self.error(f"litellm does not know how to reach the model {self.model!r}.",
                              reason="not_configured",
                              hint="Use a litellm model string such as gpt-4o-mini, anthropic/claude-haiku-4-5 or"
                                   " ollama/llama3.2, and set the provider's API key.")
        return self.error(f"{who} rejected the request ({status or 400}): {_sentence(_short(str(exc)))}",
                          reason="bad_request",
                          hint=f"Check the model name {self.model!r} (and PROMO_AI_API_BASE for your own server).")

    # streaming -------------------------------------------------------------------------------------
    def _tap(self, stream: Any, kwargs: dict[str, Any]) -> Iterator[Any]:
        """Pass litellm's chunks on to instructor while showing the object as it is written.
        Also: cancel and deadline per chunk; a cut stream becomes a re-ask; usage and cost at the end."""
        from instructor.core.exceptions import IncompleteOutputException, ResponseParsingError

        chunks: list[Any] = []
        text = ""
        last_shown: Any = None
        finish: str | None = None
        complete = False
        self.status("Writing")
        try:
            for chunk in stream:
                self.check()
                chunks.append(chunk)
                choice = chunk.choices[0] if getattr(chunk, "choices", None) else None
                if choice is not None:
                    finish = getattr(choice, "finish_reason", None) or finish
                    piece = _delta_text(choice, self.mode)
                    if piece:
                        text += piece
                        last_shown = self._show_partial(text, last_shown)
                yield chunk
            complete = True
        except ModelError:
            raise
        except GeneratorExit:  # instructor stopped reading: it judged the object complete (and failing)
            raise
        except Exception as exc:
            original = getattr(exc, "original_exception", None) or exc
            kind = classify(self.litellm, original)
            if kind == "timeout":
                if self.remaining() <= 0.1:
                    raise self.deadline_error() from None
                raise self.error(f"The model stopped sending for more than {self.settings.timeout:g} s.",
                                 reason="timeout", hint="Try again, or choose a faster model.") from None
            if kind in {"connection", "server_error"}:
                self.cut_streams += 1
                log.info("stream from %s was cut: %s", self.model, _short(str(exc), 120))
                raise ResponseParsingError(
                    "The answer stopped before it was complete (the stream was cut off). Answer again, in full."
                ) from exc
            raise
        finally:
            self._record_stream(chunks, kwargs)
        if complete and finish == "length":
            raise IncompleteOutputException(last_completion=None)
        self.status("Validating")

    def _record_stream(self, chunks: list[Any], kwargs: dict[str, Any]) -> None:
        if not chunks:
            return
        try:
            built = self.litellm.stream_chunk_builder(chunks, messages=kwargs.get("messages"))
        except Exception as exc:
            log.debug("could not rebuild the stream for usage: %s", exc)
            return
        if built is not None:
            self.record(built)

    def _show_partial(self, text: str, last_shown: Any) -> Any:
        if self.on_partial is None:
            return last_shown
        from pydantic_core import from_json

        start = text.find("{")
        if start < 0:
            return last_shown
        try:
            data = from_json(text[start:], allow_partial="trailing-strings")
        except ValueError:
            return last_shown
        if not isinstance(data, dict) or data == last_shown:
            return last_shown
        fields = {k: v for k, v in data.items() if k in self.response_model.model_fields}
        try:
            self.on_partial(self.response_model.model_construct(**fields))
        except Exception as exc:
            log.debug("on_partial failed: %s", exc)
        return data


def _delta_text(choice: Any, mode: str) -> str:
    delta = getattr(choice, "delta", None)
    if delta is None:
        return ""
    if mode == "tools":
        calls = getattr(delta, "tool_calls", None) or []
        function = getattr(calls[0], "function", None) if calls else None
        return getattr(function, "arguments", None) or ""
    return getattr(delta, "content", None) or ""


_TIMEOUT_ERRORS = frozenset({"APITimeoutError", "Timeout", "ReadTimeout", "WriteTimeout", "ConnectTimeout",
                             "PoolTimeout", "TimeoutException", "TimeoutError"})
_CONNECTION_ERRORS = frozenset({"APIConnectionError", "ConnectError", "RemoteProtocolError", "ReadError",
                                "NetworkError", "ConnectionError", "ConnectionRefusedError", "ConnectionResetError"})


def _chain(exc: BaseException) -> list[BaseException]:
    found: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and all(current is not seen for seen in found) and len(found) < 12:
        found.append(current)
        current = current.__cause__ or current.__context__
    return found


def classify(litellm: Any, exc: BaseException) -> str:
    """One of REASONS for an exception raised by a litellm call, or 'unexpected'."""
    if isinstance(exc, litellm.Timeout):
        return "timeout"
    if isinstance(exc, litellm.RateLimitError):
        return "rate_limited"
    if isinstance(exc, (litellm.AuthenticationError, litellm.PermissionDeniedError)):
        return "auth"
    # litellm reports a refused connection as a 500 (and a timeout inside a stream as a 503): look beneath.
    names = {type(e).__name__ for e in _chain(exc)}
    if names & _TIMEOUT_ERRORS:
        return "timeout"
    if names & _CONNECTION_ERRORS:
        return "connection"
    status = getattr(exc, "status_code", None)
    if isinstance(status, int) and status >= 500:
        return "server_error"
    if isinstance(exc, litellm.BadRequestError) and "LLM Provider NOT provided" in str(exc):
        return "not_configured"
    if isinstance(exc, (litellm.BadRequestError, litellm.NotFoundError)) or (
        isinstance(status, int) and 400 <= status < 500
    ):
        return "bad_request"
    return "unexpected"


_END_RAW = re.compile(r"\{%[-+]?\s*endraw\s*[-+]?%\}")


def jinja_literal(text: str) -> str:
    """instructor renders every message as a Jinja2 template when a validation context is given;
    wrapped like this, a message (and any '{{' or '{%' the person typed) comes out exactly as written."""
    return "{% raw %}" + _END_RAW.sub(lambda m: m.group(0).replace("%", "% "), text) + "{% endraw %}"


def _missing_keys(litellm: Any, model: str) -> list[str]:
    try:
        found = litellm.validate_environment(model=model)
    except Exception:  # litellm cannot tell: let the call say
        return []
    missing = found.get("missing_keys") if isinstance(found, dict) else None
    return [str(k) for k in missing or [] if "KEY" in str(k) or "TOKEN" in str(k)]


def _retrying(attempts: int) -> Any:
    from instructor.core.exceptions import ResponseParsingError
    from pydantic import ValidationError
    from tenacity import Retrying, retry_if_exception_type, stop_after_attempt

    return Retrying(
        stop=stop_after_attempt(attempts),
        retry=retry_if_exception_type((ValidationError, json.JSONDecodeError, ResponseParsingError)),
        reraise=True,
    )


def _model_error_in(exc: BaseException) -> ModelError | None:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, ModelError):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


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
) -> Generated[T]:
    """Ask `model` for a `response_model`, validated with `context`; re-asked with the validation errors
    at most settings.max_reasks times; within settings.deadline in all. Raises GenerationError (a
    ModelError) with a `reason` from REASONS; any other exception is a bug in a library below us."""
    settings = settings or get_settings()
    model = (model or "").strip()
    if not model or model == OFFLINE_MODEL:
        raise GenerationError("No model is chosen, so there is nothing to refine with.", reason="not_configured",
                              hint="Choose a model on the page, or set PROMO_AI_MODEL (e.g. gpt-4o-mini).")
    litellm = _litellm()
    import instructor
    from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException

    mode = choose_mode(model, api_base)
    run: _Run[T] = _Run(litellm, response_model, model=model, api_base=api_base, settings=settings, mode=mode,
                        on_partial=on_partial, on_status=on_status, cancel=cancel)
    client = instructor.from_litellm(run.complete, mode=_instructor_mode(mode))

    def remember_parse_error(error: Exception, **_: Any) -> None:
        run.last_parse_error = error

    client.on("parse:error", remember_parse_error)
    request: dict[str, Any] = {
        "model": model,
        "messages": [{"role": "system", "content": jinja_literal(system) if context else system},
                     {"role": "user", "content": jinja_literal(user) if context else user}],
        "max_tokens": settings.max_tokens,
        "timeout": settings.timeout,
        "drop_params": True,
    }
    if api_base:
        request["api_base"] = api_base
        # A server of one's own gets its own key (PROMO_AI_API_KEY), never a provider's key from the
        # environment: typing an address into the page must not send OPENAI_API_KEY to it.
        request["api_key"] = os.environ.get("PROMO_AI_API_KEY") or "no-key-needed"
    elif provider_of(model) not in LOCAL_PROVIDERS:
        missing = _missing_keys(litellm, model)
        if missing:
            raise GenerationError(
                f"{provider_name(model)} needs an API key to use {model}, and {', '.join(missing)} is not set.",
                reason="not_configured",
                hint=f"Set {missing[0]} in the environment (promo-ai never stores it), or choose another model.")
    attempts = settings.max_reasks + 1
    log.info("structured %s from %s (mode %s, up to %d attempts)", response_model.__name__, model, mode, attempts)
    value: Any
    try:
        try:
            if on_partial is not None:
                if provider_of(model) == "openai" and not api_base:  # servers of one's own may reject it
                    request["stream_options"] = {"include_usage": True}
                partials = client.create_partial(response_model=response_model, context=context, strict=False,
                                                 max_retries=_retrying(attempts), **request)
                value = list(partials)[-1] if partials else None
            else:
                value = client.create(response_model=response_model, context=context, strict=False,
                                      max_retries=_retrying(attempts), **request)
        finally:
            run.close_streams()
        if not isinstance(value, response_model):  # e.g. a stream that ended early: judge what came
            value = response_model.model_validate(
                value.model_dump() if isinstance(value, BaseModel) else {}, context=context)
    except ModelError as exc:
        raise run.refresh(exc) from None
    except IncompleteOutputException:
        raise run.error(
            f"The model's answer was cut off at the {settings.max_tokens}-token limit.", reason="invalid_output",
            hint="Raise PROMO_AI_MAX_TOKENS, or choose a model that writes more concisely.") from None
    except InstructorRetryException as exc:
        raise run.explain(exc) from None
    except ValidationError as exc:
        checks = failed_checks_of(exc)
        raise run.error("The model's answer fails our checks: " + "; ".join(checks)[:600], reason="invalid_output",
                        hint="Try a stronger model or refine again.", failed_checks=checks) from None
    except Exception as exc:
        inner = _model_error_in(exc)
        if inner is not None:
            raise run.refresh(inner) from None
        kind = classify(litellm, exc)
        if kind != "unexpected":
            raise run.failure(exc, kind) from None
        raise
    run.status("Passed every check")
    return Generated(value=value, tokens=run.tokens, cost=run.cost if run.tokens is not None else None,
                     attempts=run.answers, model=model)
