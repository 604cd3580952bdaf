"""A copy button that is always visible (st.code's own copy button shows only on hover, and not at all on a
phone). A Streamlit component (st.components.v2: it runs in the page, no iframe, nothing fetched): the
text travels as data and is only ever put on the clipboard or set as textContent, never parsed as HTML.
Where the browser refuses the clipboard (a page opened over plain http from another machine), the button
says to select the text below and copy it by hand."""

from __future__ import annotations

import streamlit as st

_HTML = '<button type="button" class="copy"></button><span class="said" role="status"></span>'
_CSS = """
.copy { font: inherit; font-family: var(--st-font); font-size: 1rem; line-height: 1.6; cursor: pointer;
        padding: 0.25rem 0.75rem; min-height: 2.5rem; border-radius: 0.5rem; color: var(--st-text-color);
        background: var(--st-background-color); border: 1px solid var(--st-border-color, #d5dae5); }
.copy:hover, .copy:focus-visible { border-color: var(--st-primary-color); color: var(--st-primary-color); }
.said { margin-left: 0.75rem; font-family: var(--st-font); color: var(--st-text-color); opacity: 0.8; }
"""
_JS = """
export default function (component) {
  const { data, parentElement } = component;
  const button = parentElement.querySelector("button.copy");
  const said = parentElement.querySelector(".said");
  button.textContent = data.label;
  const byHand = () => {
    const area = document.createElement("textarea");
    area.value = data.text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    let copied = false;
    try { copied = document.execCommand("copy"); } catch (error) { copied = false; }
    area.remove();
    return copied;
  };
  button.onclick = async () => {
    let copied = false;
    try {
      await navigator.clipboard.writeText(data.text);
      copied = true;
    } catch (error) {
      copied = byHand();
    }
    said.textContent = copied ? data.done : data.failed;
  };
}
"""
_copy_button = st.components.v2.component("promo_ai_copy", html=_HTML, css=_CSS, js=_JS)


def copy_button(text: str, *, label: str, key: str) -> None:
    """A button that puts `text` on the clipboard and says so."""
    _copy_button(key=key, data={"text": text, "label": label, "done": "Copied. Paste it into a new message.",
                                "failed": "Your browser did not allow copying: select the text below and copy it."},
                 width="content")
