"""promo-ai's page: widgets and session state only; everything else is promo_ai's.

Read top to bottom: the sidebar (your cases, import, model), where you are in the workflow, then one
tab per step: Case -> Guidance -> Draft -> Prepare the talk -> After the talk -> Versions -> Export.
Errors become st.error here and only here; no traceback reaches the page (.streamlit/config.toml).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import uuid
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from promo_ai import export as exporter
from promo_ai.case import TONES, Case, accomplishments_from_bullets, case_from_data, dump_case_yaml, parse_case
from promo_ai.diff import diff_html
from promo_ai.draft import Citation, Draft
from promo_ai.email import SECTION_LABELS, PromotionEmail
from promo_ai.errors import CaseError, PromoAIError, StoreError
from promo_ai.explain import why_sections
from promo_ai.form import (
    ACCOLADE_COLUMNS,
    ACCOMPLISHMENT_COLUMNS,
    CaseForm,
    data_from_form,
    duty_coverage,
    form_from_case,
    move_row,
)
from promo_ai.revision import KIND_LABELS, MARKERS_HELP, ChangeItem, extract_changes, revise
from promo_ai.settings import OFFLINE_MODEL, get_settings, resource_dir
from promo_ai.store import Store, VersionRecord
from promo_ai.talk import polish_talk, prepare_talk
from promo_ai.workflow import draft as make_draft
from promo_ai.workflow import guidance_for, refine

st.set_page_config(page_title="promo-ai · ask for your promotion", page_icon=":material/trending_up:", layout="wide")

SAMPLE = resource_dir("data") / "examples" / "business-analyst.yaml"
# Streamlit's own icon font: no emoji font needed on the machine that shows the page.
PASS_MARK = ":green[:material/check_circle:]"
FAIL_MARK = ":red[:material/cancel:]"
TODO_MARK = ":gray[:material/radio_button_unchecked:]"
STEPS = ("Case", "Guidance", "Draft", "Prepare the talk", "After the talk", "Export")
state = st.session_state
settings = get_settings()


@st.cache_resource
def open_store(path: str) -> Store:
    # One store per database file and process: it serialises writes from every session behind one lock.
    return Store(Path(path))


@st.cache_data(ttl=60, show_spinner=False)
def models_available(keys_present: tuple[str, ...], configured: tuple[str, str | None]) -> list[Any]:
    # Keyed on which provider keys are set (never their values) and on the configured model,
    # so setting a key or PROMO_AI_MODEL shows its models.
    from promo_ai.llm import available_models

    return available_models()


def provider_keys_present() -> tuple[str, ...]:
    return tuple(sorted(k for k in os.environ if k.endswith("_API_KEY") or k in {"OLLAMA_API_BASE"}))


store = open_store(str(settings.db_path))


# ---------- state ----------
def load_into_form(case: Case) -> None:
    """Replace the form with a case (the sample, an import, or a stored case)."""
    form = form_from_case(case)
    for key in ("name", "email", "current_title", "target_title", "team", "company", "manager_name",
                "manager_email", "tone"):
        state[f"f_{key}"] = form.scalars.get(key) or ("warm" if key == "tone" else "")
    state.f_meeting_date = form.scalars.get("meeting_date")
    set_rows(duties=form.duties, accomplishments=form.accomplishments, accolades=form.accolades)
    state.case_problems = []


def set_rows(duties: list[str], accomplishments: list[dict[str, str]], accolades: list[dict[str, str]]) -> None:
    state.duties_rows = pd.DataFrame({"duty": duties or [""]})
    state.acc_rows = pd.DataFrame(accomplishments or [{}], columns=list(ACCOMPLISHMENT_COLUMNS))
    state.acl_rows = pd.DataFrame(accolades or [{}], columns=list(ACCOLADE_COLUMNS))
    state.editor_version = state.get("editor_version", 0) + 1


def editor_rows(name: str, base: pd.DataFrame) -> list[dict[str, Any]]:
    """data_editor keeps edits as deltas against its base frame; apply them to get the rows."""
    edits = state.get(f"{name}_{state.editor_version}") or {}
    rows = base.to_dict("records")
    for index, change in (edits.get("edited_rows") or {}).items():
        if int(index) < len(rows):
            rows[int(index)].update(change)
    rows += list(edits.get("added_rows") or [])
    deleted = set(edits.get("deleted_rows") or [])
    return [row for i, row in enumerate(rows) if i not in deleted]


def current_form() -> CaseForm:
    scalars = {k.removeprefix("f_"): state.get(k) for k in list(state.keys())
               if isinstance(k, str) and k.startswith("f_")}
    return CaseForm(scalars=scalars,
                    duties=[r.get("duty") for r in editor_rows("duties", state.duties_rows)],
                    accomplishments=editor_rows("acc", state.acc_rows),
                    accolades=editor_rows("acl", state.acl_rows))


def load_sample() -> None:
    load_into_form(parse_case(SAMPLE.read_text(encoding="utf-8")))


def start_new_case() -> None:
    state.case_id, state.version_id, state.proposed_changes = None, None, None
    state.meeting_notes = ""
    load_sample()


def open_case(case_id: int) -> None:
    state.case_id = case_id
    latest = store.latest_version(case_id)
    load_into_form(latest.draft.case if latest else store.get_case(case_id))
    state.version_id = latest.id if latest else None
    state.proposed_changes = None
    state.meeting_notes = ""


def picked_case() -> None:
    """The case list's callback: only a choice the person makes opens a case."""
    choice = state.case_picker
    if choice is None:
        start_new_case()
    elif choice != state.case_id:
        open_case(choice)


