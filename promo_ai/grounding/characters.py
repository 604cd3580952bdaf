"""Characters a reader cannot see or cannot tell apart: judged on the raw text, before anything is normalised.

Hidden characters (zero-width spaces, bidirectional controls such as U+202E, tag characters, variation
selectors, blank letters) are rejected outright. A word that mixes alphabets ('Sаm' with a Cyrillic 'а')
is flagged, and so is a word written in another alphabet that the case does not contain.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from promo_ai.grounding.normal import is_hidden, script_of

_LETTERS = re.compile(r"[^\W\d_]+")


def _describe(ch: str) -> str:
    name = unicodedata.name(ch, "").lower() or "an unnamed character"
    return f"U+{ord(ch):04X} ({name})"


def hidden(raw: str) -> Iterator[tuple[int, str]]:
    """(position, description) of each hidden character in the raw text."""
    for i, ch in enumerate(raw):
        if is_hidden(ch) and ch != "\r":
            yield i, _describe(ch)


def look_alikes(text: str, known_words: set[str]) -> Iterator[tuple[int, str]]:
    """(position, description) of each word that mixes alphabets, or is in another alphabet than Latin
    and not in the case. `text` is NFKC-normalised (full-width and mathematical letters are plain)."""
    for m in _LETTERS.finditer(text):
        word = m.group(0)
        scripts = {s for s in (script_of(ch) for ch in word) if s}
        if len(scripts) > 1:
            yield m.start(), f"the word {word!r} (it mixes {' and '.join(sorted(s.title() for s in scripts))} letters)"
        elif scripts and scripts != {"LATIN"} and word.casefold() not in known_words:
            yield m.start(), f"the word {word!r} (in {next(iter(scripts)).title()} letters, and not in your case)"
