"""What a review of the privacy change found (a helper wrote lines of many jobs against the old and new reader): the
first patterns for life at home also caught work. A recruiter's candidates, a heating engineer's boiler services, a
pharmacy's prescriptions, a family's tears written as praise, the promotion's own offer and interview: all work,
none private. And what was shown to the panel, asked and answered, is evidence, not a plan."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.changes import ChangeItem
from promo_ai.notes import read_notes
from promo_ai.notes.privacy import is_private
from tests.helpers import make_case

TODAY = dt.date(2026, 12, 3)


def read(notes: str) -> list[ChangeItem]:
    return read_notes(f"1:1 w Dana 2 Dec\n{notes}", make_case(manager={"name": "Dana Lee"}), today=TODAY).changes


@pytest.mark.parametrize("line", [
    "Got the Ward Manager offer!!",
    "The next round of promotions is in April, Dana will put me forward.",
    "Mock interview Thursday with Dana, I'll bring my portfolio.",
    "I had an interview with HR on Tuesday, they said the grade change is approved.",
    "Add: I placed 40 candidates this quarter, recruiter Rohan helped.",
    "Add: I led the resettlement of 40 Syrian families in 2025.",
    "Add: I ran the Black Friday offer and sales were up 30%.",
    "Add: turned round declining Year 10 attendance from 88% to 94%.",
    "Add: I did 300 boiler service visits in 2025 with zero recalls.",
    "Add: I set up the system to collect the repeat prescription requests online.",
    "Add: Mrs Patel's daughter cried and thanked me on the ward, Dana said use it as an accolade.",
    "Add: found $50k in the account suspense that nobody had reconciled.",
    "Next: I'll pay the supplier loan drawdown by Friday.",
    "Dentist 9am list - I ran the whole thing solo with no delays, add that.",
    "Add: I'm on mat leave cover for Sarah's Band 7 role since May.",
    "Add: Ward only got 60% on the audit before I took over, now 98%.",
    "Add: Tom failed his mock in Nov, I tutored him to a grade 7.",
    "Add: I cut rent due arrears by £80k across 300 tenancies.",
    "Add: we sold 4000 pints at the festival bar I managed.",
    "Add: my shitake risotto special sold 400 covers.",
    "Add: I directed the clowns in the circus tour.",
    "Add: played Mummy in the panto for 40 shows.",
    "Next: I'll look into the lateral flow test stock for the ward.",
    "Could add that green schools cut the school's electricity bill by 12%.",
    "I'm taking the Team Leader offer, starting in March.",
    "thinking about the Senior offer, will reply Monday",
    "I had an interview at HQ.",
])
def test_work_that_only_sounds_like_home_is_not_private(line: str) -> None:
    assert not is_private(line)


@pytest.mark.parametrize("line", [
    "Got the Ward Manager offer!!",
    "Got the Band 7 after the interview on Tuesday!!",
    "Got the promotion, the final round went great",
])
def test_the_promotion_offered_or_won_after_an_interview_is_promoted(line: str) -> None:
    assert [c.text for c in read(line) if c.kind == "outcome"] == ["promoted"]


@pytest.mark.parametrize("line", [
    "this was basically the counter to my Flipkart offer, she knows",
    "I have the Stripe onsite on the 15th lol",
    "honestly gutted, went home & cried, whatever",
])
def test_another_employer_and_tears_of_ones_own_stay_private(line: str) -> None:
    assert is_private(line)


def test_what_was_shown_under_what_she_wants_to_see_is_evidence() -> None:
    changes = read("She wants the case to show:\n- the 98% hand hygiene audit I led\n- one more audit cycle")
    assert [c.text for c in changes if c.kind == "condition"] == ["complete the one more audit cycle"]
    assert [c.text for c in changes if c.kind == "add"] == ["The 98% hand hygiene audit I led"]


@pytest.mark.parametrize("notes", [
    "Q: what did the panel look for?\nA: leadership examples - I gave the ward reconfiguration and the 98% audit",
    "Q: what will HR need?\nA: nothing, Dana has it all.",
    "Dana's list before the panel:\n- my OSCE passed (done in Nov)",
])
def test_an_answer_that_is_done_or_nothing_is_no_plan(notes: str) -> None:
    assert not [c for c in read(notes) if c.kind == "condition"]


def test_an_answer_that_is_a_step_stays_a_step() -> None:
    changes = read("Q: what does she need from me by Friday?\nA: the signed JD and my 360 feedback - I'll send both "
                   "Thursday.")
    assert not [c for c in changes if c.kind == "condition"]
    assert [(c.owner, c.by) for c in changes if c.kind == "next"] == [("me", "Thursday")]


def test_a_thing_sent_on_to_someone_after_another_step_reads_as_both() -> None:
    steps = [c.text for c in read("not this round. I'll ask HR about the form, then send it to her by Friday.")
             if c.kind == "next"]
    assert steps == ["ask HR about the form and send it to you by Friday"]  # not "ask HR about the form to you"
    assert [c.text for c in read("she'll write the letter, send it by Fri") if c.kind == "next"] == [
        "write the letter by Fri"]
