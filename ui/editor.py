"""Editing the email in place: the email, subject first, in one box where it is read; "Save my changes" reads
the text back into its sections (promo_ai.editing), saves it through Workflow.edit as a new version, and
the checks run again on it. What the edit changed shows against the version it was made from, for as
long as that edit is the version on screen (it comes from the versions, so a reload keeps it)."""

from __future__ import annotations

import streamlit as st

from promo_ai.diff import diff_html
from promo_ai.editing import email_text, parse_email_text
from promo_ai.errors import PromoAIError
from promo_ai.store import VersionRecord
from ui import state as ui
from ui import widgets
from ui.safe import plain

state = st.session_state


def editing(version: VersionRecord) -> bool:
    return bool(state.get(f"editing_{version.id}"))


def toggle(version: VersionRecord) -> None:
    st.toggle("Edit the email here", key=f"editing_{version.id}",
              help="The email becomes one box to edit, subject first. Save to check it again.")


def box(version: VersionRecord) -> None:
    """The email as one text to edit, with Save and Cancel; what stops a save is said beside it."""
    key = f"edit_text_{version.id}"
    if key not in state:
        state[key] = email_text(version.draft.email)
    lines = state[key].count("\n") + sum(len(line) // 90 for line in state[key].splitlines())
    with st.form(f"editor_{version.id}", border=False):
        st.text_area("Your email: the subject line first, then the body. Lines starting with \"- \" are the "
                     "evidence and the praise.", key=key, height=min(900, max(300, 24 * lines + 40)))
        save_col, cancel_col = st.columns(2)
        save_col.form_submit_button("Save my changes", type="primary", on_click=_save, args=(version,))
        cancel_col.form_submit_button("Cancel", on_click=_cancel, args=(version,))
    if problem := state.pop("edit_problem", None):
        st.error(plain(problem), icon=":material/error:")


def _save(version: VersionRecord) -> None:
    text = str(state.get(f"edit_text_{version.id}") or "")
    try:
        edited = parse_email_text(text, version.draft.email)
        step = ui.flow().edit(version, edited)
    except (PromoAIError, ValueError) as exc:
        state.edit_problem = f"Your changes could not be saved: {exc}"
        return
    state[f"editing_{version.id}"] = False
    state.pop(f"edit_text_{version.id}", None)
    ui.shown(step)


def _cancel(version: VersionRecord) -> None:
    state[f"editing_{version.id}"] = False
    state.pop(f"edit_text_{version.id}", None)


def last_edit(version: VersionRecord) -> None:
    """What a hand edit changed against the version it was made from, and how its checks came out."""
    if version.kind != "edited" or version.parent_id is None:
        return
    parent = next((v for v in ui.versions() if v.id == version.parent_id), None)
    if parent is None:
        return
    failing_before = {c.message for c in parent.draft.checks if not c.passed}
    failing_now = {c.message for c in version.draft.checks if not c.passed}
    fixed, broken = len(failing_before - failing_now), len(failing_now - failing_before)
    said = [f"{n} check(s) now {word}" for n, word in ((fixed, "pass"), (broken, "fail")) if n]
    with st.expander(f"What you changed since {parent.label}" + (f" ({'; '.join(said)})" if said else ""),
                     expanded=True):
        st.html(widgets.diff_box(diff_html(parent.draft, version.draft, only_changes=True)))
