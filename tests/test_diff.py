"""The diff between two versions: word ops, section statuses, HTML that escapes every piece of
email text (the page renders it unsafely), and a unified diff a person can read."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from promo_ai.case import load_case
from promo_ai.diff import diff_html, email_text, section_diff, tokens, unified_diff, word_ops
from promo_ai.draft import Draft
from promo_ai.email import PromotionEmail
from promo_ai.offline import offline_draft as make_draft
from promo_ai.revision import parse_markers, revise
from tests.conftest import EXAMPLES

OUR_TAGS = {"div", "ins", "del", "br"}


def email(**sections: object) -> PromotionEmail:
    base: dict[str, object] = {
        "subject": "Promotion to Senior Analyst", "greeting": "Hi Priya,", "opening": "Thanks for the chat.",
        "request": "I'd like to be promoted to Senior Analyst.", "evidence": ["Led the launch.", "Coached two."],
        "closing": "Thank you.", "signature": "Jordan",
    }
    base.update(sections)
    return PromotionEmail.model_validate(base)


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parsed(markup: str) -> Tags:
    parser = Tags()
    parser.feed(markup)
    parser.close()
    return parser


def test_word_ops_mark_the_changed_words() -> None:
    ops = word_ops("Thanks for the chat on Monday.", "Thanks for the talk on Monday.")
    assert ops == [("equal", "Thanks for the"), ("delete", " chat"), ("insert", " talk"), ("equal", " on Monday.")]
    assert word_ops("same words", "same words") == [("equal", "same words")]
    assert word_ops("", "new") == [("insert", "new")]


def test_rewrapped_text_is_not_a_change() -> None:
    assert word_ops("a b\nc", "a b c") == [("equal", "a b c")]


@given(st.text(max_size=80), st.text(max_size=80))
@settings(max_examples=200, deadline=None)
def test_word_ops_rebuild_both_texts(a: str, b: str) -> None:
    assert "".join(tokens(a)) == a
    ops = word_ops(a, b)
    assert "".join(t for tag, t in ops if tag != "insert").split() == a.split()
    assert "".join(t for tag, t in ops if tag != "delete") == b


def test_section_statuses() -> None:
    old = email(praise_intro="", praise=[], context="I'm Jordan.")
    new = email(opening="Thanks for the talk.", praise_intro="What people said:", praise=["“Great.” — Sam"],
                context="")
    status = {d.section: d.status for d in section_diff(old, new)}
    assert status["subject"] == "same" and status["greeting"] == "same"
    assert status["opening"] == "changed"
    assert status["praise_intro"] == "added" and status["praise"] == "added"
    assert status["context"] == "removed"
    assert list(status) == [s for s in ("subject", "greeting", "opening", "request", "evidence", "praise_intro",
                                        "praise", "context", "closing", "signature") if s in status]


def test_list_sections_diff_item_by_item() -> None:
    old = email(evidence=["Led the launch.", "Coached two analysts.", "Automated the report."])
    new = email(evidence=["Led the big launch.", "Coached two analysts.", "Ran the vendor review."])
    (evidence,) = [d for d in section_diff(old, new) if d.section == "evidence"]
    assert evidence.status == "changed"
    assert ("insert", " big") in evidence.ops
    assert any(tag == "equal" and "Coached two analysts.\n" in text for tag, text in evidence.ops)
    assert evidence.old_text().splitlines() == old.evidence
    assert evidence.new_text().splitlines() == new.evidence


def test_diff_html_colours_insertions_and_deletions() -> None:
    markup = diff_html(email(opening="Thanks for the chat."), email(opening="Thanks for the talk."))
    assert '<del class="promo-diff-del"' in markup and "> chat.</del>" in markup
    assert '<ins class="promo-diff-ins"' in markup and "> talk.</ins>" in markup
    assert "Opening · changed" in markup and "Subject · same" in markup
    assert "Subject" not in diff_html(email(opening="a"), email(opening="b"), only_changes=True)
    assert "No differences." in diff_html(email(), email(), only_changes=True)


def test_diff_html_escapes_every_piece_of_email_text() -> None:
    evil = '<script>alert("x")</script> <img src=x onerror=alert(1)> "quoted" & more'
    old = email(opening="Thanks.", evidence=["<b>bold</b> claim"])
    new = email(opening=f"Thanks. {evil}", evidence=[evil], signature="</div><script>alert(2)</script>")
    markup = diff_html(old, new)
    assert "<script" not in markup and "<img" not in markup and "<b>" not in markup
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in markup
    assert "&lt;b&gt;bold&lt;/b&gt;" in markup  # the removed text is escaped too
    tags = parsed(markup)
    assert set(tags.tags) <= OUR_TAGS
    assert "onerror" not in " ".join(tags.tags)


@given(st.text(max_size=60), st.text(max_size=60))
@settings(max_examples=150, deadline=None)
def test_no_email_text_ever_becomes_markup(a: str, b: str) -> None:
    markup = diff_html(email(opening=a or "x", evidence=[b or "y"]), email(opening=b or "x", evidence=[a or "y"]))
    assert set(parsed(markup).tags) <= OUR_TAGS


def test_unified_diff_is_readable() -> None:
    old, new = email(opening="Thanks for the chat."), email(opening="Thanks for the talk on Nov 20.")
    text = unified_diff(email_text(old), email_text(new), "v1 (before the meeting)", "v2 (after)")
    lines = text.splitlines()
    assert lines[0] == "--- v1 (before the meeting)" and lines[1] == "+++ v2 (after)"
    assert "-[Opening] Thanks for the chat." in lines and "+[Opening] Thanks for the talk on Nov 20." in lines
    assert unified_diff(email_text(old), email_text(old)) == ""


@pytest.fixture(scope="module")
def versions() -> tuple[Draft, Draft]:
    case = load_case(EXAMPLES / "business-analyst.yaml")
    before = make_draft(case, with_guidance=False)
    notes = "title: Lead Business Analyst\ndate: 2026-11-20\ndrop: reconciliation report\nnext: Priya sends it on"
    after = revise(before, notes, parse_markers(notes, case).changes).draft
    return before, after


def test_diff_between_the_pre_and_post_meeting_versions(versions: tuple[Draft, Draft]) -> None:
    before, after = versions
    status = {d.section: d.status for d in section_diff(before, after)}
    assert status["subject"] == status["opening"] == status["request"] == status["closing"] == "changed"
    assert status["greeting"] == "same"
    (evidence,) = [d for d in section_diff(before, after) if d.section == "evidence"]
    assert any(tag == "delete" and "reconciliation" in text for tag, text in evidence.ops)
    text = unified_diff(email_text(before), email_text(after), "before", "after")
    assert "+[Subject] " in text and "Lead Business Analyst" in text.split("+[Subject] ", 1)[1].split("\n", 1)[0]
    assert "November 20" in diff_html(before, after)
