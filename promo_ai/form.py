"""The page's case form as plain data: rows in and out of a Case, with no Streamlit here
(so the conversions are tested without a browser and the page stays thin).

The form shows only some of a case's fields. What a person works on is the case of the version they
started from plus what they typed since: `data_from_form(form, base)` lays the form over the base case,
so fields the form does not show (next steps agreed in a meeting, notes, any field added later) are
carried over, never dropped."""

from __future__ import annotations

import datetime as dt
import math
import re
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


# ---------- a blank form, pasted brag documents, dates and problems in plain words ----------
def is_blank(form: CaseForm) -> bool:
    """Nothing typed yet: every field and row empty (the tone and length have defaults, not typing)."""
    data = data_from_form(form)
    shown = {k: v for k, v in data.items() if k not in {"tone", "length", "manager"}}
    return not any(shown.values()) and not data.get("manager")


def differs(form: CaseForm, base: Case | None) -> bool:
    """Whether the form holds typing that its base case (None: a blank form) does not."""
    if base is None:
        return not is_blank(form)
    mine, theirs = data_from_form(form, base=base), data_from_form(form_from_case(base), base=base)
    return mine != theirs


_DASH = re.compile(r"\s+[—–]\s+|\s+-{1,2}\s+")
_COLON = re.compile(r":\s+")
_BULLET = re.compile(r"^\s*(?:[-*•·]|\d+[.)])\s*")


def brag_rows(text: str) -> list[dict[str, str]]:
    """A pasted brag document: one accomplishment per line (bullets and numbering dropped), "what — impact",
    "what - impact" and "what: impact" split into what was done and its impact. A colon splits only after
    a few words ("Q3 2026: led the audit" stays whole)."""
    rows = []
    for raw in text.splitlines():
        line = _BULLET.sub("", raw).strip()
        if not line:
            continue
        parts = _DASH.split(line, maxsplit=1)
        if len(parts) != 2:
            colon = _COLON.search(line)
            parts = [line[:colon.start()], line[colon.end():]] if colon and len(line[:colon.start()].split()) >= 3 \
                else [line]
        summary, impact = [*parts, ""][:2]
        if not summary.strip():
            summary, impact = impact, ""
        rows.append({"summary": summary.strip()[:2_000], "impact": impact.strip()[:2_000], "duty": "", "when": ""})
    return rows


def read_date(text: str, *, today: dt.date, order: str = "dmy") -> dt.date | None:
    """A date typed in a field ("2026-11-20", "20 Nov 2026", "Nov 20", "20/11/2026"): None when empty;
    ValueError (in plain words) when it is not one date."""
    from promo_ai.notes.dates import find_days

    text = text.strip()
    if not text:
        return None
    days = {d.day for d in find_days(text, today, order, "near")}  # type: ignore[arg-type]
    if len(days) != 1:
        raise ValueError("write one date, like 2026-11-20 or 20 November 2026")
    return days.pop()


FIELD_NAMES = {
    "name": "Your name", "email": "Your email", "current_title": "Your current title",
    "target_title": "The target title", "team": "The team", "company": "The company",
    "in_role_since": "Since when you have held your title", "manager.name": "Your manager's name",
    "manager.email": "Your manager's email", "manager": "Your manager's name", "salutation": "How to greet them",
    "meeting_date": "The date of the 1-on-1", "tone": "The tone", "length": "The length",
    "target_duties": "The duties of the target job", "accomplishments": "Your accomplishments",
    "accolades": "The praise",
}
_ROW_PARTS = {"accomplishments": ("Accomplishment", {"summary": "what you did", "impact": "its impact",
                                                     "duty": "the duty it shows", "when": "when"}),
              "accolades": ("Praise", {"quote": "the quote", "author": "who said it", "role": "their role"}),
              "target_duties": ("Duty", {})}


def problem_field(problem: str) -> str:
    """The field a problem is about, as the form names it ('manager.name', 'accomplishments[2].summary')."""
    return problem.split(": ", 1)[0] if ": " in problem else ""


def in_plain_words(problem: str) -> str:
    """'manager.name: this is required' -> "Your manager's name is missing"; the same for every field."""
    path, _, message = problem.partition(": ")
    if not message:
        return problem
    row = re.fullmatch(r"([a-z_]+)\[(\d+)\](?:\.([a-z_]+))?", path)
    if row and row.group(1) in _ROW_PARTS:
        what, parts = _ROW_PARTS[row.group(1)]
        part = parts.get(row.group(3) or "", "")
        subject = f"{what} {row.group(2)}" + (f": {part}" if part else "")
    else:
        subject = FIELD_NAMES.get(path, path.replace("_", " ").replace(".", " ").capitalize())
    if message == "this is required":
        return f"{subject} is missing"
    if message == "add at least one":
        return f"{subject}: add at least one"
    if message.startswith("is "):
        return f"{subject} {message}"
    return f"{subject}: {message}"
