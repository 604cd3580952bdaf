"""The page, driven with Streamlit's AppTest: what a person sees and clicks."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT

APP = str(ROOT / "app.py")


@pytest.fixture
def app() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception, at.exception
    return at


def button(at: AppTest, label: str):  # type: ignore[no-untyped-def]
    return next(b for b in at.button if b.label == label)


def test_opens_with_the_sample_loaded(app: AppTest) -> None:
    assert app.text_input(key="f_name").value == "Jordan Lee"
    assert app.text_input(key="f_target_title").value == "Senior Business Analyst"
    assert any("Draft my email" in i.value for i in app.info)


def test_draft_shows_a_valid_email_and_its_checklist(app: AppTest) -> None:
    button(app, "Draft my email").click().run()
    assert not app.exception
    shown = "\n".join(m.value for m in app.markdown)
    assert "Hi Priya," in shown
    assert "Checks: 16 of 16 pass" in [h.value for h in app.subheader]
    assert "❌" not in shown


def test_a_missing_field_is_explained_next_to_it_and_nothing_is_lost(app: AppTest) -> None:
    app.text_input(key="f_target_title").set_value("").run()
    button(app, "Draft my email").click().run()
    assert not app.exception
    errors = [e.value for e in app.error]
    assert any("target_title: this is required" in e for e in errors)
    # The rest of the form is untouched.
    assert app.text_input(key="f_name").value == "Jordan Lee"


def test_hostile_text_is_never_rendered_as_html(app: AppTest) -> None:
    app.text_input(key="f_team").set_value("<script>alert(1)</script> Ops").run()
    button(app, "Draft my email").click().run()
    assert not app.exception
    for block in app.markdown:
        assert "<script>" not in block.value


def test_download_buttons_for_every_format(app: AppTest) -> None:
    button(app, "Draft my email").click().run()
    labels = [b.proto.label for b in app.get("download_button")]
    for fmt in ("txt", "md", "html", "eml", "docx"):
        assert f"Download .{fmt}" in labels


def test_sample_button_restores_the_sample(app: AppTest, tmp_path: Path) -> None:
    app.text_input(key="f_name").set_value("Someone Else").run()
    button(app, "Load the sample case").click().run()
    assert app.text_input(key="f_name").value == "Jordan Lee"
