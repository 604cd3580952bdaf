"""Opening, starting and importing cases (the sidebar's callbacks). A new case starts blank; the sample is
a separate "Try the sample". Whatever would replace typing that is not saved in a version asks first: the
request waits in `state.pending` until the person confirms it (or keeps what they typed)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

import streamlit as st

from promo_ai.case import Case, parse_case
from promo_ai.errors import PromoAIError
from promo_ai.form import differs
from promo_ai.settings import resource_dir
from ui import state as ui

SAMPLE = resource_dir("data") / "examples" / "business-analyst.yaml"
ACTIONS = {"blank": "start a new case", "sample": "open the sample", "open": "open that case",
           "import": "load the imported case"}
state = st.session_state


@cache
def sample() -> Case:
    return parse_case(SAMPLE.read_text(encoding="utf-8"))


def unsaved() -> bool:
    """Typing that no saved version holds: it would be lost if another case replaced it."""
    return differs(state.form, state.get("base"))


def request(action: str, argument: Any = None) -> None:
    """Do `action` now, or, with unsaved typing, once the person confirms (see `confirm_box`)."""
    ui.sync()
    if unsaved():
        state.pending = (action, argument)
    else:
        _do(action, argument)


def confirm() -> None:
    pending, state.pending = state.get("pending"), None
    if pending:
        _do(*pending)


def keep_typing() -> None:
    state.pending = None
    state.case_picker = ui.case_id() or 0


def _do(action: str, argument: Any) -> None:
    state.pending = None
    if action == "blank":
        blank()
    elif action == "sample":
        import_case(sample())
    elif action == "open":
        _guarded(lambda: open_case(int(argument)))
    elif action == "import":
        import_case(argument)
    state.case_picker = ui.case_id() or 0


def open_case(opened: int) -> None:
    from ui import progress

    latest = ui.flow().latest(opened)
    if latest is None:  # nothing to show: start afresh rather than show an empty case
        blank()
        return
    ui.load_case(latest.draft.case, case_id=opened, version_id=latest.id)
    _forget_notes()
    progress.restore_case()


def blank() -> None:
    """A new, empty case: nothing from anyone else's."""
    ui.load_case(None, case_id=None, version_id=None)
    _forget_notes(done=[])


def import_case(case: Case) -> None:
    """A case from a file (or the sample, or the next case after a promotion): new, unsaved until drafted."""
    ui.load_case(case, case_id=None, version_id=None)
    _forget_notes(done=[])


def _forget_notes(**more: Any) -> None:
    """Another case: its notes and proposals start empty (the notes box too, when it is on screen)."""
    state.update(kept={}, proposal=None, proposal_for=None, proposal_notes="", **more)
    for key in ui.KEPT:
        state.pop(key, None)


def picked_case() -> None:
    """The case list's callback: only a choice the person makes opens a case (after asking, if need be)."""
    choice = state.case_picker
    if not choice:
        request("blank")
    elif choice != state.case_id:
        request("open", choice)


def rename() -> None:
    _guarded(lambda: ui.flow().rename(state.case_id, str(state.get("rename_to") or "")))


def duplicate() -> None:
    _guarded(lambda: open_case(ui.flow().duplicate(state.case_id).id))


def delete() -> None:
    def delete_then_start_afresh() -> None:
        ui.flow().delete(state.case_id)
        blank()

    _guarded(delete_then_start_afresh)
    state.case_picker = 0


def _guarded(action: Callable[[], Any]) -> None:
    try:
        action()
    except PromoAIError as exc:
        ui.flash("error", str(exc))


def confirm_box() -> None:
    """The question a pending request waits on, where the person just clicked."""
    pending = state.get("pending")
    if not pending:
        return
    with st.container(border=True):
        st.warning(f"You have typing in this case that is not saved in a version. To {ACTIONS[pending[0]]}, "
                   "it will be set aside for good.", icon=":material/warning:")
        st.button(f"Yes, {ACTIONS[pending[0]]}", on_click=confirm, key="confirm_pending")
        st.button("No, keep what I typed", on_click=keep_typing, key="keep_typing", type="primary")
