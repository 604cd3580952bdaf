"""The page's case form as plain data: rows in and out of a Case, with no Streamlit here
(so the conversions are tested without a browser and the page stays thin).

The form shows only some of a case's fields. What a person works on is the case of the version they
started from plus what they typed since: `data_from_form(form, base)` lays the form over the base case,
so fields the form does not show (next steps agreed in a meeting, notes, any field added later) are
carried over, never dropped."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from promo_ai.case import Case

# The case's fields the form shows; every other field comes from the base case untouched.
SCALAR_FIELDS = ("name", "email", "current_title", "target_title", "team", "company", "in_role_since",
                 "manager_name", "manager_email", "salutation", "meeting_date", "tone", "length")
ACCOMPLISHMENT_COLUMNS = ("summary", "impact", "duty", "when")
ACCOLADE_COLUMNS = ("quote", "author", "role")
TABLES: dict[str, tuple[str, ...]] = {"duties": ("duty",), "accomplishments": ACCOMPLISHMENT_COLUMNS,
                                      "accolades": ACCOLADE_COLUMNS}


@dataclass
class CaseForm:
    """What the form holds, as typed: its fields (`scalars`) and its tables (TABLES)."""

    scalars: dict[str, Any] = field(default_factory=dict)
    duties: list[str] = field(default_factory=list)
    accomplishments: list[dict[str, str]] = field(default_factory=list)
    accolades: list[dict[str, str]] = field(default_factory=list)

    def rows(self, table: str) -> list[dict[str, str]]:
        """A table's rows as a table editor shows them (a duty as {"duty": ...})."""
        if table == "duties":
            return [{"duty": duty} for duty in self.duties]
        return [dict(row) for row in getattr(self, table)]

    def set_rows(self, table: str, rows: Iterable[Mapping[str, Any]]) -> None:
        """Put a table's rows back; an empty cell (None, NaN) becomes ''."""
        cleaned = [{c: "" if _clean(row.get(c)) is None else str(row.get(c)) for c in TABLES[table]} for row in rows]
        if table == "duties":
            self.duties = [row["duty"] for row in cleaned]
        else:
            setattr(self, table, cleaned)

    def to_data(self) -> dict[str, Any]:
        """JSON-ready, for keeping unsaved work."""
        return {"scalars": {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in self.scalars.items()},
                **{table: self.rows(table) for table in TABLES}}

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> CaseForm:
        """Back from `to_data()` (or older kept work): what is malformed is left out, never trusted."""
        scalars = {k: v for k, v in dict(data.get("scalars") or {}).items() if k in SCALAR_FIELDS}
        if scalars.get("meeting_date"):
            try:
                scalars["meeting_date"] = dt.date.fromisoformat(str(scalars["meeting_date"]))
            except ValueError:
                scalars["meeting_date"] = None
        form = cls(scalars=scalars)
        for table in TABLES:
            rows = [{"duty": r} if isinstance(r, str) else r for r in data.get(table) or []]
            form.set_rows(table, [r for r in rows if isinstance(r, dict)])
        return form


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


def data_from_form(form: CaseForm, base: Case | None = None) -> dict[str, Any]:
    """The mapping Case.model_validate takes: the base case (if any) with the form laid over it. A field
    the form shows takes the form's value, an emptied one is left out (so the errors say 'required');
    a field the form does not show keeps the base case's value."""
    data: dict[str, Any] = base.to_data() if base is not None else {}
    scalars = {k: _clean(form.scalars.get(k)) for k in SCALAR_FIELDS}
    for key, value in scalars.items():
        if key in {"manager_name", "manager_email"}:
            continue
        data.pop(key, None)
        if value is not None:
            data[key] = value.isoformat() if isinstance(value, dt.date) else value
    manager = {k: v for k, v in dict(data.get("manager") or {}).items() if k not in {"name", "email"}}
    manager |= {k: v for k, v in (("name", scalars["manager_name"]), ("email", scalars["manager_email"]))
                if v is not None}
    data["manager"] = manager
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
