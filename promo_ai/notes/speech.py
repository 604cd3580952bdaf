"""A line of the notes that quotes the manager, written as a transcript: "Him: I will write the recommendation
letter this week", "Her: I'll send you the Gold Seal program info". Its "I" is the manager and its "you" is me,
so it is read as said of them ("Dana will write the recommendation letter this week"); the quote stays as written.
The same holds for a step read as mine that is done to me or for me ("I'll raise your case with Priya", "give me
charge duty on weekends"): it is the manager's.
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
# forward your panel feedback": the manager's words (a pasted email, a chat line), the "I" theirs and the "you" mine.
# Only what is done to a candidate: in notes written to the manager "I'll back you", "I'll introduce you to Jo" or
# "I'll forward your feedback to the team" are mine
_DONE_TO_ME = re.compile(r"(?i)^(?:(?:nominate|recommend|sponsor|endorse)\s+you\b(?!\s+(?:my|the|a|an)\b)|"
                         r"put\s+you\s+(?:forward|up|through|in\s+for)\b|"
                         r"(?:raise|submit|nominate|recommend|put\s+forward)\s+your\s+(?:case|application|name|nomination|"
                         r"promotion)\b|forward\s+your\s+(?:panel|interview|board)\s+feedback\b)")


def done_to_me(step: str) -> str | None:
    """A step read as mine that is done to me, as the manager's step in my words ("raise my case with Priya"); None
    when it is not one."""
    if not _DONE_TO_ME.match(step):
        return None
    return re.sub(r"(?i)\byou\b", "me", re.sub(r"(?i)\byour\b", "my", step))


# a step of "mine" whose object is me: "give me charge duty on weekends", "also organise for me to attend the
# training", "release me for the sim sessions": someone does it for me, most often the manager (not what an email
# from her asks of me in her words: "let me know by Friday", "send me the plan", "give me your availability")
_FOR_ME = re.compile(r"(?i)^(?:also\s+)?(?:(?:organi[sz]e|arrange|sort)\s+(?:out\s+)?for\s+me\s+to\b|"
                     r"(?:sign|book|enrol|enroll|register|release|pair|nominate|recommend|promote|sponsor|fund)\s+me\b|"
                     r"put\s+me\s+(?:forward|up|through|on|onto|in\s+for|down\s+for)\b|"
                     r"give\s+me\s+(?!(?:your|a\s+(?:call|shout|ring|bell|heads|buzz)|an?\s+update|feedback\s+on\s+(?:the|my)\s+"
                     r"draft|the\s+(?:draft|plan|dates?|list|figures|numbers))\b))")


def for_me(step: str) -> bool:
    """Whether a step read as mine is one done for me (see _FOR_ME)."""
    return _FOR_ME.match(step) is not None
