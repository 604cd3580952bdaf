"""The page's case form as plain data: rows in and out of a Case, with no Streamlit here
(so the conversions are tested without a browser and app.py stays thin)."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from promo_ai.case import Case

SCALAR_FIELDS = ("name", "email", "current_title", "target_title", "team", "company",
                 "manager_name", "manager_email", "meeting_date", "tone", "notes")
ACCOMPLISHMENT_COLUMNS = ("summary", "impact", "duty", "when")
ACCOLADE_COLUMNS = ("quote", "author", "role")


@dataclass
class CaseForm:
    scalars: dict[str, Any] = field(default_factory=dict)
    duties: list[str] = field(default_factory=list)
    accomplishments: list[dict[str, str]] = field(default_factory=list)
    accolades: list[dict[str, str]] = field(default_factory=list)


def _clean(value: Any) -> Any:
    """Empty cells from the table editor arrive as None, NaN or ''; all mean 'not given'."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def _rows(rows: Iterable[Mapping[str, Any]], columns: tuple[str, ...]) -> list[dict[str, Any]]:
    cleaned = []
    for row in rows:
        item = {column: _clean(row.get(column)) for column in columns}
        if any(v is not None for v in item.values()):
            cleaned.append({k: v for k, v in item.items() if v is not None})
    return cleaned


def form_from_case(case: Case) -> CaseForm:
    data = case.to_data()
    scalars = {k: data.get(k) for k in SCALAR_FIELDS if k in data}
    scalars["manager_name"] = case.manager.name
    scalars["manager_email"] = case.manager.email
    scalars["meeting_date"] = case.meeting_date
    return CaseForm(
        scalars=scalars,
        duties=list(case.target_duties),
        accomplishments=[{c: getattr(a, c) or "" for c in ACCOMPLISHMENT_COLUMNS} for a in case.accomplishments],
        accolades=[{c: getattr(a, c) or "" for c in ACCOLADE_COLUMNS} for a in case.accolades],
    )


def data_from_form(form: CaseForm) -> dict[str, Any]:
    """The mapping Case.model_validate takes; empty fields left out so the errors say 'required'."""
    scalars = {k: _clean(v) for k, v in form.scalars.items()}
    data: dict[str, Any] = {k: v for k, v in scalars.items()
                            if k not in {"manager_name", "manager_email"} and v is not None}
    if isinstance(data.get("meeting_date"), dt.date):
        data["meeting_date"] = data["meeting_date"].isoformat()
    data["manager"] = {k: v for k, v in (("name", scalars.get("manager_name")),
                                         ("email", scalars.get("manager_email"))) if v is not None}
    data["target_duties"] = [d for d in (_clean(x) for x in form.duties) if d]
    data["accomplishments"] = _rows(form.accomplishments, ACCOMPLISHMENT_COLUMNS)
    data["accolades"] = _rows(form.accolades, ACCOLADE_COLUMNS)
    return data


def move_row(rows: list[dict[str, Any]], index: int, step: int) -> list[dict[str, Any]]:
    """A copy of `rows` with row `index` moved `step` places (clamped to the list)."""
    moved = list(rows)
    target = max(0, min(len(moved) - 1, index + step))
    moved.insert(target, moved.pop(index))
    return moved


@dataclass(frozen=True)
class DutyCoverage:
    duty: str
    evidence: int


def duty_coverage(data: Mapping[str, Any]) -> list[DutyCoverage]:
    """For each target duty, how many accomplishments show it: the gaps in the case."""
    accomplishments = data.get("accomplishments") or []
    coverage = []
    for duty in data.get("target_duties") or []:
        count = sum(1 for a in accomplishments if (a.get("duty") or "").strip().lower() == duty.strip().lower())
        coverage.append(DutyCoverage(duty=duty, evidence=count))
    return coverage
