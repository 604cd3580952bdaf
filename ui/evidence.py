"""The evidence on the Case step, easy to enter: the target job's duties one per line, then a card for each
accomplishment and each piece of praise, every field in full and wrapped, the duty an accomplishment shows
chosen from the duties typed above (or a new one, which joins them), and a brag document to paste."""

from __future__ import annotations

import streamlit as st

from promo_ai.case import MAX_LINE, MAX_TEXT
from ui import rows, widgets
from ui import state as ui
from ui.safe import plain

NO_DUTY = "(none chosen yet)"


def duties() -> None:
    st.text_area("Duties of the target job, one per line", key=rows.duties_key(), height=130,
                 placeholder="Leads the shift's handover\nMentors newly qualified nurses\nRuns the ward's audits")
    widgets.problems("target_duties", exact=False)


def _buttons(table: str, rid: str, index: int, count: int) -> None:
    with st.container(horizontal=True, gap="small"):
        st.button("Move up", key=f"up_{rid}", icon=":material/arrow_upward:", disabled=index == 0,
                  on_click=rows.move, args=(table, rid, -1))
        st.button("Move down", key=f"down_{rid}", icon=":material/arrow_downward:", disabled=index == count - 1,
                  on_click=rows.move, args=(table, rid, 1))
        st.button("Remove", key=f"remove_{rid}", icon=":material/delete:", on_click=rows.remove, args=(table, rid))


def accomplishments() -> None:
    rids = rows.ids("accomplishments")
    for index, rid in enumerate(rids):
        with st.container(border=True, key=f"card_{rid}"):
            st.markdown(f"**Accomplishment {index + 1}**" + (" · leads the email's evidence" if index == 0 else ""))
            st.text_area("What you did", key=rows.key("accomplishments", rid, "summary"), height=80,
                         max_chars=MAX_TEXT, placeholder="e.g. Led the switch to electronic handovers on Ward 7")
            st.text_area("Its impact (numbers help; optional)", key=rows.key("accomplishments", rid, "impact"),
                         height=68, max_chars=MAX_TEXT, placeholder="e.g. Handover time down from 45 to 20 minutes")
            duty_key = rows.key("accomplishments", rid, "duty")
            duty_col, when_col = st.columns([3, 2])
            duty_col.selectbox("The duty of the target job it shows", rows.duty_options(str(ui.state.get(duty_key))),
                               key=duty_key, accept_new_options=True,
                               format_func=lambda d: d or NO_DUTY)
            when_col.text_input("When (optional)", key=rows.key("accomplishments", rid, "when"), max_chars=MAX_LINE,
                                placeholder="e.g. spring 2026")
            widgets.slot(ui.plain_problems(f"accomplishments[{index + 1}]"))
            _buttons("accomplishments", rid, index, len(rids))
    st.button("Add an accomplishment", icon=":material/add:", on_click=rows.add, args=("accomplishments",))
    widgets.problems("accomplishments", exact=True)


def praise() -> None:
    rids = rows.ids("accolades")
    for index, rid in enumerate(rids):
        with st.container(border=True, key=f"card_{rid}"):
            st.markdown(f"**Praise {index + 1}**")
            st.text_area("The words they used, exactly", key=rows.key("accolades", rid, "quote"), height=80,
                         max_chars=MAX_TEXT, placeholder="e.g. Maria made my first month on the ward feel safe.")
            who_col, role_col = st.columns(2)
            who_col.text_input("Who said it", key=rows.key("accolades", rid, "author"), max_chars=MAX_LINE,
                               placeholder="e.g. Tom Reyes")
            role_col.text_input("Their role (optional)", key=rows.key("accolades", rid, "role"), max_chars=MAX_LINE,
                                placeholder="e.g. Staff Nurse")
            widgets.slot(ui.plain_problems(f"accolades[{index + 1}]"))
            _buttons("accolades", rid, index, len(rids))
    st.button("Add praise", icon=":material/add:", on_click=rows.add, args=("accolades",))


def brag_paste() -> None:
    """A brag document pasted as it is: one accomplishment per line, "what — impact" or "what: impact"."""
    with st.expander("Paste a brag document instead"):
        st.text_area("Your brag document, one accomplishment per line", key="brag_text", height=120,
                     placeholder="- Led the switch to electronic handovers — handover time down from 45 to 20 minutes\n"
                                 "- Ran the flu clinic: 400 staff vaccinated in two weeks")
        st.button("Use these as my accomplishments", on_click=rows.paste_brag,
                  help="They replace an empty list or the sample's; otherwise they are added after yours.")
    if message := ui.state.pop("brag_message", None):
        getattr(st, message[0])(plain(message[1]))
