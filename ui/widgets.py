"""Widgets more than one step shows: where you are, messages, the email and its checks, the notice that
the case changed after the version shown, guidance passages, a model's refine streamed with Cancel.

Everything a person, a model or the guide wrote is shown as text (ui.safe): no HTML, Markdown, link,
image, icon or maths from data; a step that stops says why in a sentence, never with a traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

import streamlit as st
from pydantic import ValidationError

from promo_ai.case import Case, accomplishments_from_bullets, describe_errors
from promo_ai.draft import Citation, Draft
from promo_ai.email import SECTION_LABELS, PromotionEmail
from promo_ai.errors import PromoAIError
from promo_ai.explain import why_sections
from promo_ai.export import render_markdown
from promo_ai.llm import PROVIDERS, available_models
from promo_ai.llm.providers import key_is_set, ollama_base
from promo_ai.settings import get_settings
from promo_ai.store import VersionRecord
from promo_ai.talk import TalkPrep
from promo_ai.workflow import Step, guidance_for
from ui import state as ui
from ui.safe import defuse, guide_page, plain

if TYPE_CHECKING:
    from promo_ai.guidance import Stage

# Streamlit's own icon font: no emoji font needed on the machine that shows the page.
PASS_MARK = ":green[:material/check_circle:]"
FAIL_MARK = ":red[:material/cancel:]"
TODO_MARK = ":gray[:material/radio_button_unchecked:]"
STEPS = ("Case", "Guidance", "Draft", "Prepare the talk", "After the talk", "Export")
AFTERWARDS = {  # once every step is done, by the talk's outcome
    "pending": "Sent. Next: check in on the date agreed (the reminder is under **After the talk**).",
    "not_yet": "Sent. Next: the plan you agreed, then the revisit (the reminder is under **After the talk**).",
    "no": "Sent. Next: agree with your manager what would change the answer.",
    "promoted": "Congratulations! When you are ready, start your next case under **After the talk**.",
}
log = logging.getLogger(__name__)
P = ParamSpec("P")
T = TypeVar("T")


def progress() -> None:
    """Where the person is: a tick for each step done, and the next one."""
    done = ui.progress()
    st.markdown("  →  ".join((PASS_MARK if done[s] else TODO_MARK) + " " + s for s in STEPS))
    next_step = next((s for s in STEPS if not done[s]), None)
    if next_step:
        st.caption(f"Next: **{next_step}**")
        return
    version = ui.current_version()  # every step done: what comes next depends on how the talk went
    outcome = version.draft.case.outcome if version else None
    st.caption(AFTERWARDS.get(outcome or "", "Sent. Next: the answer. Paste any new notes under **After the talk**."))


def attempt(action: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T | None:
    """Run a step; what stops it is said on the page in a sentence, never as a traceback."""
    try:
        return action(*args, **kwargs)
    except PromoAIError as exc:
        st.error(plain(str(exc)), icon=":material/error:")
    except Exception as exc:  # a bug of ours: said plainly, logged for us, and what was saved stays saved
        log.exception("unexpected failure in %s", getattr(action, "__name__", action))
        st.error(plain(f"Something unexpected went wrong ({type(exc).__name__}); nothing you typed is lost. "
                       "Try again; if it happens again, please tell us what you did."), icon=":material/error:")
    return None


def flashes() -> None:
    """Messages left by a callback or before a rerun; their text is shown as written, never as Markdown."""
    for kind, text in st.session_state.pop("flashes", []):
        getattr(st, kind)(plain(text))
    st.session_state.flashes = []


def problems(prefix: str) -> None:
    """The case's problems for one field, shown right under it."""
    for problem in ui.problems(prefix):
        st.error(plain(problem), icon=":material/error:")


