"""After the talk, on the page: the changes the notes propose, grouped by kind, each accepted, edited or
rejected; then the email for the outcome, its reminder, and for a promotion the next case.

The proposals come from Workflow.propose, the revision from Workflow.revise; this module only shows them
and gathers what the person decided. Every piece of their notes is shown as text (ui.safe.plain).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import streamlit as st
from pydantic import ValidationError

from promo_ai.case import MAX_LINE, OUTCOMES, Case
from promo_ai.changes import KIND_LABELS, KIND_ORDER, OUTCOME_LABELS, ChangeItem
from promo_ai.errors import PromoAIError
from promo_ai.export import MIME_TYPES, suggested_filename
from promo_ai.export.ics import reminder_date
from promo_ai.form import read_date
from promo_ai.notes import ExtractionResult
from promo_ai.settings import get_settings
from promo_ai.store import VersionRecord
from promo_ai.text import describe_errors
from ui import cases, guide, widgets
from ui import state as ui
from ui.safe import plain

OWNERS = {"me": "you", "manager": "your manager"}
HEADLINES = {
    None: "a follow-up to your talk",
    "pending": "a follow-up while the decision is pending",
    "not_yet": "the plan you agreed (not yet)",
    "no": "a gracious reply (not this time)",
    "promoted": "a thank-you note (you were promoted)",
}


def day_text(day: dt.date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


# ---------- the proposals ----------
def proposals(proposal: ExtractionResult, round_: int, case: Case) -> tuple[list[ChangeItem], bool]:
    """Show the proposed changes grouped by kind; return the accepted ones as edited, and whether an edit
    needs fixing first. Private lines have no box: they are never accepted."""
    if proposal.reason:
        st.warning(plain(proposal.reason))
    if not proposal.changes:
        st.info("Nothing to change was found in the notes. Write what was agreed as you would say it "
                "(\"she'll take it to the director by Friday\", \"the title would be Lead Analyst\"), or use the "
                "markers above.")
    accepted: list[ChangeItem] = []
    broken = False
    for kind in KIND_ORDER:
        changes = [c for c in proposal.changes if c.kind == kind]
        if not changes:
            continue
        outcome = next((c.text for c in proposal.changes if c.kind == "outcome"), case.outcome)
        suggested = kind == "title" and outcome in {"no", "not_yet"} and changes[0].text != case.target_title
        st.markdown(f"##### {'Another role, suggested instead' if suggested else KIND_LABELS[kind]}")
        if kind == "private":
            st.caption("Never in any email, and never shown to a model. Nothing to accept.")
            for change in changes:
                st.markdown(f"“{plain(change.source_quote)}”")
            continue
        for change in changes:
            item, needs_fixing = _change(change, f"chg_{round_}_{change.id}", case)
            if needs_fixing:
                broken = True
            elif item is not None:
                accepted.append(item)
    if proposal.problems:
        st.markdown("##### Not followed")
        for problem in proposal.problems:
            st.warning(plain(problem), icon=":material/block:")
    return accepted, broken


def _change(change: ChangeItem, key: str, case: Case) -> tuple[ChangeItem | None, bool]:
    """One proposed change: Accept, its value to edit, the lines it comes from. (the change as edited,
    or None when rejected; whether the edit has a problem)."""
    accept_col, value_col = st.columns([0.18, 0.82], vertical_alignment="center")
    accepted = accept_col.checkbox("Accept", value=not change.unsure, key=f"{key}_accept")
    with value_col:
        value = _value_widget(change, f"{key}_value", case)
    about = [f"From your notes: “{plain(change.source_quote[:300])}”"]
    if change.kind == "next":
        about.append(plain(f"Who: {OWNERS.get(change.owner or '', change.who or 'someone else')}"
                           + (f", by {change.by}" if change.by else "")))
    st.caption(" · ".join(about))
    try:
        edited = _edited(change, value)
    except ValueError as exc:  # a ValidationError too
        if accepted:  # a rejected change needs no fixing
            why = "; ".join(describe_errors(exc)) if isinstance(exc, ValidationError) else str(exc)
            st.error(plain("This edit cannot be used: " + why), icon=":material/error:")
        return None, accepted
    if change.note and edited is change:  # how a date was read ("today", "03/04"): for the person to confirm
        st.caption(f":material/help: {plain(change.note)}")
    if change.unsure:  # why it is not ticked: a line that may be private, an outcome the reader guessed
        st.caption(f":material/{'visibility_off' if 'private' in change.unsure else 'help'}: {plain(change.unsure)}")
    return (edited if accepted else None), False


def _value_widget(change: ChangeItem, key: str, case: Case) -> Any:
    name = KIND_LABELS[change.kind]
    if change.kind in {"date", "follow_up"}:  # a text box: Tab moves on without a calendar opening
        if key not in st.session_state:
            st.session_state[key] = day_text(dt.date.fromisoformat(change.text))
        return st.text_input(name, key=key, label_visibility="collapsed", max_chars=40)
    if change.kind == "outcome":
        return st.selectbox(name, OUTCOMES, index=OUTCOMES.index(change.text), key=key,
                            format_func=lambda o: str(OUTCOME_LABELS.get(o, o)).capitalize(),
                            label_visibility="collapsed")
    if change.kind in {"drop", "emphasise"} and change.target:
        items = [a.summary for a in case.accomplishments] + [a.quote for a in case.accolades]
        if change.target not in items:
            items.insert(0, change.target)
        return st.selectbox(name, items, index=items.index(change.target), key=key, label_visibility="collapsed",
                            format_func=lambda text: text if len(text) <= 110 else text[:107] + "…")
    one_line = change.kind in {"title", "next", "condition", "person", "next_target"}
    return st.text_input(name, value=change.text, key=key, label_visibility="collapsed",
                         max_chars=MAX_LINE if one_line else 2_000)


def _edited(change: ChangeItem, value: Any) -> ChangeItem:
    """The change with the person's edit (checked like any change, but not against the notes: the edit is
    theirs); the change itself when nothing was edited."""
    if change.kind in {"drop", "emphasise"} and change.target:
        if value == change.target:
            return change
        update: dict[str, Any] = {"target": value}
    elif change.kind in {"date", "follow_up"}:
        day = read_date(str(value or ""), today=dt.date.today(), order=get_settings().date_order)
        if day is None:
            raise ValueError("write the date, like 20 November 2026")
        text = day.isoformat()
        if text == change.text:
            return change
        update = {"text": text}
    else:
        text = str(value or "").strip()
        if text == change.text:
            return change
        update = {"text": text}
    return ChangeItem.model_validate(change.model_dump(exclude={"id"}) | update | {"note": None})


def revise_button(version: VersionRecord, accepted: list[ChangeItem], broken: bool) -> None:
    why = ("Fix the edit marked in red first." if broken else
           "Accept at least one change: with none, the revised email would be the same." if not accepted else None)
    if why:
        st.caption(why)
    st.button("Make the revised version", type="primary", disabled=bool(why), on_click=_revise,
              args=(version, accepted))


def _revise(version: VersionRecord, accepted: list[ChangeItem]) -> None:
    """The revision, in the button's callback: the page is drawn once, with the revised email."""
    state = st.session_state
    try:
        revised = ui.flow().revise(version, state.proposal_notes, accepted, model=ui.model(), api_base=ui.api_base())
    except PromoAIError as exc:
        state.after_problem = str(exc)
        return
    ui.shown(revised, load=True)  # the case now says what was agreed: title, date, next steps
    state.proposal = None


