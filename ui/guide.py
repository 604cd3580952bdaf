"""The guide on the page: passages as Markdown that reads well (lists, bold, quotes), each with where it comes
from, once, and a working link to the whole page of our own guide, shown on a page of its own (steps/guide.py). Where a
passage is a template (the guide's example of a Data Analyst asking to be a Senior Data Analyst), the
example is shown with the person's own titles.

The guide is data too: its text is escaped (ui.safe.guide_markdown) but for the Markdown it is written in,
and a link is only ever one to our own guide's pages.
"""

from __future__ import annotations

import re

import streamlit as st

from promo_ai.case import Case
from promo_ai.draft import Citation
from promo_ai.guidance.book import Chunk, parse_paths
from promo_ai.guidance.state import guide_dir
from ui.safe import guide_markdown, guide_page, plain

GUIDE_PAGE = "steps/guide.py"
# The guide's own example, a template for anyone's: longest first, so "Senior Data Analyst" wins.
EXAMPLE_TITLES = ("Senior Data Analyst", "Data Analyst")
_EXAMPLE = re.compile("|".join(map(re.escape, EXAMPLE_TITLES)))


def slug(link: str | None) -> str | None:
    """Our guide's page as the Guidance step names it (`promotion/promotion-email-template`)."""
    page = guide_page(link)
    return page.removeprefix("/book/").strip("/") if page else None


def personal(text: str, case: Case | None) -> tuple[str, bool]:
    """Guide Markdown with its example titles replaced by the person's own; whether any was."""
    markdown = guide_markdown(text)
    if case is None or not any(t in markdown for t in EXAMPLE_TITLES):
        return markdown, False
    mine = {"Senior Data Analyst": case.target_title, "Data Analyst": case.current_title}
    return _EXAMPLE.sub(lambda m: plain(mine[m.group(0)]), markdown), True  # one pass: never inside a title


def link_to_page(link: str | None, label: str = "Read the whole page in our guide") -> None:
    page = slug(link)
    if page:
        st.page_link(GUIDE_PAGE, label=label, icon=":material/menu_book:",
                     query_params={"page": page, "s": str(st.session_state.get("tab") or "")})


def passages(citations: list[Citation], case: Case | None = None, prefix: str = "") -> None:
    """Each passage folded under its title and heading (said once), its text as Markdown, its page linked."""
    for citation in citations:
        label = citation.title if citation.heading in {citation.title, ""} else f"{citation.title} › {citation.heading}"
        with st.expander(prefix + plain(label)):
            text, adapted = personal(citation.text, case)
            st.markdown(text)
            if adapted:
                st.caption("The guide's example, shown with your own titles.")
            link_to_page(citation.link)


@st.cache_resource(show_spinner=False)
def _pages() -> dict[str, list[Chunk]]:
    parsed, _ = parse_paths([guide_dir()])
    found: dict[str, list[Chunk]] = {}
    for file in parsed:
        for chunk in file.chunks:
            page = slug(chunk.link)
            if page:
                found.setdefault(page, []).append(chunk)
    return found


def page(name: str, case: Case | None) -> bool:
    """A whole page of our guide, by its name in the address; False when there is no such page."""
    chunks = _pages().get(name)
    if not chunks:
        return False
    st.subheader(plain(chunks[0].title), anchor=False)
    if chunks[0].tagline:
        st.caption(plain(chunks[0].tagline))
    adapted = False
    heading = None
    for chunk in chunks:
        if chunk.heading != heading and chunk.heading != chunk.title:
            st.markdown(f"#### {plain(chunk.heading)}")
        heading = chunk.heading
        text, changed = personal(chunk.text, case)
        adapted |= changed
        st.markdown(text)
    if adapted:
        st.caption("The guide's examples, shown with your own titles.")
    cited = sorted({c for chunk in chunks for c in chunk.cites if slug(c) and slug(c) != name})
    if cited:
        st.markdown("##### Related pages in our guide")
        for link in cited:
            other = _pages().get(slug(link) or "")
            link_to_page(link, label=other[0].title if other else str(slug(link)))
    return True
