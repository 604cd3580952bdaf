"""Step 5 · After the talk: your notes, as you typed them, become proposed changes you accept, edit or
reject; then the revised email for how it went, with its reminder, and for a promotion your next case."""

from __future__ import annotations

import streamlit as st

from promo_ai.case import MAX_NOTES
from promo_ai.diff import diff_html
from promo_ai.notes import MARKERS_HELP
from ui import debrief, widgets
from ui import state as ui
from ui.safe import plain

state = st.session_state
version = ui.current_version()
if version is None:
    st.info("Draft your email and have the talk first. Then paste your notes here.")
    st.stop()
if state.get("proposal_for") not in (None, version.id):  # proposals made for another version
    state.proposal = None

st.subheader("Paste your notes from the 1-on-1", anchor=False)
st.caption("As you wrote them: sentences or bullets, \"1:1 w/ Priya\", dates in any form (\"today\" is the day you "
           "paste them). Lines such as \"don't mention…\" stay private; lines written to an AI are never followed.")
st.text_area("Meeting notes", key=ui.kept("meeting_notes"), height=200, max_chars=MAX_NOTES,
                     placeholder="1:1 w/ Priya today, went well\n- she'll take it to the director at the Dec "
                                 "calibration\n- the title would be Lead Business Analyst\n- come back to me by Dec 11")
with st.expander("Markers the offline reader also understands"):
    st.code(MARKERS_HELP, language=None)
# Never disabled: typed notes reach the page when the box loses focus, and the click that blurs it must land.
st.button("Find what changes", on_click=debrief.find_changes, args=(version,))
if problem := state.pop("after_problem", None):
    st.error(plain(problem), icon=":material/error:")

proposal = state.get("proposal")
if proposal is not None:
    st.subheader("What the notes change", anchor=False)
    st.caption("Each change quotes the lines it comes from. The offline reader (rules, and six small models trained "
               "on notes we labelled) misses things: untick what is wrong (above all a line you meant to keep "
               "private), correct it in place, and add what it missed with a marker line above, such as \"title: …\" "
               "or \"next: …\". A change from a line that may be private starts unticked.")
    accepted, broken = debrief.proposals(proposal, state.proposal_round, version.draft.case)
    if proposal.changes:
        debrief.revise_button(version, accepted, broken)

case = version.draft.case
if case.outcome is not None or version.kind == "revised":
    st.divider()
    headline = debrief.HEADLINES.get(case.outcome, debrief.HEADLINES[None])
    st.subheader(f"Your email after the talk: {headline}", anchor=False)
    widgets.caption(version)
    email_col, side_col = st.columns([3, 2])
    with email_col:
        widgets.email(version.draft.email)
    with side_col:
        widgets.checks(version.draft)
        debrief.outcome_panel(version)
    before = debrief.pre_meeting(version, ui.versions())
    if before is not None:
        with st.expander(f"What changed since the pre-meeting version ({before.label})", expanded=True):
            st.html(widgets.diff_box(diff_html(before.draft, version.draft, only_changes=True)))
    st.page_link("steps/export.py", label="Next: send it (Export)", icon=":material/arrow_forward:")
