"""'Why this part': the guidance passage behind each section of the email."""

from __future__ import annotations

import logging

from promo_ai.draft import Citation
from promo_ai.errors import GuidanceError

log = logging.getLogger(__name__)

# What each section is for, phrased as the question our guide answers.
SECTION_QUESTIONS: dict[str, str] = {
    "subject": "what the promotion email subject line should say",
    "opening": "refer to the 1-on-1 conversation where you asked for the promotion, or ask for a meeting",
    "request": "make the explicit request for the target title in the promotion email",
    "evidence": "accomplishments matched to the duties of the target job as evidence, with numbers",
    "praise": "quote praise from clients and colleagues exactly and attribute it",
    "context": "the email is forwarded up the approval chain and must stand on its own",
    "closing": "close the promotion email with thanks and a next step",
}


def why_sections(query_prefix: str = "") -> dict[str, Citation]:
    """Section name -> the best guidance passage for it; empty when the index is unavailable."""
    try:
        from promo_ai.guidance import search
    except ImportError:
        return {}
    reasons: dict[str, Citation] = {}
    for section, question in SECTION_QUESTIONS.items():
        try:
            hits = search(f"{query_prefix} {question}".strip(), k=1)
        except GuidanceError as exc:
            log.warning("guidance search failed: %s", exc)
            return {}
        if hits:
            reasons[section] = hits[0].to_citation()
    return reasons
