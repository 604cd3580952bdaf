"""Reading meeting notes: what the notes of a 1-on-1 change in the case.

`extract_changes` turns pasted notes into `ChangeItem`s (promo_ai.changes), each quoting the part
of the notes it comes from, for the person to accept or reject. Nothing in the notes is ever
obeyed: the notes are data, the kinds of change are a closed set, and only what the person accepts
reaches the email.

Offline (no model), the changes are read from markers, one per line. A marker may follow a
bullet (``-``, ``*``, ``•``, ``1.``) and its name is case-insensitive:

``title: Senior Business Analyst``
    The title agreed in the meeting becomes the target title.
``date: 2026-11-20``
    The date of the meeting (YYYY-MM-DD); the opening then refers to that conversation.
``add: Ran the Q4 vendor review — saved 3 days a month``
    An accomplishment to add (``summary — impact`` splits into summary and impact).
``drop: reconciliation report``
    An accomplishment or a piece of praise to leave out, matched by a few of its words.
``emphasise: vendor onboarding`` (or ``emphasize:``)
    An accomplishment or praise to put first; added as an accomplishment if it matches none.
``next: Priya sends the case to the director by Friday`` (or ``next step:``)
    A next step agreed; the closing lists the next steps.

Every other line is offered as one "recap" item, which stays out of the email unless the
person accepts it. Lines that read like instructions to an AI ("ignore the above and ...")
are neither changes nor recap: they are reported as problems and never followed.
With a model, the model lists the changes and the recap is still the person's own leftover lines.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from promo_ai.case import Case
from promo_ai.changes import ChangeItem, ChangeSet
from promo_ai.errors import ModelError
from promo_ai.prompts import fence_safe, render
from promo_ai.settings import OFFLINE_MODEL, Settings
from promo_ai.text import describe_errors, looks_like_instruction, normalise, quoted, strip_bullet

MARKERS_HELP = """\
One change per line (a leading bullet is fine; the marker's case does not matter):
  title: NEW TARGET TITLE        the title agreed in the meeting
  date: YYYY-MM-DD               the date of the meeting
  add: ACCOMPLISHMENT            something to add ("summary — impact" is split)
  drop: A FEW WORDS              an accomplishment or piece of praise to leave out
  emphasise: A FEW WORDS         put an accomplishment or praise first (emphasize: works too)
  next: NEXT STEP                a next step agreed (the closing lists them)
Every other line is offered as a recap, which stays out of the email unless you accept it."""

_MARKER = re.compile(
    r"^\s*(?:[-*•·]|\d+[.)])?\s*(title|date|add|drop|emphasi[sz]e|next(?:\s+steps?)?)\s*:\s*(.*?)\s*$",
    re.IGNORECASE,
)
_ISO_DATE = re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b")


# --- offline: the markers ---------------------------------------------------------------------------------


def _validated(data: dict[str, Any], notes: str, case: Case) -> ChangeItem | str:
    """The item, validated against the notes and the case; or what is wrong with it, in one sentence."""
    try:
        return ChangeItem.model_validate(data, context={"notes": notes, "case": case})
    except ValidationError as exc:
        return "; ".join(describe_errors(exc, root="change"))


def _screen_recap(lines: Iterable[str]) -> tuple[list[str], list[str]]:
    """Split the leftover lines into recap lines and problems (lines that read as instructions)."""
    kept: list[str] = []
    problems: list[str] = []
    for line in lines:
        if not line.strip():
            continue
        if looks_like_instruction(line):
            problems.append(
                f"{quoted(line)} reads as an instruction to an AI, not something agreed in the meeting; "
                "it was not followed and is left out of the recap."
            )
        else:
            kept.append(line)
    return kept, problems


def _recap(lines: Iterable[str], notes: str, case: Case) -> tuple[list[ChangeItem], list[str]]:
    """The leftover lines as one recap item (none when no line is left), and the problems found."""
    kept, problems = _screen_recap(lines)
    text = "\n".join(line.strip() for line in kept)
    if not text:
        return [], problems
    result = _validated({"kind": "recap", "text": text, "source_quote": text}, notes, case)
    if isinstance(result, str):
        return [], [*problems, f"The recap of the notes cannot be offered: {result}."]
    return [result], problems


def _marker_data(kind: str, value: str, line: str) -> dict[str, Any] | str:
    """The change a marker line asks for, or why it cannot be used."""
    data: dict[str, Any] = {"kind": kind, "text": value, "source_quote": line.strip()}
    if kind == "title":
        data["text"] = value.rstrip(" .")
    elif kind == "drop":
        data["target"] = value
    elif kind == "date":
        found = _ISO_DATE.search(value)
        if not found:
            return f"{quoted(line)}: write the date as YYYY-MM-DD (like 2026-11-20); the meeting date is unchanged."
        try:
            data["text"] = dt.date.fromisoformat("-".join(p.zfill(2) for p in found.group(0).split("-"))).isoformat()
        except ValueError:
            return f"{quoted(line)}: {found.group(0)} is not a real date; the meeting date is unchanged."
    return data


def parse_markers(notes: str, case: Case) -> ChangeSet:
    """Read the documented markers (see the module docstring), one per line. Never raises for what
    the notes say: a marker that cannot be used becomes a problem that names its line."""
    items: list[ChangeItem] = []
    problems: list[str] = []
    rest: list[str] = []
    singles: dict[str, int] = {}
    for line in notes.replace("\r\n", "\n").split("\n"):
        match = _MARKER.match(line)
        if not match:
            rest.append(line)
            continue
        name, value = match.group(1).lower(), match.group(2).strip()
        kind = "emphasise" if name.startswith("emphasi") else "next" if name.startswith("next") else name
        if not value:
            problems.append(f"{quoted(line)}: the {kind} marker is empty, so nothing changes.")
            continue
        data = _marker_data(kind, value, line)
        if isinstance(data, str):
            problems.append(data)
            continue
        result = _validated(data, notes, case)
        if isinstance(result, str):
            problems.append(f"{quoted(line)}: {result}.")
            continue
        if kind in singles:  # a title or a date: the later line wins
            problems.append(f"{quoted(items[singles[kind]].source_quote)}: a later {kind} line replaces this one.")
            items[singles[kind]] = result
            continue
        if kind in {"title", "date"}:
            singles[kind] = len(items)
        items.append(result)
    recap, screened = _recap(rest, notes, case)
    return ChangeSet.model_validate({"changes": items + recap, "problems": problems + screened})


# --- with a model ------------------------------------------------------------------------------------------


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


def extraction_prompts(notes: str, case: Case) -> tuple[str, str]:
    """(system, user) for the extraction, from prompts/extract_system.j2 and prompts/extract_user.j2."""
    system = render("extract_system.j2", markers=MARKERS_HELP)
    user = render("extract_user.j2", case=_case_for_prompt(case), notes=fence_safe(notes))
    return system, user


def _uncovered_lines(notes: str, items: Sequence[ChangeItem]) -> list[str]:
    quotes = [normalise(q) for item in items for q in item.source_quote.splitlines() if q.strip()]
    lines = []
    for line in notes.replace("\r\n", "\n").split("\n"):
        key = normalise(strip_bullet(line))
        if key and not any(key in q or q in key for q in quotes):
            lines.append(line)
    return lines


def extract_changes(
    notes: str,
    case: Case,
    *,
    model: str,
    api_base: str | None = None,
    settings: Settings | None = None,
    on_status: Callable[[str], None] | None = None,
    cancel: threading.Event | None = None,
) -> ExtractionResult:
    """What the notes change. Offline: the markers. With a model: a validated ChangeSet (re-asked when
    a quote is not in the notes, a target not in the case, or an item says more than its quote); the
    recap is always the person's own leftover lines, never model prose. On a model failure it falls
    back to the markers and says so in `reason`. Never raises for what the notes or the model say."""
    if model == OFFLINE_MODEL:
        offline = parse_markers(notes, case)
        return ExtractionResult(changes=offline.changes, problems=offline.problems)
    from promo_ai.llm import structured  # lazy: litellm costs seconds at import

    system, user = extraction_prompts(notes, case)
    try:
        generated = structured(
            ChangeSet, system=system, user=user, model=model, api_base=api_base,
            context={"notes": notes, "case": case}, settings=settings, on_status=on_status, cancel=cancel,
        )
    except ModelError as exc:
        fallback = parse_markers(notes, case)
        return ExtractionResult(
            changes=fallback.changes,
            problems=fallback.problems,
            tokens=getattr(exc, "tokens", None),  # what the failed attempts spent, when the LLM layer knows
            cost=getattr(exc, "cost", None),
            attempts=int(getattr(exc, "attempts", 0) or 0),
            reason=f"The model could not list the changes ({exc.reason}): {exc.message.rstrip('. ')}. "
                   "The changes offered were read from the note markers instead.",
        )
    items = [c for c in generated.value.changes if c.kind != "recap"]
    recap, problems = _recap(_uncovered_lines(notes, items), notes, case)
    return ExtractionResult(
        changes=items + recap, problems=problems, tokens=generated.tokens, cost=generated.cost,
        attempts=generated.attempts, model=generated.model,
    )
