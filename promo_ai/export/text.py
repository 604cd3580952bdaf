"""Plain text, Markdown and HTML renderings of the email, and the text cleaning every format shares.

Every rendered body comes from a template in prompts/ (email.txt.j2, email.md.j2, email.html.j2);
Markdown escapes user text with `escape_markdown` so that it reads back literally.
"""

from __future__ import annotations

import re
import unicodedata

from promo_ai.email import PromotionEmail
from promo_ai.prompts import render


def is_header_unsafe(ch: str) -> bool:
    # Cc: C0/C1 controls incl. \r \n \t \x0b \x0c \x85; Zl/Zp: \u2028 \u2029; Cs: lone surrogates.
    return unicodedata.category(ch) in {"Cc", "Zl", "Zp", "Cs"}


def one_line(value: object) -> str:
    """A header-safe single line: every control or line-separator character becomes a space,
    runs of whitespace collapse to one space, and the ends are trimmed."""
    text = "" if value is None else str(value)
    text = "".join(" " if is_header_unsafe(ch) else ch for ch in text)
    return " ".join(text.split())


def _body_text(value: str) -> str:
    """Body text: one kind of line break, no lone surrogates (they cannot be written as UTF-8)."""
    text = value.replace("\r\n", "\n").replace("\r", "\n")
    return "".join("\ufffd" if unicodedata.category(ch) == "Cs" else ch for ch in text)


def normalised(email: PromotionEmail) -> PromotionEmail:
    """The email with every section's text made safe to render and encode (see `_body_text`)."""
    update: dict[str, object] = {}
    for name, value in email:
        if isinstance(value, str):
            update[name] = _body_text(value)
        elif isinstance(value, list):
            update[name] = [_body_text(str(v)) for v in value]
    return email.model_copy(update=update)


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
    email = normalised(email)
    return render("email.txt.j2", email=email, subject=one_line(email.subject), with_subject=with_subject)


def render_markdown(email: PromotionEmail) -> str:
    email = normalised(email)
    return render("email.md.j2", email=email, subject=one_line(email.subject), md=escape_markdown)


def render_html(email: PromotionEmail) -> str:
    email = normalised(email)
    return render("email.html.j2", email=email, subject=one_line(email.subject))


def slugify(text: str, *, max_length: int = 60) -> str:
    """'Zoë Ødegård' -> 'zoe-odegard', '王小明' -> 'wang-xiao-ming': python-slugify, so ASCII letters,
    digits and single hyphens only, never more than `max_length` characters."""
    from slugify import slugify as python_slugify  # imported here: only file names pay for it

    return str(python_slugify(text, max_length=max_length))
