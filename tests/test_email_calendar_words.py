"""The email the director reads says the notes' shorthand in full: "fwd", "xmas", "yr 9", and days ("by fri" is
"by Friday", "the april round" the April round); the grounding check still finds those days in the case; words that
only look like a day ("this may take a while", "Sun Life") or shorthand ("Fwd: the rota") stay as written."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.case import Case
from promo_ai.changes import accept_all
from promo_ai.export.text import render_text
from promo_ai.notes import read_notes
from promo_ai.offline import offline_draft
from promo_ai.phrasing import as_written_out
from promo_ai.revision import revise
from tests.helpers import make_case


@pytest.mark.parametrize("said, written", [
    ("send you my survey draft by fri", "send you my survey draft by Friday"),
    ("revisit at the april round", "revisit at the April round"),
    ("confirm tmrw", "confirm tomorrow"),
    ("book it for next wk", "book it for next week"),
    ("send the deck by 14 march", "send the deck by 14 March"),
    ("this may take a while", "this may take a while"),
    ("sign off on Sun Life", "sign off on Sun Life"),
    ("book 30 mins w marcus for me next wk", "book 30 mins with marcus for me next week"),
    ("meet w/ HR on fri", "meet with HR on Friday"),
    ("decide end of jan", "decide by the end of Jan"),
    ("send it at the end of march", "send it at the end of March"),
    ("w/c 12 Jan", "w/c 12 Jan"),
    ("end of jan", "end of Jan"),  # a step's when, on its own
    ("send you the numbers by fri + book the course", "send you the numbers by Friday and book the course"),
    ("C++ course", "C++ course"),
    ("confirm my new rate once its signed", "confirm my new rate once it's signed"),
    ("run the unit on its own budget", "run the unit on its own budget"),
    ("put my name fwd for the next TLR round", "put my name forward for the next TLR round"),
    ("email the head about it before xmas", "email the head about it before Christmas"),
    ("run the yr 9 moderation", "run the Year 9 moderation"),
    ("send it by EOW", "send it by the end of the week"),
    ("confirm by eod fri", "confirm by the end of the day on Friday"),
    ("2 yrs on the ward and 6 mths acting up", "2 years on the ward and 6 months acting up"),
    ("pls send thru the form b4 the panel", "please send through the form before the panel"),
    ("hold it til next yr", "hold it until next year"),
    ("Fwd: the rota", "Fwd: the rota"),  # a heading as written, not the shorthand
    ("see xmas.example.com", "see xmas.example.com"),
    ("the EOW report", "the EOW report"),  # no "by": a name, not a day
    ("Xmas party", "Christmas party"),
    ("get my PPL renewed", "get my PPL renewed"),  # capitals: a name or a code, as typed
    ("room B4", "room B4"),
    ("the THRU report", "the THRU report"),
    ("the b4 b5 trial slots", "the b4 b5 trial slots"),  # "b4" and "til" only before a when
    ("meet til (our contractor)", "meet til (our contractor)"),
])
def test_calendar_shorthand_is_written_out(said: str, written: str) -> None:
    assert as_written_out(said) == written


def revised_email(case: Case, notes: str) -> tuple[str, list[str]]:
    """The offline follow-up after these notes, every proposal accepted, and the checks it fails."""
    changes = read_notes(notes, case, today=dt.date(2026, 11, 27)).changes
    revised = revise(offline_draft(case, with_guidance=False), notes, accept_all(changes)).draft
    return render_text(revised.email), [c.message for c in revised.checks if not c.passed]


def test_the_notes_shorthand_is_written_out_in_the_email_and_it_passes_its_checks() -> None:
    case = make_case(manager={"name": "David Chen"})
    notes = ("met w/ David after school tues 24 nov\n- budget freeze so no TLR posts til september\n"
             "- he'll put my name fwd for the next TLR round, said he'd email the head about it before xmas\n"
             "- i'll run the yr 9 moderation in spring term")
    email, failed = revised_email(case, notes)
    assert "put my name forward" in email and "before Christmas" in email and "Year 9 moderation" in email
    assert not {"fwd", "xmas", "yr"} & set(email.lower().replace(".", " ").split())
    assert failed == []


@pytest.mark.usefixtures("rules_only")
def test_the_revised_email_says_the_days_in_full_and_passes_its_checks() -> None:
    case = make_case(manager={"name": "Dana Whitfield"})
    notes = ("catch up w Dana 26/11\nnot this cycle - budget freeze till april, she'll revisit at the april round\n"
             "i need to send her my survey draft by fri\nHR to confirm the grading tmrw")
    email, failed = revised_email(case, notes)
    assert "by Friday" in email and "April round" in email and "tomorrow" in email
    assert " fri" not in email and "april" not in email and "tmrw" not in email
    assert failed == []


def test_a_pending_follow_up_says_with_and_by_the_end_of_in_full_and_passes_its_checks() -> None:
    case = make_case(manager={"name": "Priya Shah"})
    notes = ("1on1 w Priya thurs 26 nov\nshe's putting me forward for senior BA at the jan calibration!!\n"
             "panel decides end of jan\nshe'll book 30 mins w marcus for me next wk")
    email, failed = revised_email(case, notes)
    assert "the panel will decide by the end of Jan" in email and "book 30 mins with marcus" in email
    assert " w " not in email
    assert failed == []


def test_my_actions_joined_by_plus_read_as_two_promises_in_the_email() -> None:
    case = make_case(manager={"name": "Priya Shah"})
    notes = ("1:1 w Priya 26/11\nnot this round, she'll look at it again in March\n"
             "AP me: send her the onboarding numbers by Fri + book the stakeholder course")
    email, failed = revised_email(case, notes)
    assert "I'll send you the onboarding numbers by Friday" in email and "book the stakeholder course" in email
    assert " + " not in email
    assert failed == []
