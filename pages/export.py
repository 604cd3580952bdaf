"""Step 7 · Export: the version on screen as a file, as text to copy, or in your email app."""

from __future__ import annotations

import streamlit as st

from promo_ai.errors import PromoAIError
from promo_ai.export import FORMATS, MIME_TYPES, escape_markdown, mailto_link, render_text, suggested_filename
from ui import state as ui
from ui import widgets

version = ui.current_version()
if version is None:
    st.info("Draft your email first.")
    st.stop()
result, case = version.draft, ui.working_case()
if case is None:
    widgets.case_has_problems()
# What to know before sending: the talk not held yet, the case changed after this version, failing checks.
for note in ui.flow().export(version, "txt", working=case).notes:
    st.warning(escape_markdown(note), icon=":material/info:")

st.subheader("Download")
for column, fmt in zip(st.columns(len(FORMATS)), FORMATS, strict=True):
    try:
        payload = widgets.exported(str(ui.flow().settings.db_path), version.id, fmt, version)
    except PromoAIError as exc:
        column.error(escape_markdown(str(exc)))
        continue
    column.download_button(f"Download .{fmt}", data=payload, file_name=suggested_filename(result, fmt),
                           mime=MIME_TYPES[fmt], key=f"download_{fmt}", on_click=ui.mark_done, args=("export",))

st.subheader("Copy")
st.caption("Use the copy button at the top right of the box.")
st.code(render_text(result.email, with_subject=True), language=None, wrap_lines=True)
link = mailto_link(result)
st.link_button("Open in your email app", link.url)
if link.note:
    st.caption(link.note)
