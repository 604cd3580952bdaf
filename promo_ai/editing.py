"""The email as one text to edit in place, and that text read back into its sections (pure: no Streamlit).

`email_text` is the email as a person reads it (the plain-text export: "Subject: …", a blank line, then the
body). `parse_email_text` reads an edited text back into a PromotionEmail:

- the first line "Subject: …" is the subject (without it, the subject is empty and the checks say so);
- the body is read in blocks separated by blank lines; a block of "- " (or "* ", "• ") lines is a list,
  each bullet one item, lines under a bullet (indented or not) continuing it;
- the first list is the evidence, the second the praise (a line right above it, or the paragraph just
  before it, is the praise's introduction); a third list or more joins the praise;
- the paragraphs before the evidence are the greeting, the opening and the request, in that order (the
  first is the greeting when it looks like one: short and ending with a comma, or the email it was edited
  from had one; the last is the request; any between them make up the opening);
- the paragraphs after the lists are the context, the closing and the signature, in that order (the last
  is the signature when the email it was edited from had one; the one before it the closing; any before
  those make up the context).

So an edit that keeps the shape of the email keeps each section where it was, and an edit that adds or
removes a paragraph moves only the text it touched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from promo_ai.email import PromotionEmail
from promo_ai.export import render_text

_SUBJECT = re.compile(r"^\s*subject\s*:\s*(.*)$", re.IGNORECASE)
_BULLET = re.compile(r"^\s{0,3}[-*•]\s+(.*)$")


def email_text(email: PromotionEmail) -> str:
    """The email as one text: its subject line, a blank line, its body."""
    return render_text(email, with_subject=True).strip() + "\n"


@dataclass
class _Block:
    """A run of lines between blank lines: paragraph lines first (`lead`), then bullets (`items`)."""

    lead: list[str] = field(default_factory=list)
    items: list[list[str]] = field(default_factory=list)

    @property
    def paragraph(self) -> str:
        return "\n".join(self.lead).strip()

    def item_texts(self) -> list[str]:
        return [text for text in ("\n".join(lines).strip() for lines in self.items) if text]


def _blocks(lines: list[str]) -> list[_Block]:
    blocks: list[_Block] = []
    current: _Block | None = None
    for line in lines:
        if not line.strip():
            current = None
            continue
        if current is None:
            current = _Block()
            blocks.append(current)
        bullet = _BULLET.match(line)
        if bullet:
            current.items.append([bullet.group(1).strip()])
        elif current.items:  # a line under a bullet continues it (the export indents it by two spaces)
            current.items[-1].append(line.strip())
        else:
            current.lead.append(line.rstrip())
    return blocks


def _looks_like_greeting(text: str) -> bool:
    return "\n" not in text and len(text.split()) <= 6 and text.rstrip().endswith((",", ":", "!"))


def _head(paragraphs: list[str], previous: PromotionEmail | None) -> dict[str, str]:
    """Greeting, opening and request from the paragraphs before the evidence."""
    found = {"greeting": "", "opening": "", "request": ""}
    rest = list(paragraphs)
    if rest and (_looks_like_greeting(rest[0]) or (len(rest) > 1 and previous is not None and previous.greeting)):
        found["greeting"] = rest.pop(0)
    if rest:
        found["request"] = rest.pop()
    found["opening"] = "\n\n".join(rest)
    return found


def _tail(paragraphs: list[str], previous: PromotionEmail | None) -> dict[str, str]:
    """Context, closing and signature from the paragraphs after the lists."""
    found = {"context": "", "closing": "", "signature": ""}
    rest = list(paragraphs)
    if rest and (previous is None or previous.signature or len(rest) > 2):
        found["signature"] = rest.pop()
    if rest:
        found["closing"] = rest.pop()
    found["context"] = "\n\n".join(rest)
    return found


def parse_email_text(text: str, previous: PromotionEmail | None = None) -> PromotionEmail:
    """An edited email text back into its sections (see the module's docstring); `previous` is the email
    it was edited from, which settles the paragraphs whose place the text alone leaves open."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    subject = ""
    while lines and not lines[0].strip():
        lines.pop(0)
    if lines and (match := _SUBJECT.match(lines[0])):
        subject = match.group(1).strip()
        lines.pop(0)
    head: list[str] = []
    tail: list[str] = []
    lists: list[list[str]] = []
    praise_intro = ""
    for block in _blocks(lines):
        if not block.items:
            (tail if lists else head).append(block.paragraph)
            continue
        if len(lists) == 1 and not praise_intro:  # the praise: its introduction above it
            if block.lead:
                praise_intro = block.paragraph
            elif tail:
                praise_intro = tail.pop()
        elif block.lead:  # a line above the evidence (or a later list) is a paragraph of its own
            (tail if lists else head).append(block.paragraph)
        lists.append(block.item_texts())
    if not lists and previous is not None and previous.evidence:  # no list at all: split where it was
        keep = sum(1 for name in ("greeting", "opening", "request") if getattr(previous, name))
        head, tail = head[:keep], head[keep:]
    evidence = lists[0] if lists else []
    praise = [item for more in lists[1:] for item in more]
    return PromotionEmail(subject=subject, **_head(head, previous), evidence=evidence,
                          praise_intro=praise_intro if praise else "", praise=praise, **_tail(tail, previous))
