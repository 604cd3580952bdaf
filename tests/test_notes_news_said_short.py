"""The news said in a few words, from first sight of development-49 and -50: "made VP!!", "DSM on the tour - YES",
"im leading hand on the X job from Monday", "got senior carer 😁", "promo to L5 went through", "Did I get the Clerk
II? → yes!!", "not getting the PSG slot ... that's final". Notes written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.notes import read_notes
from tests.helpers import make_case

TODAY = dt.date(2026, 11, 27)


def news(notes: str, target: str) -> tuple[str | None, str | None]:
    """(outcome, title) the reader proposes."""
    case = make_case(name="Sam Okafor", manager={"name": "Fiona"}, target_title=target)
    changes = read_notes(notes, case, today=TODAY).changes
    outcome = next((c.text for c in changes if c.kind == "outcome"), None)
    return outcome, next((c.text for c in changes if c.kind == "title"), None)


@pytest.mark.parametrize(("notes", "target", "title"), [
    ("Talked w/ Fiona 12/17\nmade VP!! official Jan 1 🎉", "Vice President", "Vice President"),
    ("chat w/ Fiona in the green room, Sat\nDSM on the tour - YES. from the Leeds get-in", "Deputy Stage Manager",
     "Deputy Stage Manager"),
    ("Yarn with Fiona at smoko today - im leading hand on the Parramatta job from Monday 👍", "Leading Hand",
     "Leading Hand"),
    ("spoke to fiona today!!! got senior carer 😁😁 starts 1st feb", "Senior Care Assistant", "Senior Carer"),
    ("1:1 w/ Fiona — Tue Nov 4\npromo to L5 went through at calibration 🎉 effective Dec 1", "Senior Engineer", "L5"),
    ("9/30 - Fiona\nDid I get the Clerk II? → yes!! pay grade 14, effective 10/16", "Deputy Court Clerk II",
     "Clerk II"),
])
def test_news_said_in_a_few_words_is_a_promotion_with_its_title(notes: str, target: str, title: str) -> None:
    assert news(notes, target) == ("promoted", title)


def test_a_post_named_by_its_level_and_its_title_gives_the_title() -> None:
    _, title = news("Got the PL2 post — HOD Natural Sciences from 1 April", "Head of Department")
    assert title != "PL2"


def test_not_getting_the_slot_said_as_final_is_a_no() -> None:
    notes = "counseling w/ Fiona 04/15\n- not getting the PSG slot. goes to SSG Ortiz. that's final"
    assert news(notes, "Platoon Sergeant")[0] == "no"


def test_a_name_put_to_the_panel_under_the_title_is_pending_with_that_title() -> None:
    notes = "Supervision w Fiona, Wed 3rd.\nSenior Prac: she's going to put my name to the progression panel on 1 July."
    assert news(notes, "Senior Practitioner") == ("pending", "Senior Practitioner")  # the case's own, said short
