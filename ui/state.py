"""Session state <-> the case form: what this tab typed, the case and version on screen, its scratch.

What a person typed lives in `state.form` (a CaseForm), laid over `state.base` (the case it started
from: the version's case, an import or the sample), so fields the form does not show are carried over.
Widgets are seeded from the form and folded back into it at the start of every run, so nothing typed is
lost when its step's page is not on screen. All of it is the tab's scratch (keyed by `?s=` in the
address), saved whenever it changes, so a reload or a new browser window loses nothing.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable
from typing import Any

import pandas as pd
import streamlit as st

from promo_ai.case import Case, case_from_data, parse_case
from promo_ai.errors import CaseError, PromoAIError, StoreError
from promo_ai.form import SCALAR_FIELDS, TABLES, CaseForm, data_from_form, form_from_case, move_row
from promo_ai.settings import OFFLINE_MODEL, get_settings, resource_dir
from promo_ai.store import CaseRecord, VersionRecord
from promo_ai.workflow import Step, Workflow
from ui.safe import plain

SAMPLE = resource_dir("data") / "examples" / "business-analyst.yaml"
KEPT = ("meeting_notes",)  # text typed outside the case form, kept across steps and reloads too
DEFAULTS = {"tone": "warm", "length": "full"}  # a choice always has a value, even from older kept work
state = st.session_state


@st.cache_resource(show_spinner=False)
def _workflow(settings_json: str) -> Workflow:
    # One per configuration and process, shared by every session: its store serialises their writes.
    return Workflow(get_settings())


def flow() -> Workflow:
    return _workflow(get_settings().model_dump_json())


def model() -> str:
    return str(state.get("model") or OFFLINE_MODEL)


def api_base() -> str | None:
    return state.get("api_base") or None


# ---------- every run ----------
def start() -> None:
    """This tab's key, the session's first state, then the widgets' values folded into the form."""
    state.tab = _tab_key()
    if "form" not in state:
        state.update(case_id=None, version_id=None, proposal=None, proposal_round=0, case_problems=[],
                     kept={}, done=[], flashes=[], rows_version=0)
        try:
            saved, last = flow().scratch(state.tab), flow().last_case()
            if saved:  # this tab was reloaded: everything as it was, drafted or not
                _restore(saved)
            elif last is not None:  # a new tab or browser: reopen where the person left off
                open_case(last.id)
            else:
                new_case()
        except StoreError as exc:
            flash("error", str(exc))
            new_case()
    sync()


def _tab_key() -> str:
    """This browser tab's id, kept in the address so a reload finds its unsaved work again."""
    key = st.query_params.get("s", "")
    if not re.fullmatch(r"[0-9a-f]{32}", key):
        key = state.get("tab") or uuid.uuid4().hex
        st.query_params["s"] = key
    return str(key)


def sync() -> None:
    """Fold what the widgets on screen hold into the form (callbacks call it too: they run first)."""
    for name in SCALAR_FIELDS:
        if f"f_{name}" in state:
            state.form.scalars[name] = state[f"f_{name}"]
    for table in TABLES:
        edits = state.get(editor_key(table))
        if isinstance(edits, dict):
            state.form.set_rows(table, _edited(state[f"{table}_base"], edits))
    for key in KEPT:
        if key in state:
            state.kept[key] = state[key]


def keep_unsaved() -> None:
    """Save the tab's scratch when it changed: the form as typed, the notes, the case and version."""
    snapshot = json.loads(json.dumps(_snapshot(), default=str))
    if snapshot != state.get("saved_snapshot"):
        try:
            flow().save_scratch(state.tab, snapshot)
            state.saved_snapshot = snapshot
        except StoreError as exc:
            st.warning(plain(f"Your latest edits could not be saved yet: {exc}"))


def flash(kind: str, text: str) -> None:
    """A message shown on the next run (after st.rerun or from a callback)."""
    state.setdefault("flashes", []).append((kind, text))


# ---------- the case and version on screen ----------
def form() -> CaseForm:
    return state.form


def case_id() -> int | None:
    return state.get("case_id")


