"""Step 4 · Prepare the talk: ask in person first, in your 1-on-1; the email follows the talk."""

from __future__ import annotations

import streamlit as st

from promo_ai.export import Format, suggested_filename
from promo_ai.settings import OFFLINE_MODEL
from ui import guide, widgets
from ui import state as ui
from ui.safe import defuse, plain

version = ui.current_version()
if version is None:
    st.info("Draft your email first; the talking points come from the same case.")
    st.stop()
case, model = version.draft.case, ui.model()
ui.mark_done("talk")  # the talking points are in front of the person: this step is done
prep = widgets.talk(case.model_dump_json(), case)
polished_key = f"talk_{version.id}_{model}"
if model != OFFLINE_MODEL and st.button(f"Polish the talking points with {model}"):
    with st.spinner(f"Asking {model}…"):
        polished = ui.flow().talk(case, model=model, api_base=ui.api_base())
    if polished.fell_back:
        st.warning(plain(polished.fell_back))
    else:
        st.session_state[polished_key] = polished.value
prep = st.session_state.get(polished_key, prep)

st.subheader("Ask in your 1-on-1", anchor=False)
st.markdown(defuse(prep.as_markdown(with_meeting_request=False, with_heading=False)))  # escaped by its template
st.subheader("No regular 1-on-1, or it keeps being cancelled?", anchor=False)
st.caption("Send this to get a dedicated meeting on the calendar:")
st.code(f"Subject: {prep.meeting_request_subject}\n\n{prep.meeting_request_body}", language=None, wrap_lines=True)
formats: tuple[Format, ...] = ("txt", "md")
for column, fmt in zip(st.columns(2), formats, strict=True):
    column.download_button(f"Download talking points (.{fmt})", prep.as_text() if fmt == "txt" else prep.as_markdown(),
                           file_name=suggested_filename(version.draft, fmt).replace("email", "talking-points"),
                           mime="text/plain" if fmt == "txt" else "text/markdown")
st.markdown("#### From the guide")
guide.passages(prep.citations, case)
