"""What must not reach the email, in more shapes (notes written for these tests): "The sale isn't public yet -
don't mention it" keeps out another line that names the sale; a step of mine that "he wants in before
calibration" and a licence "still pending" with papers left to pass are plans, never accomplishments."""

from __future__ import annotations

import datetime as dt

from promo_ai.changes import accept_all
from promo_ai.export.text import render_text
from promo_ai.notes import read_notes
from promo_ai.offline import offline_draft
from promo_ai.revision import revise
from tests.helpers import make_case

TODAY = dt.date(2026, 12, 3)


def test_what_is_not_public_yet_stays_out_of_the_email() -> None:
    notes = ("Fiona catch up 2/12\nNot yet. Everything's paused till the sale goes through - she reckons autumn, "
             "and she'll revisit then.\nMe to sign up for the clinical coach cert this month\n"
             "The sale isn't public yet - don't mention it anywhere!!")
    case = make_case(manager={"name": "Fiona Grant"})
    changes = read_notes(notes, case, today=TODAY).changes
    quoting = [c for c in changes if c.kind != "private" and "sale" in c.source_quote]
    assert quoting and all(c.unsure for c in quoting), quoting
    email = render_text(revise(offline_draft(case, with_guidance=False), notes, accept_all(changes)).draft.email)
    assert "sale" not in email.lower()
    assert "clinical coach cert" in email  # the rest of the notes still reach it


def test_a_step_wanted_in_before_a_date_is_not_an_accomplishment() -> None:
    notes = ("1:1 Tomasz 2.12\npromo -> he's putting me up for Senior at calibration on the 28th\n"
             "- me -> finish mentoring plan for the 2 juniors, he wants that in before calibration")
    changes = read_notes(notes, make_case(manager={"name": "Tomasz Nowak"}), today=TODAY).changes
    assert not [c for c in changes if c.kind == "add"], changes
    assert any(c.kind == "next" and "mentoring plan" in c.text for c in changes)


def test_a_licence_still_pending_is_not_an_accomplishment() -> None:
    notes = ("shift handover mtg w/ reddy sir 2 Dec\nnot this yr. DGCA B1 licence still pending - my module 11 and 15 "
             "papers r cleared but module 17 is left, exam in june")
    changes = read_notes(notes, make_case(manager={"name": "Ravi Reddy"}), today=TODAY).changes
    assert not [c for c in changes if c.kind == "add"], changes
