"""promo-ai's page, read top to bottom: the sidebar (your cases, import, the model), where you are in the
workflow, then the step you are on, one page per step (steps/): Case -> Guidance -> Draft -> Prepare the
talk -> After the talk -> Versions -> Export. Only that step's page runs on a click; the step is in the
address (/3-draft), so a reload stays on it. Each step calls promo_ai's Workflow; what a person typed
lives in ui.state. No traceback reaches the page (.streamlit/config.toml), no data is rendered (ui.safe),
and nothing is fetched from another host: the page icon is a local image, the icons are Streamlit's own font.

The folder is steps/, not pages/: a pages/ folder beside the entry script puts Streamlit in its older
multipage mode, which shows "Page not found" on the first load of an address such as /3-draft.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from promo_ai.case import parse_case
from promo_ai.errors import CaseError
from promo_ai.llm import describe_destination
from promo_ai.settings import OFFLINE_MODEL, get_settings
from ui import state as ui
from ui import widgets
from ui.safe import plain

# A local image: a :material/…: page icon makes the browser fetch it from fonts.gstatic.com.
ICON = Path(__file__).parent / "ui" / "static" / "icon.png"
st.set_page_config(page_title="promo-ai · ask for your promotion", page_icon=str(ICON), layout="wide")
settings = get_settings()
state = st.session_state
ui.start()

with st.sidebar:
    st.header("Your cases")
    labels = {0: "(new case, not saved until you draft it)"}  # case ids start at 1
    labels |= {r.id: f"{r.title} · {r.version_count} version(s)" for r in ui.cases()}
    state.case_picker = ui.case_id() if ui.case_id() in labels else 0
    st.selectbox("Open a case", list(labels), format_func=labels.__getitem__, key="case_picker",
                 on_change=ui.picked_case)
    if ui.case_id() is not None:
        with st.expander("Rename, duplicate or delete"):
            new_title = st.text_input("New name for this case", key="rename_to")
            st.button("Rename", disabled=not new_title.strip(), on_click=ui.rename)
            st.button("Duplicate", on_click=ui.duplicate)
            confirm = st.checkbox("Yes, delete this case and all its versions")
            st.button("Delete", disabled=not confirm, on_click=ui.delete)
    st.button("Start a new case from the sample", on_click=ui.new_case,
              help="Jordan Lee, Business Analyst → Senior Business Analyst")
    uploaded = st.file_uploader("Import a case file (YAML or JSON)", type=["yaml", "yml", "json"])
    if uploaded is not None and state.get("imported_file") != (uploaded.name, uploaded.size):
        state.imported_file = (uploaded.name, uploaded.size)
        try:
            ui.import_case(parse_case(uploaded.getvalue().decode("utf-8-sig"), source=uploaded.name))
            st.success(plain(f"Loaded {uploaded.name}. Draft it to save it as a new case."))
        except UnicodeDecodeError:
            st.error(plain(f"{uploaded.name} is not UTF-8 text; save it as UTF-8 and try again."))
        except CaseError as exc:
            st.error(plain(f"{uploaded.name} could not be loaded:") + "\n\n"
                     + "\n".join(f"- {plain(p)}" for p in exc.problems))

    st.header("Model")
    options = {o.id: o.label for o in widgets.models()}
    default = settings.model if settings.model in options else OFFLINE_MODEL
    st.selectbox("Refine with", list(options), index=list(options).index(default), key="model",
                 format_func=options.__getitem__,
                 help="offline needs no key and no network. Keys come from environment variables.")
    st.text_input("OpenAI-compatible server (optional)", value=settings.api_base or "", key="api_base",
                  help="A litellm proxy, vLLM, LM Studio…")
    destination = describe_destination(ui.model(), ui.api_base())
    if destination:
        st.warning(plain(destination), icon=":material/cloud_upload:")
    else:
        st.caption("Nothing leaves this computer.")
    st.caption(f"Your data lives in {plain(settings.home)}.")

step = st.navigation([
    st.Page("steps/case.py", title="Case", icon=":material/person:", url_path="1-case", default=True),
    st.Page("steps/guidance.py", title="Guidance", icon=":material/menu_book:", url_path="2-guidance"),
    st.Page("steps/draft.py", title="Draft", icon=":material/edit:", url_path="3-draft"),
    st.Page("steps/talk.py", title="Prepare the talk", icon=":material/forum:", url_path="4-talk"),
    st.Page("steps/after.py", title="After the talk", icon=":material/event_available:", url_path="5-after"),
    st.Page("steps/versions.py", title="Versions", icon=":material/history:", url_path="6-versions"),
    st.Page("steps/export.py", title="Export", icon=":material/send:", url_path="7-export"),
], position="top")
# The address names the step (/3-draft): a reload or a shared link opens that step, inside this frame.

st.title("Ask for your promotion")
st.caption("Write down what you already do at the level above yours; promo-ai turns it into an email that makes "
           "the case on its own, for your manager and everyone they forward it to.")
widgets.progress()
widgets.flashes()
ui.keep_unsaved()  # before the step runs: what was typed is saved even if the step stops early
step.run()
