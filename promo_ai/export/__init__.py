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
from promo_ai.export.text import escape_markdown, one_line, render_html, render_markdown, render_text, slugify

__all__ = [
    "BRIEF_FORMATS", "FORMATS", "MAILTO_MAX_CHARS", "MAILTO_TOO_LONG_NOTE", "MIME_TYPES", "Format", "MailtoLink",
    "checked_address",
    "escape_markdown", "export", "header_text", "mailto_link", "one_line", "render_html", "render_markdown",
    "render_text", "slugify", "suggested_filename", "to_docx", "to_eml", "xml_safe",
]

Format = Literal["txt", "md", "html", "eml", "docx"]
FORMATS: tuple[Format, ...] = get_args(Format)
# The one-page case for the approval chain, and the reminder after the talk.
BriefFormat = Literal["brief-md", "brief-html", "brief-docx"]
BRIEF_FORMATS: tuple[BriefFormat, ...] = get_args(BriefFormat)
EXTENSIONS = {"brief-md": "md", "brief-html": "html", "brief-docx": "docx", "ics": "ics"}

MIME_TYPES: dict[str, str] = {
    "txt": "text/plain; charset=utf-8",
    "md": "text/markdown; charset=utf-8",
    "html": "text/html; charset=utf-8",
    "eml": "message/rfc822",
    "ics": "text/calendar; charset=utf-8",
    "brief-md": "text/markdown; charset=utf-8",
    "brief-html": "text/html; charset=utf-8",
    "brief-docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def _check_format(fmt: str) -> Format:
    if fmt not in FORMATS:
        raise ExportError(f"Unknown export format {fmt!r}.", hint="Choose one of: " + ", ".join(FORMATS) + ".")
    return fmt


def export(draft: Draft, fmt: Format | BriefFormat | Literal["ics"], *, attach_brief: bool = False) -> bytes:
    """The draft in one of FORMATS, its one-page brief (BRIEF_FORMATS) or its reminder ("ics"), as the
    bytes of a file. `attach_brief` attaches the brief (.docx) to the .eml."""
    if fmt == "ics":
        from promo_ai.export.ics import to_ics

        return to_ics(draft)
    if fmt in BRIEF_FORMATS:
        return _brief(draft, fmt)
    fmt = _check_format(fmt)
    if fmt == "eml":
        return to_eml(draft, attach_brief=attach_brief)
    if fmt == "docx":
        return to_docx(draft)
    if fmt == "txt":
        text = render_text(draft.email, with_subject=True)
    elif fmt == "md":
        text = render_markdown(draft.email)
    else:
        text = render_html(draft.email)
    return text.encode("utf-8", errors="replace")


def _brief(draft: Draft, fmt: str) -> bytes:
    from promo_ai.brief import brief_findings, build_brief, render_brief
    from promo_ai.export.docx import brief_to_docx

    brief = build_brief(draft.case)
    findings = brief_findings(brief, draft.case, draft.notes)
    if findings:  # the brief says only what the case says, as the email does
        raise ExportError("The brief would claim what your case does not: "
                          + "; ".join(f.message for f in findings[:3]) + ".")
    if fmt == "brief-docx":
        return brief_to_docx(brief, draft.case.name)
    return render_brief(brief, "md" if fmt == "brief-md" else "html").encode("utf-8")


def suggested_filename(draft: Draft, fmt: Format | BriefFormat | Literal["ics"]) -> str:
    """e.g. promotion-email-jordan-lee-2026-11-26.eml, promotion-brief-jordan-lee-2026-11-26.docx"""
    kind = {"ics": "promotion-reminder"}.get(fmt, "promotion-brief" if fmt in BRIEF_FORMATS else "promotion-email")
    if fmt not in EXTENSIONS:
        fmt = _check_format(fmt)
    parts = [kind, slugify(one_line(draft.case.name)), draft.created_at.date().isoformat()]
    return "-".join(p for p in parts if p) + "." + EXTENSIONS.get(fmt, fmt)
