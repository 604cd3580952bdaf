"""Rendering and export: text, Markdown, HTML, .eml, .docx and a mailto: link.

Every rendered body comes from a template in prompts/ (email.txt.j2, email.md.j2, email.html.j2).
The exporters add what a file format needs around it, and guard the two places where text
from a case can do harm:

- Email headers. A CR or LF (or any other control or line-separator character) in a name,
  an address or the subject must never be able to add a header, whatever the Python patch level
  (older 3.11/3.12 releases fold some headers without quoting newlines). So every header value
  is cleaned here to one line of printable text, and every address is checked to be a single
  plain `local@domain` before `email.headerregistry.Address` ever sees it; anything else is refused
  with an ExportError rather than passed through.
- XML. python-docx refuses strings with characters XML 1.0 cannot hold; they are removed first.
"""

from __future__ import annotations

import base64
import io
import re
import unicodedata
from email import message_from_bytes, policy
from email.header import Header
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from typing import Literal, NamedTuple, get_args
from urllib.parse import quote

from promo_ai.case import Case
from promo_ai.draft import Draft
from promo_ai.email import PromotionEmail
from promo_ai.errors import ExportError
from promo_ai.prompts import render

Format = Literal["txt", "md", "html", "eml", "docx"]
FORMATS: tuple[Format, ...] = get_args(Format)

MIME_TYPES: dict[str, str] = {
    "txt": "text/plain; charset=utf-8",
    "md": "text/markdown; charset=utf-8",
    "html": "text/html; charset=utf-8",
    "eml": "message/rfc822",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}

FORMAT_LABELS: dict[str, str] = {
    "txt": "Plain text (.txt)",
    "md": "Markdown (.md)",
    "html": "Web page (.html)",
    "eml": "Email file (.eml)",
    "docx": "Word document (.docx)",
}

MAILTO_MAX_CHARS = 1_800
MAILTO_TOO_LONG_NOTE = (
    "The email body was too long for a mailto link, so the link carries only the subject: "
    "copy the email text and paste it into the message instead."
)

_MESSAGE_ID_DOMAIN = "promo-ai.invalid"


# ---------------------------------------------------------------------------------------------
# Cleaning text
# ---------------------------------------------------------------------------------------------

def _is_header_unsafe(ch: str) -> bool:
    # Cc: C0/C1 controls incl. \r \n \t \x0b \x0c \x85; Zl/Zp: \u2028 \u2029; Cs: lone surrogates.
    return unicodedata.category(ch) in {"Cc", "Zl", "Zp", "Cs"}


def one_line(value: object) -> str:
    """A header-safe single line: every control or line-separator character becomes a space,
    runs of whitespace collapse to one space, and the ends are trimmed."""
    text = "" if value is None else str(value)
    text = "".join(" " if _is_header_unsafe(ch) else ch for ch in text)
    return " ".join(text.split())


# RFC 2047 encoded-word syntax ("=?charset?q?...?="). The header parser decodes it when a value is
# set, so "=?utf-8?q?a=0D=0ABcc:_x@example.com?=" would become a CR/LF again after our cleaning.
# Header values are literal text here: a zero-width space after every "=?"'s "=" keeps them so.
_ZWSP = "\u200b"


def header_text(value: object) -> str:
    """What goes into a header: `one_line`, with encoded-word syntax kept literal (never decoded)."""
    return one_line(value).replace("=?", "=" + _ZWSP + "?")


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


def _body_text(value: str) -> str:
    """Body text: one kind of line break, no lone surrogates (they cannot be written as UTF-8)."""
    text = value.replace("\r\n", "\n").replace("\r", "\n")
    return "".join("\ufffd" if unicodedata.category(ch) == "Cs" else ch for ch in text)


def _normalised(email: PromotionEmail) -> PromotionEmail:
    update: dict[str, object] = {}
    for name, value in email:
        if isinstance(value, str):
            update[name] = _body_text(value)
        elif isinstance(value, list):
            update[name] = [_body_text(str(v)) for v in value]
    return email.model_copy(update=update)


# ---------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------

_MD_INLINE = re.compile(r"([\\`*_\[\]<>~|])")
_MD_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
_MD_BLOCK_START = re.compile(r"^(?:([#+=-])|(\d{1,9})([.)]))")