def current_version() -> VersionRecord | None:
    if not state.get("version_id"):
        return None
    try:
        return store.version(state.version_id)
    except StoreError:  # deleted in another window: carry on with the form as it is
        state.case_id, state.version_id = None, None
        st.info("That case was deleted in another window; what you see here is kept as a new, unsaved case.")
        return None


def save_version(result: Draft, kind: str, parent: VersionRecord | None, changes: list[Any] | None = None) -> None:
    try:
        if state.get("case_id") is None:
            state.case_id = store.create_case(result.case).id
        record = store.add_version(state.case_id, result, kind=kind,  # type: ignore[arg-type]
                                   parent_id=parent.id if parent else None, changes=changes)
    except StoreError:
        # The case went away meanwhile (another window): keep this version as a new case.
        state.case_id = store.create_case(result.case).id
        record = store.add_version(state.case_id, result, kind=kind, changes=changes)  # type: ignore[arg-type]
    state.version_id = record.id


@st.cache_data(max_entries=64, ttl=600, show_spinner=False)
def cached_guidance(case_key: str, stage: str, k: int, _case: Case) -> tuple[list[Citation], str | None]:
    # Keyed on the case's JSON: the same case and stage ask the index once, not on every rerun.
    return guidance_for(_case, stage, k=k)


@st.cache_data(max_entries=64, ttl=600, show_spinner=False)
def cached_why(target_title: str) -> dict[str, Citation]:
    return why_sections(target_title)


@st.cache_data(max_entries=64, show_spinner=False)
def exported(version_id: int, fmt: str, _result: Draft) -> bytes:
    # A stored version never changes, so its files are built once, not on every rerun.
    return exporter.export(_result, fmt)  # type: ignore[arg-type]


def tab_key() -> str:
    """This browser tab's id, kept in the address so a reload finds its unsaved work again."""
    key = st.query_params.get("s", "")
    if not re.fullmatch(r"[0-9a-f]{32}", key):
        key = uuid.uuid4().hex
        st.query_params["s"] = key
    return key


def snapshot() -> dict[str, Any]:
    form = current_form()
    scalars = {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in form.scalars.items()}
    return {"case_id": state.get("case_id"), "version_id": state.get("version_id"), "scalars": scalars,
            "duties": form.duties, "accomplishments": form.accomplishments, "accolades": form.accolades,
            "notes": state.get("meeting_notes", "")}


