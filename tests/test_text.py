"""The shared text helpers: one normaliser, one stop-word list, validation errors as sentences."""

from __future__ import annotations

import pytest
from pydantic import BaseModel, Field, ValidationError, model_validator

from promo_ai.text import (
    content_words,
    describe_errors,
    has_control,
    normalise,
    quoted,
    shorten,
    strip_bullet,
    tidy,
)


def test_tidy_keeps_capitals_and_normalise_folds_them() -> None:
    text = "  “Jordan’s”\u00a0 ＡＢＣ\n\tﬁle ‹notes›  "
    assert tidy(text) == "\"Jordan's\" ABC file <notes>"
    assert normalise(text) == "\"jordan's\" abc file <notes>"
    assert normalise("STRASSE") == normalise("straße")


def test_content_words_drop_stop_words_short_words_and_what_is_ignored() -> None:
    assert content_words("It's the vendor onboarding, and we don't stop!") == ["vendor", "onboarding", "stop"]
    assert content_words("drop the recon report", ignore={"drop"}) == ["recon", "report"]


def test_bullets_control_characters_and_shortening() -> None:
    assert [strip_bullet(x) for x in ("- a", "* b", "• c", "1. d", "2) e", "-f")] == ["a", "b", "c", "d", "e", "-f"]
    assert has_control("a\u200bb") and has_control("a\nb") and not has_control("a\nb", allow="\n")
    assert shorten("a  b\nc") == "a b c"
    assert quoted("x" * 100, 10) == "“" + "x" * 9 + "…”"


class _Item(BaseModel):
    kind: str = Field(pattern="^(a|b)$")
    text: str = Field(min_length=1, max_length=5)
    items: list[int] = Field(default_factory=list, max_length=1)

    @model_validator(mode="after")
    def _whole(self) -> _Item:
        if self.kind == "b":
            raise ValueError("b: not allowed here; use a")
        return self


def _problems(root: str = "case", **data: object) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        _Item.model_validate(data)
    return describe_errors(caught.value, root=root)


def test_validation_errors_become_sentences_for_a_person() -> None:
    assert _problems(kind="a", text="") == ["text: this is required"]
    assert _problems(kind="a", text="toolong") == ["text: too long; keep it under 5 characters"]
    assert _problems(kind="a", text="x", items=[1, 2]) == ["items: too many items; keep at most 1"]
    assert _problems(kind="a") == ["text: this is required"]
    # A validator of the whole object writes its own sentence: kept as written, no field prefix.
    assert _problems(kind="b", text="x") == ["b: not allowed here; use a"]
    with pytest.raises(ValidationError) as caught:
        _Item.model_validate([1])
    assert describe_errors(caught.value, root="change") == ["change: should be a set of fields"]
