"""After the 1-on-1: a new version from the changes the person accepted.

The notes are read by promo_ai.notes (`extract_changes`) into `ChangeItem`s (promo_ai.changes); the
person accepts or rejects each one. `revise` applies the accepted items to the case, composes a new
version (refined by a model when one is chosen) and holds it to every check. Only what the person
accepts reaches the email.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from promo_ai.case import MAX_NOTES, Case
from promo_ai.changes import KIND_LABELS, ChangeItem, apply_changes, phrase_words
from promo_ai.compose import compose
from promo_ai.draft import Draft
from promo_ai.email import PromotionEmail
from promo_ai.errors import CaseError
from promo_ai.notes import MARKERS_HELP, extract_changes, parse_markers
from promo_ai.settings import OFFLINE_MODEL, Settings
from promo_ai.text import normalise, quoted

# Names app.py, cli.py and tests/test_diff.py still import from here; their homes are changes.py and notes.py.
__all__ = ["KIND_LABELS", "MARKERS_HELP", "ChangeItem", "Revision", "accepted_notes", "extract_changes",
           "parse_markers", "revise"]


# --- revising ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Revision:
    """The new version and the accepted changes that made it. The previous draft is untouched:
    the caller stores both."""

    draft: Draft
    changes: list[ChangeItem]


def _emphasis_warnings(case: Case, email: PromotionEmail, accepted: Sequence[ChangeItem]) -> list[str]:
    shown = normalise(email.all_text())
    warnings = []
    for change in accepted:
        if change.kind == "emphasise" and change.target:
            words = phrase_words(change.target)[:6]
            if words and not all(w in shown for w in words):
                warnings.append(f"{quoted(change.target, 60)} was put first in the case, but the email left it "
                                "out to stay short; edit the email if it must be there.")
    return warnings


def revise(
    draft: Draft,
    notes: str,
    accepted: Sequence[ChangeItem],
    *,
    model: str = OFFLINE_MODEL,
    api_base: str | None = None,
    settings: Settings | None = None,
    on_status: Callable[[str], None] | None = None,
    cancel: threading.Event | None = None,
) -> Revision:
    """A new version from the accepted changes: applied to the case, composed (and refined with a model),
    checked against the case and the notes. Pure: `draft` is not changed. Raises CaseError when the
    accepted changes would leave an invalid case (the message names the change)."""
    if len(notes) > MAX_NOTES:
        raise CaseError([f"notes: too long; keep them under {MAX_NOTES} characters"])
    status = on_status or (lambda _message: None)
    accepted = list(accepted)
    status(f"Applying {len(accepted)} change(s) to the case")
    case = apply_changes(draft.case, accepted)
    status("Composing the revised email")
    composition = compose(case)
    email = composition.email
    revised = draft.with_email(
        email, case=case, notes=notes or None, model=OFFLINE_MODEL, left_out=composition.left_out,
        tokens=None, cost=None, attempts=0, reason=None,
        warnings=_emphasis_warnings(case, email, accepted),
    )
    if model != OFFLINE_MODEL:
        status("Refining the revised email with the model")
        from promo_ai.refine import refine  # lazy: refine pulls in the model layer

        # The model sees only what the person accepted (the quotes behind the accepted changes), never
        # the raw notes: an unaccepted or private line, or a planted instruction, cannot reach it. The full
        # notes are recorded on the version afterwards.
        shown = revised.model_copy(update={"notes": accepted_notes(accepted)})
        refined = refine(shown, model=model, api_base=api_base, settings=settings, on_status=on_status,
                         cancel=cancel)
        revised = refined.with_email(refined.email, notes=notes or None, created_at=refined.created_at)
    return Revision(draft=revised, changes=accepted)


def accepted_notes(accepted: Sequence[ChangeItem]) -> str | None:
    """The parts of the notes the person accepted: the quote behind each accepted change (a private
    line never, even when ticked)."""
    quotes = [c.source_quote for c in accepted if c.kind != "private"]
    return "\n".join(dict.fromkeys(quotes)) or None
