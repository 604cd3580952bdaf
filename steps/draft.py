"""Step 3 · Draft: the email made from your case, brief or full, checked; edited in place; refined by a model
when one is chosen. Drafting runs in the button's callback, so one run of the page shows the result."""

from __future__ import annotations

import logging

import streamlit as st

from promo_ai.case import LENGTHS
from promo_ai.email import SECTION_LABELS
from promo_ai.errors import PromoAIError
from promo_ai.settings import OFFLINE_MODEL
from ui import editor, guide, widgets
from ui import state as ui
from ui.safe import plain

LENGTH_LABELS = {"full": "Full (up to about 300 words)", "brief": "Brief (about 90 to 150 words)"}
log = logging.getLogger(__name__)
state = st.session_state


def draft() -> None:
    """Draft the case as it is now (a callback: it runs before the page is drawn again)."""
    ui.sync()
    case = ui.working_case(record=True)
    if case is None:
        state.draft_problem = "fixes"
        return
    try:
        drafted = ui.flow().draft(case, case_id=ui.case_id())
    except PromoAIError as exc:
        state.draft_problem = str(exc)
        return
    except Exception as exc:  # a bug of ours: said plainly, logged for us
        log.exception("unexpected failure in draft")
        state.draft_problem = (f"Something unexpected went wrong ({type(exc).__name__}); nothing you typed is lost. "
                               "Try again; if it happens again, please tell us what you did.")
        return
    ui.shown(drafted)  # "Nothing changed since v2": that version, not a copy
    if not drafted.reused and ui.model() != OFFLINE_MODEL and drafted.version:
        state.refine_pending = drafted.version.id


flow, model, api_base = ui.flow(), ui.model(), ui.api_base()
version = ui.current_version()
st.radio("Length", LENGTHS, key=ui.field("length"), horizontal=True, format_func=LENGTH_LABELS.__getitem__,
         on_change=draft if version is not None else None,  # drafted again at once
         help="Brief: the ask, your three strongest pieces of evidence, one line of praise and the next step. "
              "Full: everything that fits in about 300 words.")
draft_col, refine_col = st.columns(2)
draft_col.button("Draft my email", type="primary", on_click=draft)
problem = state.pop("draft_problem", None)
if problem == "fixes":
    st.error("Your case needs a few fixes (see the **Case** step):\n\n"
             + "\n".join(f"- {plain(p)}" for p in ui.plain_problems()), icon=":material/error:")
    st.page_link("steps/case.py", label="Back to your case", icon=":material/arrow_back:")
elif problem:
    st.error(plain(problem), icon=":material/error:")
if version is not None and state.pop("refine_pending", None) == version.id:
    refined = widgets.refine(version, model, api_base)
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
    st.info("Fill in your case, then press **Draft my email**.")
    st.stop()

widgets.before_sending(version, ui.working_case())  # the talk not held yet, the case changed, a check failing
widgets.caption(version)
result = version.draft
email_col, checks_col = st.columns([3, 2])
with email_col:
    editor.toggle(version)
    if editor.editing(version):
        editor.box(version)
    else:
        widgets.email(result.email)
    if result.left_out:
        with st.expander(f"Left out to keep it short ({len(result.left_out)})"):
            for item in result.left_out:
                st.text(item)
    editor.last_edit(version)
with checks_col:
    widgets.checks(result)
    for warning in [*result.warnings, *([result.reason] if result.reason else [])]:
        st.warning(plain(warning))
    reasons = widgets.why(result.case.target_title)  # empty while the guide is not indexed yet
    if reasons:
        st.markdown("#### Why each part is there")
    for section, citation in reasons.items():
        with st.expander(f"{SECTION_LABELS[section]}: {plain(citation.heading)}"):
            text, _ = guide.personal(citation.text, result.case)
            st.markdown(text)
            st.caption(plain(citation.title))
            guide.link_to_page(citation.link)
