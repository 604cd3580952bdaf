"""promo-ai's page: widgets and session state only; everything else is promo_ai's.

Read top to bottom: settings in the sidebar, then the steps of the workflow as tabs.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from promo_ai import export as exporter
from promo_ai.case import TONES, Case, case_from_data, parse_case
from promo_ai.draft import Draft
from promo_ai.errors import CaseError, PromoAIError
from promo_ai.form import ACCOLADE_COLUMNS, ACCOMPLISHMENT_COLUMNS, CaseForm, data_from_form, duty_coverage, form_from_case
from promo_ai.settings import get_settings, resource_dir
from promo_ai.workflow import draft as make_draft

st.set_page_config(page_title="promo-ai · ask for your promotion", page_icon="📈", layout="wide")

SAMPLE = resource_dir("data") / "examples" / "business-analyst.yaml"
state = st.session_state


# ---------- state ----------
def load_into_form(case: Case) -> None:
    """Replace the form with a case (sample, upload, or a stored one)."""
    form = form_from_case(case)
    for key, value in form.scalars.items():
        state[f"f_{key}"] = value if value is not None else ("" if key != "meeting_date" else None)
    state.duties_rows = pd.DataFrame({"duty": form.duties or [""]})
    state.acc_rows = pd.DataFrame(form.accomplishments or [{}], columns=list(ACCOMPLISHMENT_COLUMNS))
    state.acl_rows = pd.DataFrame(form.accolades or [{}], columns=list(ACCOLADE_COLUMNS))
    state.editor_version = state.get("editor_version", 0) + 1
    state.case_problems = []


def init_state() -> None:
    if "initialised" in state:
        return
    state.initialised = True
    state.draft = None
    state.case_problems = []
    load_into_form(parse_case(SAMPLE.read_text(encoding="utf-8")))


def current_form() -> CaseForm:
    version = state.editor_version
    return CaseForm(
        scalars={k.removeprefix("f_"): v for k, v in state.items() if isinstance(k, str) and k.startswith("f_")},
        duties=[r.get("duty") for r in _editor_rows(f"duties_{version}", state.duties_rows)],
        accomplishments=_editor_rows(f"acc_{version}", state.acc_rows),
        accolades=_editor_rows(f"acl_{version}", state.acl_rows),
    )


def _editor_rows(key: str, base: pd.DataFrame) -> list[dict[str, Any]]:
    """data_editor keeps edits as deltas against its base frame; apply them to get the rows."""
    edits = state.get(key) or {}
    rows = base.to_dict("records")
    for index, change in (edits.get("edited_rows") or {}).items():
        if int(index) < len(rows):
            rows[int(index)].update(change)
    rows += list(edits.get("added_rows") or [])
    deleted = set(edits.get("deleted_rows") or [])
    return [row for i, row in enumerate(rows) if i not in deleted]


def problems_for(prefix: str) -> list[str]:
    return [p for p in state.case_problems if p.startswith(prefix)]


def show_problems(prefix: str) -> None:
    for problem in problems_for(prefix):
        st.error(problem, icon="⚠️")


# ---------- sidebar ----------
init_state()
settings = get_settings()
with st.sidebar:
    st.header("Start")
    if st.button("Load the sample case", help="Jordan Lee, Business Analyst → Senior Business Analyst"):
        load_into_form(parse_case(SAMPLE.read_text(encoding="utf-8")))
        state.draft = None
        st.rerun()
    uploaded = st.file_uploader("Import a case file (YAML or JSON)", type=["yaml", "yml", "json"])
    if uploaded is not None and state.get("imported_file") != (uploaded.name, uploaded.size):
        state.imported_file = (uploaded.name, uploaded.size)
        try:
            load_into_form(parse_case(uploaded.getvalue().decode("utf-8-sig"), source=uploaded.name))
            st.success(f"Loaded {uploaded.name}.")
        except UnicodeDecodeError:
            st.error(f"{uploaded.name} is not UTF-8 text; save it as UTF-8 and try again.")
        except CaseError as exc:
            st.error(f"{uploaded.name} could not be loaded:\n\n" + "\n".join(f"- {p}" for p in exc.problems))
    st.divider()
    st.caption(f"Your data stays on this computer, in `{settings.home}`.")

# ---------- main ----------
st.title("Ask for your promotion")
st.write(
    "Write down what you already do at the level above yours. promo-ai turns it into an email "
    "that makes the case on its own, for your manager and everyone they forward it to."
)

case_tab, draft_tab = st.tabs(["1 · Your case", "2 · Draft and export"])

with case_tab:
    left, right = st.columns(2)
    with left:
        st.subheader("You")
        st.text_input("Your name", key="f_name")
        show_problems("name")
        st.text_input("Your email (optional)", key="f_email")
        show_problems("email")
        st.text_input("Current title", key="f_current_title")
        show_problems("current_title")
        st.text_input("Target title", key="f_target_title", help="The job you want: be specific.")
        show_problems("target_title")
        st.text_input("Team (optional)", key="f_team")
        st.text_input("Company (optional)", key="f_company")
    with right:
        st.subheader("Your manager")
        st.text_input("Manager's name", key="f_manager_name")
        show_problems("manager.name")
        st.text_input("Manager's email (optional)", key="f_manager_email")
        show_problems("manager.email")
        st.date_input("Date of the 1-on-1 where you asked (leave empty if not yet)", key="f_meeting_date",
                      value=state.get("f_meeting_date"), format="YYYY-MM-DD")
        st.selectbox("Tone", TONES, key="f_tone", help="warm: friendly; formal: reserved; direct: short.")

    st.subheader("Duties of the target job")
    st.caption("What someone in the target job does. Map your accomplishments to them below.")
    st.data_editor(state.duties_rows, key=f"duties_{state.editor_version}", num_rows="dynamic",
                   use_container_width=True, hide_index=True,
                   column_config={"duty": st.column_config.TextColumn("Duty", width="large")})
    show_problems("target_duties")

    st.subheader("Accomplishments")
    st.caption("One row each: what you did, its impact (numbers help), the target duty it shows, when.")
    st.data_editor(state.acc_rows, key=f"acc_{state.editor_version}", num_rows="dynamic",
                   use_container_width=True, hide_index=True,
                   column_config={
                       "summary": st.column_config.TextColumn("What you did", width="large", required=True),
                       "impact": st.column_config.TextColumn("Impact", width="medium"),
                       "duty": st.column_config.TextColumn("Target duty it shows"),
                       "when": st.column_config.TextColumn("When"),
                   })
    show_problems("accomplishments")

    st.subheader("Praise from clients and colleagues")
    st.caption("Quote them word for word; the email will not change a word.")
    st.data_editor(state.acl_rows, key=f"acl_{state.editor_version}", num_rows="dynamic",
                   use_container_width=True, hide_index=True,
                   column_config={
                       "quote": st.column_config.TextColumn("Quote", width="large"),
                       "author": st.column_config.TextColumn("Who said it"),
                       "role": st.column_config.TextColumn("Their role"),
                   })
    show_problems("accolades")

    data = data_from_form(current_form())
    coverage = duty_coverage(data)
    if coverage:
        st.subheader("Which duties your evidence covers")
        st.dataframe(pd.DataFrame({"Duty": [c.duty for c in coverage],
                                   "Accomplishments showing it": [c.evidence for c in coverage],
                                   "Status": ["covered" if c.evidence else "gap: add evidence" for c in coverage]}),
                     hide_index=True, use_container_width=True)

with draft_tab:
    if st.button("Draft my email", type="primary"):
        try:
            case = case_from_data(data_from_form(current_form()))
        except CaseError as exc:
            state.case_problems = exc.problems
            st.error("Your case needs a few fixes (see the **Your case** tab):\n\n"
                     + "\n".join(f"- {p}" for p in exc.problems))
        else:
            state.case_problems = []
            with st.spinner("Drafting…"):
                state.draft = make_draft(case)

    result: Draft | None = state.draft
    if result is None:
        st.info("Fill in your case, then press **Draft my email**. The sample case is loaded to start from.")
    else:
        email_col, checks_col = st.columns([3, 2])
        with email_col:
            st.subheader("Your email")
            with st.container(border=True):
                st.markdown(exporter.render_markdown(result.email))
            if result.left_out:
                with st.expander(f"Left out to keep it short ({len(result.left_out)})"):
                    for item in result.left_out:
                        st.text(item)
        with checks_col:
            passed = sum(c.passed for c in result.checks)
            st.subheader(f"Checks: {passed} of {len(result.checks)} pass")
            for check in result.checks:
                st.markdown(("✅ " if check.passed else "❌ ") + exporter.escape_markdown(check.message))
            for warning in result.warnings:
                st.warning(warning)

        st.subheader("Export")
        export_cols = st.columns(len(exporter.FORMATS))
        for column, fmt in zip(export_cols, exporter.FORMATS, strict=True):
            try:
                payload = exporter.export(result, fmt)
            except PromoAIError as exc:
                column.error(str(exc))
                continue
            column.download_button(f"Download .{fmt}", data=payload, file_name=exporter.suggested_filename(result, fmt),
                                   mime=exporter.MIME_TYPES[fmt], key=f"download_{fmt}")
        link = exporter.mailto_link(result)
        st.link_button("Open in your email app", link.url)
        if link.note:
            st.caption(link.note)
