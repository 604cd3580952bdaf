"""Plans, keep-outs and evidence as more notes write them (notes written for these tests):
- a plan under a heading said in more ways ("what she wants to see (panel will ask)", "gaps:", "things Karen
  will want before she signs off:", "Before he can recommend me:", "Before interviews she wants me to:", "plan:"),
  with its items indented instead of bulleted; an action list's "X -> to be done by gordon" is not a plan item;
- "(personal)" at the end of a line and "don't quote that" keep the line out of the email;
- "didnt get it, post went to kerry" and "i must present the numbers ..." are never evidence;
- dictated notes that say their punctuation ("full stop", "new line") are read sentence by sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.changes import ChangeItem, accept_all
from promo_ai.notes import read_notes
from tests.helpers import make_case

TODAY = dt.date(2026, 12, 3)


def read(notes: str) -> list[ChangeItem]:
    return list(read_notes(notes, make_case(manager={"name": "Fiona Grant"}), today=TODAY).changes)


def kinds(changes: list[ChangeItem], kind: str) -> list[str]:
    return [c.text for c in changes if c.kind == kind]


@pytest.mark.parametrize("heading", [
    "what she wants to see (panel will ask)", "gaps:", "things Karen will want before she signs off:",
    "Before he can recommend me:", "Before interviews she wants me to:", "plan:",
    "He'll put me back up next cycle if I knock out the gaps:"])
def test_a_plan_under_a_heading_with_indented_items(heading: str) -> None:
    changes = read(f"1:1 with Fiona 2 Dec. Not this cycle, she'll revisit in April.\n{heading}\n"
                   "  get my ACLS renewed (expired march)\n  shadow Priya on the rota - 3 months\n"
                   "  finish the IV therapy cert\nI'll send her my CV by Friday.")
    plan = kinds(changes, "condition")
    assert any("ACLS renewed" in c for c in plan) and any("shadow Priya" in c for c in plan) and any(
        "IV therapy cert" in c for c in plan), plan
    assert not any("ACLS" in s or "IV therapy" in s for s in kinds(changes, "next") + kinds(changes, "add"))
    assert any("CV" in s for s in kinds(changes, "next"))


def test_an_indented_line_is_not_a_plan_item_without_a_heading() -> None:
    changes = read("1:1 with Fiona 2 Dec. Not this cycle.\nwins this year:\n  cut waiting times from 9 to 3 weeks")
    assert not kinds(changes, "condition")


def test_an_action_list_under_plan_stays_steps() -> None:
    changes = read("gordon 1-2-1 mon 30th nov\nnot yet -> no advanced rate till i have the CISRS advanced card\n"
                   "plan:\n course booking -> to be done by gordon, Motherwell, june intake\n"
                   " logbook sign-off to be done by the safety team (Ewan) before the course\n")
    assert not [c for c in kinds(changes, "condition") if "course booking" in c or "sign-off" in c]


@pytest.mark.parametrize("line, word", [
    ("$$ Marcus makes 68k as shift sup on 1st, don't quote that, I'm just using it to negotiate", "68k"),
    ("me - get my POA rep to chase the review timeline (personal)", "POA rep"),
])
def test_a_line_marked_private_never_reaches_the_email(line: str, word: str) -> None:
    changes = read(f"1:1 with Fiona 2 Dec. Got it! Senior from January.\n{line}\nFiona -> offer letter by Friday")
    assert any(word in c.source_quote for c in changes if c.kind == "private")
    assert not [c for c in accept_all(changes) if c.kind != "private" and word in c.source_quote]


def test_the_outcome_said_with_a_number_is_not_evidence() -> None:
    changes = read("cm ahmed 25/11. SO board - didnt get it, post went to kerry from house block 2.\n"
                   "he'll send the board feedback sheet over next week")
    assert not [a for a in kinds(changes, "add") if "kerry" in a]


def test_what_i_must_do_is_never_evidence_even_put_up_front() -> None:
    changes = read("met fiona 1 dec she will recommend me. i must present the 14 level blasting numbers to the "
                   "mine manager advance went from 2.8 to 3.4 metres per blast put that up front")
    assert not [a for a in kinds(changes, "add") if "present" in a.lower()]


def test_didnt_get_it_is_not_an_instruction_to_add() -> None:
    changes = read("1:1 with Fiona 2 Dec. Band 7 - didnt get it, went to the external candidate with 12 yrs.")
    assert not kinds(changes, "add")


def test_dictated_punctuation_ends_sentences() -> None:
    changes = read("meeting with fiona wednesday 2nd december new line she is recommending me for senior full stop "
                   "i need to send her the dwell time report by friday full stop dwell time down from 6 days to 3 "
                   "days put that first new line do not mention the audit")
    steps = kinds(changes, "next")
    assert any(s.startswith("send you the dwell time report") and "full stop" not in s for s in steps), steps
    assert any("dwell time down from 6 days to 3 days" in a.lower() for a in kinds(changes, "add"))


def test_a_new_line_manager_is_not_dictation() -> None:
    changes = read("1:1 with Fiona 2 Dec. She'll put me forward. My new line manager from January is Sam Ortiz, "
                   "he'll sign off my probation by March. New line of business launched full stop.")
    assert any(c.source_quote.startswith("My new line manager from January is Sam Ortiz") for c in changes)


def test_a_plan_said_mid_line_is_the_plan_and_others_steps_stay() -> None:
    changes = read("sun 29/11 chat w/ Fiona. not this round.\nhe said im nearly there but need to own the GP. "
                   "plan = i run costing + ordering for the whole kitchen next 3 months, get GP back to 72%")
    plan = kinds(changes, "condition")
    assert any("GP back to 72%" in c for c in plan) and not [a for a in kinds(changes, "add") if "72%" in a]
    changes = read("1:1 with Fiona 2 Dec. Not this cycle. Plan: I take over the three largest enterprise accounts in "
                   "Q4, and Josh will get me into the leadership program that starts in October.")
    assert any("enterprise accounts" in c for c in kinds(changes, "condition"))
    assert [c.who for c in changes if c.kind == "next" and "leadership program" in c.text] == ["Josh"]


@pytest.mark.parametrize("line, word", [
    ("Also I'm going on reduced hours from Sept, not for now.", "reduced hours"),
    ("dinnae put anything aboot the appeal in the email", "appeal"),
])
def test_more_ways_to_keep_a_line_out(line: str, word: str) -> None:
    changes = read(f"1:1 with Fiona 2 Dec. She'll put me forward.\n{line}")
    assert any(word in c.source_quote for c in changes if c.kind == "private")
    assert not [c for c in accept_all(changes) if c.kind != "private" and word in c.source_quote]


def test_not_for_now_about_the_promotion_is_still_the_outcome() -> None:
    assert kinds(read("1:1 with Fiona 2 Dec.\nPromo: not for now. Revisit in April."), "outcome") == ["not_yet"]


def test_a_plan_to_be_ready_heads_the_plan() -> None:
    changes = read("1on1 w/ Fiona - 1 Dec\nhiring freeze on TLs til end of Q2 so its a not yet.\n"
                   "plan to be ready when it lifts:\n- get CSAT up to 92 by Q2 (mine went 85 -> 89 over the holidays)\n"
                   "- 3 more months as acting TL on the weekend shift\n- pass the coaching cert in april")
    plan = kinds(changes, "condition")
    assert len(plan) == 3 and not kinds(changes, "add") and not [c for c in changes if c.kind == "next"
                                                               and "CSAT" in c.text]


def test_asking_about_something_quietly_is_private() -> None:
    line = "- me: set up a call with Thabo re mentoring (and ask him about the union thing quietly)"
    changes = read(f"1:1 with Fiona 2 Dec. She'll put me forward.\n{line}")
    assert not [c for c in accept_all(changes) if "union" in c.source_quote and c.kind != "private"]