def find_changes(version: VersionRecord) -> None:
    """The notes read into proposed changes, in the button's callback."""
    state = st.session_state
    ui.sync()
    notes = str(state.get("meeting_notes") or "")
    if not notes.strip():
        state.after_problem = "Paste or type your notes from the talk first."
        return
    try:
        proposed = ui.flow().propose(version, notes, model=ui.model(), api_base=ui.api_base(), today=dt.date.today())
    except PromoAIError as exc:
        state.after_problem = str(exc)
        return
    state.update(proposal=proposed.value, proposal_notes=notes, proposal_for=version.id,
                 proposal_round=state.proposal_round + 1)  # fresh boxes: earlier ticks never carry over


# ---------- after the revision ----------
def pre_meeting(version: VersionRecord, versions: list[VersionRecord]) -> VersionRecord | None:
    """The version before the talk this one comes from: up its parents, the first with no meeting date
    (else its parent)."""
    by_id = {v.id: v for v in versions}
    parent = by_id.get(version.parent_id) if version.parent_id else None
    step = parent
    while step is not None:
        if step.draft.case.meeting_date is None:
            return step
        step = by_id.get(step.parent_id) if step.parent_id else None
    return parent


def outcome_panel(version: VersionRecord) -> None:
    """What the outcome calls for, beside the email: the reminder, the guide when not yet, the next case."""
    case = version.draft.case
    if case.outcome is None:
        st.info("The notes did not say how it ended. If you know, add a line such as \"she'll take it to the "
                "panel\" or \"not this cycle\" and find the changes again.")
    reminder(version)
    if case.outcome == "not_yet":
        st.markdown("#### When you are not promoted: what the guide says")
        citations, problem = widgets.guidance(case.model_dump_json(), "after", 3, case)
        if problem:
            st.warning(plain(problem))
        guide.passages(citations, case)
    elif case.outcome == "no":
        st.caption("Keep it short and gracious; ask what would change the answer. Then agree a plan.")
    elif case.outcome == "promoted":
        next_case(version)


def reminder(version: VersionRecord) -> None:
    case = version.draft.case
    day = reminder_date(case)
    if day is None:
        return
    try:
        payload = ui.flow().export(version, "ics").value
    except PromoAIError as exc:
        st.error(plain(str(exc)))
        return
    what = "Revisit the promotion" if case.outcome == "not_yet" else "Check in"
    st.markdown("#### Reminder")
    st.download_button("Add the reminder to your calendar (.ics)", payload, icon=":material/event:",
                       file_name=suggested_filename(version.draft, "ics"), mime=MIME_TYPES["ics"], key="download_ics")
    st.caption(plain(f"{day_text(day)}: {what} with {case.manager.first_name}"
                     + ("" if case.follow_up_on else " (two weeks after the talk: nothing else was agreed)") + "."))


def next_case(version: VersionRecord) -> None:
    case = version.draft.case
    st.markdown("#### Congratulations. What next?")
    st.caption(plain(f"Your next case starts from this one: {case.target_title} becomes your current title, your "
                     "accomplishments and praise come with it."))
    target = st.text_input("Next title to aim for", value=case.next_target or "", key=f"next_target_{version.id}",
                           max_chars=MAX_LINE, placeholder="e.g. Lead Business Analyst")
    if st.button("Start my next case", type="primary"):
        try:
            started = ui.flow().next_case(version, target=target.strip() or None)
        except PromoAIError as exc:
            st.error(plain("; ".join(getattr(exc, "problems", [])) or str(exc)))
            return
        cases.import_case(started)
        ui.flash("success", f"Your next case: {started.current_title} → {started.target_title}. Add the duties of "
                            "the new target job and what shows you already do them, then draft it.")
        st.switch_page("steps/case.py")
