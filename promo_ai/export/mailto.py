"""A mailto: link (RFC 6068) that opens the email in the person's mail app."""

from __future__ import annotations

from typing import NamedTuple
from urllib.parse import quote

from promo_ai.draft import Draft
from promo_ai.errors import ExportError
from promo_ai.export.eml import checked_address
from promo_ai.export.text import one_line, render_text

MAILTO_MAX_CHARS = 1_800
MAILTO_TOO_LONG_NOTE = (
    "The email body was too long for a mailto link, so the link carries only the subject: "
    "copy the email text and paste it into the message instead."
)


class MailtoLink(NamedTuple):
    url: str
    subject_only: bool
    note: str | None


def mailto_link(draft: Draft, *, max_chars: int = MAILTO_MAX_CHARS) -> MailtoLink:
    """A mailto: link to the manager when their address is known, with the subject and the
    plain-text body (CRLF line breaks). Past `max_chars` it carries the subject only and says so.
    An address that is not one plain address is left out of the link (and the note says so) rather
    than raising: the link is still useful, and the page shows it without a try block."""
    recipient = ""
    notes: list[str] = []
    manager_email = draft.case.manager.email
    if manager_email is not None and str(manager_email).strip():
        try:
            local, domain = checked_address(manager_email, who="manager")
            recipient = quote(f"{local}@{domain}", safe="@")
        except ExportError as exc:
            notes.append(exc.message.rstrip(".") + "; it is left out of the link: add the recipient in your mail app.")
    subject = quote(one_line(draft.email.subject), safe="")
    body = quote(render_text(draft.email).rstrip("\n").replace("\n", "\r\n"), safe="")
    full = f"mailto:{recipient}?subject={subject}&body={body}"
    if len(full) <= max_chars:
        return MailtoLink(url=full, subject_only=False, note=" ".join(notes) or None)
    notes.insert(0, MAILTO_TOO_LONG_NOTE)
    return MailtoLink(url=f"mailto:{recipient}?subject={subject}", subject_only=True, note=" ".join(notes))
