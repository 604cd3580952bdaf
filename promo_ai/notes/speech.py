"""A line of the notes that quotes the manager, written as a transcript: "Him: I will write the recommendation
letter this week", "Her: I'll send you the Gold Seal program info". Its "I" is the manager and its "you" is me,
so it is read as said of them ("Dana will write the recommendation letter this week"); the quote stays as written.
"""

from __future__ import annotations

import re

# "Her:", "Him:", "Boss:", or the manager's name, then their own words, starting with "I" ("Yes, I've ...")
_SPEAKER = r"(?:her|him|she|he|boss|mgr|manager|my\s+manager)"
_SPOKEN = r"(?P<said>(?:(?:yes|yeah|ok|okay|so|well|right|sure|great)\b[,!.]?\s+)?i(?:'ll|'ve|'m|'d)?\b.+)"
# words whose person cannot be swapped one for one: "you'll get a date", "you're ready", my boss (whose?)
_MIXED = re.compile(r"(?i)\byou(?:'ll|'re|'ve|'d)\b|\byou\s+(?:will|are|have|had|should|need|must|can|could|would|"
                    r"were|get|got|do|did)\b|\b(?:my|me|mine|myself)\b")


def said_by_manager(sentence: str, manager_names: list[str]) -> str:
    """The sentence as said of the manager when it is their own words after a speaker label; else as it is."""
    if not manager_names:
        return sentence
    names = "|".join(re.escape(n) for n in manager_names)
    m = re.match(rf"(?i)^\W*(?:{_SPEAKER}|{names})\s*:\s*[\"“]?{_SPOKEN}$", sentence)
    if m is None or _MIXED.search(m["said"]):
        return sentence  # "Dana: send HR my evals" (a step for Dana as it is), "Her: happy for me to go for it"
    name = min(manager_names, key=len)
    said = m["said"].rstrip("\"”")
    said = re.sub(r"(?i)\byour\b", "my", said)
    said = re.sub(r"(?i)\byou\b", "me", said)
    said = re.sub(r"(?i)\bi'll\b|\bi\s+will\b", f"{name} will", said)
    said = re.sub(r"(?i)\bi've\b|\bi\s+have\b", f"{name} has", said)
    said = re.sub(r"(?i)\bi'm\b|\bi\s+am\b", f"{name} is", said)
    said = re.sub(r"(?i)\bi'd\b", f"{name} would", said)
    return re.sub(r"(?i)\bi\b", name, said)


# a step of "mine" that is done to me: "I'll raise your case with Priya", "I'll nominate you as engagement lead", "I'll
# forward your panel feedback": the manager's words (a pasted email, a chat line), the "I" theirs and the "you" mine
_DONE_TO_ME = re.compile(r"(?i)^(?:nominate|recommend|introduce|sponsor|endorse|put|push|back|raise|forward|submit|"
                         r"support)\s+(?:you\b(?!\s+(?:my|the|a|an)\b)|your\s+(?:case|application|name|file|"
                         r"(?:panel\s+|interview\s+|written\s+)?feedback|paperwork|nomination|promotion|cv|details)\b)")


def done_to_me(step: str) -> str | None:
    """A step read as mine that is done to me, as the manager's step in my words ("raise my case with Priya"); None
    when it is not one."""
    if not _DONE_TO_ME.match(step):
        return None
    return re.sub(r"(?i)\byou\b", "me", re.sub(r"(?i)\byour\b", "my", step))


# a step of "mine" whose object is me: "give me charge duty on weekends", "also organise for me to attend the
# training", "release me for the sim sessions": someone does it for me, most often the manager
_FOR_ME = re.compile(r"(?i)^(?:also\s+)?(?:(?:organi[sz]e|arrange|sort)\s+(?:out\s+)?for\s+me\b|(?:sign|book|put|enrol|"
                     r"enroll|register|get|send|release|pair|move|nominate|recommend|give|let|tell|email|call|ring|"
                     r"introduce|show|mentor|coach|back|support|promote|confirm|pay|fund|sponsor|loop|update|offer)\s+"
                     r"me\b)")


def for_me(step: str) -> bool:
    """Whether a step read as mine is one done for me (see _FOR_ME)."""
    return _FOR_ME.match(step) is not None
