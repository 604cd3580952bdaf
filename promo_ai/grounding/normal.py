"""Text as the grounding checks read it: one normal form, sentences, words and phrase keys.

`prepare` is applied to the email and to the case alike: Unicode NFKC first, every kind of quotation
mark as a straight " or ', hidden characters dropped (the character check reports them from the raw
text), spaces collapsed within each line. Positions in the prepared text are what every check reports.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

_DOUBLE = "\"“”„‟«»〝〞〟＂「」『』❝❞〈〉《》⟨⟩"
_SINGLE = "'‘’‚‛‹›′❛❜"
_QUOTE_MAP = str.maketrans({**{c: '"' for c in _DOUBLE}, **{c: "'" for c in _SINGLE}})
# Letters that show as blank space; NFKC keeps them.
INVISIBLE_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800\u180e\u17b4\u17b5\u034f")


def is_hidden(ch: str) -> bool:
    """A character a reader cannot see (or that reorders what they see): format and control characters,
    line and paragraph separators, private-use and unassigned code points, variation selectors and the
    letters that render as blank. A line break and a tab are text."""
    if ch in "\n\t":
        return False
    if ch in INVISIBLE_LETTERS or 0xFE00 <= ord(ch) <= 0xFE0F or 0xE0100 <= ord(ch) <= 0xE01EF:
        return True
    return unicodedata.category(ch) in {"Cc", "Cf", "Zl", "Zp", "Co", "Cn", "Cs"}


def prepare(text: str) -> str:
    """NFKC, quotation marks made straight, hidden characters dropped, spaces collapsed within lines."""
    text = unicodedata.normalize("NFKC", text.replace("\r\n", "\n").replace("\r", "\n")).translate(_QUOTE_MAP)
    if not (text.isascii() and text.replace("\n", " ").replace("\t", " ").isprintable()):
        text = "".join(ch for ch in text if not is_hidden(ch))
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


# --- sentences -----------------------------------------------------------------------------------

ABBREVIATIONS = frozenset(
    "dr mr mrs ms mx prof st inc ltd co corp jr sr vs no approx dept fig mt ft rev hon gen col capt lt sgt "
    "messrs mme mlle sen rep gov pres supt insp det".split()
)
HONORIFICS = frozenset("dr mr mrs ms mx miss prof professor sir dame rev fr mme mlle madam".split())
_BOUNDARY = re.compile(r"[.!?]+[\"')\]]*\s+|\n+")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: a line, or a run ending in . ! ? before a capital, a quotation mark
    or a bracket. 'Dr. Kim', 'St. Brigid's' and 'J. Smith' do not end a sentence."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if "\n" not in match.group(0):
            after = text[match.end():match.end() + 1]
            if not after or not (after.isupper() or after in "\"'(["):
                continue
            word = re.search(r"([^\W\d_]+)\W*$", text[start:match.start() + 1])
            last = word.group(1) if word else ""
            if last.lower() in ABBREVIATIONS or (len(last) == 1 and last.isupper()):
                continue
        if text[start:match.start()].strip():
            spans.append((start, match.start() + len(match.group(0).rstrip())))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def sentences(text: str) -> list[str]:
    """The sentences of `text` (prepared first), each stripped."""
    prepared = prepare(text)
    return [prepared[a:b].strip() for a, b in sentence_spans(prepared)]


def sentence_at(text: str, spans: list[tuple[int, int]], position: int) -> str:
    """The sentence of `text` that holds `position` (`spans` from `sentence_spans`)."""
    index = bisect.bisect_right(spans, (position, len(text) + 1)) - 1
    if index >= 0 and spans[index][0] <= position < spans[index][1]:
        return text[spans[index][0]:spans[index][1]].strip()
    return text.strip()


def sentence_start(spans: list[tuple[int, int]], position: int) -> int:
    """Where the sentence holding `position` starts (0 when none does)."""
    index = bisect.bisect_right(spans, (position, len(spans) and spans[-1][1] + 1)) - 1
    return spans[index][0] if index >= 0 else 0


# --- words and phrase keys -----------------------------------------------------------------------

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


def words(text: str) -> list[str]:
    """Case-folded words: letters and digits, an apostrophe inside a word kept ("i'm", "don't") and a
    possessive dropped ("Jordan's" -> 'jordan', "next week's" -> 'next week')."""
    return [w.removesuffix("'s") for w in _WORD.findall(text.casefold())]


def key(text: str) -> str:
    """A phrase as words between single spaces, padded, for whole-word containment: key(a) in key(b)."""
    return " " + " ".join(words(text)) + " "


def blank(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """`text` with each [start, end) span taken out: positions stay where they were, and the filler (NUL,
    which `prepare` never leaves) is neither a word nor a space, so the words on either side do not join."""
    parts: list[str] = []
    position = 0
    for start, end in sorted(spans):
        start = max(start, position)
        if end > start:
            parts += [text[position:start], "\0" * (end - start)]
            position = end
    return "".join(parts) + text[position:]


@lru_cache(maxsize=4096)
def script_of(ch: str) -> str | None:
    """'LATIN', 'CYRILLIC', 'GREEK', 'CJK' ...; None for marks and modifiers."""
    name = unicodedata.name(ch, "")
    first = name.split(" ", 1)[0]
    if first in {"CJK", "HIRAGANA", "KATAKANA", "HANGUL", "IDEOGRAPHIC", "HALFWIDTH", "BOPOMOFO"}:
        return "CJK"
    if not name or first in {"MODIFIER", "COMBINING", "FEMININE", "MASCULINE"}:
        return None
    return first