def escape_markdown(text: str) -> str:
    """Escape what would change the meaning of user text in Markdown: emphasis, code, links,
    HTML, entities, and headings, lists, quotes or rules at the start of a line. Line breaks are
    kept as hard breaks; blank lines stay paragraph breaks; leading indentation (a code block) goes."""
    lines = [line.strip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        line = _MD_ENTITY.sub(r"\\&", _MD_INLINE.sub(r"\\\1", line))
        line = _MD_BLOCK_START.sub(lambda m: "\\" + m.group(1) if m.group(1) else m.group(2) + "\\" + m.group(3),
                                   line)
        out.append(line)
    joined: list[str] = []
    for i, line in enumerate(out):
        next_line = out[i + 1] if i + 1 < len(out) else ""
        joined.append(line + "\\" if line and next_line else line)
    return "\n".join(joined)


def render_text(email: PromotionEmail, *, with_subject: bool = False) -> str:
    """The email body as plain text (with a 'Subject: ...' first line when asked)."""
    email = _normalised(email)
    return render("email.txt.j2", email=email, subject=one_line(email.subject), with_subject=with_subject)


def render_markdown(email: PromotionEmail) -> str:
    email = _normalised(email)
    return render("email.md.j2", email=email, subject=one_line(email.subject), md=escape_markdown)


def render_html(email: PromotionEmail) -> str:
    email = _normalised(email)
    return render("email.html.j2", email=email, subject=one_line(email.subject))


# ---------------------------------------------------------------------------------------------
# Addresses and .eml
# ---------------------------------------------------------------------------------------------

# One plain address: dot-atom local part, dot-separated domain labels. No quotes, comments,
# spaces, angle brackets, commas or second '@': nothing that could carry a second address.
_LOCAL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
_LABEL = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?")


def checked_address(value: object, *, who: str) -> tuple[str, str]:
    """(local part, ASCII domain) of a single plain address, or ExportError saying what is wrong."""
    raw = "" if value is None else str(value)
    problem = f"The {who}'s email address {one_line(raw)[:80]!r} is not a single plain address like name@example.com"
    hint = "Fix the address in the case (one address, no spaces, line breaks or display name) and export again."
    if raw != raw.strip() or any(ch.isspace() or _is_header_unsafe(ch) for ch in raw) or raw.count("@") != 1:
        raise ExportError(problem + ".", hint=hint)
    local, domain = raw.split("@")
    if not _LOCAL.fullmatch(local) or len(local) > 64:
        raise ExportError(problem + " (the part before the @ needs plain ASCII letters, digits or . _ + -).",
                          hint=hint)
    try:
        ascii_domain = domain.encode("idna").decode("ascii") if not domain.isascii() else domain
    except UnicodeError:
        raise ExportError(problem + " (the domain cannot be encoded).", hint=hint) from None
    labels = ascii_domain.rstrip(".").split(".") if ascii_domain else []
    if len(labels) < 2 or not all(_LABEL.fullmatch(label) for label in labels) or len(ascii_domain) > 253:
        raise ExportError(problem + " (the domain after the @ is not valid).", hint=hint)
    return local, ascii_domain.rstrip(".")


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


def _encoded_words(text: str, header_name: str) -> str:
    """`text` as RFC 2047 UTF-8 encoded words, folded to _LINE with "\n " (pure ASCII)."""
    return Header(text, "utf-8", maxlinelen=_LINE, header_name=header_name).encode(linesep="\n")


def _subject_value(subject: str) -> str:
    words = subject.split(" ")
    if subject.isascii() and all(len(w) < _LINE - len("Subject: ") for w in words):
        return Header(subject, "us-ascii", maxlinelen=_LINE, header_name="Subject").encode(
            splitchars=" ", linesep="\n")
    return _encoded_words(subject, "Subject")


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


def to_eml(draft: Draft) -> bytes:
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
        if not value.isascii() or any(_is_header_unsafe(ch) for ch in value.replace("\n ", "")):
            raise ExportError(f"The {header_name} header could not be written safely.")  # pragma: no cover
        message.set_raw(header_name, value)
    message["Date"] = format_datetime(draft.created_at)
    message["Message-ID"] = make_msgid(domain=sender.domain if sender else _MESSAGE_ID_DOMAIN)
    message["X-Unsent"] = "1"
    message.set_content(render_text(email), subtype="plain", charset="utf-8", cte="quoted-printable")
    message.add_alternative(render_html(email), subtype="html", charset="utf-8", cte="quoted-printable")
    if "MIME-Version" not in message:  # pragma: no cover - set_content adds it
        message["MIME-Version"] = "1.0"
    try:
        raw = message.as_bytes(policy=_EML_POLICY)
    except (UnicodeError, ValueError) as exc:
        raise ExportError(f"The email file could not be written: {exc}.") from None
    _verify_headers(raw, subject=subject, sender=sender, to=to)
    return raw


# Raw header values are written as they are (we fold them ourselves); header objects as usual.
_EML_POLICY = policy.SMTP.clone(refold_source="none")
_TOP_HEADERS = {"subject", "from", "to", "date", "message-id", "x-unsent", "mime-version", "content-type"}


def _verify_headers(raw: bytes, *, subject: str, sender: Address | None, to: Address | None) -> None:
    """The last guard: read the message back as a mail client would, and refuse to hand it out
    unless it holds exactly the headers we set, once each, with the values we meant."""
    parsed = message_from_bytes(raw, policy=policy.default)
    names = [key.lower() for key in parsed]
    problems: list[str] = []
    extra = sorted({n for n in names if n not in _TOP_HEADERS or names.count(n) > 1})
    if extra:
        problems.append("unexpected or repeated headers: " + ", ".join(extra))
    if any(_is_header_unsafe(ch) for _, value in parsed.items() for ch in str(value)):
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


# ---------------------------------------------------------------------------------------------
# .docx
# ---------------------------------------------------------------------------------------------

def to_docx(draft: Draft) -> bytes:
    """A Word document: the subject as the heading, one paragraph per section, lists as bullets."""
    from docx import Document  # python-docx: imported here, only the docx export pays for it

    email = _normalised(draft.email)
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

    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# ---------------------------------------------------------------------------------------------
# mailto:
# ---------------------------------------------------------------------------------------------

class MailtoLink(NamedTuple):
    url: str
    subject_only: bool
    note: str | None


def mailto_link(draft: Draft, *, max_chars: int = MAILTO_MAX_CHARS) -> MailtoLink:
    """A mailto: link (RFC 6068) to the manager when their address is known, with the subject and
    the plain-text body (CRLF line breaks). Past `max_chars` it carries the subject only and says so.
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


# ---------------------------------------------------------------------------------------------
# Dispatch and file names
# ---------------------------------------------------------------------------------------------

def _check_format(fmt: str) -> Format:
    if fmt not in FORMATS:
        raise ExportError(f"Unknown export format {fmt!r}.", hint="Choose one of: " + ", ".join(FORMATS) + ".")
    return fmt


def export(draft: Draft, fmt: Format) -> bytes:
    """The draft in one of FORMATS, as the bytes of a file."""
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


_TRANSLITERATE = str.maketrans({
    "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss", "ẞ": "SS",
    "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "TH", "ł": "l", "Ł": "L", "ı": "i",
    "ħ": "h", "Ħ": "H", "ŋ": "ng", "Ŋ": "NG", "ĸ": "k",
})


def slugify(text: str, *, max_length: int = 60) -> str:
    """'Zoë Ødegård' -> 'zoe-odegard'. Latin letters lose their accents; letters of other scripts
    are kept as they are (no separators or control characters survive)."""
    text = unicodedata.normalize("NFKD", text.translate(_TRANSLITERATE))
    kept: list[str] = []
    for ch in text:
        category = unicodedata.category(ch)
        if ch.isascii():
            kept.append(ch.lower() if ch.isalnum() else "-")
        elif category == "Mn" and kept and kept[-1].isascii():
            continue  # an accent on a Latin letter: drop it
        elif category[0] in "LNM":
            kept.append(ch.lower())
        else:
            kept.append("-")
    slug = re.sub(r"-{2,}", "-", unicodedata.normalize("NFC", "".join(kept))).strip("-")
    return slug[:max_length].rstrip("-")


def suggested_filename(draft: Draft, fmt: Format) -> str:
    """e.g. promotion-email-jordan-lee-2026-11-26.eml"""
    fmt = _check_format(fmt)
    parts = ["promotion-email", slugify(one_line(draft.case.name)), draft.created_at.date().isoformat()]
    return "-".join(p for p in parts if p) + "." + fmt
