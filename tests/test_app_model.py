"""The page with a model: through litellm's real HTTP path to a scripted server."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from tests import scripted_server as scripted
from tests.scripted_server import ScriptedServer, answer, error
from tests.test_app import click, drafted, every_check_passes, goto, kinds, markdown, start

scripted_server = scripted.scripted_server


def _model_page(server: ScriptedServer, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    monkeypatch.setenv("PROMO_AI_MODEL", server.model)
    monkeypatch.setenv("PROMO_AI_API_BASE", server.api_base)
    monkeypatch.setenv("PROMO_AI_TIMEOUT", "5")
    monkeypatch.setenv("PROMO_AI_DEADLINE", "20")
    monkeypatch.setenv("PROMO_AI_BACKOFF", "0")  # retries without waiting: the test is about what is shown
    from promo_ai.settings import reset_settings

    reset_settings()
    at = start()
    assert next(s for s in at.selectbox if s.label == "Refine with").value == server.model
    return at


def _refined_sections() -> dict[str, object]:
    from promo_ai.case import load_case
    from promo_ai.compose import compose
    from tests.conftest import EXAMPLES

    email = compose(load_case(EXAMPLES / "business-analyst.yaml")).email
    return email.model_dump() | {"opening": "I've been reflecting on my next step, and I'd value a conversation "
                                            "about it in our next 1-on-1. Here is my thinking in writing first."}


def test_a_model_refines_the_draft_from_the_page(scripted_server: ScriptedServer,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    at = _model_page(scripted_server, monkeypatch)
    scripted_server.script(answer(_refined_sections()))
    drafted(at)
    assert "I've been reflecting on my next step" in markdown(at)
    assert every_check_passes(at)
    assert any(scripted_server.model in c.value and "tokens" in c.value for c in at.caption)
    assert kinds() == ["draft", "refined"]
    click(at, "Draft my email")  # nothing changed: the refined version stays, no new draft, no new call
    assert kinds() == ["draft", "refined"]


def test_a_failing_model_keeps_the_draft_and_says_why(scripted_server: ScriptedServer,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    at = _model_page(scripted_server, monkeypatch)
    scripted_server.script(*[error(500) for _ in range(12)])
    drafted(at)
    assert any("could not improve the draft" in e.value for e in at.error)
    assert "Jordan's analysis kept our launch on schedule." in markdown(at) and every_check_passes(at)
    assert kinds() == ["draft"]


def test_a_model_polishes_the_talking_points_from_the_page(scripted_server: ScriptedServer,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    at = _model_page(scripted_server, monkeypatch)
    scripted_server.script(answer(_refined_sections()))
    drafted(at)
    from tests.test_talk import _polished

    scripted_server.script(answer(_polished()))
    click(goto(at, "talk"), f"Polish the talking points with {scripted_server.model}")
    assert "I'd like to talk about being promoted to Senior Business Analyst." in markdown(at)
