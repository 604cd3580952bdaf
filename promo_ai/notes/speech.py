"""A line of the notes that quotes the manager, written as a transcript: "Him: I will write the recommendation
letter this week", "Her: I'll send you the Gold Seal program info". Its "I" is the manager and its "you" is me,
so it is read as said of them ("Dana will write the recommendation letter this week"); the quote stays as written.
"""

from __future__ import annotations

import re

# "Her:", "Him:", "Boss:", or the manager's name, then words of their own that say "I"
_SPEAKER = r"(?:her|him|she|he|boss|mgr|manager|my\s+manager)"
_FIRST_PERSON = re.compile(r"(?i)\bI(?:'ll|'ve|'m|'d|\s+will|\s+have|\s+am|\s+would|\s+can)?\b")


def said_by_manager(sentence: str, manager_names: list[str]) -> str:
    """The sentence as said of the manager when it is their own words after a speaker label; else as it is."""
    if not manager_names:
        return sentence
    names = "|".join(re.escape(n) for n in manager_names)
    m = re.match(rf"(?i)^\W*(?:{_SPEAKER}|{names})\s*:\s*[\"“]?(?P<said>.+)$", sentence)
    if m is None or not re.search(r"\bI\b|\bI'", m["said"]):
        return sentence  # "Dana: send HR my evals" is a step for Dana as it is; "Me: I'll ..." is mine
    name = manager_names[-1] if len(manager_names) > 1 else manager_names[0]
    said = m["said"].rstrip("\"”")
    said = re.sub(r"\byour\b", "my", said, flags=re.IGNORECASE)
    said = re.sub(r"\byou\b", "me", said, flags=re.IGNORECASE)
    said = re.sub(r"\bI'll\b|\bI\s+will\b", f"{name} will", said)
    said = re.sub(r"\bI've\b|\bI\s+have\b", f"{name} has", said)
    said = re.sub(r"\bI'm\b|\bI\s+am\b", f"{name} is", said)
    said = re.sub(r"\bI'd\b", f"{name} would", said)
    return re.sub(r"\bI\b", name, said)
