"""What development-81 to -84 showed at first sight: a step whose "it", "that" or "them" is a thing named just
before it read with the pronoun left in ("I'll book it this week", "she'll set that up"), which says nothing to the
director the email is forwarded to; and "first aid" cut to "aid" in a plan item. A step that points back to the
sentence before it quotes both sentences, so the page shows where its words come from. Notes written for these
tests."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from promo_ai.changes import ChangeItem
from promo_ai.export.text import render_text
from promo_ai.notes import read_notes
from promo_ai.offline import offline_draft
from promo_ai.revision import revise
from tests.helpers import make_case

TODAY = dt.date(2026, 12, 3)


def changes(notes: str) -> list[ChangeItem]:
    return list(read_notes(f"1:1 w Dana 2 Dec\n{notes}", make_case(manager={"name": "Dana Lee"}), today=TODAY).changes)


def steps(notes: str) -> dict[str, str | None]:
    return {c.text: c.owner for c in changes(notes) if c.kind == "next"}


@pytest.mark.parametrize(("notes", "text", "owner"), [
    ("She wants me to do the defensive driving course first.\nI will book it this week.",
     "book the defensive driving course this week", "me"),
    ("Needs my licence application signed off.\nI'll get it to her by next Wednesday.",
     "get my licence application to you by next Wednesday", "me"),
    ("she's putting me forward. She wants the controlled drugs audit redone first. I'll have that done by the 24th",
     "have the controlled drugs audit done by the 24th", "me"),
    ("she's putting me forward. Dana wants a deck for the quarterly review. I'll make it by Friday.",
     "make the deck by Friday", "me"),  # a review's probe
])
def test_it_in_a_sentence_of_its_own_is_the_thing_the_sentence_before_wants(notes: str, text: str, owner: str) -> None:
    found = [c for c in changes(notes) if c.kind == "next" and c.text == text]
    assert [c.owner for c in found] == [owner], steps(notes)
    wanted, promised = re.split(r"(?<=\.)\s+", notes)[-2:]
    assert wanted in found[0].source_quote and promised in found[0].source_quote  # both sentences quoted


@pytest.mark.parametrize(("notes", "text", "owner"), [
    ("Nadia (skip) wants a quick intro chat in Jan — I'll set it up", "set up the quick intro chat", "me"),
    ("she's putting me forward. Darren wants to meet me first, she'll set that up, prob next fortnight",
     "set up the meeting with Darren, prob next fortnight", "manager"),
    ("Waiting on my APER forms for 2024 and 2025, Admin (Sgt Bello) to trace them from the old division",
     "trace my APER forms from the old division", "other"),
    ("he said the panel will want a 10 min presentation on safeguarding so I need to prep that and send her a draft "
     "by 8th May", "prep the 10 min presentation and send you a draft by 8th May", "me"),
])
def test_it_in_the_same_sentence_is_the_thing_named_before_it(notes: str, text: str, owner: str) -> None:
    assert steps(notes).get(text) == owner, steps(notes)


@pytest.mark.parametrize(("notes", "kept"), [
    # the news, not a thing: "it" stays
    ("she's putting me forward. The new comp letter comes next week.\nShe'll announce it at Monday's huddle.",
     "announce it at Monday's huddle"),
    # one who is to see something is not the thing presented
    ("she wants the CMD (Prof Adeyinka) to see my PPH audit first -> I'll present it at the clinical meeting on 18 "
     "June", None),
    # a second opinion is not what she takes to the meeting
    ("she's putting me forward but wants a second opinion from the DoN, she'll bring it to their meeting on the 19th",
     "bring it to their meeting on the 19th"),
])
def test_it_is_left_as_written_when_what_comes_before_is_no_thing_to_send_or_book(notes: str, kept: str | None) -> None:
    found = steps(notes)
    assert not [t for t in found if re.match(r"(?i)\w+ (?:the|a) (?:CMD|second opinion|new comp letter)\b", t)], found
    if kept:
        assert kept in found, found


def test_first_aid_stays_first_aid_in_a_plan_item() -> None:
    notes = "not yet. She wants me to renew my first aid cert first."
    found = [c.text for c in changes(notes) if c.kind == "condition"]
    assert found and all("first aid" in text for text in found), found


def test_the_follow_up_email_names_what_it_points_back_to() -> None:
    notes = ("1:1 w Dana 2 Dec. Not this round.\nShe wants me to do the defensive driving course first.\n"
             "I will book it this week.\n")
    case = make_case(name="Sam Okafor", manager={"name": "Dana Lee"})
    found = list(read_notes(notes, case, today=TODAY).changes)
    email = render_text(revise(offline_draft(case, with_guidance=False), notes, found).draft.email)
    assert "book the defensive driving course this week" in email, email
    assert "book it this week" not in email, email


@pytest.mark.parametrize(("notes", "text"), [
    ("she wants a second opinion from Prof Rao on my PhD guidance count, she'll call him", "call Prof Rao"),
    ("Dana is for it but needs sign-off from Raj (IT director). She'll take it to him at the budget meeting March 10.",
     "take it to Raj at the budget meeting March 10"),
    ("she's keen but has to run it past the owner (Bianca), overseas till mid Dec\nDana will message her this week",
     "message Bianca this week"),
    ("she's putting me forward. She'll talk to Bazza when he's back from Bali and pass my email on to him",
     "talk to Bazza when he's back from Bali and pass my email on to Bazza"),
    # named in apposition, or as the one who must do something (a review's probes)
    ("Dana said the VP, Anita, needs to sign off. She'll take it to her on Monday.", "take it to Anita on Monday"),
    ("Dana says Marcus in Finance has to approve the budget line. She'll chase him.", "chase Marcus"),
    # "him" in a clause of someone else's stays: the one Lisa sees, not Lisa
    ("she's putting me forward. Lisa Tran wants to see Kyle act up. Dana will organise it for Kyle so Lisa can see "
     "him in it", "organise it for Kyle so Lisa can see him in it"),
])
def test_her_or_him_that_the_manager_reaches_is_the_one_named_before(notes: str, text: str) -> None:
    assert steps(notes).get(text) == "manager", steps(notes)


def test_her_boss_is_still_her_boss() -> None:
    assert steps("she's putting me forward. She'll tell her boss on Monday.") == {"tell your boss on Monday": "manager"}


def test_one_named_in_the_sentence_before_is_quoted_with_the_step() -> None:
    notes = "Dana is for it but needs sign-off from Raj (IT director). She'll take it to him on 10 March."
    (step,) = [c for c in changes(notes) if c.kind == "next" and c.owner == "manager"]
    assert step.text == "take it to Raj on 10 March" and "sign-off from Raj" in step.source_quote


def owned(notes: str, name: str = "Grace Mendoza", manager: str = "Rosa Santos") -> dict[str, str | None]:
    case = make_case(name=name, manager={"name": manager})
    return {c.text: c.owner for c in read_notes(notes, case, today=TODAY).changes if c.kind == "next"}


def test_her_email_under_a_lead_in_that_names_her_is_hers() -> None:
    notes = ("pasting the email from Mrs. Santos after our 1-on-1 on 01/12:\n\nHi Grace,\nThanks for today. I'm "
             "recommending you for Head of Year. Final approval is with the Deputy Head, Mr. Tan, and HR has to "
             "check the budget first. "
             "I'll have an answer for you by end of January. Meanwhile please send me your attendance figures so I can "
             "attach them.\nBest,\nRosa\n\nmy notes:\n- it's the budget")
    found = owned(notes, manager="Mrs. Santos")  # signed with her first name, which the case does not give
    assert found.get("have an answer for me by end of January") == "manager", found
    assert found.get("send you my attendance figures so you can attach them") == "me", found  # not "send Rosa"


def test_her_email_greeting_me_with_a_title_and_under_a_from_line_is_hers() -> None:
    notes = ("From Ma'am Santos (principal), sent after our meeting 2 Dec:\n\nGood afternoon Teacher Grace,\n"
             "As discussed, I will include you in the list of nominees for Master Teacher I. I will sign the "
             "endorsement once your papers are complete.\nThank you.\n\nme:\n- ask the admin office for my "
             "demo certificate, I'll go Thursday")
    found = owned(notes)
    assert found.get("include me in the list of nominees for Master Teacher I") == "manager", found
    assert found.get("sign the endorsement once my papers are complete") == "manager", found


def test_a_forwarded_email_goes_on_past_its_own_heading_to_the_name_that_signs_it() -> None:
    notes = ("Fwd from Rosa after our 1:1 (3/26):\n\nHi Grace,\nWe can't move on the role this quarter. I want to "
             "revisit this in July.\nIn the meantime:\n- Get your first aid renewal done (I'll approve the request "
             "once you submit it)\n- I'll set up a skip-level with Angela in June\nRosa\n\nMy notes: budget, not me.")
    found = owned(notes)
    assert found.get("set up a skip-level with Angela in June") == "manager", found
    changes = read_notes(notes, make_case(name="Grace Mendoza", manager={"name": "Rosa Santos"}), today=TODAY).changes
    plan = [c.text for c in changes if c.kind == "condition"]
    assert any("once I submit it" in text for text in plan), plan


def test_a_british_double_l_verb_keeps_one_l() -> None:
    found = steps("she's putting me forward. She's cancelling Friday's panel so it can sit in March")
    assert "cancel Friday's panel so it can sit in March" in found, found


@pytest.mark.parametrize(("notes", "text"), [
    # a review's probes: the promise to send what she wants is kept, in its own words with the thing named
    ("she's putting me forward. Dana wants the pay review letter. I'll forward it to her.",
     "forward the pay review letter to you"),
    # what she wants done is the thing, not how she wants it ("filled in")
    ("she's putting me forward. Dana wants the competency framework filled in. I'll fill that in by the 20th.",
     "fill the competency framework in by the 20th"),
])
def test_a_promise_after_what_she_wants_is_one_step_that_names_it(notes: str, text: str) -> None:
    found = [c for c in changes(notes) if c.kind == "next" and c.owner == "me"]
    assert [c.text for c in found] == [text], found


def test_it_is_never_read_through_a_private_line() -> None:
    notes = ("Not this round. She wants me to do the defensive driving course first. don't mention my back op in the "
             "email. I will book it this week.")
    found = [c for c in changes(notes) if c.kind == "next"]
    assert [c.text for c in found] == ["book it this week"], found
    assert not [c for c in found if "back op" in c.source_quote]
