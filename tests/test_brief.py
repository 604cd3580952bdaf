"""The one-page case for the approval chain: what it holds, what it hides, and where it goes."""

from __future__ import annotations

import email
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from promo_ai.brief import brief_findings, build_brief, render_brief
from promo_ai.case import load_case
from promo_ai.cli import cli
from promo_ai.export import export, suggested_filename
from promo_ai.workflow import offline_draft
from tests.conftest import EXAMPLES
from tests.helpers import make_case


def test_each_duty_with_its_evidence_and_gaps_kept_for_the_person_only() -> None:
    case = make_case(target_duties=["Owns requirements for cross-team projects", "Presents to the board"],
                     next_steps=[{"text": "take it to the director", "owner": "manager", "by": "Friday"}])
    brief = build_brief(case)
    assert [d.duty for d in brief.duties] == ["Owns requirements for cross-team projects"]
    assert "which cut onboarding from 10 days to 4" in brief.duties[0].evidence[0]
    assert brief.gaps == ["Presents to the board"]
    page = render_brief(brief, "md")
    assert "Presents to the board" not in page  # a gap is the person's to close, not the reader's to see
    assert "Priya will take it to the director by Friday." in page
    assert "“Jordan's analysis kept our launch on schedule.” — Sam Ortiz, VP of Sales" in page
    assert brief_findings(brief, case) == []


@pytest.mark.parametrize("sample", sorted(p.name for p in EXAMPLES.iterdir()))
def test_every_sample_brief_is_grounded_and_exports(sample: str) -> None:
    draft = offline_draft(load_case(EXAMPLES / sample), with_guidance=False)
    assert brief_findings(build_brief(draft.case), draft.case) == []
    html = export(draft, "brief-html").decode()
    assert html.startswith("<!doctype html>") and "<script" not in html
    assert export(draft, "brief-docx")[:2] == b"PK"
    assert suggested_filename(draft, "brief-docx").startswith("promotion-brief-")


def test_person_text_is_escaped_in_the_html_brief() -> None:
    case = make_case(accomplishments=[{"summary": "Led <script>alert(1)</script> the review",
                                       "impact": "Saved 3 days"}])
    html = export(offline_draft(case, with_guidance=False), "brief-html").decode()
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_the_eml_carries_the_brief_when_asked(tmp_path: Path) -> None:
    draft_json = tmp_path / "d.json"
    runner = CliRunner()
    assert runner.invoke(cli, ["draft", str(EXAMPLES / "nurse.yaml"), "--no-guidance", "--length", "brief",
                               "-o", str(draft_json)]).exit_code == 0
    assert json.loads(draft_json.read_text())["case"]["length"] == "brief"
    out = tmp_path / "email.eml"
    result = runner.invoke(cli, ["export", str(draft_json), "--format", "eml", "--attach-brief", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    message = email.message_from_bytes(out.read_bytes())
    attachments = [part for part in message.walk() if part.get_filename()]
    assert [a.get_filename() for a in attachments] == ["promotion-brief-zoe-martinez.docx"]
    from docx import Document

    doc = Document(io.BytesIO(attachments[0].get_payload(decode=True)))
    assert "Zoë Martínez: the case for Charge Nurse" in doc.paragraphs[0].text
    plain = runner.invoke(cli, ["export", str(draft_json), "--format", "eml", "-o", str(tmp_path / "p.eml")])
    assert plain.exit_code == 0
    assert not [p for p in email.message_from_bytes((tmp_path / "p.eml").read_bytes()).walk() if p.get_filename()]
