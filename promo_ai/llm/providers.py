"""Providers and the model picker: which models can be offered, where a case goes, how to ask each one.

Nothing here imports litellm at module level: the picker, `is_cloud` and `describe_destination` run on
every page load and in `promo-ai --help`. `load_litellm()` is the one door to litellm (and its cost map
is read from the package, never the network). Provider keys are only ever tested for presence
(`key_is_set`); their values stay in the environment, where litellm reads them.
"""

from __future__ import annotations

import json
import logging
import os
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from promo_ai.settings import OFFLINE_MODEL, Settings, get_settings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ModelOption:
    """One entry of the model picker."""

    id: str
    label: str
    provider: str
    is_cloud: bool


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


def key_is_set(variable: str) -> bool:
    """Is this provider key variable set? Only its presence is looked at, never kept."""
    return bool(os.environ.get(variable, "").strip())


def ollama_base() -> str:
    """Where Ollama answers: litellm's OLLAMA_API_BASE, or its default on this machine."""
    return os.environ.get("OLLAMA_API_BASE") or DEFAULT_OLLAMA


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


def key_variable(model: str) -> str | None:
    """The environment variable that holds the key for this model's provider, when there is one."""
    return PROVIDERS.get(provider_of(model), ("", None, ()))[1]


def is_local_url(url: str | None) -> bool:
    if not url:
        return False
    host = (urlsplit(url if "//" in url else f"http://{url}").hostname or "").lower()
    return host in {"localhost", "::1", "0.0.0.0"} or host.startswith("127.") or host.endswith(".localhost")


def host_of(url: str) -> str:
    """host[:port] of a URL, never the credentials written into it."""
    parts = urlsplit(url if "//" in url else f"http://{url}")
    return parts.netloc.rsplit("@", 1)[-1] or url


def is_cloud(model: str, api_base: str | None = None) -> bool:
    """Does refining with this model send the case off this machine?"""
    model = (model or "").strip()
    if not model or model == OFFLINE_MODEL:
        return False
    if api_base:
        return not is_local_url(api_base)
    if provider_of(model) in LOCAL_PROVIDERS:
        return not is_local_url(ollama_base())
    return True


def describe_destination(model: str, api_base: str | None = None) -> str | None:
    """The plain sentence the page shows when the case leaves this machine; None when it does not."""
    if not is_cloud(model, api_base):
        return None
    provider = provider_of(model)
    if api_base or provider in LOCAL_PROVIDERS:
        return f"Your case will be sent to the server at {host_of(api_base or ollama_base())} to refine the email."
    name = PROVIDERS[provider][0] if provider in PROVIDERS else f"the provider of {model}"
    return f"Your case will be sent to {name} to refine the email."


def _ollama_models(base: str, timeout: float) -> list[str]:
    import urllib.request  # here: the picker needs it, `promo-ai --help` does not

    if urlsplit(base).scheme not in {"http", "https"}:
        return []
    handlers: list[urllib.request.BaseHandler] = [urllib.request.ProxyHandler({})] if is_local_url(base) else []
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
    for provider, (name, variable, defaults) in PROVIDERS.items():
        if variable and key_is_set(variable):
            options += [ModelOption(m, f"{m} ({name})", provider, True) for m in defaults]
    base = ollama_base()
    where = "on this machine" if is_local_url(base) else f"at {host_of(base)}"
    for name in _ollama_models(base, timeout):
        model = f"ollama/{name}"
        options.append(ModelOption(model, f"{name} (Ollama, {where})", "ollama", is_cloud(model)))
    try:
        settings = get_settings()
        configured, api_base = settings.model.strip(), settings.api_base
    except Exception as exc:  # a broken .env must not break the picker
        log.warning("settings unreadable: %s", exc)
        configured, api_base = OFFLINE_MODEL, None
    if configured and configured != OFFLINE_MODEL:
        where = f" at {host_of(api_base)}" if api_base else ""
        options.append(ModelOption(configured, f"{configured} (configured{where})", provider_of(configured) or "custom",
                                   is_cloud(configured, api_base)))
    unique: dict[str, ModelOption] = {}
    for option in options:
        unique.setdefault(option.id, option)
    return list(unique.values())


# --- litellm, lazily ------------------------------------------------------------------------------------

def load_litellm() -> Any:
    """litellm, imported on first use (it takes seconds), with telemetry off and the cost map local."""
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


def choose_mode(model: str, api_base: str | None = None, settings: Settings | None = None) -> str:
    """'tools' when the model calls functions, 'json' otherwise; PROMO_AI_MODE (settings.mode) overrides."""
    override = (settings or get_settings()).mode
    if override:
        return override
    provider = provider_of(model)
    if provider in LOCAL_PROVIDERS:
        return "json"
    if provider == "openai" and api_base:
        return "tools"  # an OpenAI-compatible server: tool calling is the common ground
    try:
        if load_litellm().supports_function_calling(model=model):
            return "tools"
    except Exception:  # unknown to litellm's map
        pass
    return "json"


def instructor_mode(name: str) -> Any:
    import instructor

    return {"tools": instructor.Mode.TOOLS, "json": instructor.Mode.JSON, "md_json": instructor.Mode.MD_JSON}[name]


def missing_keys(litellm: Any, model: str) -> list[str]:
    """The key variables litellm says this model needs and the environment lacks (names only)."""
    try:
        found = litellm.validate_environment(model=model)
    except Exception:  # litellm cannot tell: let the call say
        return []
    missing = found.get("missing_keys") if isinstance(found, dict) else None
    return [str(k) for k in missing or [] if "KEY" in str(k) or "TOKEN" in str(k)]


def routable(litellm: Any, model: str, api_base: str | None) -> bool:
    """Does litellm know which provider to send this model string to?"""
    try:
        litellm.get_llm_provider(model=model, api_base=api_base)
    except Exception:
        return False
    return True
