"""Style checks, next to the structure checks: how it is written, as a careful writer would send it.

Each fault is found per sentence, so the checklist can quote the sentence: hedges that weaken the ask,
evidence written as a spreadsheet label, a sentence starting in lower case, and the request made more
than once. What is said about other people (insults, ultimatums, comparisons with colleagues) is a claim,
judged with every other claim in promo_ai/grounding/tone.py. Measured on labelled sentences written blind
to this code (bench/email-style*.yaml, `make bench`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

FAULTS: tuple[tuple[str, str, str], ...] = (  # (fault, check id, the line when none is found)
    ("hedge", "style_hedges", "No hedging or apologising for asking."),
    ("label_style", "style_labels", "Evidence written as sentences, not labels."),
    ("lowercase_start", "style_capitals", "Every sentence starts with a capital."),
)
ADVICE = {
    "hedge": "say it plainly, without hedging or apologising",
    "label_style": "write the evidence as a sentence, not 'Label: value'",
    "lowercase_start": "start the sentence with a capital",
}

_HEDGE = re.compile(
    r"\bjust (?:wanted|want|checking|check|asking|ask|wondering|thought|think|a quick|a little|hoping|reaching"
    r"|touching|following)\b|\bI'?m just\b|\bI (?:was|am) (?:just )?wondering\b|\bsorry\b|\bapologi[sz]e for\b"
    r"|\bif (?:it'?s|it is) not too much\b|\bI hope (?:it'?s|this is|that'?s|that is) (?:ok|okay|alright|all right"
    r"|fine)\b|\bI hope (?:you don'?t|I'?m not|this isn'?t)\b|\bhopefully\b|\bmaybe\b|\bperhaps\b|\bpossibly\b"
    r"|\bkind of\b|\bsort of\b|\bno pressure\b|\bforgive me\b|\boverstep\b|\bif you don'?t mind\b"
    r"|\bwould it be (?:ok|okay|possible)\b|\bI'?m not sure (?:if|whether) I\b|\bbother(?:ing)? you\b"
    r"|\bmight be (?:ready|able)\b|\bI feel like I might\b|\bjust mention\b|\bnot sure I deserve\b|\bapologies\b"
    r"|\bprobably not the right time\b|\bpushy\b|\b(?:only |just )?wondered (?:if|whether)\b",
    re.IGNORECASE,
)
def _any_of(phrases: str) -> re.Pattern[str]:
    """A pattern for any of these phrases ('|'-separated), whole words, any case."""
    return re.compile(r"\b(?:" + phrases + r")\b", re.IGNORECASE)


# "Duty: owns the rota — ...", "Impact: 30% fewer falls", "KPI — 41 → 19 days": a short label, then the value.
_LABEL = re.compile(r"^(?P<label>[A-Z][\w'&/ -]{0,40}?)\s*(?::|\s[—–]\s|\s->\s|\s→\s)\s*\S")
_NOT_A_LABEL = _any_of("in|for|if|as|from|so|should|here|it'?s|this|that|thanks|thank|dear|hi|hello|best|ps|note"
                       "|background|straight|some|a few|feedback|comments|following|i|you|we|my|our|me|us|it|he"
                       "|she|they")
_LOWER_OK = frozenset({"npm", "git", "pip", "cron", "sudo", "vim", "ssh", "iptables", "nginx", "kubectl"})
_REQUEST = re.compile(
    r"\b(?:I'?d like to be (?:considered|promoted)|I would like to be (?:considered|promoted)|I'?m asking (?:to be|for)"
    r"|I am (?:requesting|asking)|I'?d love to be promoted|I want (?:you )?to (?:be promoted|put me forward)"
    r"|I'?d like you to put me forward|please (?:consider|promote) me|I would welcome your support for my promotion)",
    re.IGNORECASE,
)
@dataclass(frozen=True)
class StyleFinding:
    """One fault in one sentence of one section: what the checklist quotes."""

    fault: str
    section: str
    sentence: str

    @property
    def message(self) -> str:
        quoted = self.sentence if len(self.sentence) <= 90 else self.sentence[:89] + "…"
        return f"{self.section}: {ADVICE[self.fault]} (in: {quoted})"


def sentence_faults(sentence: str) -> list[str]:
    """The faults of one sentence, from FAULTS (what the labelled set scores)."""
    text = sentence.strip().lstrip("-*•“\"' ").strip()
    faults = []
    if _HEDGE.search(text):
        faults.append("hedge")
    label = _LABEL.match(text)
    if label and len(label.group("label").split()) <= 4 and not _NOT_A_LABEL.search(label.group("label")):
        faults.append("label_style")
    first = text.split(" ", 1)[0] if text else ""
    if first[:1].islower() and first.lower().strip(",.:;") not in _LOWER_OK and not any(c.isupper() for c in first):
        faults.append("lowercase_start")
    return faults


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")


def find_style_faults(sections: Iterable[tuple[str, str]]) -> list[StyleFinding]:
    """Every fault in the email's sentences. Quoted praise is the praiser's own words: never judged."""
    findings = []
    for section, text in sections:
        if section in {"subject", "praise", "signature", "greeting"}:  # a subject line may be "Title: name"
            continue
        for sentence in _SENTENCE_END.split(text.strip()):
            findings += [StyleFinding(fault, section, sentence) for fault in sentence_faults(sentence)]
    return findings


def requests_made(sections: Iterable[tuple[str, str]]) -> int:
    """How many times the body asks for the promotion in so many words (the subject does not count)."""
    return sum(len(_REQUEST.findall(text)) for section, text in sections if section != "subject")
