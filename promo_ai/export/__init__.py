"""Rendering and export: text, Markdown, HTML, .eml, .docx and a mailto: link.

One module per format family, each guarding what its format needs:

- `text`: plain text, Markdown (user text escaped) and HTML from the templates in prompts/, and
  the cleaning every format shares (`one_line` for anything that must stay on one line).
- `eml`: the email file; headers that no name, address or subject can add to (see its docstring).
- `docx`: the Word document; text XML 1.0 can hold.
- `mailto`: the link that opens the email in a mail app, within the length mail apps accept.

`export(draft, fmt)` gives the bytes of a file in one of FORMATS; `suggested_filename` a safe name.
"""

from __future__ import annotations

from typing import Literal, get_args

from promo_ai.draft import Draft
from promo_ai.errors import ExportError
from promo_ai.export.docx import to_docx, xml_safe
from promo_ai.export.eml import checked_address, header_text, to_eml
from promo_ai.export.mailto import MAILTO_MAX_CHARS, MAILTO_TOO_LONG_NOTE, MailtoLink, mailto_link
from promo_ai.export.text import escape_markdown, one_line, render_html, render_markdown, render_text

__all__ = [
    "FORMATS", "MAILTO_MAX_CHARS", "MAILTO_TOO_LONG_NOTE", "MIME_TYPES", "Format", "MailtoLink", "checked_address",
    "escape_markdown", "export", "header_text", "mailto_link", "one_line", "render_html", "render_markdown",
    "render_text", "slugify", "suggested_filename", "to_docx", "to_eml", "xml_safe",
]

Format = Literal["txt", "md", "html", "eml", "docx"]
FORMATS: tuple[Format, ...] = get_args(Format)

MIME_TYPES: dict[str, str] = {
    "txt": "text/plain; charset=utf-8",
    "md": "text/markdown; charset=utf-8",
    "html": "text/html; charset=utf-8",
    "eml": "message/rfc822",
    "ics": "text/calendar; charset=utf-8",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def _check_format(fmt: str) -> Format:
    if fmt not in FORMATS:
        raise ExportError(f"Unknown export format {fmt!r}.", hint="Choose one of: " + ", ".join(FORMATS) + ".")
    return fmt


def export(draft: Draft, fmt: Format | Literal["ics"]) -> bytes:
    """The draft in one of FORMATS (or its reminder, "ics"), as the bytes of a file."""
    if fmt == "ics":
        from promo_ai.export.ics import to_ics

        return to_ics(draft)
    fmt = _check_format(fmt)
    if fmt == "eml":
        return to_eml(draft)
    if fmt == "docx":
        return to_docx(draft)
    if fmt == "txt":
        text = render_text(draft.email, with_subject=True)
    elif fmt == "md":
        text = render_markdown(draft.email)
    else:
        text = render_html(draft.email)
    return text.encode("utf-8", errors="replace")


def slugify(text: str, *, max_length: int = 60) -> str:
    """'Zoë Ødegård' -> 'zoe-odegard', '王小明' -> 'wang-xiao-ming': python-slugify, so ASCII letters,
    digits and single hyphens only, never more than `max_length` characters."""
    from slugify import slugify as python_slugify  # imported here: only file names pay for it

    return str(python_slugify(text, max_length=max_length))


def suggested_filename(draft: Draft, fmt: Format | Literal["ics"]) -> str:
    """e.g. promotion-email-jordan-lee-2026-11-26.eml, promotion-reminder-jordan-lee-2026-11-26.ics"""
    if fmt != "ics":
        fmt = _check_format(fmt)
    kind = "promotion-reminder" if fmt == "ics" else "promotion-email"
    parts = [kind, slugify(one_line(draft.case.name)), draft.created_at.date().isoformat()]
    return "-".join(p for p in parts if p) + "." + fmt