def restore(saved: dict[str, Any]) -> None:
    """Put back a tab's unsaved work: its case, the form as typed, the pasted notes."""
    case_id = saved.get("case_id")
    if isinstance(case_id, int) and any(r.id == case_id for r in store.cases()):
        open_case(case_id)
        if isinstance(saved.get("version_id"), int):
            state.version_id = saved["version_id"]
    else:
        load_sample()
    scalars = dict(saved.get("scalars") or {})
    for key, value in scalars.items():
        if key == "meeting_date":
            try:
                value = dt.date.fromisoformat(value) if value else None
            except (TypeError, ValueError):
                value = None
        state[f"f_{key}"] = value
    set_rows([d for d in saved.get("duties") or [] if isinstance(d, str) and d],
             [r for r in saved.get("accomplishments") or [] if isinstance(r, dict)],
             [r for r in saved.get("accolades") or [] if isinstance(r, dict)])
    state.meeting_notes = str(saved.get("notes") or "")


def reorder_control(rows_name: str, column: str, note: str | None = None) -> None:
    """Move a row of one of the case's lists up or down (the table editor cannot reorder)."""
    form = current_form()
    lists = {"duties": [{"duty": d} for d in form.duties], "accomplishments": form.accomplishments,
             "accolades": form.accolades}
    rows = lists[rows_name]
    if len(rows) < 2:
        return
    with st.expander(f"Reorder {rows_name}"):
        if note:
            st.caption(note)
        labels = [str(r.get(column) or "(empty row)")[:90] for r in rows]
        row = st.selectbox("Row to move", range(len(rows)), format_func=labels.__getitem__,
                           key=f"reorder_{rows_name}_{state.editor_version}")
        up, down = st.columns(2)
        step = -1 if up.button("Move up", disabled=row == 0, key=f"up_{rows_name}") else (
            1 if down.button("Move down", disabled=row == len(rows) - 1, key=f"down_{rows_name}") else 0)
        if step:
            lists[rows_name] = move_row(rows, row, step)
            set_rows([str(r.get("duty") or "") for r in lists["duties"] if r.get("duty")],
                     lists["accomplishments"], lists["accolades"])
            # The selection follows the row it moved, so pressing again keeps moving it.
            state[f"reorder_{rows_name}_{state.editor_version}"] = max(0, min(len(rows) - 1, row + step))
            st.rerun()


def validated_case() -> Case | None:
    try:
        case = case_from_data(data_from_form(current_form()))
    except CaseError as exc:
        state.case_problems = exc.problems
        return None
    state.case_problems = []
    return case


def show_problems(prefix: str) -> None:
    for problem in state.get("case_problems", []):
        if problem.startswith(prefix):
            st.error(problem, icon=":material/error:")


def request_draft() -> None:
    """Button callback: runs before the page renders, so problems show beside their fields at once."""
    state.pending_case = validated_case()


def init_state() -> None:
    if "initialised" in state:
        return
    state.initialised = True
    state.case_problems = []
    state.version_id = None
    state.case_id = None
    state.proposed_changes = None
    state.talk_seen = False
    state.exported = False
    state.proposal_round = 0
    saved = store.scratch(state.tab)
    last = store.last_case()
    if saved:  # this tab was reloaded: everything as it was, typed or not
        restore(saved)
    elif last is not None:  # a new tab or browser: reopen where the person left off
        open_case(last.id)
    else:
        load_sample()


def cited(citation: Citation) -> str:
    where = f" · {citation.link}" if citation.link else ""
    return f"{citation.title} › {citation.heading}{where}"


def show_email(email: PromotionEmail) -> None:
    with st.container(border=True):
        st.markdown(f"**Subject:** {exporter.escape_markdown(email.subject)}")
        st.markdown(exporter.render_markdown(email).split("\n", 2)[-1])


def show_checks(result: Draft) -> None:
    passed = sum(c.passed for c in result.checks)
    st.markdown(f"#### Checks: {passed} of {len(result.checks)} pass")
    for check in result.checks:
        st.markdown((PASS_MARK if check.passed else FAIL_MARK) + " " + exporter.escape_markdown(check.message))


