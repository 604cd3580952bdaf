"""Shared fixtures. Every test runs with its own PROMO_AI_HOME, so no test touches real state."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from promo_ai.settings import reset_settings

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "data" / "examples"


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path_factory.mktemp("promo-home")
    monkeypatch.setenv("PROMO_AI_HOME", str(home))
    for variable in ("PROMO_AI_MODEL", "PROMO_AI_API_BASE", "PROMO_AI_CHROMA_URL", "PROMO_AI_EMBEDDING"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("ANONYMIZED_TELEMETRY", "False")
    reset_settings()
    yield home
    reset_settings()
