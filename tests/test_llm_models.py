"""Model choice and the edges of the LLM layer: what the picker offers, where a case goes, lazy imports,
fences, and prompts for other kinds of case. Servers are local (127.0.0.1) and started here."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from promo_ai.case import load_case
from promo_ai.llm import (
    PROVIDERS,
    available_models,
    choose_mode,
    describe_destination,
    fence_safe,
    is_cloud,
    redact,
)
from promo_ai.offline import offline_draft
from promo_ai.refine import refine
from promo_ai.settings import Settings, reset_settings
from tests import scripted_server as scripted
from tests.scripted_server import DUMMY_KEY, ScriptedServer, answer

scripted_server = scripted.scripted_server  # the fixture

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "data" / "examples"


@pytest.fixture
def no_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    for _, variable, _ in PROVIDERS.values():
        if variable:
            monkeypatch.delenv(variable, raising=False)
    monkeypatch.delenv("OLLAMA_API_BASE", raising=False)


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_available_models_offers_what_can_be_used(no_keys: None, scripted_server: ScriptedServer,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", DUMMY_KEY)
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-dummy-0123456789")
    scripted_server.ollama_tags = ["llama3.2:latest", "qwen2.5:7b"]
    monkeypatch.setenv("OLLAMA_API_BASE", f"http://127.0.0.1:{scripted_server.port}")
    monkeypatch.setenv("PROMO_AI_MODEL", "openai/house-model")
    monkeypatch.setenv("PROMO_AI_API_BASE", "http://localhost:8000/v1")
    reset_settings()

    options = available_models()
    ids = [o.id for o in options]
    assert ids[0] == "offline" and not options[0].is_cloud
    assert {"gpt-4o-mini", "anthropic/claude-haiku-4-5"} <= set(ids)
    assert not any(i.startswith(("gemini/", "mistral/", "groq/")) for i in ids)  # no key, not offered
    assert "ollama/llama3.2:latest" in ids and "ollama/qwen2.5:7b" in ids
    local = {o.id: o for o in options}
    assert not local["ollama/llama3.2:latest"].is_cloud and local["gpt-4o-mini"].is_cloud
    assert local["ollama/qwen2.5:7b"].label == "qwen2.5:7b (Ollama, on this machine)"
    house = local["openai/house-model"]
    assert not house.is_cloud and "configured at localhost:8000" in house.label
    assert len(ids) == len(set(ids))
    assert all(DUMMY_KEY not in f"{o}" for o in options)


def test_available_models_without_anything(no_keys: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OLLAMA_API_BASE", f"http://127.0.0.1:{closed_port()}")
    assert [o.id for o in available_models()] == ["offline"]


def test_a_silent_ollama_does_not_hold_up_the_picker(no_keys: None, monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as silent:  # accepts connections (backlog) and never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(4)
        monkeypatch.setenv("OLLAMA_API_BASE", f"http://127.0.0.1:{silent.getsockname()[1]}")
        options = available_models(timeout=0.3)  # returns (after the timeout) instead of waiting for it
    assert [o.id for o in options] == ["offline"]


@pytest.mark.parametrize(("model", "api_base", "cloud"), [
    ("offline", None, False),
    ("", None, False),
    ("ollama/llama3.2", None, False),
    ("ollama_chat/llama3.2", None, False),
    ("openai/local-model", "http://localhost:8000/v1", False),
    ("openai/local-model", "http://127.0.0.1:1234/v1", False),
    ("gpt-4o-mini", None, True),
    ("anthropic/claude-haiku-4-5", None, True),
    ("openai/hosted", "https://llm.example.com/v1", True),
])
def test_is_cloud(no_keys: None, model: str, api_base: str | None, cloud: bool) -> None:
    assert is_cloud(model, api_base) is cloud


def test_a_remote_ollama_is_not_this_machine(no_keys: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OLLAMA_API_BASE", "http://gpu-box.lan:11434")
    assert is_cloud("ollama/llama3.2")
    assert describe_destination("ollama/llama3.2") == \
        "Your case will be sent to the server at gpu-box.lan:11434 to refine the email."


def test_describe_destination(no_keys: None) -> None:
    assert describe_destination("offline") is None
    assert describe_destination("ollama/llama3.2") is None
    assert describe_destination("openai/x", "http://localhost:8000/v1") is None
    assert describe_destination("gpt-4o-mini") == "Your case will be sent to OpenAI to refine the email."
    assert describe_destination("anthropic/claude-sonnet-4-5") == \
        "Your case will be sent to Anthropic to refine the email."
    assert describe_destination("gemini/gemini-2.5-flash") == \
        "Your case will be sent to Google (Gemini) to refine the email."
    # a server of one's own, elsewhere: its address, without any credentials written into the URL
    assert describe_destination("openai/x", "https://me:secret@llm.example.com/v1") == \
        "Your case will be sent to the server at llm.example.com to refine the email."
    assert describe_destination("someprovider/model-x") == \
        "Your case will be sent to the provider of someprovider/model-x to refine the email."


def test_mode_per_model(no_keys: None, monkeypatch: pytest.MonkeyPatch) -> None:
    assert choose_mode("openai/anything", "http://127.0.0.1:9/v1") == "tools"
    assert choose_mode("ollama/llama3.2") == "json"
    assert choose_mode("gpt-4o-mini") == "tools"  # litellm's map says it calls functions
    assert choose_mode("gpt-4o-mini", settings=Settings(mode="md_json")) == "md_json"
    monkeypatch.setenv("PROMO_AI_MODE", " JSON ")
    reset_settings()
    assert choose_mode("gpt-4o-mini") == "json"  # PROMO_AI_MODE, read by Settings


def test_every_promo_ai_variable_is_a_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PROMO_AI_BACKOFF", "0.25")
    monkeypatch.setenv("PROMO_AI_API_KEY", DUMMY_KEY)
    monkeypatch.setenv("PROMO_AI_MODE", "tools")
    settings = Settings()
    assert (settings.backoff, settings.mode) == (0.25, "tools")
    assert settings.api_key is not None and settings.api_key.get_secret_value() == DUMMY_KEY
    assert DUMMY_KEY not in repr(settings) and DUMMY_KEY not in str(settings.model_dump())
    with pytest.raises(ValueError):
        Settings(mode="yaml")


def test_nothing_else_reads_promo_ai_variables() -> None:
    """Settings is the one reader of PROMO_AI_* variables."""
    reads = re.compile(r"""(?:environ\.get|getenv|environ\.pop)\(\s*["']PROMO_AI_"""  # a read,
                       r"""|environ\[\s*["']PROMO_AI_\w*["']\s*\](?!\s*=)""")  # not a write
    readers = [path.relative_to(ROOT).as_posix() for path in (ROOT / "promo_ai").rglob("*.py")
               if path.name != "settings.py" and reads.search(path.read_text(encoding="utf-8"))]
    assert readers == []


def test_importing_costs_no_litellm(tmp_path: Path) -> None:
    code = (
        "import sys, promo_ai.llm, promo_ai.workflow, promo_ai.refine\n"
        "from promo_ai.llm import available_models, describe_destination, is_cloud\n"
        "available_models(timeout=0.1); describe_destination('gpt-4o-mini'); is_cloud('gpt-4o-mini')\n"
        "print(sorted(m for m in ('litellm', 'instructor', 'openai') if m in sys.modules))\n"
    )
    env = {**os.environ, "OLLAMA_API_BASE": f"http://127.0.0.1:{closed_port()}", "PROMO_AI_HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT,
                         timeout=60, check=True)
    assert out.stdout.strip() == "[]"


def test_fences_cannot_be_closed_from_inside() -> None:
    assert fence_safe("ok </case> then") == "ok ‹/case> then"
    assert fence_safe("< / NOTES >") == "‹ / NOTES >"
    assert fence_safe("<guidance><draft></data>") == "‹guidance>‹draft>‹/data>"
    assert fence_safe("```\ncode") == "ʼʼʼ\ncode"
    assert fence_safe("a < b and <b>bold</b>, <cases>") == "a < b and <b>bold</b>, <cases>"
    assert fence_safe(None) == ""


def test_redact(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOME_PROVIDER_API_KEY", "abcdefgh12345678")
    assert redact("key abcdefgh12345678 and sk-proj-ABCDEFGHIJKL") == "key *** and sk-***"


def test_prompts_follow_the_case(scripted_server: ScriptedServer) -> None:
    """A case with a meeting date and no praise: the prompt asks for the date and no praise; the
    refined email goes back through the same checks."""
    case = load_case(EXAMPLES / "nurse.yaml")
    assert case.meeting_date is not None and not case.accolades
    first = offline_draft(case, with_guidance=False)
    scripted_server.script(answer(first.email.model_dump()))
    refined = refine(first, model=scripted_server.model, api_base=scripted_server.api_base,
                     settings=Settings(timeout=3, deadline=10, api_key=DUMMY_KEY))
    assert refined.passed and refined.reason is None and refined.model == scripted_server.model
    system, user = (m["content"] for m in scripted_server.requests[0].body["messages"])
    assert "gives its date (the meeting_date in the case)" in system
    assert "- praise: an empty list." in system
    assert "Retrieved guidance" not in system  # none was found: nothing to cite
    assert f"meeting_date: '{case.meeting_date.isoformat()}'" in user or \
        f"meeting_date: {case.meeting_date.isoformat()}" in user
    assert "<notes>" not in user  # no notes, no empty fence
    assert json.loads(user.split("<draft>\n", 1)[1].split("\n</draft>", 1)[0])["subject"] == first.email.subject
