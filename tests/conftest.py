"""Shared fixtures. Every test runs with its own PROMO_AI_HOME, so no test touches real state."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

from promo_ai.notes.learned import every_step_kept
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


@pytest.fixture
def rules_only() -> Iterator[None]:
    """The reader's rules as written: every step they find is proposed, none weighed by the trained step model
    (which leaves out steps the labelled notes do not count, such as "Gavin decides": the outcome said again).
    For tests of what the rules read; tests of what a person is offered use the reader as shipped."""
    with every_step_kept():
        yield


# The slowest files first: `--dist loadfile` hands files out in collection order (`--no-loadscope-reorder`), so a
# long file picked up last would leave the other workers idle while it runs. xdist gives a worker whose first file
# has a single test a second file at once, queued behind it: two small files wait behind the two browser walks.
SLOWEST_FIRST = ("test_browser.py", "test_browser_phone.py", "test_faults_refine.py", "test_text.py", "test_diff.py",
                 "test_faults_steps.py", "test_app.py", "test_app_state.py", "test_grounding_examples.py",
                 "test_faults_guidance.py", "test_app_after.py", "test_llm_refine.py", "test_app_case.py",
                 "test_guidance_lookup.py", "test_app_export.py", "test_redteam_payloads.py", "test_store.py")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    rank = {name: position for position, name in enumerate(SLOWEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))  # stable: the rest keep their order
