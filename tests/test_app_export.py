"""Sending on the page (issue 11): brief or full, the one-page case, the .eml with it attached, a copy
control in sight, the .eml when the body is too long for a mailto link, and the warning before the talk."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterator

import pytest
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import AppTest

from promo_ai.store import Store
from tests.test_app import click, drafted, failing_checks, goto, markdown
from tests.test_app_state import edit_in_place

NOT_YET_TALKED = "The talk has not happened yet"


@pytest.fixture
def downloads(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, bytes]]:
    """What each download button on screen would give, by its file name's extension (.eml, .brief.docx…)."""
    given: dict[str, bytes] = {}
    add = MediaFileManager.add

    def recording(self: MediaFileManager, data: bytes | str, mimetype: str, coordinates: str,
                  file_name: str | None = None, is_for_static_download: bool = False) -> str:
        if file_name and isinstance(data, bytes):
            kind = "brief" if file_name.startswith("promotion-brief") else "email"
            given[f"{kind}.{file_name.rsplit('.', 1)[-1]}"] = data
        return add(self, data, mimetype, coordinates, file_name, is_for_static_download)

    monkeypatch.setattr(MediaFileManager, "add", recording)
    yield given


def labels(at: AppTest) -> list[str]:
    return [b.proto.label for b in at.get("download_button")]


def test_before_the_talk_draft_and_export_say_to_ask_in_person_first() -> None:
    at = drafted()
    assert any(NOT_YET_TALKED in w.value and "ask in person first" in w.value for w in at.warning)
    assert any(p.proto.label == "Prepare the talk first" for p in at.get("page_link"))
    goto(at, "export")
    assert any(NOT_YET_TALKED in w.value for w in at.warning)
    goto(at, "after").text_area(key="meeting_notes").set_value("Met Priya on 20 Nov 2026, she'll take it to the "
                                                               "director.\n").run()
    click(click(at, "Find what changes"), "Make the revised version")
    for step in ("draft", "export"):
        assert not any(NOT_YET_TALKED in w.value for w in goto(at, step).warning)


def test_brief_or_full_is_chosen_on_the_draft_step_and_drafts_again() -> None:
    at = drafted()
    full = markdown(at)
    at.radio(key="f_length").set_value("brief").run()
    with Store() as store:
        versions = store.versions(store.cases()[0].id)
    assert [v.draft.case.length for v in versions] == ["full", "brief"]
    brief = markdown(at)
    assert len(brief.split()) < len(full.split()) and "Your case changed" not in brief
    assert "All checks pass" in brief


def test_style_checks_show_with_the_other_checks() -> None:
    at = drafted()
    closing = at.session_state._version.draft.email.closing
    edit_in_place(at, lambda text: text.replace(closing, "Sorry to bother you, I just hope you can consider it. "
                                                + closing))
    failing = failing_checks(at)
    assert any("hedg" in f.lower() or "apolog" in f.lower() for f in failing), failing


def test_export_offers_the_one_page_case_and_attaches_it_to_the_eml(downloads: dict[str, bytes]) -> None:
    at = goto(drafted(), "export")
    for label in ("One-page case: Word (.docx)", "One-page case: web page (.html)", "One-page case: Markdown (.md)"):
        assert label in labels(at)
    assert b"Senior Business Analyst" in downloads["brief.md"] and downloads["brief.docx"][:2] == b"PK"
    plain_eml = email.message_from_bytes(downloads["email.eml"], policy=email.policy.default)
    assert not list(plain_eml.iter_attachments())
    next(c for c in at.checkbox if c.key == "attach_brief").check().run()
    attached = email.message_from_bytes(downloads["email.eml"], policy=email.policy.default)
    [brief] = list(attached.iter_attachments())
    assert str(brief.get_filename()).endswith(".docx")
    assert any(e.label == "See the one-page case" for e in at.expander)


def test_a_body_too_long_for_a_mailto_link_offers_the_eml_and_a_visible_copy_control() -> None:
    at = goto(drafted(), "export")  # the sample's full email is past what a mailto link carries
    assert not [b for b in at.get("link_button") if b.proto.label == "Open in your email app"]
    assert any("too long" in i.value and "starts a draft" in i.value for i in at.info)
    assert "Download the email to open in your email app (.eml)" in labels(at)
    assert [e for e in at.get("bidi_component") if e.key and e.key.startswith("copy_")]  # the copy button
    assert any(c.value.startswith("Subject: ") for c in at.code)
    goto(at, "draft").radio(key="f_length").set_value("brief").run()
    goto(at, "export")  # the brief fits in a link: the link, with its body
    link = next(b for b in at.get("link_button") if b.proto.label == "Open in your email app")
    assert link.proto.url.startswith("mailto:priya.shah@example.com?subject=") and "&body=" in link.proto.url
