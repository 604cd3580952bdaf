"""Another role than the one asked for, put to the writer in any outcome or said against it: "look at a PSL role
instead", 'what about "deputy metro editor"?', "they'd rather make me Of Counsel", "approved, but as Sr PM, not GPM".
A role offered is proposed as the title whatever the outcome (the labelling brief's rule: a different title
suggested is the title)."""

from __future__ import annotations

import re

from promo_ai.changes.matching import same_title
from promo_ai.notes.roles import CAPS, QUOTED, ROLE, ROLE_WORD, a_title

# Another role offered in place of the one asked for, in any outcome: "look at a Professional Support Lawyer role
# instead", "she thinks i'd be better going for Analytics Engineer instead", "about bar mgr instead"
_INSTEAD = re.compile(
    r"(?i)(?<!\basked\s)\b(?:for|at|about|as|into|to|consider(?:ing)?|suggest(?:ed|s|ing)?|try(?:ing)?|"
    r"offer(?:ed|s|ing)?|suit(?:s|ed)?(?:\s+(?:to|as))?)\s+"
    rf"(?:an?\s+|the\s+)?(?P<t>{QUOTED}|{CAPS}|(?:[a-z][\w&-]*\s+){{0,3}}[a-z][\w-]*)"
    r"(?:\s+(?:role|post|job|position|track|route|grade|opening|vacancy))?\s*,?\s+(?:instead|rather)\b")
_ANY_TITLE = rf"(?:{QUOTED}|{CAPS}|(?:[a-z0-9][\w&-]*\s+){{0,3}}[a-z][\w-]*)"
# Another role put to the writer, in any outcome: 'she asked "what about deputy metro editor?"', "they'd rather make
# me Of Counsel for a year", "she'd back me for Deputy DON", "better suited to the Engineering Manager track"
_OFFERED = re.compile(
    rf"(?i)\bwhat\s+about\s+(?:an?\s+|the\s+)?(?P<w>{_ANY_TITLE})(?=\s*(?:[?,.;\"”]|\s[-–—]|$|\s+(?:on|in|at|when|"
    rf"for|first|instead|as|once|after)\b))|"
    rf"\b(?:rather|prefer\s+to|happier\s+to)\s+make\s+me\s+(?:an?\s+)?(?P<m>{_ANY_TITLE})(?=\s*(?:[?,.;(]|\s[-–—]|$|"
    rf"\s+(?:for|first|on|in|at|instead)\b))|"
    rf"\b(?:back|support|recommend|endorse)\s+me\s+for\s+(?:an?\s+|the\s+)?(?P<b>{CAPS})|"
    rf"\bbetter\s+(?:suited|fit(?:ted)?)\s+(?:to|for|as)\s+(?:an?\s+|the\s+)?(?P<s>{_ANY_TITLE})"
    r"(?=\s*(?:[?,.;]|$|\s+(?:track|role|route|job|post|than|instead|rather)\b))")
# One role said against the one asked for: "approved, but as Sr PM, not GPM", "junior sous from 1 Feb, not full sous
# chef yet", '"Client Partner" instead of Account Director'
_CONTRAST = re.compile(
    rf"(?i)(?P<x>{_ANY_TITLE})(?:\s+(?:from|starting|effective)\s+[\w ]{{1,12}}?)?\s*,?\s+(?:not|rather\s+than|"
    rf"instead\s+of)\s+(?:the\s+|an?\s+|full\s+|just\s+)?(?P<y>{_ANY_TITLE})")
_LINK_WORDS = re.compile(r"(?i)^(?:.*\s)?(?:about|for|at|as|into|to|on|with|in|the|an?|but|is|be|was|make\s+me|me)"
                         r"\s+(?=\S)")

def _reads_as_role(title: str, case_titles: set[str]) -> bool:
    """A role put to the writer: ends on a role word ("key holder", "Policy Lead") or is written as a title
    ("Of Counsel", "APM", "Sr PM")."""
    last = title.split()[-1] if title.split() else ""
    if title[:1].islower():  # typed casually, two words at least: "key holder", not "the specialist route"
        return len(title.split()) >= 2 and bool(ROLE_WORD.fullmatch(last))
    return bool(ROLE_WORD.fullmatch(last) or ROLE.search(last) or re.fullmatch(r"[A-Z]{2,5}\d?", last)) and (
        a_title(title, case_titles, True) or len(title.split()) <= 2)


def _bare(said: str) -> str:
    """The title itself out of a capture: no quotes, article, link words before it or 'role' after it."""
    title = said.strip(" \"“”'")
    if said[:1] not in "\"“'":
        title = _LINK_WORDS.sub("", title)
    return re.sub(r"(?i)^(?:the|an?)\s+|\s+(?:role|post|job|position|track|route|grade)$", "", title).strip()


def other_role(sentence: str, target: str, case_titles: set[str]) -> str | None:
    """Another role than the one asked for, put to the writer or said against it, or None."""
    for m in _CONTRAST.finditer(sentence):
        against = m["y"].strip(" \"“”'").split()
        if not any(same_title(" ".join(against[:n]), target) for n in range(1, len(against) + 1)):
            continue
        title = _bare(m["x"])
        if title and _reads_as_role(title, case_titles) and not same_title(title, target):
            return title
    for m in _OFFERED.finditer(sentence):
        title = _bare(next(g for g in (m["w"], m["m"], m["b"], m["s"]) if g))
        if title and _reads_as_role(title, case_titles) and not same_title(title, target):
            return title
    return None


def offered_instead(sentence: str, case_titles: set[str]) -> str | None:
    """A role named with "instead" ("look at a Professional Support Lawyer role instead"), or None."""
    for m in _INSTEAD.finditer(sentence):
        title = re.sub(r"(?i)^(?:the|an?)\s+|\s+(?:role|post|job|position|track|route|grade)$", "",
                       m["t"].strip(" \"“”'"))
        if title[:1].islower():  # "to talk about bar mgr instead": the words after the last link word
            title = re.split(r"\b(?:about|for|at|as|into|to|the|an?)\s+", title)[-1]
        last = title.split()[-1] if title.split() else ""
        if (ROLE_WORD.fullmatch(last) or ROLE.search(last)) and (
                a_title(title, case_titles, True) if title[:1].isupper() else ROLE_WORD.fullmatch(last)):
            return title
    return None


