"""The reader's patterns, compiled once: case-insensitive, as notes are typed in any case."""

from __future__ import annotations

import re


def compiled(*patterns: str) -> tuple[re.Pattern[str], ...]:
    """Each pattern compiled case-insensitively, in order (for `A, B = compiled(r"...", r"...")`)."""
    return tuple(re.compile(p, re.IGNORECASE) for p in patterns)
