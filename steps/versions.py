"""Step 6 · Versions: every draft, refinement, hand edit and revision, compared side by side."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from promo_ai.diff import diff_html
from ui import state as ui
from ui import widgets

versions = ui.versions()
if not versions:
    st.info("Every draft, refinement, hand edit and revision will be listed here.")
    st.stop()
st.table(pd.DataFrame([{
    "Version": v.label, "Kind": v.kind, "Model": v.model, "Checks": "pass" if v.passed else "fail",
    "When": v.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
} for v in versions]).set_index("Version"))

by_id = {v.id: v for v in versions}
ids = list(by_id)
before_col, after_col = st.columns(2)
key = f"{ui.case_id()}_{len(ids)}"  # per case and length: a stale choice from another case never lingers
before = before_col.selectbox("Compare", ids, index=max(0, len(ids) - 2), key=f"cmp_a_{key}",
                              format_func=lambda i: str(by_id[i].label))
after = after_col.selectbox("with", ids, index=len(ids) - 1, key=f"cmp_b_{key}",
                            format_func=lambda i: str(by_id[i].label))
st.html(widgets.diff_box(diff_html(by_id[before].draft, by_id[after].draft)))
if st.session_state.get("version_id") != after and st.button(f"Make {by_id[after].label} the current version",
                                                               help="Its case comes back into the form too."):
    ui.show(by_id[after], load=True)
    st.rerun()