def run_model(result: Draft, model: str, *, api_base: str | None) -> Draft:
    """Refine with the chosen model, streaming the email as it is written; never raises.
    Cancel: any click reruns the page, which stops this run at its next update; the draft is already saved."""
    st.button("Cancel", key="cancel_refine", help="Stop the model. The draft you have is kept.")
    preview = st.empty()
    with st.status(f"Refining with {model}…", expanded=True) as status:
        def on_status(text: str) -> None:
            status.write(text)

        def on_partial(partial: Any) -> None:
            preview.markdown(exporter.escape_markdown(
                "\n\n".join(str(v if not isinstance(v, list) else "\n".join(v))
                            for v in partial.model_dump().values() if v)))

        refined = refine(result, model=model, api_base=api_base, on_status=on_status, on_partial=on_partial)
        status.update(label="Refined" if not refined.reason else "Kept the last valid version",
                      state="complete" if not refined.reason else "error")
    preview.empty()
    return refined


# ---------- sidebar ----------
state.tab = tab_key()
init_state()
with st.sidebar:
    st.header("Your cases")
    records = store.cases()
    labels: dict[int | None, str] = {None: "(new case, not saved until you draft it)"}
    labels |= {r.id: f"{r.title} · {r.version_count} version(s)" for r in records}
    state.case_picker = state.case_id if state.case_id in labels else None
    st.selectbox("Open a case", list(labels), format_func=labels.__getitem__, key="case_picker",
                 on_change=picked_case)
    if state.case_id is not None:
        with st.expander("Rename, duplicate or delete"):
            try:
                new_title = st.text_input("New name for this case", key="rename_to")
                if st.button("Rename", disabled=not new_title.strip()):
                    store.rename_case(state.case_id, new_title.strip())
                    st.rerun()
                if st.button("Duplicate"):
                    open_case(store.duplicate_case(state.case_id).id)
                    st.rerun()
                confirm = st.checkbox("Yes, delete this case and all its versions")
                if st.button("Delete", disabled=not confirm, type="secondary"):
                    store.delete_case(state.case_id)
                    start_new_case()
                    st.rerun()
            except StoreError as exc:
                st.error(str(exc))
    st.button("Start a new case from the sample", on_click=start_new_case,
              help="Jordan Lee, Business Analyst → Senior Business Analyst")

    st.header("Import")
    uploaded = st.file_uploader("A case file (YAML or JSON)", type=["yaml", "yml", "json"])
    if uploaded is not None and state.get("imported_file") != (uploaded.name, uploaded.size):
        state.imported_file = (uploaded.name, uploaded.size)
        try:
            load_into_form(parse_case(uploaded.getvalue().decode("utf-8-sig"), source=uploaded.name))
            state.case_id, state.version_id = None, None
            st.success(f"Loaded {uploaded.name}. Draft it to save it as a new case.")
        except UnicodeDecodeError:
            st.error(f"{uploaded.name} is not UTF-8 text; save it as UTF-8 and try again.")
        except CaseError as exc:
            st.error(f"{uploaded.name} could not be loaded:\n\n" + "\n".join(f"- {p}" for p in exc.problems))
    with st.form("brag", clear_on_submit=True):
        bullets = st.text_area("Paste a brag document (one accomplishment per line)",
                               placeholder="- Led the vendor onboarding redesign — cut onboarding from 10 days to 4")
        if st.form_submit_button("Add to my accomplishments") and bullets.strip():
            try:
                added = [a.model_dump(exclude_none=True) for a in accomplishments_from_bullets(bullets)]
            except ValueError as exc:
                st.error(f"Some lines could not be read: {exc}")
            else:
                form = current_form()
                set_rows([d for d in form.duties if d], [r for r in form.accomplishments if any(r.values())] + added,
                         form.accolades)
                st.success(f"Added {len(added)} accomplishment(s).")

    st.header("Model")
    options = models_available(provider_keys_present(), (settings.model, settings.api_base))
    option_ids = [o.id for o in options]
    default_model = settings.model if settings.model in option_ids else OFFLINE_MODEL
    model = st.selectbox("Refine with", option_ids, index=option_ids.index(default_model),
                         format_func=lambda i: next(o.label for o in options if o.id == i),
                         help="offline needs no key and no network. Keys come from environment variables.")
    api_base = st.text_input("OpenAI-compatible server (optional)", value=settings.api_base or "",
                             help="A litellm proxy, vLLM, LM Studio…") or None
    from promo_ai.llm import describe_destination

    destination = describe_destination(model, api_base)
    if destination:
        st.warning(destination, icon=":material/cloud_upload:")
    else:
        st.caption("Nothing leaves this computer.")
    st.caption(f"Your data lives in `{settings.home}`.")

