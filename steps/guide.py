"""Our guide, one whole page of it (`/guide?page=promotion/promotion-email-template`): where the links under
the guide's passages lead. Not a step of its own: the step bar does not list it."""

from __future__ import annotations

import streamlit as st

from ui import guide
from ui import state as ui

version = ui.current_version()
case = ui.working_case() or (version.draft.case if version else None)
if not guide.page(str(st.query_params.get("page") or ""), case):
    st.info("That page is not in our guide.")
st.page_link("steps/guidance.py", label="Back to the guidance for your case", icon=":material/arrow_back:",
             query_params={"s": str(ui.state.get("tab") or "")})
