"""Quotations: found in any quotation marks, matched word for word, and held to their author.

After `prepare`, every double mark (“…”, „…“, «…», "…") is '"' and every single one (‘…’, '…') is "'".
A single-quoted passage counts when it is clearly a quote: it opens after a space or a bracket and
closes before a space or punctuation, so "Jordan's" and "rock 'n' roll" are not quotes. The author is
whoever the sentence names as saying it: after the quote ("— Sam Ortiz", "said Sam") or before it
("Sam Ortiz said:", "As Sam put it,", "Sam (VP of Sales):"); "you" is the manager.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from promo_ai.grounding.normal import words
from promo_ai.grounding.people import People

NEGATORS = frozenset("not never no nothing hardly barely isn't wasn't aren't don't doesn't didn't won't can't "
                     "cannot couldn't shouldn't wouldn't without".split())
_OPENS_AFTER = " \n([{/—–-:\""
MAX_SINGLE_QUOTE = 600  # a passage in single quotes longer than this is apostrophes, not a quote


@dataclass(frozen=True)
class Span:
    start: int  # the opening mark
    end: int  # after the closing mark (or the end of the line, when it never closes)
    closed: bool

    def inner(self, text: str) -> str:
        return text[self.start + 1:self.end - 1 if self.closed else self.end].strip()


def _positions(text: str, mark: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(mark), text)]


def spans(text: str) -> list[Span]:
    found: list[Span] = []
    marks = [i for i, ch in enumerate(text) if ch == '"']
    for a, b in zip(marks[::2], marks[1::2], strict=False):
        found.append(Span(a, b + 1, True))
    if len(marks) % 2 and not text[max(0, marks[-1] - 1):marks[-1]].isdigit():  # 27" is a size, not a quote
        line_end = text.find("\n", marks[-1])
        found.append(Span(marks[-1], len(text) if line_end < 0 else line_end, False))
    double = [(s.start, s.end) for s in found]
    closers = [j for j in _positions(text, "'") if j > 0 and not text[j - 1].isspace()
               and (j + 1 == len(text) or not text[j + 1].isalnum())]
    i = 0
    while (i := text.find("'", i)) >= 0:
        k = bisect.bisect_right(double, (i, len(text) + 1)) - 1
        inside = k >= 0 and double[k][0] <= i < double[k][1]
        opens = (i == 0 or text[i - 1] in _OPENS_AFTER) and i + 1 < len(text) and text[i + 1].isalnum()
        if inside or not opens:
            i += 1
            continue
        line_end = text.find("\n", i)
        limit = min(len(text), i + MAX_SINGLE_QUOTE, line_end if line_end >= 0 else len(text))
        k = bisect.bisect_right(closers, i + 1)
        j = closers[k] if k < len(closers) and closers[k] < limit else -1
        if j > 0 and len(text[i + 1:j].strip()) >= 2 and text[i + 1:j] != "n":
            found.append(Span(i, j + 1, True))
            i = j + 1
        else:
            i += 1
    return sorted(found, key=lambda s: s.start)


# --- who said it ---------------------------------------------------------------------------------------

_AFTER = re.compile(r"\s*[,.;:!?]?\s*(?:[-—–]+|\bsaid\b|\bsays\b|\bwrote\b|\bwrites\b|\badded\b|\bnoted\b|"
                    r"\btold\s+me\b|\baccording\s+to\b|\bfrom\b|\bby\b)\s*,?\s*"
                    r"(?:(?:our|my|the|a|an|their|his|her)\s+)?")
_SPEECH = (r"(?:\s*\([^)]{0,60}\))?(?:,[^,\"]{0,60},)?\s*(?i:said|says|told|tells|wrote|writes|put\s+it|called|"
           r"calls|described|describes|noted|notes|added|mentioned|mentions|shared|remarked|commented|praised|:)")
_NAME = r"[A-Z][\w'.-]*(?:\s+(?:de|van|von|der|da|la|du|del|di|le|of)?\s*[A-Z][\w'.-]*)*"
_SPEAKER = re.compile(rf"(?:\b(?i:as|in)\s+)?(?P<name>{_NAME}|\b(?i:you)\b)(?:'s\s+words)?{_SPEECH}")
_CAPITALISED = re.compile(_NAME)
_ORDINARY_SPEAKERS = frozenset("as in i we they he she it this that the a and but so one our my".split())


@dataclass(frozen=True)
class Attribution:
    people: frozenset[str] = frozenset()
    unknown: str = ""  # a name the case does not know

    def __bool__(self) -> bool:
        return bool(self.people or self.unknown)


def _resolve(name: str, people: People) -> Attribution:
    if name.lower() in {"you", "your"}:
        return Attribution(frozenset({people.manager}))
    for start, end, who in people.mentions(name, with_roles=True):
        if start == 0 and end == len(name) and who:
            return Attribution(frozenset(who))
    found = people.mentions(name, with_roles=True)
    if found:
        return Attribution(frozenset(found[-1][2]))
    return Attribution(unknown=name)


def attribution(text: str, span: Span, segment_start: int, people: People) -> Attribution:
    """Who the sentence says the quote at `span` is by; empty when it does not say."""
    after = _AFTER.match(text, span.end)
    if after and after.end() > span.end and after.group(0).strip():
        rest = text[after.end():after.end() + 80]
        known = people.pattern(with_roles=True).match(rest)
        if known:
            return Attribution(frozenset(people.who(known.group(0))))
        name = _CAPITALISED.match(rest)
        if name and name.group(0).lower() not in _ORDINARY_SPEAKERS:
            return _resolve(name.group(0), people)
    segment = text[segment_start:span.start]
    speakers = [m for m in _SPEAKER.finditer(segment)
                if m.group("name").lower() not in _ORDINARY_SPEAKERS and (m.group("name")[:1].isupper() or
                                                                          m.group("name").lower() == "you")]
    if speakers:
        return _resolve(speakers[-1].group("name"), people)
    mentions = people.mentions(segment, with_roles=True)
    return Attribution(frozenset(mentions[-1][2])) if mentions else Attribution()


_LEADING_AUTHOR = re.compile(r"^(?P<who>[^:\"]{2,80}?)\s*(?:\([^)]{0,60}\))?\s*:\s*(?P<said>.+)$", re.S)
_TRAILING_AUTHOR = re.compile(r"^(?P<said>.+?)\s+[—–-]+\s*(?P<who>[^—–\"]{2,80})$", re.S)


def unmarked(text: str, people: People) -> tuple[str, Attribution]:
    """A praise item written without quotation marks ('Sam Ortiz: Jordan is great', 'Jordan is great — Sam'):
    what it says is judged as a quote, by whoever it names."""
    for pattern in (_LEADING_AUTHOR, _TRAILING_AUTHOR):
        m = pattern.match(text.strip())
        if m:
            who = m.group("who").split(",")[0].strip()
            return m.group("said").strip(), _resolve(who, people) if who[:1].isupper() else Attribution()
    return text.strip(), Attribution()


# --- what the case allows ------------------------------------------------------------------------------


@dataclass(frozen=True)
class QuoteSource:
    words: tuple[str, ...]
    authors: frozenset[str]  # empty when the case does not say who said it
    origin: str  # praise | notes | field | ours


def _find(part: list[str], source: tuple[str, ...], start: int) -> int:
    """Where `part` occurs in `source` at or after `start`, not right after a 'not' or a 'never'; -1 if nowhere."""
    size = len(part)
    for i in range(start, len(source) - size + 1):
        if list(source[i:i + size]) == part and not NEGATORS & set(source[max(0, i - 2):i]):
            return i
    return -1


def matches(content: str, source: QuoteSource) -> bool:
    """The quote word for word in the source; '...' may leave words out, in order."""
    parts = [words(p) for p in re.split(r"\.\.\.|…", content)]
    parts = [p for p in parts if p]
    if not parts:
        return True
    position = 0
    for part in parts:
        found = _find(part, source.words, position)
        if found < 0:
            return False
        position = found + len(part)
    return True


def judge(content: str, said_by: Attribution, sources: list[QuoteSource], people: People) -> str | None:
    """None when the quote stands; otherwise why it does not (an empty string: the usual message)."""
    candidates = [s for s in sources if matches(content, s)]
    if not candidates:
        return ""
    if said_by.unknown:
        if any(said_by.unknown in s.authors for s in candidates):  # the notes name them the same way
            return None
        return f"the quote {content!r} is attributed to {said_by.unknown}, who is not its author in your case"
    if not said_by.people:
        return None
    for source in candidates:
        if source.origin == "ours" or source.authors & said_by.people:
            return None
        if not source.authors and source.origin == "notes" and said_by.people == {people.manager}:
            return None
    authors = sorted({a for s in candidates for a in s.authors})
    by = " or ".join(authors) if authors else "nobody your case names"
    return f"the quote {content!r} is by {by} in your case, not {' or '.join(sorted(said_by.people))}"
