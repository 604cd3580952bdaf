"""The .eml file: an RFC 5322 message that opens as an unsent draft, with headers that cannot be forged.

A CR or LF (or any other control or line-separator character) in a name, an address or the subject
must never be able to add a header, whatever the Python patch level (older 3.11/3.12 releases fold
some headers without quoting newlines, drop the quotes of a long quoted display name, and decode
encoded words set as values). So every header value is cleaned to one line of printable text,
every address must pass `email-validator` as one plain `local@domain` (ASCII local part, no display
name, quotes or domain literal) before `email.headerregistry.Address` sees it, Subject, From and To
are encoded and folded here, and the finished message is read back and refused unless its headers
come out exactly as meant.
"""

from __future__ import annotations

import base64
from email import message_from_bytes, policy
from email.header import Header
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from email_validator import EmailNotValidError, validate_email

from promo_ai.case import Case
from promo_ai.draft import Draft
from promo_ai.errors import ExportError
from promo_ai.export.text import is_header_unsafe, one_line, render_html, render_text, slugify

_MESSAGE_ID_DOMAIN = "promo-ai.invalid"

# RFC 2047 encoded-word syntax ("=?charset?q?...?="). The header parser decodes it when a value is
# set, so "=?utf-8?q?a=0D=0ABcc:_x@example.com?=" would become a CR/LF again after our cleaning.
# Header values are literal text here: a zero-width space after every "=?"'s "=" keeps them so.
_ZWSP = "\u200b"


def header_text(value: object) -> str:
    """What goes into a header: `one_line`, with encoded-word syntax kept literal (never decoded)."""
    return one_line(value).replace("=?", "=" + _ZWSP + "?")


def checked_address(value: object, *, who: str) -> tuple[str, str]:
    """(local part, ASCII domain) of a single plain address, or ExportError saying what is wrong."""
    raw = "" if value is None else str(value)
    try:
        checked = validate_email(raw, check_deliverability=False, allow_smtputf8=False)
    except EmailNotValidError as exc:
        reason = str(exc).rstrip(".")
        raise ExportError(
            f"The {who}'s email address {one_line(raw)[:80]!r} is not a single plain address like "
            f"name@example.com: {reason[:1].lower()}{reason[1:]}.",
            hint="Fix the address in the case (one address, no spaces, line breaks or display name) and export again.",
        ) from None
    return checked.local_part, checked.ascii_domain


_LINE = 78  # RFC 5322's recommended line length; headers are folded to it here, by us
_MAX_LINE = 998  # and its limit


def _address(name: object, email_address: object, *, who: str) -> Address | None:
    if email_address is None or (isinstance(email_address, str) and not email_address.strip()):
        return None
    local, domain = checked_address(email_address, who=who)
    try:
        return Address(display_name=header_text(name), username=local, domain=domain)
    except (ValueError, IndexError, TypeError) as exc:  # pragma: no cover - checked_address rules these out
        raise ExportError(f"The {who}'s address could not be written: {exc}.") from None


def _subject_value(subject: str) -> str:
    words = subject.split(" ")
    if subject.isascii() and all(len(w) < _LINE - len("Subject: ") for w in words):
        return Header(subject, "us-ascii", maxlinelen=_LINE, header_name="Subject").encode(
            splitchars=" ", linesep="\n")
    # RFC 2047 UTF-8 encoded words, folded to _LINE with "\n " (pure ASCII).
    return Header(subject, "utf-8", maxlinelen=_LINE, header_name="Subject").encode(linesep="\n")


def _address_value(header_name: str, address: Address) -> str:
    """One address, written and folded here rather than by the standard library, whose folder
    (3.11/3.12) drops the quotes from a long quoted display name (turning 'Name: x' into a group)
    and whose parser puts a space between the encoded words of a long name. So the display name
    stays one quoted string, or one encoded word when it is not ASCII, and the fold goes before '<'."""
    if not address.display_name:
        return address.addr_spec
    if address.display_name.isascii():
        phrase = str(address)[: -len(address.addr_spec) - 3]  # quoted by Address when it holds specials
    else:
        phrase = "=?utf-8?b?" + base64.b64encode(address.display_name.encode("utf-8")).decode("ascii") + "?="
    if len(header_name) + 2 + len(phrase) > _MAX_LINE:
        raise ExportError(f"The name in the {header_name} header is too long for an email.",
                          hint="Shorten the name in the case and export again.")
    fits = len(header_name) + 2 + len(phrase) + len(address.addr_spec) + 3 <= _LINE
    return f"{phrase}{' ' if fits else chr(10) + ' '}<{address.addr_spec}>"


