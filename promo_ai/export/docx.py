"""The Word document: the subject as the heading, one paragraph per section, lists as bullets.

python-docx refuses strings with characters XML 1.0 cannot hold; `xml_safe` removes them first.
python-docx itself is imported inside `to_docx`, so only the .docx export pays for it.
"""

from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING, Any

from promo_ai.draft import Draft
from promo_ai.export.text import normalised, one_line

if TYPE_CHECKING:
    from promo_ai.brief import PromotionBrief


def _xml_ok(ch: str) -> bool:
    code = ord(ch)
    return (
        ch in "\t\n\r"
        or 0x20 <= code <= 0xD7FF
        or 0xE000 <= code <= 0xFFFD
        or 0x10000 <= code <= 0x10FFFF
    ) and not (0x7F <= code <= 0x9F)


def xml_safe(value: object) -> str:
    """Text python-docx (and XML 1.0) will accept: invalid characters removed; vertical tab,
    form feed and Unicode line/paragraph separators become line breaks."""
    text = "" if value is None else str(value)
    text = re.sub(r"\r\n?|[\x0b\x0c\x85\u2028\u2029]", "\n", text)
    return "".join(ch for ch in text if _xml_ok(ch))


def to_docx(draft: Draft) -> bytes:
    """A Word document: the subject as the heading, one paragraph per section, lists as bullets."""
    from docx import Document

    email = normalised(draft.email)
    document = Document()
    props = document.core_properties
    props.title = xml_safe(one_line(email.subject))[:255]
    props.author = xml_safe(one_line(draft.case.name))[:255]
    props.last_modified_by = props.author
    props.comments = ""
    props.subject = "Promotion request"

    document.add_heading(xml_safe(one_line(email.subject)), level=1)

    def paragraph(text: str) -> None:
        if text:
            document.add_paragraph(xml_safe(text))

    def bullets(items: list[str]) -> None:
        for item in items:
            document.add_paragraph(xml_safe(item), style="List Bullet")

    paragraph(email.greeting)
    paragraph(email.opening)
    paragraph(email.request)
    bullets(email.evidence)
    if email.praise:
        paragraph(email.praise_intro)
        bullets(email.praise)
    paragraph(email.context)
    paragraph(email.closing)
    paragraph(email.signature)  # python-docx turns its line breaks into <w:br/>

    return _saved(document)


def _saved(document: Any) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def brief_to_docx(brief: PromotionBrief, author: str) -> bytes:
    """The one-page case as a Word document: headings, the duties in bold with their evidence as bullets."""
    from docx import Document

    document = Document()
    document.core_properties.title = xml_safe(one_line(brief.title))[:255]
    document.core_properties.author = xml_safe(one_line(author))[:255]
    document.core_properties.subject = "Promotion brief"
    document.add_heading(xml_safe(one_line(brief.title)), level=1)
    document.add_paragraph(xml_safe(f"{brief.ask} {brief.who}"))
    if brief.duties:
        document.add_heading("What the role does, and the evidence", level=2)
        for item in brief.duties:
            document.add_paragraph().add_run(xml_safe(item.duty)).bold = True
            for line in item.evidence:
                document.add_paragraph(xml_safe(line), style="List Bullet")
    groups = [("More evidence" if brief.duties else "The evidence", brief.more_evidence),
              ("What others say", brief.praise),
              ("Timeline", [f"{when}: {what}" for when, what in brief.timeline]),
              ("Next steps", brief.plan + brief.next_steps)]
    for heading, lines in groups:
        if lines:
            document.add_heading(heading, level=2)
            for line in lines:
                document.add_paragraph(xml_safe(line), style="List Bullet")
    return _saved(document)
