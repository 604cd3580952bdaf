"""Draft: one version of the email together with what it came from and how it fared.

This is the JSON that `promo-ai draft --json` writes and every later step reads back:
it carries its case, so no other file is needed to check, refine, revise or export it.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from pydantic import BaseModel, Field, ValidationError

from promo_ai.case import Case, describe_errors
from promo_ai.email import Check, PromotionEmail, run_checks
from promo_ai.errors import DraftError
from promo_ai.settings import OFFLINE_MODEL

MAX_DRAFT_FILE_BYTES = 2_000_000


class Citation(BaseModel):
    """A passage of guidance that shaped the draft."""

    title: str
    heading: str
    source: str
    link: str | None = None
    text: str = ""
    score: float | None = None


class Draft(BaseModel):
    email: PromotionEmail
    case: Case
    checks: list[Check] = Field(default_factory=list)
    model: str = OFFLINE_MODEL
    created_at: dt.datetime = Field(default_factory=lambda: dt.datetime.now(dt.UTC))
    citations: list[Citation] = Field(default_factory=list)
    left_out: list[str] = Field(default_factory=list, description="What the composer chose not to include.")
    notes: str | None = Field(None, description="Meeting notes this version was revised with.")
    tokens: int | None = None
    cost: float | None = None
    attempts: int = 0
    reason: str | None = Field(None, description="Why this is not the version that was asked for, if so.")
    warnings: list[str] = Field(default_factory=list, description="Things the person should know (no guidance...).")
    edited: list[str] = Field(default_factory=list,
                              description="Sections written by hand; a later revision keeps them where it can.")

    @property
    def passed(self) -> bool:
        return all(c.passed for c in self.checks)

    def recheck(self) -> Draft:
        return self.model_copy(update={"checks": run_checks(self.email, self.case, self.notes)})

    def with_email(self, email: PromotionEmail, **changes: Any) -> Draft:
        """A new version: same case, new email, checks re-run, fresh timestamp."""
        notes = changes.get("notes", self.notes)
        case = changes.get("case", self.case)
        update = {"email": email, "checks": run_checks(email, case, notes),
                  "created_at": dt.datetime.now(dt.UTC), **changes}
        return self.model_copy(update=update)

    def to_json_data(self, body: str) -> dict[str, Any]:
        data = self.model_dump(mode="json")
        email = data.pop("email")
        return {
            "subject": self.email.subject,
            "body": body,
            "sections": email,
            **{k: v for k, v in data.items()},
        }


def draft_from_data(data: Any, *, source: str | None = None) -> Draft:
    where = f" {source}" if source else ""
    if not isinstance(data, dict) or "case" not in data or not ({"sections", "email"} & data.keys()):
        raise DraftError(f"The file{where} is not a promo-ai draft (it needs 'sections' and 'case').",
                         hint="Create one with: promo-ai draft CASE_FILE --json -o draft.json")
    fields = dict(data)
    fields["email"] = fields.pop("sections", None) or fields.get("email")
    for derived in ("subject", "body"):
        fields.pop(derived, None)
    try:
        draft = Draft.model_validate(fields)
    except ValidationError as exc:
        raise DraftError(f"The draft{where} has problems: " + "; ".join(describe_errors(exc)),
                         hint="Fix the file or draft again from the case.") from None
    # A hand-edited subject at the top level wins over the one inside sections.
    if isinstance(data.get("subject"), str) and data["subject"].strip() != draft.email.subject:
        draft = draft.model_copy(update={"email": draft.email.model_copy(update={"subject": data["subject"].strip()})})
    return draft.recheck()


def parse_draft(raw: bytes | str, *, source: str | None = None) -> Draft:
    if len(raw) > MAX_DRAFT_FILE_BYTES:  # checked here so every caller (files, stdin, the CLI) gets it
        raise DraftError(f"The draft {source or ''} is too large to be a promo-ai draft.".replace("  ", " "))
    try:
        text = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw
        data = json.loads(text)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        where = f" {source}" if source else ""
        raise DraftError(f"The draft{where} is not valid JSON ({exc}).",
                         hint="Use the file written by: promo-ai draft CASE_FILE --json -o draft.json") from None
    except RecursionError:
        raise DraftError(f"The draft {source or ''} is nested too deeply to be a promo-ai draft.".replace("  ", " "),
                         hint="Use the file written by: promo-ai draft CASE_FILE --json -o draft.json") from None
    if any("\ud800" <= ch <= "\udfff" for ch in json.dumps(data, ensure_ascii=False)):
        raise DraftError(f"The draft {source or ''} holds a broken character (a lone surrogate).".replace("  ", " "),
                         hint="Draft again from the case.")
    return draft_from_data(data, source=source)
