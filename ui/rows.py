"""The case's lists on the form, one small form per row: the duties (one per line), the accomplishments and
the praise (a card each, every field in full, wrapped). Each row has an id of its own, so its fields keep
their text when a row above it is removed or moved; widget keys are `<table>_<id>_<column>`.

Like the form's fields, the rows' widgets are seeded from `state.form` and folded back into it at the
start of every run (`sync`), and the buttons act in callbacks, before the page is drawn again.
"""

from __future__ import annotations

import uuid
from typing import Any

import streamlit as st

from promo_ai.form import TABLES, brag_rows, form_from_case

CARDS = ("accomplishments", "accolades")
state = st.session_state


def _new_id() -> str:
    return uuid.uuid4().hex[:8]


def reset() -> None:
    """New ids for the form's rows (a case was loaded): their widgets start from the form."""
    for table in CARDS:
        for rid in state.get("row_ids", {}).get(table, []):
            for column in TABLES[table]:
                state.pop(f"{table}_{rid}_{column}", None)
    state.row_ids = {table: [_new_id() for _ in state.form.rows(table)] for table in CARDS}
    for table in CARDS:
        if not state.row_ids[table]:  # a blank list starts with one empty card to type into
            _append(table, {})


def ids(table: str) -> list[str]:
    if "row_ids" not in state or len(state.row_ids[table]) != len(state.form.rows(table)):
        reset()
    return list(state.row_ids[table])


def key(table: str, rid: str, column: str) -> str:
    """The widget key of one field of one row, seeded from the form when not on screen."""
    name = f"{table}_{rid}_{column}"
    if name not in state:
        index = ids(table).index(rid)
        state[name] = state.form.rows(table)[index].get(column, "") or ""
    return name


def duties_key() -> str:
    if "f_duties" not in state:
        state.f_duties = "\n".join(state.form.duties)
    return "f_duties"


def sync() -> None:
    """What the rows' widgets hold, into the form; a duty typed in a card joins the duties above."""
    if "f_duties" in state:
        state.form.duties = [line.strip() for line in str(state.f_duties or "").splitlines() if line.strip()]
    for table in CARDS:
        current = state.form.rows(table)
        rids = ids(table)
        for index, rid in enumerate(rids):
            for column in TABLES[table]:
                value = state.get(f"{table}_{rid}_{column}")
                if value is not None:
                    current[index][column] = str(value)
        state.form.set_rows(table, current)
    known = {d.strip().lower() for d in state.form.duties}
    for row in state.form.accomplishments:
        duty = row.get("duty", "").strip()
        if duty and duty.lower() not in known:
            state.form.duties.append(duty)
            known.add(duty.lower())
            state.f_duties = "\n".join(state.form.duties)  # before the duties' box is drawn this run


def _append(table: str, row: dict[str, Any]) -> None:
    rows = state.form.rows(table)
    state.form.set_rows(table, [*rows, row])
    state.row_ids[table] = [*state.row_ids[table], _new_id()]


def add(table: str) -> None:
    """A new empty card at the end (a button's callback)."""
    _sync_first()
    _append(table, {})
    state.focus_row = (table, state.row_ids[table][-1])


def remove(table: str, rid: str) -> None:
    _sync_first()
    rids = ids(table)
    index = rids.index(rid)
    rows = state.form.rows(table)
    del rows[index], rids[index]
    state.form.set_rows(table, rows)
    state.row_ids[table] = rids
    for column in TABLES[table]:
        state.pop(f"{table}_{rid}_{column}", None)
    if not rids:
        _append(table, {})


def move(table: str, rid: str, step: int) -> None:
    """Move a card up (-1) or down (+1); the first accomplishment leads the email's evidence."""
    _sync_first()
    rids = ids(table)
    index = rids.index(rid)
    target = max(0, min(len(rids) - 1, index + step))
    rows = state.form.rows(table)
    rows.insert(target, rows.pop(index))
    rids.insert(target, rids.pop(index))
    state.form.set_rows(table, rows)
    state.row_ids[table] = rids


def paste_brag() -> None:
    """The brag document's lines as accomplishments: they replace an empty list or the sample's, else
    they are added after the ones typed."""
    from ui.cases import sample

    _sync_first()
    added = brag_rows(str(state.get("brag_text") or ""))
    if not added:
        state.brag_message = ("warning", "Paste one accomplishment per line first.")
        return
    typed = [r for r in state.form.rows("accomplishments") if any(v.strip() for v in r.values())]
    sample_rows = form_from_case(sample()).accomplishments
    replaced = not typed or typed == sample_rows
    for rid in state.row_ids["accomplishments"]:
        for column in TABLES["accomplishments"]:
            state.pop(f"accomplishments_{rid}_{column}", None)
    state.form.set_rows("accomplishments", added if replaced else typed + added)
    state.row_ids["accomplishments"] = [_new_id() for _ in state.form.accomplishments]
    state.brag_text = ""
    what = "in place of the sample's" if typed and replaced else "to your accomplishments"
    state.brag_message = ("success", f"Added {len(added)} accomplishment(s) {what}. Check each one below: "
                                     "what you did, its impact and the duty it shows.")


def _sync_first() -> None:
    from ui import state as ui

    ui.sync()


def duty_options(current: str) -> list[str]:
    """The duties typed above, for an accomplishment to show; '' is "none yet"; its own duty if new."""
    options = ["", *state.form.duties]
    if current and current not in options:
        options.append(current)
    return options
