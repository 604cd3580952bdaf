"""Refine a draft with a language model, held to every check; never raises (the Draft says what happened)."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from typing import Any

import yaml

from promo_ai.draft import Citation, Draft
from promo_ai.email import PromotionEmail, word_limits
from promo_ai.llm import FailedCheck, ModelFailure, Reason, redact, structured
from promo_ai.prompts import fence_safe, render
from promo_ai.settings import OFFLINE_MODEL, Settings

log = logging.getLogger(__name__)


def refine(
    draft: Draft,
    *,
    model: str,
    api_base: str | None = None,
    citations: list[Citation] | None = None,
    settings: Settings | None = None,
    on_partial: Callable[[PromotionEmail], None] | None = None,
    on_status: Callable[[str], None] | None = None,
    cancel: threading.Event | None = None,
) -> Draft:
    """Draft -> a new version written by `model` that passes every check, or, when the model fails,
    errs, is too slow or is cancelled, the same draft with `reason` saying why. Never raises."""
    model = (model or "").strip()
    if not model or model == OFFLINE_MODEL:
        return draft
    cited = citations or draft.citations
    limits = word_limits(draft.case)  # the checks' limits for this email: brief or full, or after the decision
    try:
        system = render(
            "refine_system.j2", tone=draft.case.tone, min_words=limits[0], max_words=limits[1],
            has_meeting_date=draft.case.meeting_date is not None, has_praise=bool(draft.case.accolades),
            outcome=draft.case.outcome, brief=draft.case.length == "brief", citations=cited, data=fence_safe,
        )
        case_data = {k: v for k, v in draft.case.to_data().items() if k != "notes"}
        user = render(
            "refine_user.j2", case_yaml=yaml.safe_dump(case_data, sort_keys=False, allow_unicode=True, width=100),
            notes=draft.notes if draft.notes is not None else draft.case.notes,
            draft_json=json.dumps(draft.email.model_dump(mode="json"), indent=2, ensure_ascii=False),
            data=fence_safe,
        )
        result = structured(
            PromotionEmail, system=system, user=user, model=model, api_base=api_base,
            context={"case": draft.case, "notes": draft.notes}, settings=settings,
            on_partial=on_partial, on_status=on_status, cancel=cancel,
        )
        refined = draft.with_email(result.value, model=result.model, tokens=result.tokens, cost=result.cost,
                                   attempts=result.attempts, citations=list(cited), reason=None)
    except ModelFailure as exc:
        log.warning("refining with %s failed (%s): %s", model, exc.reason, redact(exc.message))
        return _kept(draft, exc.but(subject="an email"))
    except Exception as exc:  # a bug below us (litellm, instructor, a template) must not reach the page
        log.exception("refining with %s failed unexpectedly", model)
        return _kept(draft, ModelFailure(Reason.UNEXPECTED, model=model,
                                         detail=f"{type(exc).__name__}: {redact(str(exc))[:200]}"))
    if not refined.passed:  # the validator already judged it; this only guards against a drift between the two
        failed = tuple(FailedCheck(c.id, c.message) for c in refined.checks if not c.passed)
        return _kept(draft, ModelFailure(Reason.CHECKS_FAILED, model=model, subject="an email", failed_checks=failed,
                                         attempts=refined.attempts, tokens=refined.tokens, cost=refined.cost))
    return refined


def _kept(draft: Draft, failure: ModelFailure) -> Draft:
    """The draft as it was, saying why (the sentence from the failures table) and what the try spent."""
    reason = f"{failure.message} The last valid version is kept." + (f" {failure.hint}" if failure.hint else "")
    changes: dict[str, Any] = {"reason": reason}
    for name in ("attempts", "tokens", "cost"):
        if getattr(failure, name):
            changes[name] = getattr(failure, name)
    return draft.model_copy(update=changes)
