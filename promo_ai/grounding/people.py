"""The people a case names, and every way an email may name them: 'Sam Ortiz', 'Sam', 'Ortiz', 'Dr. Ortiz',
the case's salutation; for attributing a quote, also the role the case gives them ('our VP of Sales')
and, for the manager, 'you'."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from promo_ai.case import Case
from promo_ai.grounding.normal import HONORIFICS, prepare, words

_HONORIFIC_FORMS = ("Dr.", "Dr", "Mr.", "Mr", "Ms.", "Ms", "Mrs.", "Mrs", "Mx.", "Mx", "Miss", "Prof.", "Prof",
                    "Professor")


@dataclass
class People:
    """Aliases of the case's people, keyed by the person's full name (prepared)."""

    writer: str
    manager: str
    aliases: dict[str, set[str]] = field(default_factory=dict)  # alias -> people
    roles: dict[str, set[str]] = field(default_factory=dict)  # role -> people (for quotes only)
    parts: set[str] = field(default_factory=set)  # every word of every name, case-folded
    _patterns: dict[tuple[bool, int, int], re.Pattern[str]] = field(default_factory=dict, repr=False)

    @classmethod
    def of(cls, case: Case) -> People:
        people = cls(writer=prepare(case.name), manager=prepare(case.manager.name))
        people.add(case.name)
        people.add(case.manager.name)
        if case.salutation:
            people.alias(case.salutation, people.manager)
        for accolade in case.accolades:
            person = people.add(accolade.author)
            if accolade.role:
                role = prepare(accolade.role)
                for part in {role, role.split(",")[0].strip()}:
                    people.roles.setdefault(part, set()).add(person)
        for step in case.next_steps:
            if step.who and step.who[:1].isupper():
                people.add(step.who)
        return people

    def add(self, name: str) -> str:
        person = prepare(name)
        tokens = [t for t in person.split() if t.lower().rstrip(".") not in HONORIFICS]
        self.parts |= {w for t in tokens for w in words(t)}
        self.alias(person, person)
        if tokens:
            self.alias(" ".join(tokens), person)
            self.alias(tokens[0], person)
            if len(tokens) > 1:
                self.alias(tokens[-1], person)
                for form in _HONORIFIC_FORMS:
                    self.alias(f"{form} {tokens[-1]}", person)
                    self.alias(f"{form} {' '.join(tokens)}", person)
        return person

    def alias(self, alias: str, person: str) -> None:
        self.aliases.setdefault(prepare(alias), set()).add(person)

    def pattern(self, *, with_roles: bool = False) -> re.Pattern[str]:
        cache_key = (with_roles, len(self.aliases), len(self.roles))
        if cache_key not in self._patterns:
            names = list(self.aliases) + (list(self.roles) if with_roles else [])
            alternatives = "|".join(re.escape(a) for a in sorted(names, key=len, reverse=True) if a)
            self._patterns[cache_key] = re.compile(
                rf"(?<![\w])(?:{alternatives})(?![\w])" if alternatives else r"(?!x)x")
        return self._patterns[cache_key]

    def who(self, alias: str) -> set[str]:
        return self.aliases.get(alias) or self.roles.get(alias) or set()

    def mentions(self, text: str, *, with_roles: bool = False) -> list[tuple[int, int, set[str]]]:
        """(start, end, people) for every name (and role) of a case person in `text`, longest first."""
        return [(m.start(), m.end(), self.who(m.group(0))) for m in self.pattern(with_roles=with_roles).finditer(text)]

    def is_full_name(self, phrase: str) -> bool:
        """'Sam Ortiz' (or 'Dr. Sam Ortiz'), not 'Sam Kim' made of two people's names."""
        return len(self.aliases.get(phrase, ())) > 0 and len(phrase.split()) > 1
