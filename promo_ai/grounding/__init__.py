"""Is every claim in the email backed by the case (and the meeting notes)?

One module used by every path that writes text for a person: the offline composer, a model's refinement,
a revision after the talk, the polished talking points (through talk.py's validator). It works on
(section, text) pairs, not on the email model, so email.py can call it without a cycle. Each kind of
claim is one line of the checklist (`KINDS`); each finding names the section, the sentence and the claim.

- check.py: the order the checks run in, one section at a time
- source.py: what the case and the notes allow, in the same form as the email
- characters, quotes, contacts, dates, figures (numbers.py), names and titles (people.py), tone: one
  kind each; claims.py: approvals and decisions, and instructions
- ownwords.py: our own wording, read from prompts/ (the composer's phrases; the prompts' instructions)
- findings.py: KINDS (the checklist, in order) and Finding
"""

from __future__ import annotations

from collections.abc import Iterable

from promo_ai.case import Case
from promo_ai.grounding.check import Grounding
from promo_ai.grounding.findings import KINDS, Finding, dedupe
from promo_ai.grounding.normal import sentences

__all__ = ["KINDS", "Finding", "Grounding", "find_ungrounded", "sentences"]


def find_ungrounded(
    sections: Iterable[tuple[str, str]], case: Case, notes: str | None = None
) -> list[Finding]:
    """Every claim in (section name, text) pairs that the case and notes do not back."""
    grounding = Grounding(case, notes)
    findings: list[Finding] = []
    for section, text in sections:
        findings += grounding.check(section, text)
    return dedupe(findings)