def current_version() -> VersionRecord | None:
    if state.get("version_id") is None:
        return None
    try:
        return flow().version(state.version_id)
    except StoreError:  # deleted in another window: carry on with the form as it is
        state.case_id = state.version_id = None
        st.info("That case was deleted in another window; what you see here is kept as a new, unsaved case.")
        return None


def cases() -> list[CaseRecord]:
    try:
        return flow().cases()
    except StoreError as exc:
        st.error(plain(str(exc)))
        return []


def versions() -> list[VersionRecord]:
    try:
        return flow().versions(state.case_id) if state.get("case_id") is not None else []
    except StoreError:
        return []


def show(version: VersionRecord, *, load: bool = False) -> None:
    """Put a version on screen; its case becomes the base. `load` also fills the form with its case
    (after a revision, or when a person picks an older version), replacing what was typed."""
    state.case_id, state.version_id = version.case_id, version.id
    if load:
        _load(version.draft.case, case_id=version.case_id, version_id=version.id)
    state.base = version.draft.case


def shown(step: Step[Any], *, load: bool = False) -> None:
    """A step's result on screen: the version it saved (or kept, or reused) and what it has to say."""
    if step.version is not None:
        show(step.version, load=load)
    warnings = step.version.draft.warnings if step.version else []
    for note in step.notes:
        if note not in warnings:  # the version's own warnings show with it
            flash("info", note)


def working_case(*, record: bool = False) -> Case | None:
    """The case being worked on: the base case plus what was typed since; None while it has problems
    (kept for the Case page to show beside their fields when `record`)."""
    try:
        case = case_from_data(data_from_form(state.form, base=state.get("base")))
    except CaseError as exc:
        if record:
            state.case_problems = exc.problems
        return None
    state.case_problems = []
    return case


def problems(prefix: str = "") -> list[str]:
    return [p for p in state.get("case_problems", []) if p.startswith(prefix)]


def progress() -> dict[str, bool]:
    """Which steps this person has done, for the bar at the top."""
    version, kept = current_version(), versions()
    return {"Case": bool(data_from_form(state.form).get("accomplishments")),
            "Guidance": version is not None,
            "Draft": version is not None and version.draft.passed,
            "Prepare the talk": "talk" in state.done or any(v.draft.case.meeting_date for v in kept),
            "After the talk": any(v.kind == "revised" for v in kept),
            "Export": "export" in state.done}


def mark_done(step: str) -> None:
    if step not in state.done:
        state.done = [*state.done, step]


# ---------- opening, starting and importing cases (widget callbacks) ----------
def open_case(opened: int) -> None:
    latest = flow().latest(opened)
    if latest is None:  # nothing to show: start afresh rather than show an empty case
        new_case()
        return
    _load(latest.draft.case, case_id=opened, version_id=latest.id)
    _forget_notes()


def new_case() -> None:
    import_case(_sample())


def import_case(case: Case) -> None:
    """A case from a file (or the sample): a new, unsaved case until it is drafted."""
    _load(case, case_id=None, version_id=None)
    _forget_notes(done=[])


def _forget_notes(**more: Any) -> None:
    """Another case: its notes and proposals start empty (the notes box too, when it is on screen)."""
    state.update(kept={}, proposal=None, proposal_for=None, **more)
    for key in KEPT:
        state.pop(key, None)


def picked_case() -> None:
    """The case list's callback: only a choice the person makes opens a case."""
    choice = state.case_picker
    if not choice:
        new_case()
    elif choice != state.case_id:
        _guarded(lambda: open_case(choice))


def rename() -> None:
    _guarded(lambda: flow().rename(state.case_id, str(state.get("rename_to") or "")))


def duplicate() -> None:
    _guarded(lambda: open_case(flow().duplicate(state.case_id).id))


def delete() -> None:
    def delete_then_start_afresh() -> None:
        flow().delete(state.case_id)
        new_case()

    _guarded(delete_then_start_afresh)


def _guarded(action: Callable[[], Any]) -> None:
    try:
        action()
    except PromoAIError as exc:
        flash("error", str(exc))


