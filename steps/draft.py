"""Step 3 · Draft: the email made from your case, brief or full, checked; refined by a model when one is chosen."""

from __future__ import annotations

import streamlit as st

from promo_ai.case import LENGTHS
from promo_ai.email import SECTION_LABELS
from promo_ai.settings import OFFLINE_MODEL
from ui import state as ui
from ui import widgets
from ui.safe import plain

LENGTH_LABELS = {"full": "Full (up to about 300 words)", "brief": "Brief (about 90 to 150 words)"}

flow, model, api_base = ui.flow(), ui.model(), ui.api_base()
version = ui.current_version()
st.radio("Length", LENGTHS, key=ui.field("length"), horizontal=True, format_func=LENGTH_LABELS.__getitem__,
         on_change=st.session_state.update, kwargs={"redraft": version is not None},  # drafted again at once
         help="Brief: the ask, your three strongest pieces of evidence, one line of praise and the next step. "
              "Full: everything that fits in about 300 words.")
draft_col, refine_col = st.columns(2)
if draft_col.button("Draft my email", type="primary") | st.session_state.pop("redraft", False):
    case = ui.working_case(record=True)
    if case is None:
        st.error("Your case needs a few fixes (see the **Case** step):\n\n"
                 + "\n".join(f"- {plain(p)}" for p in ui.problems()))
        st.stop()
    with st.spinner("Retrieving guidance and drafting…"):
        drafted = widgets.attempt(flow.draft, case, case_id=ui.case_id())
    if drafted is None:
        st.stop()
    ui.shown(drafted)  # "Nothing changed since v2": that version, not a copy
    if not drafted.reused and model != OFFLINE_MODEL and drafted.version:
        refined = widgets.refine(drafted.version, model, api_base)
        if refined.fell_back:  # the offline draft is already saved and stays on screen
            ui.flash("error", f"The model could not improve the draft: {refined.fell_back}")
        ui.shown(refined)
    st.rerun()
if version is not None and model != OFFLINE_MODEL and refine_col.button(f"Refine this version with {model}"):
    refined = widgets.refine(version, model, api_base)
    if refined.fell_back:
        st.error(plain(f"Kept the last valid version. {refined.fell_back}"))
    else:
        ui.shown(refined)
        st.rerun()
if version is None:
    st.info("Fill in your case, then press **Draft my email**. The sample case is loaded to start from.")
    st.stop()

widgets.before_sending(version, ui.working_case())  # the talk not held yet, the case changed, a check failing
widgets.caption(version)
result = version.draft
email_col, checks_col = st.columns([3, 2])
with email_col:
    widgets.email(result.email)
    if result.left_out:
        with st.expander(f"Left out to keep it short ({len(result.left_out)})"):
            for item in result.left_out:
                st.text(item)
    edited = widgets.hand_edit(version)
    step = widgets.attempt(flow.edit, version, edited) if edited else None
    if step:
        ui.shown(step)  # a version like any other; a later revision keeps it where it can
        st.rerun()
with checks_col:
    widgets.checks(result)
    for warning in [*result.warnings, *([result.reason] if result.reason else [])]:
        st.warning(plain(warning))
    reasons = widgets.why(result.case.target_title)  # empty while the guide is not indexed yet
    if reasons:
        st.markdown("#### Why each part is there")
    for section, citation in reasons.items():
        with st.expander(f"{SECTION_LABELS[section]}: {plain(citation.heading)}"):
            st.markdown(plain(citation.text))
            st.caption(widgets.cited(citation))
