"""The orchestration, in one place: draft (offline), then refine and revise (with a model).

Each step returns a Draft; none raises for a failing model or check: the Draft says what happened.
"""

from __future__ import annotations

import logging

from promo_ai.case import Case
from promo_ai.compose import compose
from promo_ai.draft import Citation, Draft
from promo_ai.email import run_checks
from promo_ai.errors import GuidanceError
from promo_ai.settings import OFFLINE_MODEL

log = logging.getLogger(__name__)

Stage = str  # "draft" | "talk" | "after"


def guidance_for(case: Case, stage: Stage = "draft", k: int = 4) -> tuple[list[Citation], str | None]:
    """The guidance passages for this case and stage, or none and the reason (never raises)."""
    try:
        from promo_ai.guidance import search_for
    except ImportError as exc:  # the guidance package is optional for the composer
        return [], f"Guidance is unavailable: {exc}."
    try:
        return [hit.to_citation() for hit in search_for(case, stage, k=k)], None  # type: ignore[arg-type]
    except GuidanceError as exc:
        log.warning("guidance search failed: %s", exc)
        return [], str(exc)


def offline_draft(case: Case, *, with_guidance: bool = True) -> Draft:
    """Case -> a checked offline draft, with the guidance behind it when the index is reachable."""
    composition = compose(case)
    citations, reason = guidance_for(case, "draft") if with_guidance else ([], None)
    return Draft(
        email=composition.email,
        case=case,
        checks=run_checks(composition.email, case, case.notes),
        model=OFFLINE_MODEL,
        citations=citations,
        left_out=composition.left_out,
        notes=case.notes,
        warnings=[reason] if reason else [],
    )



draft = offline_draft
from promo_ai.refine import refine as refine  # noqa: E402  (re-exported while the Workflow class lands)
