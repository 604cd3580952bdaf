"""Is every claim in the email backed by the case (and the meeting notes)?

Works on sentences, not on the email model, so that email.py can call it without a cycle.
Four kinds of claim are checked: figures, quoted passages, people's names and job titles.
Each finding names the section, the sentence and the claim.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from promo_ai.case import Case
from promo_ai.text import shorten, tidy

NUMBER_WORDS = {
    "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
    "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14",
    "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19",
    "twenty": "20", "thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70",
    "eighty": "80", "ninety": "90", "hundred": "100", "thousand": "1000", "million": "1000000",
    "dozen": "12", "twice": "2", "double": "2", "doubled": "2", "triple": "3", "tripled": "3",
    "half": "50%",
}
# "one" is left out on purpose: "one of the", "the one who" are not figures.
_FIGURE = re.compile(
    r"(?<![\w.])[$€£¥]?\d+(?:[.,]\d+)*(?:\s?(?:%|percent|k|m|bn|x)\b|%)?"
    r"|\b(?:" + "|".join(NUMBER_WORDS) + r")\b",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"[\"“”]([^\"“”]{3,}?)[\"“”]")
_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w'’.-]*(?:\s+(?:of|and|&|de|van|von|der|da|la)?\s*[A-Z][\w'’.-]*)+")
_PERSON_AFTER = re.compile(
    r"\b(?:Hi|Hello|Dear|Hey|thanks to|thank you,?|with|from|by|told|asked|said|per|cc)\s+([A-Z][a-z'’-]+)"
)
_PROMOTED_TO = re.compile(
    r"\bpromot\w*\s+to\s+(?:the\s+)?(?:role\s+of\s+|position\s+of\s+|level\s+of\s+)?(?:an?\s+)?", re.I
)
_TITLE_CANDIDATE = re.compile(
    r"([A-Za-z][\w -]{2,60}?)(?=\s+(?:role|position|level)\b|[.,;:!?)]|"
    r"\s+(?:on|in|at|and|because|based|effective|this|next|from|with|by|for)\b|$)"
)
_TITLE_WORDS = {
    "analyst", "engineer", "manager", "director", "lead", "designer", "scientist", "nurse", "teacher",
    "specialist", "coordinator", "officer", "architect", "consultant", "developer", "administrator",
    "associate", "head", "vp", "president", "principal", "supervisor", "technician", "accountant",
    "editor", "writer", "strategist", "planner", "advisor", "adviser", "counsel", "attorney", "chef",
    "representative", "executive", "partner", "researcher", "professor", "instructor", "owner",
}
_COMMON = {
    "a", "an", "the", "i", "i'm", "i've", "i'd", "my", "our", "we", "you", "your", "it", "this", "that",
    "these", "those", "and", "or", "but", "so", "if", "as", "at", "by", "for", "from", "in", "into", "of",
    "on", "to", "with", "over", "since", "after", "before", "during", "when", "while", "here", "there",
    "thanks", "thank", "best", "kind", "warm", "warmest", "many", "regards", "wishes", "sincerely", "cheers",
    "hi", "hello", "dear", "hey", "subject", "re", "fwd", "please", "promotion", "request", "role",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "q1", "q2", "q3", "q4", "1-on-1", "one-on-one", "what", "why", "how", "who", "all", "also",
    "one", "each", "every", "both", "today", "yesterday", "tomorrow", "week", "month", "year", "team",
}


# Each kind of claim is one line of the checklist: (kind, what the line says when nothing is found).
# run_checks adds a check "grounded_<kind>" for each, in this order.
KINDS: tuple[tuple[str, str], ...] = (
    ("figures", "Every figure comes from your case."),
    ("quotes", "Every quote matches your praise word for word."),
    ("names", "Everyone named is in your case."),
    ("titles", "The titles are yours."),
)


@dataclass(frozen=True)
class Finding:
    """One claim the case does not back."""

    kind: str  # figures | quotes | names | titles
    section: str
    sentence: str
    claim: str

    @property
    def message(self) -> str:
        what = {
            "figures": "the figure {claim!r} is not in your case",
            "quotes": "the quote {claim!r} does not match any praise in your case word for word",
            "names": "{claim!r} is not a person or name in your case",
            "titles": "the title {claim!r} is not your current or target title",
        }[self.kind].format(claim=self.claim)
        return f"{self.section}: {what} (in: {shorten(self.sentence)})"


def _figure_key(token: str) -> str:
    token = token.lower().strip()
    if token in NUMBER_WORDS:
        return NUMBER_WORDS[token]
    token = token.lstrip("$€£¥").replace(",", "").replace(" ", "")
    token = token.replace("percent", "%")
    return token.rstrip(".")


def _figure_core(key: str) -> str:
    return re.sub(r"[%kmbnx]+$", "", key)


def figures_in(text: str) -> list[str]:
    text = re.sub(r"\b1[- ]on[- ]1s?\b", " ", text, flags=re.IGNORECASE)
    return [m.group(0).strip() for m in _FIGURE.finditer(text)]


def _date_figures(day: dt.date) -> set[str]:
    return {str(day.day), str(day.month), str(day.year), f"{day.day:02d}", f"{day.month:02d}", day.isoformat()}


def sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z\"“(])|\n+", text)
    return [p.strip() for p in parts if p.strip()]


class Grounding:
    """What a case (plus notes) allows an email to claim."""

    def __init__(self, case: Case, notes: str | None = None) -> None:
        self.case = case
        corpus_parts = case.text_fields() + ([notes] if notes else [])
        self.corpus = tidy("\n".join(corpus_parts))
        self.corpus_lower = self.corpus.lower()
        self.vocabulary = set(re.findall(r"[\w'-]+", self.corpus_lower))
        self.figures = {_figure_key(f) for f in figures_in(self.corpus)}
        self.figure_cores = {_figure_core(f) for f in self.figures}
        for day in (case.meeting_date, case.follow_up_on):
            if day:
                self.figure_cores |= _date_figures(day)
        for day_match in re.finditer(r"\b(\d{4})-(\d{2})-(\d{2})\b", self.corpus):
            try:
                self.figure_cores |= _date_figures(dt.date.fromisoformat(day_match.group(0)))
            except ValueError:
                continue
        self.quotes = [tidy(a.quote) for a in case.accolades]
        self.quotes += [tidy(m.group(1)) for m in _QUOTED.finditer(self.corpus)]
        self.people = {w.lower() for person in case.people() for w in person.split()}
        self.titles = {t.lower() for t in (case.current_title, case.target_title)}
        self.titles |= {a.role.lower() for a in case.accolades if a.role}

    def check(self, section: str, text: str) -> list[Finding]:
        # A quote may run over several sentences: judge it whole, then look for names outside quotes.
        findings = self._quotes(section, text)
        for sentence in sentences(text):
            findings += self._figures(section, sentence)
        for sentence in sentences(_QUOTED.sub(" ", tidy(text))):
            findings += self._names_and_titles(section, sentence)
        return findings

    def _figures(self, section: str, sentence: str) -> list[Finding]:
        found = []
        for token in figures_in(tidy(sentence)):
            key = _figure_key(token)
            core = _figure_core(key)
            # "40%" needs "40%" in the case; a bare "40" may stand for any 40 the case gives.
            if key in self.figures or (key == core and core in self.figure_cores):
                continue
            found.append(Finding("figures", section, sentence, token))
        return found

    def _quotes(self, section: str, sentence: str) -> list[Finding]:
        found = []
        for match in _QUOTED.finditer(tidy(sentence)):
            quoted = match.group(1).strip().rstrip(",")
            if any(quoted in allowed or quoted.rstrip(".") in allowed for allowed in self.quotes):
                continue
            found.append(Finding("quotes", section, sentence, quoted))
        return found

    def _known(self, phrase: str) -> bool:
        lowered = phrase.lower()
        if lowered in self.corpus_lower:
            return True
        words = [w for w in re.findall(r"[\w'’-]+", lowered) if w not in _COMMON]
        return all(w in self.vocabulary for w in words)

    def _names_and_titles(self, section: str, sentence: str) -> list[Finding]:
        found: list[Finding] = []
        # Quoted praise is judged by the quote check; names inside it are the praiser's words.
        unquoted = _QUOTED.sub(" ", tidy(sentence))
        for match in _CAPITALISED_RUN.finditer(unquoted):
            phrase = match.group(0).strip(" .'-")
            words = phrase.split()
            while words and words[0].lower() in _COMMON:
                words = words[1:]
            if len(words) < 2:
                continue
            phrase = " ".join(words)
            if self._known(phrase):
                continue
            kind = "titles" if words[-1].lower().strip(".") in _TITLE_WORDS else "names"
            found.append(Finding(kind, section, sentence, phrase))
        for match in _PERSON_AFTER.finditer(unquoted):
            name = match.group(1)
            if name.lower() in self.people or name.lower() in _COMMON or self._known(name):
                continue
            found.append(Finding("names", section, sentence, name))
        for match in _PROMOTED_TO.finditer(unquoted):
            rest = unquoted[match.end():].lower()
            if any(rest.startswith(title) for title in self.titles):
                continue
            candidate = _TITLE_CANDIDATE.match(unquoted[match.end():])
            if candidate:
                found.append(Finding("titles", section, sentence, candidate.group(1).strip()))
        return found


def find_ungrounded(
    sections: Iterable[tuple[str, str]], case: Case, notes: str | None = None
) -> list[Finding]:
    """Every claim in (section name, text) pairs that the case and notes do not back."""
    grounding = Grounding(case, notes)
    findings: list[Finding] = []
    for section, text in sections:
        findings += grounding.check(section, text)
    return _dedupe(findings)


def _dedupe(findings: Sequence[Finding]) -> list[Finding]:
    seen: set[tuple[str, str, str]] = set()
    unique = []
    for finding in findings:
        key = (finding.kind, finding.section, finding.claim)
        if key not in seen:
            seen.add(key)
            unique.append(finding)
    return unique
