"""Step 2 · Guidance: what the guide says for where you are, for your own case (each passage links to its
whole page of our guide: steps/guide.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from ui import guide, widgets
from ui import state as ui
from ui.safe import plain

if TYPE_CHECKING:
    from promo_ai.guidance import Stage

STAGES: tuple[Stage, ...] = ("draft", "talk", "after")
version = ui.current_version()
case = ui.working_case() or (version.draft.case if version else None)
st.subheader("What the guide says for where you are", anchor=False)
stage = st.radio("Stage", STAGES, horizontal=True,
                 format_func={"draft": "Drafting the email", "talk": "Asking in the 1-on-1",
                              "after": "After the talk"}.__getitem__)
if case is None:
    st.info("Complete your case (see the **Case** step) to see the guidance that fits it.")
else:
    ui.mark_done("guidance")
    with st.spinner("Looking up the guide…"):
        citations, problem = widgets.guidance(case.model_dump_json(), stage, 5, case)
    if problem:
        st.warning(plain(problem))
    guide.passages(citations, case)