# ---------- where you are ----------
version = current_version()
result: Draft | None = version.draft if version else None
versions = store.versions(state.case_id) if state.case_id else []
done = {
    "Case": bool(data_from_form(current_form()).get("accomplishments")),
    "Guidance": result is not None,
    "Draft": result is not None and result.passed,
    "Prepare the talk": bool(state.talk_seen) or any(v.draft.case.meeting_date for v in versions),
    "After the talk": any(v.kind == "revised" for v in versions),
    "Export": bool(state.exported),
}
st.title("Ask for your promotion")
st.caption("Write down what you already do at the level above yours; promo-ai turns it into an email that makes "
           "the case on its own, for your manager and everyone they forward it to.")
st.markdown("  →  ".join((PASS_MARK if done[s] else TODO_MARK) + " " + s for s in STEPS))
next_step = next((s for s in STEPS if not done[s]), None)
st.caption(f"Next: **{next_step}**" if next_step else "All done. Good luck!")

tabs = st.tabs([f"{i} · {name}" for i, name in enumerate((*STEPS[:5], "Versions", "Export"), start=1)])
case_tab, guidance_tab, draft_tab, talk_tab, after_tab, versions_tab, export_tab = tabs

with case_tab:
    left, right = st.columns(2)
    with left:
        st.subheader("You")
        for label, field, problem_prefix in (
            ("Your name", "name", "name"), ("Your email (optional)", "email", "email"),
            ("Current title", "current_title", "current_title"), ("Target title", "target_title", "target_title"),
            ("Team (optional)", "team", "team"), ("Company (optional)", "company", "company"),
        ):
            st.text_input(label, key=f"f_{field}")
            show_problems(problem_prefix)  # each problem shows right under its field
    with right:
        st.subheader("Your manager")
        for label, field, problem_prefix in (("Manager's name", "manager_name", "manager.name"),
                                             ("Manager's email (optional)", "manager_email", "manager.email")):
            st.text_input(label, key=f"f_{field}")
            show_problems(problem_prefix)
        st.date_input("Date of the 1-on-1 where you asked (empty if not yet)", key="f_meeting_date",
                      format="YYYY-MM-DD", min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 1, 1))
        show_problems("meeting_date")
        st.selectbox("Tone", TONES, key="f_tone", help="warm: friendly · formal: reserved · direct: short")
        show_problems("tone")

    st.subheader("Duties of the target job")
    st.caption("What someone in the target job does. Then show, below, that you already do it.")
    st.data_editor(state.duties_rows, key=f"duties_{state.editor_version}", num_rows="dynamic",
                   width="stretch", hide_index=True,
                   column_config={"duty": st.column_config.TextColumn("Duty", width="large")})
    show_problems("target_duties")
    reorder_control("duties", "duty")

    st.subheader("Accomplishments")
    st.caption("One row each: what you did, its impact (numbers help), the target duty it shows, when. "
               "Add rows at the bottom; select a row and press Delete to remove it.")
    st.data_editor(state.acc_rows, key=f"acc_{state.editor_version}", num_rows="dynamic",
                   width="stretch", hide_index=True,
                   column_config={
                       "summary": st.column_config.TextColumn("What you did", width="large", required=True),
                       "impact": st.column_config.TextColumn("Impact", width="medium"),
                       "duty": st.column_config.TextColumn("Target duty it shows"),
                       "when": st.column_config.TextColumn("When"),
                   })
    show_problems("accomplishments")
    reorder_control("accomplishments", "summary", "The first one always leads the email's evidence.")

    st.subheader("Praise from clients and colleagues")
    st.caption("Quote them word for word; the email will never change a word.")
    st.data_editor(state.acl_rows, key=f"acl_{state.editor_version}", num_rows="dynamic",
                   width="stretch", hide_index=True,
                   column_config={
                       "quote": st.column_config.TextColumn("Quote", width="large"),
                       "author": st.column_config.TextColumn("Who said it"),
                       "role": st.column_config.TextColumn("Their role"),
                   })
    show_problems("accolades")
    reorder_control("accolades", "quote")

    form_now = current_form()
    coverage = duty_coverage(data_from_form(form_now))
    if coverage:
        st.subheader("Which duties your evidence covers")
        st.dataframe(pd.DataFrame({"Duty": [c.duty for c in coverage],
                                   "Accomplishments showing it": [c.evidence for c in coverage],
                                   "Status": ["covered" if c.evidence else "gap: add evidence"
                                              for c in coverage]}),
                     hide_index=True, width="stretch")
    try:
        yaml_text = dump_case_yaml(case_from_data(data_from_form(form_now)))
    except CaseError:
        yaml_text = ""
    st.download_button("Save this case as a YAML file", data=yaml_text, file_name="promotion-case.yaml",
                       disabled=not yaml_text, help="Available once the case is complete.")

