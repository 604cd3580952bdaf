"""Where the person is: the step bar (a link to every step, ticked for what they did), and what they did
with a case kept with it: the ticks and the changes their notes proposed survive a reload (the tab's
scratch) and a new tab (the case's own scratch, `case-<id>`)."""

from __future__ import annotations

import json
from typing import Any

import streamlit as st

from promo_ai.changes import ChangeItem
from promo_ai.errors import StoreError
from promo_ai.form import is_blank
from promo_ai.notes import ExtractionResult
from ui import state as ui

# (page file, title, icon, address); the step bar and st.navigation both read this.
STEPS = (
    ("steps/case.py", "Case", ":material/person:", "1-case"),
    ("steps/guidance.py", "Guidance", ":material/menu_book:", "2-guidance"),
    ("steps/draft.py", "Draft", ":material/edit:", "3-draft"),
    ("steps/talk.py", "Prepare the talk", ":material/forum:", "4-talk"),
    ("steps/after.py", "After the talk", ":material/event_available:", "5-after"),
    ("steps/versions.py", "Versions", ":material/history:", "6-versions"),
    ("steps/export.py", "Export", ":material/send:", "7-export"),
)
TICKED = ("Case", "Guidance", "Draft", "Prepare the talk", "After the talk", "Export")
AFTERWARDS = {  # once every step is done, by the talk's outcome
    "pending": "Sent. Next: check in on the date agreed (the reminder is under After the talk).",
    "not_yet": "Sent. Next: the plan you agreed, then the revisit (the reminder is under After the talk).",
    "no": "Sent. Next: agree with your manager what would change the answer.",
    "promoted": "Congratulations! When you are ready, start your next case under After the talk.",
}
state = st.session_state


def ticks() -> dict[str, bool]:
    """Which steps this person has done: only what they did, never what a blank or untouched form implies."""
    version, kept = ui.current_version(), ui.versions()
    done = state.get("done", [])
    return {"Case": not is_blank(state.form) and ui.working_case() is not None,
            "Guidance": "guidance" in done,
            "Draft": version is not None,  # drafted; a check to fix shows with the email, not here
            "Prepare the talk": "talk" in done,
            "After the talk": any(v.kind == "revised" for v in kept),
            "Export": "export" in done}


def visiting(url_path: str) -> None:
    """Tick a step the person is on where being there is the step: the guidance for a complete case, the
    talking points for a drafted email (the step's page says the same when it runs)."""
    if url_path == "2-guidance" and ui.working_case() is not None:
        ui.mark_done("guidance")
    elif url_path == "4-talk" and state.get("version_id") is not None:
        ui.mark_done("talk")


def bar() -> None:
    """A link to every step (wrapping on a narrow screen), a tick on each one done, and the same in words."""
    done = ticks()
    with st.container(horizontal=True, gap="small", key="step_bar"):
        for path, title, icon, _ in STEPS:
            mark = ":material/check_circle:" if done.get(title) else icon
            st.page_link(path, label=title, icon=mark)
    finished = [t for t in TICKED if done[t]]
    next_step = next((t for t in TICKED if not done[t]), None)
    said = f"Done: {', '.join(finished)}." if finished else "Nothing done yet."
    if next_step:
        st.caption(f"{said} Next: **{next_step}**.")
        return
    version = ui.current_version()  # every step done: what comes next depends on how the talk went
    outcome = version.draft.case.outcome if version else None
    st.caption(AFTERWARDS.get(outcome or "", "Sent. Next: the answer. Paste any new notes under After the talk."))


# ---------- kept with the tab and with the case ----------
def snapshot() -> dict[str, Any]:
    """What the person did, JSON-ready: the ticks, the proposed changes and the notes they came from."""
    proposal: ExtractionResult | None = state.get("proposal")
    return {"done": list(state.get("done", [])),
            "proposal": None if proposal is None else {
                "changes": [c.model_dump(mode="json") for c in proposal.changes], "problems": proposal.problems,
                "reason": proposal.reason, "model": proposal.model, "tokens": proposal.tokens,
                "cost": proposal.cost, "attempts": proposal.attempts},
            "proposal_notes": state.get("proposal_notes") or "", "proposal_for": state.get("proposal_for")}


def restore(saved: dict[str, Any]) -> None:
    state.done = [d for d in saved.get("done") or [] if d in ui.DONE]
    state.proposal = None
    raw = saved.get("proposal")
    if isinstance(raw, dict):
        try:
            state.proposal = ExtractionResult(
                changes=[ChangeItem.model_validate(c) for c in raw.get("changes") or []],
                problems=[str(p) for p in raw.get("problems") or []], reason=raw.get("reason"),
                model=str(raw.get("model") or "offline"), tokens=raw.get("tokens"), cost=raw.get("cost"),
                attempts=int(raw.get("attempts") or 0))
        except (ValueError, TypeError):
            state.proposal = None
    state.proposal_notes = str(saved.get("proposal_notes") or "")
    state.proposal_for = saved.get("proposal_for") if isinstance(saved.get("proposal_for"), int) else None
    state.proposal_round = state.get("proposal_round", 0) + 1


def restore_case() -> None:
    """A case opened in this tab: what was done with it, from the case's own scratch (a new tab)."""
    if ui.case_id() is None:
        return
    try:
        saved = ui.flow().scratch(f"case-{ui.case_id()}")
    except StoreError:
        saved = None
    state.saved_case_progress = None
    if saved:
        restore(saved)
        state.saved_case_progress = json.loads(json.dumps(saved, default=str))


def keep_case() -> None:
    """Save what was done with a saved case, under the case, when it changed."""
    if ui.case_id() is None:
        return
    data = json.loads(json.dumps(snapshot(), default=str))
    if data == state.get("saved_case_progress"):
        return
    try:
        ui.flow().save_scratch(f"case-{ui.case_id()}", data)
        state.saved_case_progress = data
    except StoreError:
        pass  # the tab's own scratch has it; the next change tries again
