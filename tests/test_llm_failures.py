"""Failures as data: the reasons, the one table of sentences, failed checks read from pydantic's errors."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pydantic import BaseModel, ValidationInfo, model_validator
from pydantic_core import PydanticCustomError

from promo_ai.errors import ModelError
from promo_ai.llm.failures import (
    CHECKS_FAILED,
    SENTENCES,
    FailedCheck,
    ModelFailure,
    Reason,
    failed_checks_of,
    labels,
    short,
)


class Judged(BaseModel):
    """A model that judges itself the way the project's answers do: its failed checks as data."""

    text: str

    @model_validator(mode="after")
    def _judge(self, info: ValidationInfo) -> Judged:
        limit = (info.context or {}).get("max_words")
        checks = []
        if limit is not None and len(self.text.split()) > limit:
            checks.append({"id": "length", "message": f"keep it under {limit} words"})
        if "!" in self.text:
            checks.append({"id": "grounded_tone", "message": "no exclamation marks"})
        if checks:
            raise PydanticCustomError(CHECKS_FAILED, "The answer fails these checks:\n{lines}",
                                      {"lines": "\n".join(f"- [{c['id']}] {c['message']}" for c in checks),
                                       "checks": checks})
        return self


def validation_error(data: Any, **context: Any) -> Exception:
    try:
        Judged.model_validate(data, context=context)
    except Exception as exc:
        return exc
    raise AssertionError("it validated")


def test_every_reason_has_its_sentence() -> None:
    assert set(SENTENCES) == set(Reason)
    for reason in Reason:
        failure = ModelFailure(reason, model="gpt-4o-mini")
        assert isinstance(failure, ModelError) and failure.reason is reason == reason.value
        assert failure.message and failure.hint and "{" not in failure.message + failure.hint


def test_a_failure_carries_data_and_words_it_from_the_table() -> None:
    failure = ModelFailure(Reason.SERVER_ERROR, model="openai/x", api_base="http://me:pw@10.0.0.2:8000/v1",
                           status=502, detail="upstream down", tries=3)
    assert failure.message == "The server at 10.0.0.2:8000 had a server error (502) after 3 tries: upstream down."
    assert failure.hint == "Try again later, or choose another model."
    assert "pw" not in str(failure)

    checks = (FailedCheck("grounded_figures", "the figure '40%' is not in your case"),)
    spent = ModelFailure(Reason.CHECKS_FAILED, failed_checks=checks).but(attempts=3, tokens=600, cost=0.01,
                                                                          subject="an email")
    assert spent.reason is Reason.CHECKS_FAILED and spent.failed_checks == list(checks)
    assert (spent.attempts, spent.tokens, spent.cost) == (3, 600, 0.01)
    assert spent.message == ("The model kept returning an email that fails our checks after 3 attempt(s):"
                             " [grounded_figures] the figure '40%' is not in your case")


def test_auth_names_the_key_to_check() -> None:
    assert "OPENAI_API_KEY" in (ModelFailure(Reason.AUTH, model="gpt-4o-mini").hint or "")
    own = ModelFailure(Reason.AUTH, model="openai/x", api_base="http://127.0.0.1:9/v1")
    assert own.message == "The server at 127.0.0.1:9 refused the API key (401)."
    assert "PROMO_AI_API_KEY" in (own.hint or "")
    missing = ModelFailure(Reason.NO_KEY, model="gpt-4o-mini", key="OPENAI_API_KEY")
    assert missing.message == "OpenAI needs an API key to use gpt-4o-mini, and OPENAI_API_KEY is not set."


def test_failed_checks_are_read_from_the_error_data() -> None:
    error = validation_error({"text": "far too many words here!"}, max_words=2)
    assert failed_checks_of(error) == [FailedCheck("length", "keep it under 2 words"),
                                       FailedCheck("grounded_tone", "no exclamation marks")]
    assert labels(failed_checks_of(error)) == "[length], [tone]"


def test_other_validation_errors_become_format_checks() -> None:
    assert failed_checks_of(validation_error({})) == [FailedCheck("format", "text: Field required")]
    assert failed_checks_of(json.JSONDecodeError("Expecting value", "{", 1)) == [
        FailedCheck("format", "the answer was not valid JSON")]
    try:
        Judged.model_validate_json('{"text": ')
    except Exception as exc:
        assert failed_checks_of(exc) == [FailedCheck("format", "the answer was not valid JSON")]

    class Plain(BaseModel):
        n: int

        @model_validator(mode="after")
        def _odd(self) -> Plain:
            if self.n % 2 == 0:
                raise ValueError("n must be odd")
            return self

    with pytest.raises(Exception) as caught:
        Plain(n=2)
    assert failed_checks_of(caught.value) == [FailedCheck("answer", "n must be odd")]
    assert failed_checks_of(None) == []


def test_a_providers_words_are_shortened_and_redacted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOME_PROVIDER_API_KEY", "abcdefgh12345678")
    text = ("litellm.InternalServerError: InternalServerError: OpenAIException - key abcdefgh12345678"
            " and sk-proj-ABCDEFGHIJ")
    assert short(text) == "key *** and sk-***"
    assert short("x" * 300, 20) == "x" * 19 + "…"