# Raw header values are written as they are (we fold them ourselves); header objects as usual.
_EML_POLICY = policy.SMTP.clone(refold_source="none")
_TOP_HEADERS = {"subject", "from", "to", "date", "message-id", "x-unsent", "mime-version", "content-type"}


def _brief_filename(case: Case) -> str:
    return f"promotion-brief-{slugify(one_line(case.name)) or 'case'}.docx"


def to_eml(draft: Draft, *, attach_brief: bool = False) -> bytes:
    """An RFC 5322 message (CRLF line endings): Subject, To (the manager, when the case has their
    address), From (the person, likewise), Date, Message-ID, MIME-Version, a UTF-8 text/plain body
    and an HTML alternative. Opens as an unsent draft in Outlook (X-Unsent: 1).

    Subject, From and To are encoded (RFC 2047) and folded here, as pure ASCII, and stored raw;
    the result is read back and refused unless those headers come out exactly as meant."""
    case: Case = draft.case
    email = draft.email
    to = _address(case.manager.name, case.manager.email, who="manager")
    sender = _address(case.name, case.email, who="sender")
    subject = header_text(email.subject)

    message = EmailMessage(policy=_EML_POLICY)
    written: dict[str, str] = {"Subject": _subject_value(subject)}
    if sender is not None:
        written["From"] = _address_value("From", sender)
    if to is not None:
        written["To"] = _address_value("To", to)
    for header_name, value in written.items():
        if not value.isascii() or any(is_header_unsafe(ch) for ch in value.replace("\n ", "")):
            raise ExportError(f"The {header_name} header could not be written safely.")  # pragma: no cover
        message.set_raw(header_name, value)
    message["Date"] = format_datetime(draft.created_at)
    message["Message-ID"] = make_msgid(domain=sender.domain if sender else _MESSAGE_ID_DOMAIN)
    message["X-Unsent"] = "1"
    message.set_content(render_text(email), subtype="plain", charset="utf-8", cte="quoted-printable")
    message.add_alternative(render_html(email), subtype="html", charset="utf-8", cte="quoted-printable")
    if attach_brief:  # the one-page case, for the approval chain, as a Word document
        from promo_ai.brief import build_brief
        from promo_ai.export.docx import brief_to_docx

        message.add_attachment(
            brief_to_docx(build_brief(case), case.name), maintype="application",
            subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
            filename=_brief_filename(case))
    if "MIME-Version" not in message:  # pragma: no cover - set_content adds it
        message["MIME-Version"] = "1.0"
    try:
        raw = message.as_bytes(policy=_EML_POLICY)
    except (UnicodeError, ValueError) as exc:
        raise ExportError(f"The email file could not be written: {exc}.") from None
    _verify_headers(raw, subject=subject, sender=sender, to=to)
    return raw


def _verify_headers(raw: bytes, *, subject: str, sender: Address | None, to: Address | None) -> None:
    """The last guard: read the message back as a mail client would, and refuse to hand it out
    unless it holds exactly the headers we set, once each, with the values we meant."""
    parsed = message_from_bytes(raw, policy=policy.default)
    names = [key.lower() for key in parsed]
    problems: list[str] = []
    extra = sorted({n for n in names if n not in _TOP_HEADERS or names.count(n) > 1})
    if extra:
        problems.append("unexpected or repeated headers: " + ", ".join(extra))
    if any(is_header_unsafe(ch) for _, value in parsed.items() for ch in str(value)):
        problems.append("a header holds a line break")
    if str(parsed["Subject"] or "") != subject:
        problems.append("the subject changed")
    for header_name, meant in (("From", sender), ("To", to)):
        header = parsed[header_name]
        if meant is None:
            if header is not None:
                problems.append(f"an unexpected {header_name}")
            continue
        got = [(a.display_name, a.addr_spec) for a in getattr(header, "addresses", ())]
        if got != [(meant.display_name, meant.addr_spec)]:
            problems.append(f"the {header_name} address changed")
    if problems:
        raise ExportError(
            "Refused to write the email file: its headers did not come out as written (" + "; ".join(problems) + ").",
            hint="Remove line breaks and unusual characters from the names, addresses and subject.",
        )
