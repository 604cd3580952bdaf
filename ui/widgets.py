"""Widgets more than one step shows: messages, the email and its checks, the notice that the case changed
after the version shown, the cached lookups, a model's refine streamed with Cancel.

Everything a person, a model or the guide wrote is shown as text (ui.safe): no HTML, Markdown, link,
image, icon or maths from data; a step that stops says why in a sentence, never with a traceback.
"""

from __future__ import annotations

import html
import logging
import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

import streamlit as st

from promo_ai.case import Case
from promo_ai.draft import Citation, Draft
from promo_ai.email import PromotionEmail
from promo_ai.errors import PromoAIError
from promo_ai.explain import why_sections
from promo_ai.export import render_markdown
from promo_ai.guidance import guidance_for
from promo_ai.llm import PROVIDERS, available_models
from promo_ai.llm.providers import key_is_set, ollama_base
from promo_ai.settings import get_settings
from promo_ai.store import VersionRecord
from promo_ai.talk import TalkPrep
from promo_ai.workflow import Step
from ui import state as ui
from ui.safe import defuse, plain

if TYPE_CHECKING:
    from promo_ai.guidance import Stage

log = logging.getLogger(__name__)
P = ParamSpec("P")
T = TypeVar("T")


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


def problems(prefix: str, *, exact: bool = True) -> None:
    """The case's problems for one field, in plain words, right under it."""
    slot(ui.plain_problems(prefix, exact=exact))


def slot(messages: list[str]) -> None:
    """Problems in a place that is always there (empty when there are none), so that one coming or going
    never re-creates the fields after it: the field a person is typing in keeps the focus."""
    place = st.empty()
    if messages:
        place.error("\n\n".join(plain(m) for m in messages), icon=":material/error:")


def email(message: PromotionEmail) -> None:
    with st.container(border=True):
        st.markdown(f"**Subject:** {plain(message.subject)}")
        st.markdown(defuse(render_markdown(message).split("\n", 2)[-1]))  # its text is escaped by the template


def checks(draft: Draft) -> None:
    """The checks (structure, style, grounding): the failing ones in full, the passing ones folded away. Each
    mark says in words what it shows ("fails", "passes"), for a screen reader as for the eye."""
    failing = [c for c in draft.checks if not c.passed]
    passing = [c for c in draft.checks if c.passed]
    st.markdown("#### All checks pass" if not failing else f"#### Checks: {len(failing)} to fix")
    if failing:
        st.html(_marked(c.message for c in failing))
    with st.expander(f"{len(passing)} check(s) pass", expanded=False):
        st.html(_marked((c.message for c in passing), passed=True))


def _marked(messages: Iterable[str], *, passed: bool = False) -> str:
    kind, word, glyph = ("pass", "passes", "✓") if passed else ("fail", "fails", "✗")
    items = "".join(f'<li><span class="promo-mark promo-mark-{kind}" role="img" aria-label="{word}">{glyph}</span> '
                    f"{html.escape(message)}</li>" for message in messages)
    return f'<ul class="promo-checks promo-checks-{kind}">{items}</ul>'


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
    started = time.monotonic()

    def elapsed() -> str:  # a local model can take a minute before it answers: show that time passes
        return f"{time.monotonic() - started:.0f} s"

    with st.status(f"Refining with {plain(model)}…", expanded=True) as status:
        def on_partial(partial: Any) -> None:
            preview.markdown(plain("\n\n".join(
                str(v if not isinstance(v, list) else "\n".join(v)) for v in partial.model_dump().values() if v)))

        step = ui.flow().refine(base, model=model, api_base=api_base,
                                on_status=lambda text: status.write(f"{elapsed()}: {plain(text)}"),
                                on_partial=on_partial)
        status.update(label=(f"Refined in {elapsed()}" if not step.fell_back
                             else f"Kept the last valid version (after {elapsed()})"),
                      state="complete" if not step.fell_back else "error")
    preview.empty()
    return step


def diff_box(diff: str) -> str:
    """A diff (promo_ai.diff, escaped there) in a box the page's style colours for the light and dark themes."""
    return f'<div class="promo-diff-box">{diff}</div>'


# The page's own style: the check marks' colours, and the diff's labels readable in the dark theme (at least
# 4.5:1 on either background). Applied once per run; it holds no data.
STYLE = """<style>
.promo-checks { list-style: none; padding-left: 0; margin: 0 0 0.5rem 0; }
.promo-checks li { margin: 0 0 0.4rem 0; padding-left: 1.6rem; text-indent: -1.6rem; }
.promo-mark { display: inline-block; width: 1.3rem; text-indent: 0; font-weight: 700; }
.promo-mark-pass { color: #1a7f37; }
.promo-mark-fail { color: #b42318; }
@media (prefers-color-scheme: dark) {
  .promo-mark-pass { color: #6fdd8b; }
  .promo-mark-fail { color: #ff9c8f; }
  .promo-diff-box .promo-diff-same .promo-diff-label { color: #b9bec7 !important; }
  .promo-diff-box .promo-diff-changed .promo-diff-label { color: #f2c14e !important; }
  .promo-diff-box .promo-diff-added .promo-diff-label { color: #7ee2a0 !important; }
  .promo-diff-box .promo-diff-removed .promo-diff-label { color: #ffa3a3 !important; }
}
</style>"""


def style() -> None:
    st.html(STYLE)
