"""What the store hands out: a case as listed, a saved version; and the rows they are read from."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, ValidationError

from promo_ai.case import MAX_LINE, Case
from promo_ai.draft import Draft
from promo_ai.errors import StoreError

VersionKind = Literal["draft", "refined", "revised", "edited", "imported"]
KINDS: tuple[VersionKind, ...] = get_args(VersionKind)


class CaseRecord(BaseModel):
    """A case as listed: enough to show it and open it."""

    model_config = ConfigDict(frozen=True)

    id: int
    title: str
    created_at: dt.datetime
    updated_at: dt.datetime
    version_count: int


class VersionRecord(BaseModel):
    """One saved version of the email, with what caused it and how it fared."""

    model_config = ConfigDict(frozen=True)

    id: int
    case_id: int
    parent_id: int | None
    kind: VersionKind
    label: str | None
    draft: Draft
    model: str | None
    tokens: int | None
    cost: float | None
    notes: str | None
    changes: list[dict[str, Any]]
    passed: bool
    created_at: dt.datetime


def stamp(moment: dt.datetime) -> str:
    # Fixed width (microseconds, +00:00), so text order is time order.
    return moment.astimezone(dt.UTC).isoformat(timespec="microseconds")


def parse_stamp(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def default_title(case: Case) -> str:
    return clip_title(f"{case.name} → {case.target_title}")


def clip_title(title: str) -> str:
    title = " ".join(title.split())
    return title if len(title) <= MAX_LINE else title[: MAX_LINE - 1].rstrip() + "…"


def clean_title(title: str) -> str:
    """A title a person typed, on one line, or a StoreError saying what to change."""
    cleaned = " ".join(title.split())
    if not cleaned:
        raise StoreError("A case title cannot be empty.", hint="Type a name for the case.")
    if len(cleaned) > MAX_LINE:
        raise StoreError(f"A case title can have at most {MAX_LINE} characters.", hint="Shorten it.")
    return cleaned


def changes_json(changes: Sequence[Mapping[str, Any] | BaseModel] | None) -> str:
    """The accepted changes of a version as JSON (models dumped as JSON-ready dicts)."""
    items = [item.model_dump(mode="json") if isinstance(item, BaseModel) else dict(item) for item in changes or []]
    try:
        return json.dumps(items, ensure_ascii=False)
    except (TypeError, ValueError) as exc:
        raise StoreError(f"The changes of this version cannot be saved as JSON ({exc}).") from None


def case_record(row: sqlite3.Row, version_count: int) -> CaseRecord:
    return CaseRecord(id=row["id"], title=row["title"], created_at=parse_stamp(row["created_at"]),
                      updated_at=parse_stamp(row["updated_at"]), version_count=version_count)


def version_record(row: sqlite3.Row, path: Path) -> VersionRecord:
    try:
        return VersionRecord(
            id=row["id"], case_id=row["case_id"], parent_id=row["parent_id"], kind=row["kind"],
            label=row["label"], draft=Draft.model_validate_json(row["draft_json"]), model=row["model"],
            tokens=row["tokens"], cost=row["cost"], notes=row["notes"], changes=json.loads(row["changes_json"]),
            passed=bool(row["passed"]), created_at=parse_stamp(row["created_at"]),
        )
    except (ValidationError, ValueError) as exc:
        raise StoreError(f"Version #{row['id']} in {path} could not be read ({exc}).",
                         hint="It may have been written by another version of promo-ai; "
                              "upgrade promo-ai or open another version.") from None


def case_of(row: sqlite3.Row, path: Path) -> Case:
    try:
        return Case.model_validate_json(row["case_json"])
    except ValidationError as exc:
        raise StoreError(f"Case #{row['id']} in {path} could not be read ({exc}).",
                         hint="It may have been written by another version of promo-ai.") from None