with guidance_tab:
    st.subheader("What the guide says for where you are")
    stage = st.radio("Stage", ["draft", "talk", "after"], horizontal=True,
                     format_func={"draft": "Drafting the email", "talk": "Asking in the 1-on-1",
                                  "after": "After the talk"}.__getitem__)
    guide_case = result.case if result else validated_case()
    if guide_case is None:
        st.info("Complete your case (see the **Case** tab) to see the guidance that fits it.")
    else:
        with st.spinner("Looking up the guide…"):
            citations, problem = cached_guidance(guide_case.model_dump_json(), stage, 5, guide_case)
        if problem:
            st.warning(problem)
        for citation in citations:
            with st.expander(cited(citation)):
                st.markdown(exporter.escape_markdown(citation.text))

with draft_tab:
    left, right = st.columns([1, 1])
    left.button("Draft my email", type="primary", on_click=request_draft)
    if "pending_case" in state:
        case = state.pop("pending_case")
        if case is None:
            st.error("Your case needs a few fixes (see the **Case** tab):\n\n"
                     + "\n".join(f"- {p}" for p in state.case_problems))
        else:
            with st.spinner("Retrieving guidance and drafting…"):
                drafted = make_draft(case)
            save_version(drafted, "draft", version)
            if model != OFFLINE_MODEL:
                refined = run_model(drafted, model, api_base=api_base)
                if refined.reason:  # shown after the rerun below; the offline draft is already saved
                    state.flash_error = f"The model could not improve the draft: {refined.reason}"
                else:
                    save_version(refined, "refined", current_version())
            st.rerun()
    if result is not None and model != OFFLINE_MODEL and right.button(f"Refine this version with {model}"):
        refined = run_model(result, model, api_base=api_base)
        if refined.reason:
            st.error(f"Kept the last valid version. {refined.reason}")
        else:
            save_version(refined, "refined", version)
            st.rerun()
    if "flash_error" in state:
        st.error(state.pop("flash_error"))

    if result is None or version is None:
        st.info("Fill in your case, then press **Draft my email**. The sample case is loaded to start from.")
    else:
        st.caption(f"Showing {version.label} · {result.model}"
                   + (f" · {result.tokens} tokens" if result.tokens else "")
                   + (f" · ${result.cost:.4f}" if result.cost else ""))
        email_col, checks_col = st.columns([3, 2])
        with email_col:
            show_email(result.email)
            if result.left_out:
                with st.expander(f"Left out to keep it short ({len(result.left_out)})"):
                    for item in result.left_out:
                        st.text(item)
            with st.expander("Edit the email by hand"), st.form("hand_edit"):
                edited: dict[str, Any] = {}
                for section, label in SECTION_LABELS.items():
                    value = getattr(result.email, section)
                    text = "\n".join(value) if isinstance(value, list) else value
                    edited[section] = st.text_area(label + (" (one per line)" if isinstance(value, list) else ""),
                                                   value=text, key=f"edit_{version.id}_{section}")
                if st.form_submit_button("Save as a new version"):
                    save_version(result.with_email(PromotionEmail.model_validate(edited)), "edited", version)
                    st.rerun()
        with checks_col:
            show_checks(result)
            for warning in result.warnings:
                st.warning(warning)
            if result.reason:
                st.warning(result.reason)
            st.markdown("#### Why each part is there")
            for section, citation in cached_why(result.case.target_title).items():
                with st.expander(f"{SECTION_LABELS[section]}: {citation.heading}"):
                    st.markdown(exporter.escape_markdown(citation.text))
                    st.caption(cited(citation))

