"""Step 5 · After the talk: your meeting notes become changes you accept, then the revised email."""

from __future__ import annotations

import streamlit as st

from promo_ai.changes import KIND_LABELS, ChangeItem
from promo_ai.diff import diff_html
from promo_ai.export import escape_markdown
from promo_ai.notes import MARKERS_HELP
from ui import state as ui
from ui import widgets

flow, state = ui.flow(), st.session_state
version = ui.current_version()
if version is None:
    st.info("Draft your email and have the talk first. Then paste your notes here.")
    st.stop()
st.subheader("Paste your notes from the 1-on-1")
with st.expander("Markers the offline mode understands"):
    st.code(MARKERS_HELP, language=None)
notes = st.text_area("Meeting notes", key=ui.kept("meeting_notes"), height=180,
                     placeholder="title: Senior Business Analyst\ndate: 2026-11-20\nnext: Priya takes it to the "
                                 "director on Friday")
if st.button("Find what changes", disabled=not notes.strip()):
    with st.spinner("Reading your notes…"):
        proposed = widgets.attempt(flow.propose, version, notes, model=ui.model(), api_base=ui.api_base())
    if proposed:
        state.proposal = proposed.value
        state.proposal_round += 1  # fresh boxes: an earlier proposal's ticks never carry over

proposal = state.get("proposal")
if proposal is not None:
    for problem in [*([proposal.reason] if proposal.reason else []), *proposal.problems]:
        st.warning(escape_markdown(problem))
    if not proposal.changes:
        st.info("No changes found in the notes. Use the markers above, or choose a model.")
    accepted: list[ChangeItem] = []
    for index, change in enumerate(proposal.changes):
        quote = escape_markdown(change.source_quote[:300])
        if st.checkbox(f"**{KIND_LABELS.get(change.kind, change.kind)}:** {escape_markdown(change.text)}",
                       value=change.kind != "recap", key=f"accept_{state.proposal_round}_{index}_{change.id}",
                       help=f"From your notes: {quote}"):
            accepted.append(change)
        st.caption(f"From your notes: “{quote}”")
    if proposal.changes and st.button("Make the revised version", type="primary"):
        with st.spinner("Revising…"):
            revised = widgets.attempt(flow.revise, version, notes, accepted, model=ui.model(), api_base=ui.api_base())
        if revised:
            ui.shown(revised, load=True)  # the case now says what was agreed: title, date, next steps
            state.proposal, state.show_diff_from = None, version.id
            st.rerun()

if state.get("show_diff_from") and version.parent_id == state.show_diff_from:
    before = next((v for v in ui.versions() if v.id == state.show_diff_from), None)
    if before is not None:
        st.subheader("What changed since the pre-meeting version")
        st.html(diff_html(before.draft, version.draft, only_changes=True))
        widgets.checks(version.draft)