def rows_editor(name: str, columns: dict[str, Any], *, problems_at: str | None = None,
                note: str | None = None) -> None:
    """A table of the case's rows (duties, accomplishments, praise), bound to the form, with a way to
    reorder them (the table editor cannot)."""
    st.data_editor(ui.editor_frame(name), key=ui.editor_key(name), num_rows="dynamic", width="stretch",
                   hide_index=True, column_config=columns)
    problems(problems_at or name)
    current = ui.form().rows(name)
    if len(current) < 2:
        return
    with st.expander(f"Reorder {name}"):
        if note:
            st.caption(note)
        column = next(iter(columns))
        labels = [str(r.get(column) or "(empty row)")[:90] for r in current]  # options are shown as text
        index = st.selectbox("Row to move", range(len(current)), format_func=labels.__getitem__,
                             key=f"reorder_{name}_{st.session_state.rows_version}")
        up, down = st.columns(2)
        up.button("Move up", disabled=index == 0, key=f"up_{name}", on_click=ui.move, args=(name, -1))
        down.button("Move down", disabled=index == len(current) - 1, key=f"down_{name}", on_click=ui.move,
                    args=(name, 1))


def brag_paste() -> None:
    """A brag document pasted as it is: one accomplishment per line, 'what — impact' split in two."""
    with st.form("brag", clear_on_submit=True):
        st.text_area("Paste a brag document (one accomplishment per line)", key="brag_text",
                     placeholder="- Led the vendor onboarding redesign — cut onboarding from 10 days to 4")
        st.form_submit_button("Add to my accomplishments", on_click=_add_brag)
    if message := st.session_state.pop("brag_message", None):
        getattr(st, message[0])(plain(message[1]))


def _add_brag() -> None:
    text = str(st.session_state.get("brag_text") or "")
    if not text.strip():
        return
    try:
        added = [a.model_dump(exclude_none=True) for a in accomplishments_from_bullets(text)]
    except ValueError as exc:
        st.session_state.brag_message = ("error", f"Some lines could not be read: {exc}")
        return
    ui.add_accomplishments(added)
    st.session_state.brag_message = ("success", f"Added {len(added)} accomplishment(s).")


def email(message: PromotionEmail) -> None:
    with st.container(border=True):
        st.markdown(f"**Subject:** {plain(message.subject)}")
        st.markdown(defuse(render_markdown(message).split("\n", 2)[-1]))  # its text is escaped by the template


def hand_edit(version: VersionRecord) -> PromotionEmail | None:
    """The email's sections to edit by hand: the edited email once saved, else None."""
    email_now = version.draft.email
    with st.expander("Edit the email by hand"), st.form("hand_edit"):
        edited: dict[str, Any] = {}
        for section, label in SECTION_LABELS.items():
            value = getattr(email_now, section)
            many = isinstance(value, list)
            edited[section] = st.text_area(label + (" (one per line)" if many else ""),
                                           key=f"edit_{version.id}_{section}",
                                           value="\n".join(value) if many else value)
        if not st.form_submit_button("Save as a new version"):
            return None
    try:
        return PromotionEmail.model_validate(edited)
    except ValidationError as exc:
        st.error("The edit could not be saved: " + plain("; ".join(describe_errors(exc))))
        return None


def checks(draft: Draft) -> None:
    """The checks (structure, style, grounding): the failing ones in full, the passing ones folded away."""
    failing = [c for c in draft.checks if not c.passed]
    passing = [c for c in draft.checks if c.passed]
    st.markdown("#### All checks pass" if not failing else f"#### Checks: {len(failing)} to fix")
    for check in failing:
        st.markdown(f"{FAIL_MARK} {plain(check.message)}")
    with st.expander(f"{len(passing)} check(s) pass", expanded=False):
        for check in passing:
            st.markdown(f"{PASS_MARK} {plain(check.message)}")


def changed_notice(version: VersionRecord) -> None:
    """Say when the case being worked on changed after the version shown (it was not drafted yet)."""
    case = ui.working_case()
    if case is None:
        case_has_problems()
        return
    changed = ui.flow().changed_since(version, case)
    if changed:
        st.warning(plain(f"Your case changed after {version.label or 'this version'} ({', '.join(changed)}); "
                         "draft again so the email includes it."), icon=":material/update:")


