"""Book parsing: front matter, Liquid links, chunking, metadata, bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from promo_ai.guidance.book import (
    MAX_CHUNK_CHARS,
    ParsedFile,
    Skipped,
    parse_file,
    parse_paths,
    render_liquid,
)

FIXTURES = Path(__file__).parent / "fixtures" / "book"


def _parsed(path: Path, root: Path = FIXTURES) -> ParsedFile:
    result = parse_file(path, root)
    assert isinstance(result, ParsedFile), result
    return result


def test_liquid_link_becomes_text_and_citation() -> None:
    text, cites = render_liquid(
        "Open [your written request]( {{ site.baseurl }}/book/promotion/promotion-email-template/) now, "
        "see [notes]({{site.baseurl}}/book/promotion/notes/) and [again]( {{ site.baseurl }}/book/promotion/notes/)."
    )
    assert text == "Open your written request now, see notes and again."
    assert cites == ["/book/promotion/promotion-email-template/", "/book/promotion/notes/"]


def test_other_liquid_tags_and_comments_are_removed() -> None:
    text, cites = render_liquid("A{% comment %} secret {% endcomment %}B {% include x.html %}C {{ page.title }}D")
    assert text == "AB C D"
    assert cites == []


def test_chunks_at_headings_with_intro_and_metadata() -> None:
    parsed = _parsed(FIXTURES / "promotion" / "ask-politely.md")
    headings = [c.heading for c in parsed.chunks]
    assert headings[0] == "Ask your manager politely"  # the text before the first heading, under the title
    assert "Book the meeting" in headings
    assert "Articles you may also like" not in headings  # a section that is only links
    intro = parsed.chunks[0]
    assert intro.source == "promotion/ask-politely.md"
    assert intro.title == "Ask your manager politely"
    assert intro.chapter == "promotion" and intro.section == "3" and intro.book_section == "2"
    assert intro.link == "/book/promotion/ask-politely/"
    assert intro.cites == ["/book/promotion/keep-notes/"]
    assert "the email you wrote" in intro.text and "{{" not in intro.text and "](" not in intro.text
    assert "zebracomment" not in " ".join(c.text for c in parsed.chunks)
    meta = intro.metadata()
    assert {"source", "title", "chapter", "section", "book_section", "heading", "link", "cites",
            "content_hash", "file_hash"} <= set(meta)
    assert all(isinstance(v, str | int) for v in meta.values())
    book = next(c for c in parsed.chunks if c.heading == "Book the meeting")
    assert "{%" not in book.text and "{{" not in book.text and "walrus" in book.text


def test_long_section_is_split_at_paragraphs_keeping_its_heading() -> None:
    parsed = _parsed(FIXTURES / "promotion" / "ask-politely.md")
    pieces = [c for c in parsed.chunks if c.heading == "Speak plainly in the meeting"]
    assert len(pieces) >= 2
    assert all(len(p.text) <= MAX_CHUNK_CHARS + 200 for p in pieces)
    assert pieces[0].text.startswith("Say what you want")
    # A link's citation goes with the piece that holds the link's text.
    for piece in pieces:
        expected = ["/book/extra/salary-talk/"] if "the pay talk" in piece.text else []
        assert piece.cites == expected
    assert any(piece.cites for piece in pieces)
    assert len({c.id for c in parsed.chunks}) == len(parsed.chunks)


def test_permalink_and_folder_recursion() -> None:
    parsed, skipped = parse_paths([FIXTURES])
    assert skipped == []
    sources = [p.source for p in parsed]
    assert sources == ["extra/salary-talk.md", "promotion/ask-politely.md", "promotion/keep-notes.md"]
    salary = parsed[0]
    assert salary.chunks[0].link == "/book/extra/salary-talk/"
    assert [c.heading for c in salary.chunks] == ["Know the pay band", "Ask once"]  # no intro text, no intro chunk


def test_content_hash_changes_with_content(tmp_path: Path) -> None:
    page = tmp_path / "p.md"
    page.write_text("---\ntitle: T\n---\n## A\n\nOne.\n")
    first = _parsed(page, tmp_path)
    page.write_text("---\ntitle: T\n---\n## A\n\nTwo.\n")
    second = _parsed(page, tmp_path)
    assert first.file_hash != second.file_hash
    assert first.chunks[0].content_hash != second.chunks[0].content_hash


@pytest.mark.parametrize(("content", "reason"), [
    (b"", "is empty"),
    (b"   \n\n", "is empty"),
    (b"## Heading\n\nNo front matter here.\n", "has no front matter"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (b"---\ntitle: caf\xe9\n---\nText\n", "not UTF-8"),
    (b"---\ntitle: [unclosed\n---\nText\n", "not valid YAML"),
    (b"---\nchapter: x\n---\nText\n", "without a title"),
    (b"---\ntitle: Only links\n---\n- [a](https://example.com/a)\n", "no text to index"),
])
def test_bad_files_are_skipped_with_a_reason(tmp_path: Path, content: bytes, reason: str) -> None:
    page = tmp_path / "bad.md"
    page.write_bytes(content)
    result = parse_file(page, tmp_path)
    assert isinstance(result, Skipped)
    assert result.path == "bad.md"
    assert reason in result.reason


def test_huge_file_is_skipped_and_the_rest_still_parse(tmp_path: Path) -> None:
    (tmp_path / "huge.md").write_text("---\ntitle: Huge\n---\n" + "word " * 250_000)
    (tmp_path / "good.md").write_text("---\ntitle: Good\n---\n## Fine\n\nUseful advice.\n")
    (tmp_path / "binary.md").write_bytes(b"\x00\x01\x02")
    parsed, skipped = parse_paths([tmp_path])
    assert [p.source for p in parsed] == ["good.md"]
    reasons = {s.path: s.reason for s in skipped}
    assert "too large" in reasons["huge.md"] and "binary" in reasons["binary.md"]
