"""Step 7 · Export: the version on screen as a file, the one-page case for the approval chain, the text to
copy, or the email opened in your email app."""

from __future__ import annotations

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from promo_ai.errors import PromoAIError
from promo_ai.export import (
    FORMATS,
    MAILTO_TOO_LONG_NOTE,
    MIME_TYPES,
    mailto_link,
    render_text,
    suggested_filename,
)
from promo_ai.store import VersionRecord
from ui import state as ui
from ui import widgets
from ui.copy import copy_button
from ui.safe import defuse, plain

BRIEF_LABELS = {"brief-docx": "Word (.docx)", "brief-html": "web page (.html)", "brief-md": "Markdown (.md)"}

shown = ui.current_version()
if shown is None:
    st.info("Draft your email first.")
    st.stop()
version: VersionRecord = shown
result = version.draft
db = str(ui.flow().settings.db_path)
widgets.before_sending(version, ui.working_case())  # the talk not held yet, the case changed, a check failing


def download(column: DeltaGenerator, fmt: str, label: str, *, attach: bool = False, key: str = "") -> None:
    try:
        payload = widgets.exported(db, version.id, fmt, version, attach)
    except PromoAIError as exc:
        column.error(plain(str(exc)))
        return
    column.download_button(label, data=payload, file_name=suggested_filename(result, fmt),  # type: ignore[arg-type]
                           mime=MIME_TYPES[fmt], key=key or f"download_{fmt}", on_click=ui.mark_done, args=("export",))


st.subheader("Send it from your email app", anchor=False)
attach = st.checkbox("Attach the one-page case (a Word document your manager can forward up the chain)",
                     key="attach_brief")
link = mailto_link(result)
if link.subject_only or attach:
    st.info(("This email is too long for an \"open in your email app\" link (mail apps cut such links short), so "
             "download it as an .eml file instead: " if link.subject_only else
             "A link cannot carry an attachment, so download the email as an .eml file: ")
            + "opening the file starts a draft in your email app (Outlook, Apple Mail, Thunderbird) with the whole "
              "email, addressed and ready to send.", icon=":material/mail:")
    download(st.container(), "eml", "Download the email to open in your email app (.eml)", attach=attach,
             key="download_eml_to_open")
    if attach:
        st.caption(plain(f"The .eml carries {suggested_filename(result, 'brief-docx')} as an attachment."))
else:
    st.link_button("Open in your email app", link.url, icon=":material/mail:")
    st.caption("Opens a new message with the subject and the whole email in it.")
note = (link.note or "").replace(MAILTO_TOO_LONG_NOTE, "").strip()
if note:
    st.caption(plain(note))

st.subheader("Or copy it", anchor=False)
text = render_text(result.email, with_subject=True)
copy_button(text, label="Copy the email text", key=f"copy_{version.id}")
st.caption("Or select the text below and copy it (Ctrl+C, or ⌘+C on a Mac).")
st.code(text, language=None, wrap_lines=True)

st.subheader("The one-page case, for the approval chain", anchor=False)
st.caption("What your manager forwards: the ask, each duty of the target job with your evidence, the praise, "
           "the timeline and the next steps. It says only what your case says.")
for column, fmt in zip(st.columns(len(BRIEF_LABELS)), BRIEF_LABELS, strict=True):
    download(column, fmt, f"One-page case: {BRIEF_LABELS[fmt]}")
with st.expander("See the one-page case"):
    try:
        st.markdown(defuse(widgets.exported(db, version.id, "brief-md", version).decode("utf-8")))
    except PromoAIError as exc:
        st.error(plain(str(exc)))

st.subheader("The email as a file", anchor=False)
for column, fmt in zip(st.columns(len(FORMATS)), FORMATS, strict=True):
    download(column, fmt, f"Download .{fmt}", attach=attach and fmt == "eml")