def case_has_problems() -> None:
    st.warning("Your case has changes with problems to fix (see **Case**); then draft again.",
               icon=":material/edit_note:")


def caption(version: VersionRecord) -> None:
    draft = version.draft
    st.caption(plain(f"Showing {version.label} · {draft.model}"
                               + (f" · {draft.tokens} tokens" if draft.tokens else "")
                               + (f" · ${draft.cost:.4f}" if draft.cost else "")))


def cited(citation: Citation) -> str:
    """Where a passage comes from: its title and heading, and its page when it is one of our own guide's."""
    page = guide_page(citation.link)
    return plain(f"{citation.title} › {citation.heading}" + (f" · our guide: {page}" if page else ""))


def passages(citations: list[Citation], prefix: str = "") -> None:
    for citation in citations:
        with st.expander(prefix + cited(citation)):
            st.markdown(plain(citation.text))


@st.cache_data(max_entries=64, ttl=600, show_spinner=False)
def guidance(case_json: str, stage: Stage, k: int, _case: Case) -> tuple[list[Citation], str | None]:
    # Keyed on the case's JSON: the same case and stage ask the index once, not on every rerun.
    return guidance_for(_case, stage, k=k)


@st.cache_data(max_entries=64, ttl=600, show_spinner=False)
def why(target_title: str) -> dict[str, Citation]:
    return why_sections(target_title)


@st.cache_data(max_entries=64, ttl=600, show_spinner=False)
def talk(case_json: str, _case: Case) -> TalkPrep:
    return ui.flow().talk(_case).value


@st.cache_data(max_entries=64, show_spinner=False)
def exported(db_path: str, version_id: int, fmt: str, _version: VersionRecord, attach_brief: bool = False) -> bytes:
    # A stored version never changes, so its files are built once, not on every rerun.
    return ui.flow().export(_version, fmt, attach_brief=attach_brief).value


def before_sending(version: VersionRecord, case: Case | None) -> None:
    """What Workflow says to know before sending this version: the talk has not happened yet (no meeting
    date), the case changed after it, a check fails."""
    if case is None:
        case_has_problems()
    for note in ui.flow().export(version, "txt", working=case).notes:
        st.warning(plain(note), icon=":material/info:")
    if version.draft.case.meeting_date is None:
        st.page_link("steps/talk.py", label="Prepare the talk first", icon=":material/forum:")


@st.cache_data(ttl=60, show_spinner=False)
def _models(keys_present: tuple[str, ...], ollama: str, configured: tuple[str, str | None]) -> list[Any]:
    # Keyed on which provider keys are set (never their values) and on the configured model.
    return available_models()


def models() -> list[Any]:
    settings = get_settings()
    keys = tuple(v for _, v, _ in PROVIDERS.values() if v and key_is_set(v))
    return _models(keys, ollama_base(), (settings.model, settings.api_base))


def refine(base: VersionRecord, model: str, api_base: str | None) -> Step[Draft]:
    """Refine with the chosen model, streaming the email as it is written; never raises. Cancel: any
    click reruns the page, which stops this run at its next update; what was saved stays saved."""
    st.button("Cancel", key="cancel_refine", help="Stop the model. The draft you have is kept.")
    preview = st.empty()
    with st.status(f"Refining with {plain(model)}…", expanded=True) as status:
        def on_partial(partial: Any) -> None:
            preview.markdown(plain("\n\n".join(
                str(v if not isinstance(v, list) else "\n".join(v)) for v in partial.model_dump().values() if v)))

        step = ui.flow().refine(base, model=model, api_base=api_base,
                                on_status=lambda text: status.write(plain(text)), on_partial=on_partial)
        status.update(label="Refined" if not step.fell_back else "Kept the last valid version",
                      state="complete" if not step.fell_back else "error")
    preview.empty()
    return step
