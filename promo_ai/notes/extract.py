"""The proposals with a model: the same kinds of change, held to the same validation as the offline
reader's; when the model fails, the offline proposals are shown with the reason."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from promo_ai.case import Case
from promo_ai.changes import KIND_ORDER, ChangeItem
from promo_ai.errors import ModelError
from promo_ai.notes.dates import DateOrder, find_days
from promo_ai.notes.learned import held_back
from promo_ai.notes.markers import MARKERS_HELP, ai_problem, read_notes
from promo_ai.prompts import fence_safe, render
from promo_ai.settings import OFFLINE_MODEL, Settings, get_settings
from promo_ai.text import looks_like_instruction, normalise, quoted


@dataclass(frozen=True)
class ExtractionResult:
    """The proposed changes, for the person to accept or reject, and what it cost to get them."""

    changes: list[ChangeItem]
    problems: list[str] = field(default_factory=list)
    tokens: int | None = None
    cost: float | None = None
    attempts: int = 0
    reason: str | None = None
    model: str = OFFLINE_MODEL


def _case_for_prompt(case: Case) -> dict[str, Any]:
    safe: Callable[[str | None], str] = lambda text: fence_safe(text or "")  # noqa: E731
    return {
        "name": safe(case.name),
        "current_title": safe(case.current_title),
        "target_title": safe(case.target_title),
        "manager": safe(case.manager.name),
        "meeting_date": case.meeting_date.isoformat() if case.meeting_date else "",
        "accomplishments": [
            {"summary": safe(a.summary), "impact": safe(a.impact)} for a in case.accomplishments
        ],
        "accolades": [{"quote": safe(a.quote), "author": safe(a.author)} for a in case.accolades],
        "next_steps": [safe(s.text) for s in case.next_steps],
    }


def extraction_prompts(notes: str, case: Case, *, today: dt.date | None = None,
                       date_order: DateOrder = "dmy") -> tuple[str, str]:
    """(system, user) for the extraction, from prompts/extract_system.j2 and prompts/extract_user.j2."""
    today = today or dt.date.today()
    system = render("extract_system.j2", markers=MARKERS_HELP)
    user = render("extract_user.j2", case=_case_for_prompt(case), notes=fence_safe(notes),
                  today=f"{today:%A} {today.isoformat()}", day_first=date_order == "dmy")
    return system, user


def _with_date_note(item: ChangeItem, today: dt.date, order: DateOrder) -> ChangeItem:
    """A model's date, explained as the offline reader would ('“today” read as ...')."""
    if item.kind not in {"date", "follow_up"} or item.note:
        return item
    day = dt.date.fromisoformat(item.text)
    read = next((d for d in find_days(item.source_quote, today, order, "past" if item.kind == "date" else "future")
                 if d.day == day), None)
    return item.model_copy(update={"note": read.note}) if read and read.note else item


def _held_to_the_reader(items: list[ChangeItem], offline: list[ChangeItem], notes: str, today: dt.date,
                        order: DateOrder) -> tuple[list[ChangeItem], list[str]]:
    """The model's items, with what the offline reader knows for sure: a line it reads as private stays
    private whatever the model made of it, one that may be private is not accepted by default, and dates say
    how they were read."""
    private = [c for c in offline if c.kind == "private"]
    private_keys = [normalise(c.source_quote) for c in private]
    kept: list[ChangeItem] = []
    problems: list[str] = []
    for item in items:
        quote = normalise(item.source_quote)
        if item.kind != "private" and any(k in quote or quote in k for k in private_keys):
            problems.append(f"{quoted(item.source_quote)} is a private line; the model offered it as a change "
                            f"({item.kind}), which was left out.")
            continue
        kept.append(_with_date_note(item, today, order))
    shown = {normalise(c.source_quote) for c in kept if c.kind == "private"}
    kept = held_back(kept) + [c for c in private if normalise(c.source_quote) not in shown]
    ai_lines = [ai_problem(line.strip()) for line in notes.splitlines() if looks_like_instruction(line)]
    return sorted(kept, key=lambda c: KIND_ORDER.index(c.kind)), ai_lines + problems


def extract_changes(
    notes: str,
    case: Case,
    *,
    model: str,
    api_base: str | None = None,
    settings: Settings | None = None,
    on_status: Callable[[str], None] | None = None,
    cancel: threading.Event | None = None,
    today: dt.date | None = None,
) -> ExtractionResult:
    """What the notes change. Offline: the deterministic reader (markers and free-form lines). With a
    model: a validated ChangeSet (re-asked when a quote is not in the notes, a target not in the case, or
    an item says more than its line), held to what the reader knows (private lines stay private). On a
    model failure the offline proposals are offered and `reason` says why. `today` is the day the notes
    were pasted (relative dates are read from it). Never raises for what the notes or the model say."""
    today = today or dt.date.today()
    order: DateOrder = (settings or get_settings()).date_order
    offline = read_notes(notes, case, today=today, date_order=order)
    if model == OFFLINE_MODEL:
        return ExtractionResult(changes=offline.changes, problems=offline.problems)
    from promo_ai.llm import structured  # lazy: litellm costs seconds at import

    system, user = extraction_prompts(notes, case, today=today, date_order=order)
    try:
        generated = structured(
            type(offline), system=system, user=user, model=model, api_base=api_base,
            context={"notes": notes, "case": case}, settings=settings, on_status=on_status, cancel=cancel,
        )
    except ModelError as exc:
        return ExtractionResult(
            changes=offline.changes,
            problems=offline.problems,
            tokens=getattr(exc, "tokens", None),  # what the failed attempts spent, when the LLM layer knows
            cost=getattr(exc, "cost", None),
            attempts=int(getattr(exc, "attempts", 0) or 0),
            reason=f"The model could not list the changes ({exc.reason}): {exc.message.rstrip('. ')}. "
                   "The changes offered were read from the notes without it instead.",
        )
    changes, problems = _held_to_the_reader(generated.value.changes, offline.changes, notes, today, order)
    return ExtractionResult(
        changes=changes, problems=problems, tokens=generated.tokens, cost=generated.cost,
        attempts=generated.attempts, model=generated.model,
    )
