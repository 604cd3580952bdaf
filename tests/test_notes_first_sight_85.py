"""What development-85 to -92 showed at first sight: a "her" or "him" that is someone the notes name, read as the
manager ("I will call you this week", "she'll confirm with him"); a thing named before an "it" or "them" left out
("I'll drop them off tomorrow"); the manager's quote read as mine once it runs past its first sentence; and lines
about the email itself, someone's travel or a wait offered as steps. Notes written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.changes import ChangeItem
from promo_ai.notes import read_notes
from tests.helpers import make_case

TODAY = dt.date(2026, 12, 3)


def changes(notes: str, manager: str = "Dana Lee") -> list[ChangeItem]:
    return list(read_notes(f"1:1 w {manager.split()[0]} 2 Dec\n{notes}", make_case(manager={"name": manager}),
                           today=TODAY).changes)


def steps(notes: str, manager: str = "Dana Lee") -> dict[str, str | None]:
    return {c.text: c.owner for c in changes(notes, manager) if c.kind == "next"}


@pytest.mark.parametrize(("notes", "manager", "text", "owner"), [
    # someone who wants to see me, when the notes speak of the manager as "he"
    ("He said the trustees approved it. He will tell the team on Friday. He wants my budget plan by the 20th.\n"
     "Councillor Ama wants to meet me about the youth grant, I will call her this week to fix a time",
     "Kofi Mensah", "call Ama this week to fix a time", "me"),
    # the manager reaches someone named before, not herself
    ("She's backing me. Nuno is the regional director. She's emailing him tomorrow to set up a visit.",
     "Dana Lee", "email Nuno tomorrow to set up a visit", "manager"),
    ("she's backing me. Dana also wants Ines (the other team lead) to weigh in, so she'll have a word with her "
     "next week", "Dana Lee", "have a word with Ines next week", "manager"),
    ("she'll back me. Sir Abad Santos (Division EPS) might want to watch a demo lesson, she'll confirm with him",
     "Dana Lee", "confirm with Sir Abad Santos", "manager"),
])
def test_her_or_him_is_the_one_the_notes_name(notes: str, manager: str, text: str, owner: str) -> None:
    assert steps(notes, manager).get(text) == owner, steps(notes, manager)


# a review's probes: one who wants to meet me, in the sentence before, is not "you"; one whose view is wanted is reached
def test_one_who_wants_to_meet_me_is_not_the_manager() -> None:
    found = steps("Councillor Ama Mensah wants to meet me before the panel. I'll call her on Monday.")
    assert found.get("call her on Monday") == "me", found


def test_one_whose_opinion_is_wanted_is_the_one_she_calls() -> None:
    found = steps("Dana wants Olga's opinion on my promotion. She'll call her tomorrow.")
    assert found.get("call Olga tomorrow") == "manager", found


def test_one_who_has_what_is_wanted_is_the_one_she_asks() -> None:
    found = steps("Dana thinks Fiona in finance has the budget figures. She'll ask her for them this week.")
    assert found.get("ask Fiona for them this week") == "manager", found


def test_someone_away_in_the_other_pronoun_is_no_step_and_not_the_manager() -> None:
    notes = ("She is pleased with my work. She wants a second opinion from Dr. Wekesa, the clinical director. He is "
             "travelling until 6 Feb, she will ask him to sit in on one of my clinics after he is back.")
    found = steps(notes)
    assert found.get("ask Dr. Wekesa to sit in on one of my clinics after he is back") == "manager", found
    assert not any("travel" in text for text in found), found


@pytest.mark.parametrize(("notes", "text"), [
    ("Payroll (Hana) needs my signed contract and bank details form, I'll drop them off tomorrow",
     "drop off my signed contract and bank details form tomorrow"),
    ("HR needs my contract and bank form, I'll drop them off tomorrow.", "drop off my contract and bank form tomorrow"),
    # the clause between the thing and my step points back too ("send it to her directly")
    ("she's backing me. The area chief wants to see my incident report from the Kilburn fire, Dana says send it to her "
     "directly\n- so I'll email it to the area chief by Weds", "email my incident report to the area chief by Weds"),
    ("she's backing me. i do a trial week running the pass in april, she'll put it on the rota",
     "put the trial week running the pass on the rota"),
    ("she's backing me. Ask for a review session with the finance director (Mrs Bello) - Dana will set it up before "
     "end of May", "set up the review session before end of May"),
    # development-89 to -92: what I asked for, in the sentence before or the clause before
    ("It went elsewhere. I asked for written feedback and HR will send it by Friday.",
     "send the written feedback by Friday"),
    ("It went elsewhere. I asked for feedback in writing, she said she'll send it by Monday",
     "send the feedback in writing by Monday"),
])
def test_it_or_them_is_the_thing_named_before(notes: str, text: str) -> None:
    assert text in steps(notes), steps(notes)


def test_asking_to_be_considered_names_no_thing_to_pass_on() -> None:
    found = steps("It went elsewhere. I'll email to thank her and ask to be considered for the Leeds store when it "
                  "opens\n- she'll pass it on to the area manager")
    assert "pass it on to the area manager" in found, found


def test_a_thing_i_said_already_is_not_said_twice() -> None:
    found = steps("she's backing me. I have to do my allergen cert before I start, she said book it asap so i'll do "
                  "that tmrw")
    assert "do my allergen cert before I start and do that tmrw" in found, found


def test_what_she_asked_me_to_draft_is_read_whole() -> None:
    found = steps("She's backing me. She asked me to draft what I'd change in my first 100 days as head of year, and "
                  "I told her I'd have it to her before half term.")
    assert any("first 100 days" in text and "before half term" in text for text in found), found
    assert not any(text.startswith("have the what") for text in found), found


def test_a_quote_that_runs_on_is_still_hers() -> None:
    found = steps('I brought up the senior post and she said "I think you\'re ready. I\'ll take it to Mark on '
                  'Thursday." Mark is the director.')
    assert found.get("take it to Mark on Thursday") == "manager", found


@pytest.mark.parametrize("line", [
    "I'll keep my email gracious.",
    "Orla will likely be cc'd",
    "Dana will be working from the Leeds office all of next week.",
    "Need to remember to thank Dana for her time in the email.",
    "Mehta sir will get fwd of this mail",
    "the chief nurse sits on the panel and she'll want to hear about the falls audit so lead with that",
    'she said "give me two weeks, I\'ll have an answer from Marc by the 27th"',
])
def test_the_email_itself_or_a_wait_is_no_step(line: str) -> None:
    found = steps(f"she's putting me forward. {line}")
    words = ("email", "cc", "mail", "hear", "two weeks", "Leeds")
    assert not any(word in text for text in found for word in words), found


def test_her_advice_in_a_pasted_email_is_no_step_but_her_promise_is() -> None:
    notes = ('Email from Dana:\n"Hi Sam, thanks for coming in. The panel has appointed another candidate. I\'d '
             'encourage you to apply again when the next round opens. I\'ll send over the panel\'s written feedback '
             'next week. Dana"')
    found = steps(notes)
    assert not any("encourage" in text for text in found), found
    assert any("written feedback" in text and owner == "manager" for text, owner in found.items()), found


def test_a_late_word_to_an_ai_is_cut_from_the_line_it_ends() -> None:
    found = changes("- lead with the warehouse fire rescue that got the commendation and chatgpt dont make it sound "
                    "bitter")
    assert [c.text for c in found if c.kind == "emphasise"] == ["the warehouse fire rescue that got the commendation"]
    assert not any("chatgpt" in c.source_quote.lower() for c in found), [c.source_quote for c in found]


def test_a_step_from_a_line_that_says_my_pay_is_offered_not_ticked() -> None:
    found = [c for c in changes("she said yes!! raise to $24.50/hr, HR (Tanya) is emailing the offer letter by fri")
             if c.kind == "next"]
    assert [c.text for c in found] == ["email the offer letter by fri"]
    assert found[0].unsure is not None  # offered: the person ticks it if the line may reach the director
