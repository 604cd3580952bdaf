"""Session state <-> the case form: what this tab typed, the case and version on screen, its scratch.

What a person typed lives in `state.form` (a CaseForm), laid over `state.base` (the case it started
from: the version's case, an import or the sample; None for a blank new case), so fields the form does not
show are carried over. Widgets are seeded from the form and folded back into it at the start of every run,
so nothing typed is lost when its step's page is not on screen. All of it is the tab's scratch (keyed by
`?s=` in the address), saved whenever it changes, so a reload loses nothing; what the person did with a
saved case (the ticks, the changes their notes proposed) is kept with the case too, so a new tab has it.
Opening, starting and importing cases: ui.cases; the rows of the evidence: ui.rows.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from typing import Any

import streamlit as st

from promo_ai.case import Case, case_from_data
from promo_ai.errors import CaseError, StoreError
from promo_ai.form import SCALAR_FIELDS, CaseForm, data_from_form, in_plain_words, read_date
from promo_ai.settings import OFFLINE_MODEL, get_settings
from promo_ai.store import CaseRecord, VersionRecord
from promo_ai.workflow import Step, Workflow
from ui import rows
from ui.safe import plain

KEPT = ("meeting_notes",)  # text typed outside the case form, kept across steps and reloads too
DEFAULTS = {"tone": "warm", "length": "full"}  # a choice always has a value, even from older kept work
DONE = ("guidance", "talk", "export")  # steps ticked by what the person did there
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
    from ui import cases, progress

    state.tab = _tab_key()
    if "form" not in state:
        state.update(case_id=None, version_id=None, proposal=None, proposal_round=0, case_problems=[],
                     kept={}, done=[], flashes=[], pending=None)
        try:
            saved, last = flow().scratch(state.tab), flow().last_case()
            if saved:  # this tab was reloaded: everything as it was, drafted or not
                _restore(saved)
            elif last is not None:  # a new tab or browser: reopen where the person left off
                cases.open_case(last.id)
            else:
                cases.blank()
        except StoreError as exc:
            flash("error", str(exc))
            cases.blank()
        progress.restore_case()
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
        if name != "meeting_date" and f"f_{name}" in state:
            state.form.scalars[name] = state[f"f_{name}"]
    if "f_meeting_date" in state:
        try:
            state.form.scalars["meeting_date"] = read_date(str(state.f_meeting_date or ""), today=dt.date.today(),
                                                           order=get_settings().date_order)
            state.date_problem = None
        except ValueError as exc:
            state.date_problem = f"The date of the 1-on-1: {exc}"
    rows.sync()
    for key in KEPT:
        if key in state:
            state.kept[key] = state[key]


def keep_unsaved() -> None:
    """Save the tab's scratch when it changed, and what the person did with a saved case."""
    from ui import progress

    snapshot = json.loads(json.dumps(_snapshot(), default=str))
    if snapshot != state.get("saved_snapshot"):
        try:
            flow().save_scratch(state.tab, snapshot)
            state.saved_snapshot = snapshot
        except StoreError as exc:
            st.warning(plain(f"Your latest edits could not be saved yet: {exc}"))
    progress.keep_case()


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
        state._version = flow().version(state.version_id)  # read each run: another window may delete it
        return state._version
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
        load_case(version.draft.case, case_id=version.case_id, version_id=version.id)
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
    problems = [state.date_problem] if state.get("date_problem") else []
    try:
        case = case_from_data(data_from_form(state.form, base=state.get("base")))
    except CaseError as exc:
        problems += exc.problems
        case = None
    if problems:
        if record:
            state.case_problems = problems
        return None
    state.case_problems = []
    return case


def problems(prefix: str = "") -> list[str]:
    """The case's problems about a field (or all), as recorded by the last try."""
    return [p for p in state.get("case_problems", []) if p.startswith(prefix)]


def plain_problems(prefix: str = "", *, exact: bool = False) -> list[str]:
    """The same problems in plain words ("Your manager's name is missing")."""
    found = [p for p in problems(prefix) if not exact or p.split(": ", 1)[0] == prefix]
    return [p if p.startswith("The date of the 1-on-1") else in_plain_words(p) for p in found]


def mark_done(step: str) -> None:
    if step in DONE and step not in state.done:
        state.done = [*state.done, step]


def load_case(case: Case | None, *, case_id: int | None, version_id: int | None) -> None:
    """Fill the form from a case (None: blank), replacing what was typed; the widgets are seeded afresh."""
    from promo_ai.form import form_from_case

    state.case_id, state.version_id, state.base = case_id, version_id, case
    state.form = form_from_case(case) if case is not None else CaseForm(scalars=dict(DEFAULTS))
    for name in SCALAR_FIELDS:
        state.pop(f"f_{name}", None)
    state.pop("f_duties", None)
    state.date_problem = None
    rows.reset()
    state.case_problems = []


# ---------- widgets bound to the form ----------
def field(name: str) -> str:
    """The key of the widget for one of the form's fields, seeded from the form when not on screen."""
    key = f"f_{name}"
    if key not in state:
        value = state.form.scalars.get(name)
        if name == "meeting_date":
            state[key] = value.isoformat() if isinstance(value, dt.date) else str(value or "")
        else:
            state[key] = value or DEFAULTS.get(name, "")
    return key


def kept(key: str) -> str:
    """The key of a widget whose text is kept with the tab (the meeting notes)."""
    if key not in state:
        state[key] = state.kept.get(key, "")
    return key


# ---------- the tab's scratch ----------
def _snapshot() -> dict[str, Any]:
    from ui import progress

    base: Case | None = state.get("base")
    return {"case_id": state.get("case_id"), "version_id": state.get("version_id"),
            "base": base.to_data() if base else None, **state.form.to_data(), "kept": state.kept,
            **progress.snapshot()}


def _restore(saved: dict[str, Any]) -> None:
    """Put back a tab's unsaved work: its case and version, the form as typed, the notes, the ticks."""
    from ui import progress

    saved_id, version_id = saved.get("case_id"), saved.get("version_id")
    try:
        latest = flow().latest(saved_id) if isinstance(saved_id, int) else None
    except StoreError:  # deleted meanwhile: the work stays, as a new case
        latest = None
    try:
        base = Case.model_validate(saved["base"]) if saved.get("base") else None
    except ValueError:
        base = None
    load_case(base or (latest.draft.case if latest else None), case_id=saved_id if latest else None,
              version_id=(version_id if isinstance(version_id, int) else latest.id) if latest else None)
    state.form = CaseForm.from_data(saved)
    for name, value in DEFAULTS.items():
        state.form.scalars.setdefault(name, value)
    rows.reset()
    kept_text = saved.get("kept") or {"meeting_notes": saved.get("notes") or ""}  # older scratch: "notes"
    state.kept = {k: str(v) for k, v in dict(kept_text).items() if k in KEPT}
    progress.restore(saved)
