"""The difference between two versions of the email: by section and by word (difflib).

`section_diff` is the data (for the page and tests), `diff_html` colours it for the page and
`unified_diff` is the readable text the CLI prints. Every piece of email text that reaches the
HTML is escaped with html.escape: the page renders it with unsafe_allow_html.
"""

from __future__ import annotations

import difflib
import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from promo_ai.draft import Draft
from promo_ai.email import SECTION_LABELS, PromotionEmail

Tag = Literal["equal", "insert", "delete"]
Status = Literal["same", "changed", "added", "removed"]
Op = tuple[Tag, str]

_TOKEN = re.compile(r"\s*\S+")  # a word with the whitespace before it: joining the tokens gives the text back
# Inline styles so the colours survive without a stylesheet; text colour set too, for dark themes.
INS_STYLE = "background:#d8f5dd;color:#0b4a1c;text-decoration:none;border-radius:2px;padding:0 1px"
DEL_STYLE = "background:#fbdcdc;color:#7a1111;text-decoration:line-through;border-radius:2px;padding:0 1px"
STATUS_STYLE: dict[str, str] = {
    "same": "color:#6b7280",
    "changed": "color:#9a6700",
    "added": "color:#0b4a1c",
    "removed": "color:#7a1111",
}


@dataclass(frozen=True)
class SectionDiff:
    """One section of the email, compared. `ops` rebuild the new text exactly (equal + insert) and the
    old one's words (equal + delete; equal runs carry the new spacing); list sections (evidence,
    praise) put one item per line."""

    section: str
    status: Status
    ops: list[Op] = field(default_factory=list)

    @property
    def label(self) -> str:
        return SECTION_LABELS.get(self.section, self.section)

    def old_text(self) -> str:
        return "".join(text for tag, text in self.ops if tag != "insert")

    def new_text(self) -> str:
        return "".join(text for tag, text in self.ops if tag != "delete")


def _email(version: PromotionEmail | Draft) -> PromotionEmail:
    return version.email if isinstance(version, Draft) else version


def tokens(text: str) -> list[str]:
    """Words, each carrying the whitespace before it (so nothing is lost when they are joined)."""
    found = _TOKEN.findall(text)
    tail = text[sum(len(t) for t in found):]
    if tail:
        found.append(tail)
    return found


def _merge(ops: list[Op]) -> list[Op]:
    merged: list[Op] = []
    for tag, text in ops:
        if not text:
            continue
        if merged and merged[-1][0] == tag:
            merged[-1] = (tag, merged[-1][1] + text)
        else:
            merged.append((tag, text))
    return merged


def word_ops(a: str, b: str) -> list[Op]:
    """Word-level operations turning `a` into `b`; a replacement is a delete followed by an insert."""
    ta, tb = tokens(a), tokens(b)
    # Compare words without their leading whitespace, so a re-wrapped line is not a change.
    matcher = difflib.SequenceMatcher(None, [t.strip() for t in ta], [t.strip() for t in tb], autojunk=False)
    ops: list[Op] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            ops.append(("equal", "".join(tb[j1:j2])))
        if tag in ("delete", "replace"):
            ops.append(("delete", "".join(ta[i1:i2])))
        if tag in ("insert", "replace"):
            ops.append(("insert", "".join(tb[j1:j2])))
    return _merge(ops)


def _list_ops(a: Sequence[str], b: Sequence[str]) -> list[Op]:
    """Items aligned first (an unchanged item stays whole), then similar items compared by word."""
    matcher = difflib.SequenceMatcher(None, list(a), list(b), autojunk=False)
    ops: list[Op] = []

    def line(tag: Tag, text: str) -> None:
        ops.append((tag, text + "\n"))

    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for item in b[j1:j2]:
                line("equal", item)
            continue
        old, new = list(a[i1:i2]), list(b[j1:j2])
        while old or new:
            if old and new and difflib.SequenceMatcher(None, old[0], new[0]).ratio() >= 0.5:
                ops += word_ops(old.pop(0), new.pop(0))
                ops.append(("equal", "\n"))
            elif old:
                line("delete", old.pop(0))
            else:
                line("insert", new.pop(0))
    return _merge(ops)


def section_diff(a: PromotionEmail | Draft, b: PromotionEmail | Draft) -> list[SectionDiff]:
    """Every section either version has, in reading order, with its status and word-level ops."""
    old, new = _email(a), _email(b)
    diffs: list[SectionDiff] = []
    for name in SECTION_LABELS:
        before, after = getattr(old, name), getattr(new, name)
        if not before and not after:
            continue
        if isinstance(before, list) or isinstance(after, list):
            ops = _list_ops(list(before or []), list(after or []))
        else:
            ops = word_ops(before or "", after or "")
        if before == after:
            status: Status = "same"
        elif not before:
            status = "added"
        elif not after:
            status = "removed"
        else:
            status = "changed"
        diffs.append(SectionDiff(name, status, ops))
    return diffs


def email_text(version: PromotionEmail | Draft) -> str:
    """The email as labelled lines (one per section or item), so a unified diff says where a change is."""
    email = _email(version)
    lines: list[str] = []
    for name in SECTION_LABELS:
        value = getattr(email, name)
        items = value if isinstance(value, list) else [value] if value else []
        for item in items:
            for part in str(item).splitlines() or [""]:
                lines.append(f"[{SECTION_LABELS[name]}] {part}")
    return "\n".join(lines) + "\n"


def unified_diff(a_text: str, b_text: str, a_label: str = "before", b_label: str = "after",
                 context: int = 2) -> str:
    """difflib's unified diff over lines; empty when the texts are the same."""
    lines = difflib.unified_diff(a_text.splitlines(), b_text.splitlines(), fromfile=a_label, tofile=b_label,
                                 n=context, lineterm="")
    out = "\n".join(lines)
    return out + "\n" if out else ""


# --- HTML, for the page ------------------------------------------------------------------------------------------


def _ops_html(ops: Sequence[Op]) -> str:
    parts: list[str] = []
    for tag, text in ops:
        # Escape first, then turn line breaks into <br>: no user text is ever markup.
        safe = html.escape(text, quote=True).replace("\n", "<br>")
        if tag == "insert":
            parts.append(f'<ins class="promo-diff-ins" style="{INS_STYLE}">{safe}</ins>')
        elif tag == "delete":
            parts.append(f'<del class="promo-diff-del" style="{DEL_STYLE}">{safe}</del>')
        else:
            parts.append(safe)
    return "".join(parts)


def diff_html(a: PromotionEmail | Draft, b: PromotionEmail | Draft, *, only_changes: bool = False) -> str:
    """The new version with the changes marked: <ins> for added words, <del> for removed ones, a status
    per section. All email text is escaped; the only markup is ours."""
    blocks: list[str] = []
    for diff in section_diff(a, b):
        if only_changes and diff.status == "same":
            continue
        status = html.escape(diff.status)
        blocks.append(
            f'<div class="promo-diff-section promo-diff-{status}" style="margin:0 0 0.6em 0">'
            f'<div class="promo-diff-label" style="font-size:0.8em;{STATUS_STYLE[diff.status]}">'
            f"{html.escape(diff.label)} · {status}</div>"
            f'<div class="promo-diff-text">{_ops_html(diff.ops)}</div></div>'
        )
    if not blocks:
        blocks.append('<div class="promo-diff-none">No differences.</div>')
    return '<div class="promo-diff">' + "".join(blocks) + "</div>"