with talk_tab:
    talk_case = result.case if result else None
    if talk_case is None:
        st.info("Draft your email first; the talking points come from the same case.")
    else:
        talk_citations, _ = cached_guidance(talk_case.model_dump_json(), "talk", 3, talk_case)
        prep = prepare_talk(talk_case, talk_citations)
        polished_key = f"talk_{version.id}_{model}" if version else None
        if model != OFFLINE_MODEL and st.button(f"Polish the talking points with {model}"):
            with st.spinner(f"Asking {model}…"):
                polished, problem = polish_talk(prep, talk_case, model=model, api_base=api_base)
            if problem:
                st.warning(problem)
            else:
                state[polished_key] = polished
        prep = state.get(polished_key, prep)
        st.subheader("Ask in your 1-on-1")
        st.markdown(prep.as_markdown(with_meeting_request=False, with_heading=False))
        st.subheader("No regular 1-on-1, or it keeps being cancelled?")
        st.caption("Send this to get a dedicated meeting on the calendar:")
        st.code(f"Subject: {prep.meeting_request_subject}\n\n{prep.meeting_request_body}", language=None,
                wrap_lines=True)
        c1, c2 = st.columns(2)
        c1.download_button("Download talking points (.txt)", prep.as_text(),
                           file_name=exporter.suggested_filename(result, "txt").replace("email", "talking-points"),
                           mime="text/plain", on_click=lambda: state.update(talk_seen=True))
        c2.download_button("Download talking points (.md)", prep.as_markdown(),
                           file_name=exporter.suggested_filename(result, "md").replace("email", "talking-points"),
                           mime="text/markdown", on_click=lambda: state.update(talk_seen=True))
        for citation in prep.citations:
            with st.expander(f"From the guide: {cited(citation)}"):
                st.markdown(exporter.escape_markdown(citation.text))

