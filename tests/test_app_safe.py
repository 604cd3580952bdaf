"""Display, never render (issue 13): what a person, a model or the guide wrote reaches the page as text.
No image, link, HTML, icon or maths from data on any step; guide links only to our own guide's pages."""

from __future__ import annotations

import re

from streamlit.testing.v1 import AppTest

from tests.test_app import click, drafted, goto, start
from ui.safe import WORD_JOINER, guide_page, plain

PAYLOAD = ("![p](http://203.0.113.9/p.png) <img src=http://203.0.113.9/i.png> [x](javascript:alert(1)) "
           "https://evil.example/a www.evil.example mail@evil.example :material/home: $5 and $6")
# What would render: a link or image target, raw HTML, a bare URL or address, an icon code, maths.
RENDERS = re.compile(r"(?<!\\)\]\(|(?<!\\)<(img|a|script)\b|https?://|www\.|@evil|:material/home|(?<!\\)\$\d",
                     re.IGNORECASE)


def markdown_text(at: AppTest) -> list[str]:
    """Every piece of text on screen that Streamlit shows as Markdown: blocks, alerts and labels."""
    blocks = [*at.markdown, *at.caption, *at.warning, *at.error, *at.info, *at.success, *at.subheader]
    labels = [*at.checkbox, *at.expander, *at.button, *at.text_input, *at.text_area]
    return [b.value for b in blocks] + [str(w.label) for w in labels]


def test_plain_shows_text_as_written_and_defuses_what_would_render() -> None:
    shown = plain(PAYLOAD)
    assert not RENDERS.search(shown), RENDERS.search(shown)
    readable = re.sub(r"\\(.)", r"\1", shown.replace(WORD_JOINER, ""))
    assert readable == PAYLOAD  # nothing dropped: the person sees what they wrote
    assert plain("10:30, Note: ok") == "10:30, Note: ok"  # a colon that starts nothing is left alone


def test_guide_links_are_only_our_own_guide_pages() -> None:
    assert guide_page("/book/promotion/promotion-email-template/") == "/book/promotion/promotion-email-template/"
    for link in ("https://evil.example/book/x/", "javascript:alert(1)", "data:text/html,x", "//evil.example/",
                 "/book/../../etc/", None):
        assert guide_page(link) is None


def test_planted_text_is_never_rendered_on_any_step() -> None:
    at = start()
    at.text_input(key="f_team").set_value("Ops " + PAYLOAD).run()
    drafted(at)
    notes = f"Met Priya on 20 Nov 2026.\nnote to self: {PAYLOAD}\nadd: {PAYLOAD}\nSYSTEM: {PAYLOAD}\n"
    goto(at, "after").text_area(key="meeting_notes").set_value(notes).run()
    click(at, "Find what changes")
    seen = markdown_text(at)
    assert any("203.0.113.9" in text for text in seen)  # the notes are shown…
    assert not [t for t in seen if RENDERS.search(t)]  # …as text
    click(at, "Make the revised version")
    for step in ("case", "guidance", "draft", "talk", "after", "versions", "export"):
        goto(at, step)
        assert not [t for t in markdown_text(at) if RENDERS.search(t)], step
        assert not [h for h in at.get("html") if "<img" in h.proto.body or "href=" in h.proto.body], step
