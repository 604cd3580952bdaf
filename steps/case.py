"""Step 1 · Case: who you are, the target job's duties, the evidence that you already do them."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from promo_ai.case import MAX_LINE, TONES, dump_case_yaml
from promo_ai.form import data_from_form, duty_coverage, is_blank
from ui import cases, evidence, widgets
from ui import state as ui

TONE_LABELS = {"warm": "Warm (friendly)", "formal": "Formal (reserved)", "direct": "Direct (short)"}

case = ui.working_case(record=bool(ui.state.get("case_problems")))  # first: a fixed problem no longer shows
blank_note = st.container()  # always there: the fields below keep their place (and the focus) when it empties
if is_blank(ui.form()):
    blank_note.info("A new case starts empty: type your own below, one field at a time. Want to look around a finished "
            "one first? Try the sample (Jordan Lee, a business analyst); your own case starts empty again with "
            "**Start a new case** in the sidebar.", icon=":material/edit_note:")
    blank_note.button("Try the sample", key="try_sample_here", icon=":material/science:", on_click=cases.request,
              args=("sample",))
you, manager = st.columns(2)
with you:
    st.subheader("You", anchor=False)
    for label, name, hint in (("Your name", "name", "e.g. Maria Santos"),
                              ("Your email (optional)", "email", "e.g. maria.santos@example.org"),
                              ("Current title", "current_title", "e.g. Staff Nurse"),
                              ("Target title", "target_title", "e.g. Charge Nurse"),
                              ("Team (optional)", "team", "e.g. Ward 7, Cardiology"),
                              ("Company (optional)", "company", "e.g. St Mary's Hospital"),
                              ("In your current role since (optional)", "in_role_since", "e.g. 2019")):
        st.text_input(label, key=ui.field(name), max_chars=MAX_LINE, placeholder=hint)
        widgets.problems(name)  # each problem shows right under its field, in plain words
with manager:
    st.subheader("Your manager", anchor=False)
    st.text_input("Manager's name", key=ui.field("manager_name"), max_chars=MAX_LINE, placeholder="e.g. Ana Costa")
    widgets.problems("manager.name")
    widgets.problems("manager", exact=True)
    st.text_input("Manager's email (optional)", key=ui.field("manager_email"), max_chars=MAX_LINE,
                  placeholder="e.g. ana.costa@example.org")
    widgets.problems("manager.email")
    st.text_input("How to greet them (optional; their first name otherwise)", key=ui.field("salutation"),
                  max_chars=MAX_LINE, placeholder="e.g. Dr. Kim")
    widgets.problems("salutation")
    # A text box, not a calendar: Tab moves on to the next field without a pop-up opening over it.
    st.text_input("Date of the 1-on-1 where you asked (empty if not yet)", key=ui.field("meeting_date"),
                  max_chars=40, placeholder="e.g. 2026-11-20 or 20 November 2026")
    widgets.slot([ui.state.date_problem] if ui.state.get("date_problem") else  # said as soon as it is typed
                 ui.plain_problems("meeting_date", exact=True))
    st.selectbox("Tone", TONES, key=ui.field("tone"), format_func=lambda t: TONE_LABELS.get(t, t))

st.subheader("Duties of the target job", anchor=False)
st.caption("What someone in the target job does, as its job description or ladder says it. Then show, below, "
           "that you already do it.")
evidence.duties()

st.subheader("Accomplishments", anchor=False)
st.caption("One card each: what you did, its impact (numbers help), the duty it shows (one of the duties above, "
           "or type a new one: it joins them), when. The first one leads the email's evidence.")
evidence.accomplishments()
evidence.brag_paste()

st.subheader("Praise from clients and colleagues", anchor=False)
st.caption("Quote them word for word; the email will never change a word.")
evidence.praise()

coverage = duty_coverage(data_from_form(ui.form()))
if coverage:
    st.subheader("Which duties your evidence covers", anchor=False)
    st.table(pd.DataFrame({"Duty": [c.duty for c in coverage],
                           "Accomplishments showing it": [str(c.evidence) for c in coverage],
                           "Status": ["covered" if c.evidence else "gap: add evidence" for c in coverage]}
                          ).set_index("Duty"))
st.download_button("Save this case as a YAML file", data=dump_case_yaml(case) if case else "",
                   file_name="promotion-case.yaml", disabled=case is None, help="Available once the case is complete.")
st.page_link("steps/draft.py", label="Next: draft your email", icon=":material/arrow_forward:")
