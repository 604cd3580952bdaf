"""What a case (plus the meeting notes) allows an email to claim, read once per check.

Every text field of the case and the notes go through the same extraction as the email (`prepare`,
then links, dates and figures), so both sides are compared in one form.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re

from promo_ai.case import Case
from promo_ai.grounding import contacts, dates, figures, quotes
from promo_ai.grounding.normal import blank, key, prepare, words
from promo_ai.grounding.ownwords import composer_quotes
from promo_ai.grounding.people import People
from promo_ai.text import STOP_WORDS


class Source:
    """The case's claims in comparable form: phrases, words, people, titles, figures, dates, quotes, links."""

    def __init__(self, case: Case, notes: str | None = None) -> None:
        self.case = case
        raw = [*case.text_fields(), *([notes] if notes else [])]
        self.fields = [prepare(text) for text in raw]
        self.corpus_key = "|".join(key(text) for text in self.fields)
        self.field_words = [set(words(text)) for text in self.fields]
        self.vocabulary = set().union(*self.field_words) if self.field_words else set()
        self.people = People.of(case)
        self.own_titles = [prepare(t) for t in (case.current_title, case.target_title, case.next_target) if t]
        self.targets = [prepare(t) for t in (case.target_title, case.next_target) if t]
        self.roles = [(prepare(a.role), prepare(a.author)) for a in case.accolades if a.role]
        without_roles = list(raw)
        for accolade in case.accolades:
            if accolade.role and accolade.role in without_roles:
                without_roles.remove(accolade.role)
        self.key_without_roles = "|".join(key(prepare(t)) for t in without_roles)
        self._read_claims([case.meeting_date, case.follow_up_on])
        self.quotes = self._quote_sources(case)
        self._known_names: re.Pattern[str] | None = None

    # --- extraction ------------------------------------------------------------------------------------

    def _read_claims(self, known_days: list[dt.date | None]) -> None:
        self.contacts = {contacts.normal_form("email", e) for e in (self.case.email, self.case.manager.email) if e}
        self.days: set[tuple[int, int]] = set()
        self.months: set[int] = set()
        self.years: set[int] = set()
        self.weekdays = {w for w in dates.WEEKDAYS if w in self.vocabulary or f"{w}s" in self.vocabulary}
        self.months |= {m for name, m in dates.MONTHS.items() if name in self.vocabulary and name != "may"}
        self.figure_keys: set[str] = set()
        self.values_any: set[str] = set()
        self.values_plain: set[str] = set()
        for known in known_days:
            if known:
                self._add_day(known.month, known.day, known.year)
                self.weekdays.add(dates.weekday_of(known))
        for text in self.fields:
            links = contacts.extract(text)
            self.contacts |= {contact.norm for contact in links}
            text = blank(text, ((c.start, c.end) for c in links))
            days = dates.extract(text)
            text = blank(text, ((c.start, c.end) for c in days))
            for claim in days:
                for month, day in claim.days:
                    self._add_day(month, day, claim.year)
                    if claim.year:
                        with contextlib.suppress(ValueError):  # "February 30"
                            self.weekdays.add(dates.weekday_of(dt.date(claim.year, month, day)))
                if claim.month:
                    self.months.add(claim.month)
                if claim.kind == "weekday":
                    self.weekdays.add(claim.phrase)
                if claim.year:
                    self.years.add(claim.year)
                    self.values_any.add(str(claim.year))
            for figure in figures.extract(text):
                self.figure_keys.add(figure.key)
                if figure.value and figure.rule in {"bare", "timed", "exact"} and not figure.key.startswith("frac:"):
                    self.values_any.add(figure.value)
                    if figure.rule == "bare":
                        self.values_plain.add(figure.value)

    def _add_day(self, month: int, day: int, year: int | None) -> None:
        self.days.add((month, day))
        self.months.add(month)
        parts = {str(day), str(month), f"{day:02d}", f"{month:02d}"} | ({str(year)} if year else set())
        self.values_any |= parts
        self.values_plain |= parts
        if year:
            self.years.add(year)

    def _quote_sources(self, case: Case) -> list[quotes.QuoteSource]:
        sources = [quotes.QuoteSource(tuple(words(prepare(a.quote))), frozenset({prepare(a.author)}), "praise")
                   for a in case.accolades]
        praise = {prepare(a.quote) for a in case.accolades}
        for text in self.fields:
            for span in quotes.spans(text):
                said_by = quotes.attribution(text, span, 0, self.people)
                authors = said_by.people | ({said_by.unknown} if said_by.unknown else set())
                sources.append(quotes.QuoteSource(tuple(words(span.inner(text))), frozenset(authors), "notes"))
            if text not in praise:
                sources.append(quotes.QuoteSource(tuple(words(text)), frozenset(), "field"))
        sources += [quotes.QuoteSource(tuple(words(q)), frozenset(), "ours") for q in composer_quotes()]
        return sources

    def known_names(self) -> re.Pattern[str]:
        """The case's people, titles, roles, team and company, as one pattern."""
        if self._known_names is None:
            known = [*self.people.aliases, *self.own_titles, *(role for role, _ in self.roles),
                     *(prepare(f) for f in (self.case.team, self.case.company) if f)]
            alternatives = "|".join(re.escape(k) for k in sorted({k for k in known if k}, key=len, reverse=True))
            self._known_names = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)" if alternatives else r"(?!x)x")
        return self._known_names

    # --- judging ---------------------------------------------------------------------------------------

    def says(self, phrase: str) -> bool:
        """The phrase, word for word, in one field of the case or the notes."""
        phrase_key = key(phrase)
        return phrase_key.strip() != "" and phrase_key in self.corpus_key

    def says_in_one_line(self, phrase: str) -> bool:
        """Every word of the phrase that carries meaning, in one field of the case or the notes."""
        needed = {w for w in words(phrase) if w not in STOP_WORDS}
        return bool(needed) and any(needed <= field for field in self.field_words)

    def figure_ok(self, figure: figures.Figure) -> bool:
        if figure.rule == "bare":
            return figure.value in self.values_any
        if figure.rule == "timed":
            return figure.key in self.figure_keys or figure.value in self.values_plain
        if figure.rule == "rank":
            return self.says(figure.text) or self.says_in_one_line(figure.text)
        if figure.rule == "word":
            return self.says(figure.text)
        if figure.key.startswith("frac:"):
            return figure.key in self.figure_keys or bool(figures.fraction_percents(figure.value) & self.figure_keys)
        return figure.key in self.figure_keys

    def date_ok(self, claim: dates.DateClaim) -> bool:
        if claim.year and claim.year not in self.years and str(claim.year) not in self.values_any:
            return False
        if claim.kind == "day":
            return any(day in self.days for day in claim.days)
        if claim.kind == "month":
            return claim.month in self.months
        if claim.kind == "weekday":
            return claim.phrase in self.weekdays
        return self.says(claim.text)