def _load(case: Case, *, case_id: int | None, version_id: int | None) -> None:
    state.case_id, state.version_id, state.base = case_id, version_id, case
    state.form = form_from_case(case)
    for name in SCALAR_FIELDS:  # the widgets are seeded afresh from the form
        state.pop(f"f_{name}", None)
    state.rows_version = state.get("rows_version", 0) + 1
    state.case_problems = []


# ---------- widgets bound to the form ----------
def field(name: str) -> str:
    """The key of the widget for one of the form's fields, seeded from the form when not on screen."""
    key = f"f_{name}"
    if key not in state:
        value = state.form.scalars.get(name)
        state[key] = value if name == "meeting_date" else (value or DEFAULTS.get(name, ""))
    return key


def kept(key: str) -> str:
    """The key of a widget whose text is kept with the tab (the meeting notes)."""
    if key not in state:
        state[key] = state.kept.get(key, "")
    return key


def editor_key(name: str) -> str:
    return f"{name}_{state.get('rows_version', 0)}"


def editor_frame(table: str) -> pd.DataFrame:
    """The rows a table editor starts from: the form's, whenever that editor is not on screen yet."""
    if editor_key(table) not in state:
        state[f"{table}_base"] = state.form.rows(table) or [dict.fromkeys(TABLES[table], "")]
    return pd.DataFrame(state[f"{table}_base"], columns=list(TABLES[table]))


def move(table: str, step: int) -> None:
    """Move the row picked in `reorder_<table>` up or down; the choice follows the row it moved."""
    sync()
    rows = state.form.rows(table)
    index = int(state.get(f"reorder_{table}_{state.rows_version}") or 0)
    state.form.set_rows(table, move_row(rows, index, step))
    state.rows_version += 1
    state[f"reorder_{table}_{state.rows_version}"] = max(0, min(len(rows) - 1, index + step))


def add_accomplishments(added: list[dict[str, Any]]) -> None:
    sync()
    rows = [r for r in state.form.rows("accomplishments") if any(v.strip() for v in r.values())]
    state.form.set_rows("accomplishments", rows + added)
    state.rows_version += 1


def _edited(base: list[dict[str, Any]], edits: dict[str, Any]) -> list[dict[str, Any]]:
    """A table editor keeps edits as changes to the rows it started from: apply them."""
    rows = [dict(r) for r in base]
    for index, change in (edits.get("edited_rows") or {}).items():
        if int(index) < len(rows):
            rows[int(index)].update(change)
    rows += [dict(r) for r in edits.get("added_rows") or []]
    deleted = {int(i) for i in edits.get("deleted_rows") or []}
    return [r for i, r in enumerate(rows) if i not in deleted]


# ---------- the tab's scratch ----------
def _snapshot() -> dict[str, Any]:
    base: Case | None = state.get("base")
    return {"case_id": state.get("case_id"), "version_id": state.get("version_id"),
            "base": base.to_data() if base else None, **state.form.to_data(), "kept": state.kept, "done": state.done}


def _restore(saved: dict[str, Any]) -> None:
    """Put back a tab's unsaved work: its case and version, the form as typed, the notes, the ticks."""
    saved_id, version_id = saved.get("case_id"), saved.get("version_id")
    try:
        latest = flow().latest(saved_id) if isinstance(saved_id, int) else None
    except StoreError:  # deleted meanwhile: the work stays, as a new case
        latest = None
    try:
        base = Case.model_validate(saved["base"]) if saved.get("base") else None
    except ValueError:
        base = None
    _load(base or (latest.draft.case if latest else _sample()), case_id=saved_id if latest else None,
          version_id=(version_id if isinstance(version_id, int) else latest.id) if latest else None)
    state.form = CaseForm.from_data(saved)
    kept_text = saved.get("kept") or {"meeting_notes": saved.get("notes") or ""}  # older scratch: "notes"
    state.kept = {k: str(v) for k, v in dict(kept_text).items() if k in KEPT}
    state.done = [d for d in saved.get("done") or [] if d in {"talk", "export"}]


def _sample() -> Case:
    return parse_case(SAMPLE.read_text(encoding="utf-8"))