with after_tab:
    if result is None or version is None:
        st.info("Draft your email and have the talk first. Then paste your notes here.")
    else:
        st.subheader("Paste your notes from the 1-on-1")
        with st.expander("Markers the offline mode understands"):
            st.code(MARKERS_HELP, language=None)
        notes = st.text_area("Meeting notes", key="meeting_notes", height=180,
                             placeholder="title: Senior Business Analyst\ndate: 2026-11-20\nnext: Priya takes it "
                                         "to the director on Friday")
        if st.button("Find what changes", disabled=not notes.strip()):
            with st.spinner("Reading your notes…"):
                state.proposed_changes = extract_changes(notes, result.case, model=model, api_base=api_base)
                state.proposal_round += 1  # fresh checkboxes: an earlier proposal's ticks never carry over
        proposal = state.get("proposed_changes")
        if proposal is not None:
            if proposal.reason:
                st.warning(proposal.reason)
            for problem in proposal.problems:
                st.warning(problem)
            if not proposal.changes:
                st.info("No changes found in the notes. Use the markers above, or choose a model.")
            accepted: list[ChangeItem] = []
            for index, change in enumerate(proposal.changes):
                label = f"**{KIND_LABELS.get(change.kind, change.kind)}:** {exporter.escape_markdown(change.text)}"
                keep = st.checkbox(label, value=change.kind != "recap",
                                   key=f"accept_{state.proposal_round}_{index}_{change.id}",
                                   help="From your notes: " + change.source_quote[:300])
                st.caption("From your notes: “" + change.source_quote[:300] + "”")
                if keep:
                    accepted.append(change)
            if proposal.changes and st.button("Make the revised version", type="primary"):
                try:
                    with st.spinner("Revising…"):
                        revision = revise(result, notes, accepted, model=model, api_base=api_base)
                except PromoAIError as exc:
                    st.error(str(exc))
                else:
                    save_version(revision.draft, "revised", version,
                                 changes=[c.model_dump(mode="json") for c in revision.changes])
                    state.proposed_changes = None
                    state.show_diff_from = version.id
                    st.rerun()
        if state.get("show_diff_from") and version.parent_id == state.show_diff_from:
            st.subheader("What changed since the pre-meeting version")
            st.html(diff_html(store.version(state.show_diff_from).draft, result, only_changes=True))
            show_checks(result)

with versions_tab:
    if not versions:
        st.info("Every draft, refinement, hand edit and revision will be listed here.")
    else:
        st.dataframe(pd.DataFrame([{
            "Version": v.label, "Kind": v.kind, "Model": v.model, "Checks": "pass" if v.passed else "fail",
            "When": v.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
        } for v in versions]), hide_index=True, width="stretch")
        by_id = {v.id: v for v in versions}
        ids = list(by_id)
        a_col, b_col = st.columns(2)
        # Keyed per case and length, so a stale choice from another case never lingers.
        key = f"{state.case_id}_{len(ids)}"
        before = a_col.selectbox("Compare", ids, index=max(0, len(ids) - 2), key=f"cmp_a_{key}",
                                 format_func=lambda i: by_id[i].label)
        after = b_col.selectbox("with", ids, index=len(ids) - 1, key=f"cmp_b_{key}",
                                format_func=lambda i: by_id[i].label)
        st.html(diff_html(by_id[before].draft, by_id[after].draft))
        if state.version_id != after and st.button(f"Make {by_id[after].label} the current version"):
            state.version_id = after
            st.rerun()

with export_tab:
    if result is None or version is None:
        st.info("Draft your email first.")
    else:
        if not result.passed:
            st.warning("This version fails some checks (see **Draft**); fix them before you send it.")
        st.subheader("Download")
        columns = st.columns(len(exporter.FORMATS))
        for column, fmt in zip(columns, exporter.FORMATS, strict=True):
            try:
                payload = exported(version.id, fmt, result)
            except PromoAIError as exc:
                column.error(str(exc))
                continue
            column.download_button(f"Download .{fmt}", data=payload, file_name=exporter.suggested_filename(result, fmt),
                                   mime=exporter.MIME_TYPES[fmt], key=f"download_{fmt}",
                                   on_click=lambda: state.update(exported=True))
        st.subheader("Copy")
        st.caption("Use the copy button at the top right of the box.")
        st.code(exporter.render_text(result.email, with_subject=True), language=None, wrap_lines=True)
        link = exporter.mailto_link(result)
        st.link_button("Open in your email app", link.url)
        if link.note:
            st.caption(link.note)

# ---------- keep unsaved work ----------
# Whatever this tab has typed (form, notes) is saved as it changes, so a reload or a crash loses nothing.
current = snapshot()
if current != state.get("last_snapshot"):
    try:
        store.save_scratch(state.tab, current)
        state.last_snapshot = current
    except StoreError as exc:
        st.warning(f"Your latest edits could not be saved yet: {exc}")
