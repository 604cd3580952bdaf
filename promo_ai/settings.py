"""One Settings object: PROMO_AI_* environment variables and an optional .env file."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

OFFLINE_MODEL = "offline"


def _default_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "promo-ai"


class Settings(BaseSettings):
    """Where state lives and how models are reached. Provider keys (OPENAI_API_KEY, ...) are never fields
    here: litellm reads them from its usual environment variables. The one key held is `api_key`, for a
    server of one's own (PROMO_AI_API_BASE), as a SecretStr: it is never printed, logged or stored."""

    model_config = SettingsConfigDict(env_prefix="PROMO_AI_", env_file=".env", extra="ignore")

    home: Path = Field(default_factory=_default_home, description="All files promo-ai writes live here.")
    model: str = Field(default=OFFLINE_MODEL, description="A litellm model string, or 'offline'.")
    api_base: str | None = Field(default=None, description="Base URL of an OpenAI-compatible server.")
    timeout: float = Field(default=30.0, gt=0, description="Seconds allowed for one model call.")
    deadline: float = Field(default=90.0, gt=0, description="Seconds allowed for one whole refine.")
    max_reasks: int = Field(default=2, ge=0, le=5, description="Re-asks after a failed validation.")
    max_retries: int = Field(default=2, ge=0, le=6, description="Retries on 429 and 5xx answers.")
    max_tokens: int = Field(default=1500, gt=0)
    backoff: float = Field(default=1.0, ge=0, le=30, description="Seconds before the first retry; doubles each time.")
    mode: Literal["tools", "json", "md_json"] | None = Field(
        default=None, description="How a model is asked for structure; chosen per model when unset.")
    api_key: SecretStr | None = Field(default=None, description="The key of the server at api_base, if it needs one.")
    chroma_url: str | None = Field(default=None, description="A Chroma server; embedded when unset.")
    embedding: str = Field(default="local", description="'local' or a litellm embedding model.")
    date_order: Literal["dmy", "mdy"] = Field(
        default="dmy", description="How 3/12 in meeting notes is read: day first (dmy) or month first (mdy).")
    # Every wait has a limit (promo_ai/llm/waits.py). A model on this machine reads a long prompt slowly on
    # a CPU: it gets local_first_answer for its answer to start and, unless PROMO_AI_DEADLINE is set,
    # local_deadline for a whole refine.
    stall: float = Field(default=20.0, gt=0, description="Seconds a streamed answer may pause between two parts.")
    local_first_answer: float = Field(default=120.0, gt=0,
                                      description="Seconds a model on this machine may take before its answer starts.")
    local_deadline: float = Field(default=300.0, gt=0,
                                  description="Seconds for one whole refine with a model on this machine.")
    guidance_timeout: float = Field(default=15.0, gt=0,
                                    description="Seconds one guidance lookup may take; then it goes on without.")

    @field_validator("mode", mode="before")
    @classmethod
    def _mode_name(cls, value: object) -> object:
        if isinstance(value, str):
            return value.strip().lower() or None
        return value

    @field_validator("date_order", mode="before")
    @classmethod
    def _date_order(cls, value: object) -> object:
        if isinstance(value, str):  # "DMY", "d/m/y", "day-first" read as the setting means
            key = "".join(ch for ch in value.lower() if ch.isalpha())
            return {"dayfirst": "dmy", "monthfirst": "mdy", "dmy": "dmy", "mdy": "mdy"}.get(key, value)
        return value

    @property
    def db_path(self) -> Path:
        return self.home / "promo-ai.sqlite3"

    @property
    def chroma_path(self) -> Path:
        return self.home / "chroma"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()


def reset_settings() -> None:
    """Forget the cached settings (tests and `--home` change the environment)."""
    get_settings.cache_clear()


def resource_dir(name: str) -> Path:
    """prompts/ and data/ live at the top of the checkout and inside the installed wheel."""
    package_dir = Path(__file__).resolve().parent
    for candidate in (package_dir / name, package_dir.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"promo-ai is missing its {name}/ folder; reinstall the package.")
