"""Names and titles: every person, organisation, project and job title an email names must be the case's.

A run of capitalised words ('Maria Gonzalez', 'Project Falcon', 'VP of Sales') or a single one mid-sentence
('Marcus', 'Google') is a name. At the start of a sentence a capitalised word is a name only when it
acts like one ('Marcus agrees', "Marcus's", 'Marcus and I'); after an honorific always ('Dr. Marcus').
A name passes when the case writes it as one phrase ('Sam Kim' built from 'Sam Ortiz' and 'Dana Kim' does
not). A title passes only as the person's own current or target title, as the role the case gives a
praise author written next to that author ('Sam Ortiz, VP of Sales'), or as the case writes it elsewhere;
and whoever is promoted is promoted to the target title, never to a praise author's role.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from promo_ai.grounding.dates import MONTHS, WEEKDAYS
from promo_ai.grounding.normal import ABBREVIATIONS, HONORIFICS, key, words
from promo_ai.grounding.ownwords import composer_vocabulary
from promo_ai.grounding.source import Source
from promo_ai.text import STOP_WORDS

TITLE_WORDS = frozenset(
    "analyst engineer manager director lead designer scientist nurse teacher specialist coordinator officer architect "
    "consultant developer administrator associate head vp president principal supervisor technician accountant "
    "editor writer strategist planner advisor adviser counsel attorney chef representative executive partner "
    "researcher professor instructor owner chief founder cofounder co-founder chair chairman chairwoman chairperson "
    "superintendent dean provost controller treasurer secretary marshal commander captain lieutenant sergeant "
    "foreman steward fellow intern trainee apprentice paralegal pharmacist physician surgeon therapist "
    "superior overseer ceo cfo coo cto cio cmo cpo ciso cro svp evp avp gm".split()
)
CONNECTORS = frozenset("of de van von der da la du del di le y bin al the".split())
NAME_VERBS = frozenset(
    "agrees agreed said says thinks thought believes believed told tells wants wanted will would has had is was "
    "can could mentioned suggested recommended recommends feels felt noted confirmed approved approves backs "
    "backed supports supported endorses endorsed signed promised called praised described wrote asked asks knows "
    "expects expected needs liked loved sent added argued insisted decided offered vouched vouches".split()
)
# Capitalised at the start of a sentence, in a greeting or a sign-off, and not a name.
COMMON = frozenset(
    "thanks thank best kind warm warmest many regards wishes sincerely cheers hi hello dear hey please subject re "
    "fwd fyi ps overall additionally also recently since following although because however finally firstly "
    "secondly then next here there yes ok okay good great together looking happy glad sorry let whatever "
    "whoever recap background context summary update note notes evidence praise request promotion role team "
    "leadership management hr finance legal procurement sales marketing engineering operations product design "
    "support everyone everybody nobody someone anyone people colleagues clients customers students patients "
    "families leaders critics today tomorrow yesterday meanwhile moreover furthermore importantly specifically "
    "personally honestly frankly ultimately currently previously lately beyond alongside across below above "
    "attached enclosed regarding re: as per english".split()
)
_TOKEN = re.compile(r"[^\W_][\w'\-]*")
_BREAKS = set(".!?:;—–\"([\n")
PROMOTION = re.compile(
    r"\b(?P<promote>promot(?:e|ed|es|ing|ion)\s+(?:me\s+)?(?:from\s+[^.;:\n]{1,80}?\s+)?(?:to|into))\s+"
    r"|\b(?:(?:move|moving|step|stepping)\s+(?:up\s+)?(?:in)?to|(?:put|putting)\s+(?:me\s+)?forward\s+for|"
    r"working\s+towards?|path\s+to|nominat\w*\s+(?:me\s+)?for|(?:become|becoming)(?:\s+(?:a|an|the))?)\s+",
    re.IGNORECASE,
)
_TITLE_PHRASE = (r"(?:(?:[A-Z][\w&'-]*|(?i:senior|junior|principal|lead|head|chief|staff|acting|interim|deputy|"
                 r"assistant|associate|executive|vice|general|charge))\s+(?:(?i:of|for)\s+(?:(?i:the)\s+)?)?)*?"
                 r"(?i:" + "|".join(sorted(TITLE_WORDS, key=len, reverse=True)) + r")s?\b"
                 r"(?:\s+(?i:of|for)\s+(?:(?i:the)\s+)?[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*)*)?")
# The person saying what they are: only their own current title ("I'm the VP of Sales" is not).
SELF_TITLE = re.compile(
    r"\b(?:I\s+am|I'm|I\s+work\s+as|I\s+serve\s+as|(?i:my)\s+(?:role|title|job|position)\s+(?:as|is)|"
    r"(?i:in\s+my\s+role\s+as))\s+(?:(?i:already|now|currently|officially)\s+)?"
    rf"(?:(?i:a|an|the|your|our)\s+)?(?P<title>{_TITLE_PHRASE})"
    rf"|\b(?i:as)\s+(?:(?i:a|an|the|your|our)\s+)?(?P<as_title>{_TITLE_PHRASE})\s*,\s*I\b"
)
_LEAD = re.compile(r"(?:the\s+)?(?:(?:role|position|level|title|post|rank|grade)\s+of\s+)?(?:an?\s+)?", re.I)
_CANDIDATE = re.compile(
    r"([A-Za-z][\w&,' -]{1,60}?)(?=\s+(?:role|position|level|title)\b|[.;:!?)]|,\s|"
    r"\s+(?:on|in|at|and|because|based|effective|this|next|from|with|by|for|as|so|which|when|if)\b|$)"
)


@lru_cache(maxsize=1)
def ordinary() -> frozenset[str]:
    """Words that are capitalised only because they start a sentence or a sign-off."""
    return STOP_WORDS | COMMON | composer_vocabulary() | set(MONTHS) | set(WEEKDAYS)


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    boundary: bool  # starts a sentence, a line, or follows a colon, a dash, a bracket or a quote


def tokens(text: str) -> list[Token]:
    found: list[Token] = []
    previous_end = 0
    for m in _TOKEN.finditer(text):
        gap = text[previous_end:m.start()]
        after_abbreviation = gap.strip() == "." and found and (
            found[-1].text.lower() in ABBREVIATIONS or (len(found[-1].text) == 1 and found[-1].text.isupper()))
        boundary = not found or (bool(_BREAKS & set(gap)) and not after_abbreviation)
        word = m.group(0).rstrip("'-")
        word = word[:-2] if word.lower().endswith("'s") else word  # "Marcus's": the name is "Marcus"
        found.append(Token(m.start(), m.start() + len(word), word, boundary))
        previous_end = m.end()
    return found


def _runs(toks: list[Token], text: str) -> Iterator[list[Token]]:
    run: list[Token] = []
    for i, tok in enumerate(toks):
        capital = tok.text[:1].isupper() and tok.text.split("'")[0] != "I"  # "I", "I'm" are not names
        gap = text[run[-1].end:tok.start] if run else ""
        joined = run and (gap.strip() in {"", "&"} or (gap.strip() == "." and run[-1].text.lower() in HONORIFICS))
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        connector = (run and tok.text.lower() in CONNECTORS and nxt is not None and nxt.text[:1].isupper()
                     and not text[tok.end:nxt.start].strip())
        if joined and (capital or connector) and not tok.boundary:
            run.append(tok)
            continue
        if run:
            yield run
        run = [tok] if capital else []
    if run:
        yield run


def check(text: str, source: Source) -> Iterator[tuple[str, int, str]]:
    """(kind, position, claim) for every name or title in `text` the case does not back."""
    common = ordinary()
    toks = tokens(text)
    next_token = {a.start: b for a, b in itertools.pairwise(toks)}
    for run in _runs(toks, text):
        while run and (run[-1].text.lower() in CONNECTORS):
            run = run[:-1]
        if not run:
            continue
        initial = run[0].boundary
        while run and (run[0].text.lower() in common or run[0].text.lower() in CONNECTORS):
            run, initial = run[1:], False
        if not run:
            continue
        if initial and len(run) > 1 and run[0].text.lower() not in source.vocabulary and \
                run[0].text.lower().endswith(("ed", "ing", "ly")):
            run, initial = run[1:], False  # "Spearheaded Payments Operations": a verb opens the sentence
        phrase = text[run[0].start:run[-1].end]
        lowered = [t.text.lower() for t in run]
        if lowered[0].rstrip(".") in HONORIFICS:
            known = all(w in source.people.parts for t in run[1:] for w in words(t.text)) or source.says(phrase)
            if len(run) > 1 and not known:
                yield "names", run[0].start, phrase
            continue
        if any(w in TITLE_WORDS for t in lowered for w in t.split("-")):
            if not title_ok(phrase, text, run[0].start, run[-1].end, source):
                yield "titles", run[0].start, phrase
            continue
        if phrase in source.people.aliases or source.says(phrase):
            continue
        if len(run) == 1:
            if lowered[0] in source.vocabulary or lowered[0] in common:
                continue
            if initial and not _acts_like_a_name(text, run[0], next_token.get(run[0].start)):
                continue
            yield "names", run[0].start, phrase
            continue
        if any(w in source.people.parts for w in lowered) or \
                not all(w in source.vocabulary or w in common or w in CONNECTORS for w in lowered):
            yield "names", run[0].start, phrase
    for m in SELF_TITLE.finditer(text):
        title = m.group("title") or m.group("as_title")
        if not (any(key(title) in key(own) for own in source.own_titles[:1]) or source.says(m.group(0))):
            yield "titles", m.start(), title
    for m in PROMOTION.finditer(text):
        rest = text[m.end():]
        rest = rest[_LEAD.match(rest).end():]  # type: ignore[union-attr]
        if any(rest.lower().startswith(t.lower()) for t in source.targets):
            continue
        candidate = _CANDIDATE.match(rest)
        if not candidate:
            continue
        title = candidate.group(1).strip(" ,")
        title_words = [w for t in words(title) for w in t.split("-")]
        if any(w in TITLE_WORDS for w in title_words) or (m.group("promote") and title[:1].isupper()):
            yield "titles", m.end(), title


def _acts_like_a_name(text: str, tok: Token, following: Token | None) -> bool:
    after = text[tok.end:tok.end + 12]
    if after.startswith(("'s", "'")) or re.match(r",\s+who\b|\s+and\s+(?:I|me)\b", after):
        return True
    return following is not None and not text[tok.end:following.start].strip() and \
        following.text.lower() in NAME_VERBS


def title_ok(phrase: str, text: str, start: int, end: int, source: Source) -> bool:
    wanted = key(phrase)
    if any(wanted in key(title) for title in source.own_titles) or wanted in source.key_without_roles:
        return True
    for role, author in source.roles:
        if wanted not in key(role):
            continue
        for s, e, who in source.people.mentions(text):
            if author in who and (0 <= start - e <= 40 or 0 <= s - end <= 40):
                return True
    return False
