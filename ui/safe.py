"""Display, never render: text from a person, a model or the guide reaches the page as the words it is.

Streamlit shows most text as Markdown (st.markdown, captions, alerts, widget and expander labels), and
its Markdown does more than CommonMark: GitHub's literal autolinks (a bare https://…, www.… or an e-mail
address becomes a link), :material/…: icons and :emoji: shortcodes, $…$ maths. `escape_markdown`
(promo_ai.export) takes care of emphasis, links, images and HTML; `defuse` takes care of the rest, by a
backslash before `$` and an invisible word joiner after a `:` or `@` that runs on into more text, and
inside `www.` (the joiner is not shown and breaks no word; the text copied on the Export step is the
plain text, not this).
"""

from __future__ import annotations

import re

from promo_ai.export import escape_markdown

WORD_JOINER = "\u2060"
_DOLLAR = re.compile(r"(?<!\\)((?:\\\\)*)\$")
_WWW = re.compile(r"(?i)(www)\.")
# A colon or @ that runs on into a URL (https://), a shortcode (:smile:, :100:) or an address; not 10:30.
_JOINED = re.compile(r"(:)(?=[^\s\d]|\d+:)|(@)(?=\S)")
_OUR_GUIDE = re.compile(r"/book/[a-z0-9-]+(?:/[a-z0-9-]+)*/")


def defuse(markdown: str) -> str:
    """Markdown whose data is already escaped, with no autolink, icon, shortcode or maths left in it."""
    text = _DOLLAR.sub(lambda m: m.group(1) + "\\$", markdown)
    text = _JOINED.sub(lambda m: m.group(0) + WORD_JOINER, text)
    return _WWW.sub(lambda m: m.group(1) + WORD_JOINER + ".", text)


def plain(text: object) -> str:
    """Any text as Markdown that shows exactly that text: nothing in it is a link, an image, HTML,
    emphasis, an icon or maths."""
    return defuse(escape_markdown("" if text is None else str(text)))


def guide_page(link: str | None) -> str | None:
    """A guide passage's page, only when it is one of our own guide's pages (/book/…/); anything else
    (another site, javascript:, data:) is dropped."""
    return link if link and _OUR_GUIDE.fullmatch(link) else None


_GUIDE_CHARS = str.maketrans({"<": "&lt;", "[": "\\[", "]": "\\]"})


def guide_markdown(text: str) -> str:
    """The guide's own Markdown as it is written (bold, lists, quotes, headings of its passages) with
    nothing in it that would fetch, link or run: HTML shown as text, `[`/`![` escaped so no link or image
    is made, and no autolink, icon, shortcode or maths (defuse). Links to our guide are added by the page."""
    return defuse(text.translate(_GUIDE_CHARS))
