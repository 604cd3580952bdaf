"""The kinds of claim the grounding checks judge, and one finding: a claim the case does not back."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from promo_ai.text import shorten

# Each kind of claim is one line of the checklist: (kind, what the line says when nothing is found).
# run_checks adds a check "grounded_<kind>" for each, in this order.
KINDS: tuple[tuple[str, str], ...] = (
    ("characters", "No hidden characters or look-alike letters."),
    ("figures", "Every figure comes from your case."),
    ("dates", "Every date comes from your case."),
    ("quotes", "Every quote matches your praise word for word."),
    ("names", "Everyone named is in your case."),
    ("titles", "The titles are yours."),
    ("contacts", "Every link, address and number comes from your case."),
    ("decisions", "No approval or decision is claimed that your case and notes do not record."),
    ("tone", "No insults, ultimatums or remarks about other people."),
    ("instructions", "No instructions or prompt text in the email."),
)

MESSAGES: dict[str, str] = {
    "characters": "{claim} is a hidden or look-alike character; retype the words around it",
    "figures": "the figure {claim!r} is not in your case",
    "dates": "the date {claim!r} is not in your case",
    "quotes": "the quote {claim!r} does not match any praise in your case word for word",
    "names": "{claim!r} is not a person or name in your case",
    "titles": "the title {claim!r} is not your current or target title",
    "contacts": "{claim!r} is not a link, address or number in your case",
    "decisions": "{claim!r} claims an approval, a decision or someone's backing that your case and notes do "
                 "not record",
    "tone": "{claim!r} does not belong in a promotion email",
    "instructions": "{claim!r} is an instruction or our own prompt's wording, not part of your email",
}


@dataclass(frozen=True)
class Finding:
    """One claim the case does not back."""

    kind: str  # one of KINDS
    section: str
    sentence: str
    claim: str
    why: str = ""  # a sentence of its own when the kind's usual one would not fit ("... is by Sam, not Dana")

    @property
    def message(self) -> str:
        what = self.why or MESSAGES[self.kind].format(claim=self.claim)
        return f"{self.section}: {what} (in: {shorten(self.sentence)})"


def dedupe(findings: Sequence[Finding]) -> list[Finding]:
    seen: set[tuple[str, str, str]] = set()
    unique = []
    for finding in findings:
        key = (finding.kind, finding.section, finding.claim)
        if key not in seen:
            seen.add(key)
            unique.append(finding)
    return unique
