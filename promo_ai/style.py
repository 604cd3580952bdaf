"""Style checks, next to the structure checks: what a careful writer would not send to a manager.

Each fault is found per sentence, so the checklist can quote the sentence: hedges that weaken the ask,
ultimatums, comparisons with colleagues, insults, evidence written as a spreadsheet label, a sentence
starting in lower case, and the request made more than once. Measured on a labelled set of sentences
written blind to this code (bench/email-style*.yaml, `make bench`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

FAULTS: tuple[tuple[str, str, str], ...] = (  # (fault, check id, the line when none is found)
    ("hedge", "style_hedges", "No hedging or apologising for asking."),
    ("ultimatum", "style_ultimatums", "No ultimatums."),
    ("peer_comparison", "style_comparisons", "No comparisons with colleagues."),
    ("insult", "style_insults", "Nothing disparaging about anyone."),
    ("label_style", "style_labels", "Evidence written as sentences, not labels."),
    ("lowercase_start", "style_capitals", "Every sentence starts with a capital."),
)
ADVICE = {
    "hedge": "say it plainly, without hedging or apologising",
    "ultimatum": "leave out the ultimatum: it turns a request into a threat",
    "peer_comparison": "make the case on your own work, not against colleagues",
    "insult": "leave out the disparaging words",
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
_ULTIMATUM = re.compile(
    r"\bor (?:else|I'?ll|I will|I'?d)\b.{0,30}\b(?:leave|look(?:ing)? elsewhere|resign|quit|move on|other (?:offers|"
    r"options|roles))\b|\bno (?:other )?choice but\b|\bI need (?:an|your) answer by\b|\bfinal request\b"
    r"|\botherwise,? I'?(?:ll| will)\b|\bI expect (?:an answer|a decision|a response)\b|\blast chance\b"
    r"|\bnon-negotiable\b|\bor (?:I'?ll|I will|you'?ll|you will)\b|\bor I (?:walk|leave|quit|go)\b"
    r"|\bif I (?:don'?t|do not) (?:hear|get|see)\b.{0,60}\bI'?ll\b|\bfuture (?:at|with|here)\b|\bmy notice\b"
    r"|\bcompetition\b|\bcompetitors?\b"
    r"|\bif (?:this|it) (?:doesn'?t|does not|isn'?t|is not)\b.{0,40}\b(?:leave|resign|quit|look|elsewhere)\b"
    r"|\bI have (?:an|another) offer\b|\bconsider this my\b|\bbefore I start looking\b",
    re.IGNORECASE,
)
_COMPARISON = re.compile(
    r"\b(?i:unlike) (?!(?i:last|previous|before|the old|the previous|the last|the original|when|in)\b)"
    r"(?:[A-Z][a-z]+\b|(?i:(?:the |my )?(?:other|rest|colleagues|peers|teammates|coworkers|co-workers))\b)"
    r"|\b(?i:more|better|harder|faster|longer|more often) (?i:than) (?:(?i:the other|my colleagues|my peers"
    r"|my teammates|my co-?workers|anyone else|everyone else|the rest|the others|any other|the other)\b|[A-Z][a-z]+\b)"
    r"|\b(?i:got|was|were|been) (?i:promoted with) (?i:less|fewer)\b"
    r"|\b(?i:the other \w+ (?:don'?t|never|can'?t|won'?t))\b|\b(?i:than (?:he|she|they) (?:does|do|did|has|have))\b"
    r"|\b(?i:while (?:others|my colleagues|the others))\b"
    r"|\b(?i:more|\w+er)\b[^.;]{1,40}\b(?i:than) (?:(?i:the other|any of the other|anyone else|everyone else|the rest"
    r"|the others|any other)\b|[A-Z][a-z]+\b(?! \d))"
    r"|\b[A-Z][a-z]+ (?i:got|was made|was given|made)\b.{0,60}"
    r"\b(?i:and I'?ve|while I|with half my|and (?:she|he) can'?t)"
    r"|\b(?i:I'?m (?:clearly |easily |by far )?the (?:best|strongest|most \w+) (?:on|in) the team)\b",
)


def _any_of(phrases: str) -> re.Pattern[str]:
    """A pattern for any of these phrases ('|'-separated), whole words, any case."""
    return re.compile(r"\b(?:" + phrases + r")\b", re.IGNORECASE)


_INSULT = _any_of("useless|clueless|incompetent|lazy|idiot\\w*|stupid|hopeless|pathetic|dead ?weight|moron\\w*"
                  "|dinosaurs?|a joke|worthless|dim-?witted|slackers?|amateurs?|bunch of|dumb|inept|careless"
                  "|can'?t even|no taste|couldn'?t organi[sz]e")
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
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")


@dataclass(frozen=True)
class StyleFinding:
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
    if _ULTIMATUM.search(text):
        faults.append("ultimatum")
    if _COMPARISON.search(text):
        faults.append("peer_comparison")
    if _INSULT.search(text):
        faults.append("insult")
    label = _LABEL.match(text)
    if label and len(label.group("label").split()) <= 4 and not _NOT_A_LABEL.search(label.group("label")):
        faults.append("label_style")
    first = text.split(" ", 1)[0] if text else ""
    if first[:1].islower() and first.lower().strip(",.:;") not in _LOWER_OK and not any(c.isupper() for c in first):
        faults.append("lowercase_start")
    return faults


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
