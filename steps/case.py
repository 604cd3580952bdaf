"""Step 1 · Case: who you are, the target job's duties, the evidence that you already do them."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from promo_ai.case import TONES, dump_case_yaml
from promo_ai.form import data_from_form, duty_coverage
from ui import state as ui
from ui import widgets

case = ui.working_case()  # first: a problem fixed since the last try no longer shows
you, manager = st.columns(2)
with you:
    st.subheader("You")
    for label, name in (("Your name", "name"), ("Your email (optional)", "email"),
                        ("Current title", "current_title"), ("Target title", "target_title"),
                        ("Team (optional)", "team"), ("Company (optional)", "company"),
                        ("In your current role since (optional, e.g. 2019)", "in_role_since")):
        st.text_input(label, key=ui.field(name))
        widgets.problems(name)  # each problem shows right under its field
with manager:
    st.subheader("Your manager")
    st.text_input("Manager's name", key=ui.field("manager_name"))
    widgets.problems("manager.name")
    st.text_input("Manager's email (optional)", key=ui.field("manager_email"))
    widgets.problems("manager.email")
    st.text_input("How to greet them (optional, e.g. Dr. Kim; their first name otherwise)", key=ui.field("salutation"))
    widgets.problems("salutation")
    st.date_input("Date of the 1-on-1 where you asked (empty if not yet)", key=ui.field("meeting_date"),
                  format="YYYY-MM-DD", min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 1, 1))
    widgets.problems("meeting_date")
    st.selectbox("Tone", TONES, key=ui.field("tone"), help="warm: friendly · formal: reserved · direct: short")

st.subheader("Duties of the target job")
st.caption("What someone in the target job does. Then show, below, that you already do it.")
widgets.rows_editor("duties", {"duty": st.column_config.TextColumn("Duty", width="large")}, problems_at="target_duties")

st.subheader("Accomplishments")
st.caption("One row each: what you did, its impact (numbers help), the target duty it shows, when. "
           "Add rows at the bottom; select a row and press Delete to remove it.")
widgets.rows_editor("accomplishments", {
    "summary": st.column_config.TextColumn("What you did", width="large", required=True),
    "impact": st.column_config.TextColumn("Impact", width="medium"),
    "duty": st.column_config.TextColumn("Target duty it shows"),
    "when": st.column_config.TextColumn("When"),
}, note="The first one always leads the email's evidence.")
widgets.brag_paste()

st.subheader("Praise from clients and colleagues")
st.caption("Quote them word for word; the email will never change a word.")
widgets.rows_editor("accolades", {
    "quote": st.column_config.TextColumn("Quote", width="large"),
    "author": st.column_config.TextColumn("Who said it"),
    "role": st.column_config.TextColumn("Their role"),
})

coverage = duty_coverage(data_from_form(ui.form()))
if coverage:
    st.subheader("Which duties your evidence covers")
    st.dataframe(pd.DataFrame({"Duty": [c.duty for c in coverage],
                               "Accomplishments showing it": [c.evidence for c in coverage],
                               "Status": ["covered" if c.evidence else "gap: add evidence" for c in coverage]}),
                 hide_index=True, width="stretch")
st.download_button("Save this case as a YAML file", data=dump_case_yaml(case) if case else "",
                   file_name="promotion-case.yaml", disabled=case is None, help="Available once the case is complete.")
st.page_link("steps/draft.py", label="Next: draft your email", icon=":material/arrow_forward:")
