"""promo-ai's page, read top to bottom: the sidebar (your cases, import, the model), the step bar (a link to
every step, ticked for what you did), then the step you are on, one page per step (steps/): Case ->
Guidance -> Draft -> Prepare the talk -> After the talk -> Versions -> Export. Only that step's page runs on
a click; the step is in the address (/3-draft), so a reload stays on it. Each step calls promo_ai's
Workflow; what a person typed lives in ui.state. No traceback reaches the page (.streamlit/config.toml), no
data is rendered (ui.safe), and nothing is fetched from another host: the page icon is a local image, the
icons are Streamlit's own font. The theme follows the system's light or dark setting.

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
from ui import cases, progress, widgets
from ui import state as ui
from ui.safe import plain

# A local image: a :material/…: page icon makes the browser fetch it from fonts.gstatic.com.
ICON = Path(__file__).parent / "ui" / "static" / "icon.png"
st.set_page_config(page_title="promo-ai · ask for your promotion", page_icon=str(ICON), layout="wide")
settings = get_settings()
state = st.session_state
ui.start()
widgets.style()


def imported() -> None:
    """The import's callback: a case file read, then opened (after asking, with unsaved typing)."""
    uploaded = state.get("case_file")
    if uploaded is None:
        return
    try:
        case = parse_case(uploaded.getvalue().decode("utf-8-sig"), source=uploaded.name)
    except UnicodeDecodeError:
        ui.flash("error", f"{uploaded.name} is not UTF-8 text; save it as UTF-8 and try again.")
        return
    except CaseError as exc:
        ui.flash("error", f"{uploaded.name} could not be loaded: " + "; ".join(exc.problems))
        return
    cases.request("import", case)
    ui.flash("success", f"Read {uploaded.name}: answer the question below to open it." if state.get("pending") else
             f"Loaded {uploaded.name}. Draft it to save it as a new case.")


with st.sidebar:
    st.header("Your cases", anchor=False)
    labels = {0: "(new case, not saved until you draft it)"}  # case ids start at 1
    labels |= {r.id: f"{r.title} · {r.version_count} version(s)" for r in ui.cases()}
    state.case_picker = ui.case_id() if ui.case_id() in labels else 0
    st.selectbox("Open a case", list(labels), format_func=labels.__getitem__, key="case_picker",
                 on_change=cases.picked_case)
    with st.container(horizontal=True, gap="small"):
        st.button("Start a new case", icon=":material/add:", on_click=cases.request, args=("blank",),
                  help="An empty form for your own case.")
        st.button("Try the sample", icon=":material/science:", on_click=cases.request, args=("sample",),
                  help="A finished example to look around with: Jordan Lee, Business Analyst → Senior Business Analyst")
    cases.confirm_box()
    if ui.case_id() is not None:
        with st.expander("Rename, duplicate or delete"):
            new_title = st.text_input("New name for this case", key="rename_to")
            st.button("Rename", disabled=not new_title.strip(), on_click=cases.rename)
            st.button("Duplicate", on_click=cases.duplicate)
            confirm = st.checkbox("Yes, delete this case and all its versions")
            st.button("Delete", disabled=not confirm, on_click=cases.delete)
    st.file_uploader("Import a case file (YAML or JSON)", type=["yaml", "yml", "json"], key="case_file",
                     on_change=imported)

    st.header("Model", anchor=False)
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

# The step bar below is the navigation, at every width (a phone too); the address names the step (/3-draft),
# so a reload or a shared link opens that step, inside this frame.
step = st.navigation([*(st.Page(path, title=title, icon=icon, url_path=url, default=url == "1-case")
                        for path, title, icon, url in progress.STEPS),
                      st.Page("steps/guide.py", title="Our guide", icon=":material/menu_book:", url_path="guide")],
                     position="hidden")

st.title("Ask for your promotion", anchor=False)
st.caption("Write down what you already do at the level above yours; promo-ai turns it into an email that makes "
           "the case on its own, for your manager and everyone they forward it to.")
progress.visiting(step.url_path)  # a step done by being there (the talk) is ticked before the bar is drawn
progress.bar()
with st.container():  # always there, so that a message never moves the step's fields
    widgets.flashes()
ui.keep_unsaved()  # before the step runs: what was typed is saved even if the step stops early
step.run()
