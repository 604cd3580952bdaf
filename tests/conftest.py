"""Shared fixtures. Every test runs with its own PROMO_AI_HOME, so no test touches real state."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

from promo_ai.settings import reset_settings

# The suite draws the same generated examples every run, so a pass means the same thing each time; explore
# new ones with HYPOTHESIS_PROFILE=explore (and PROMO_AI_FUZZ_EXAMPLES=2000 for the composer).
hypothesis_settings.register_profile("suite", derandomize=True)
hypothesis_settings.register_profile("explore", derandomize=False)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "suite"))

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "data" / "examples"


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path_factory.mktemp("promo-home")
    for variable in [v for v in os.environ if v.startswith("PROMO_AI_")]:  # a developer's own settings stay out
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("PROMO_AI_HOME", str(home))
    monkeypatch.setenv("ANONYMIZED_TELEMETRY", "False")
    reset_settings()
    yield home
    reset_settings()
