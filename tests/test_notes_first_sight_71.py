"""What development-71 to -73 showed at first sight: life at home written into the notes unmarked (money, errands,
family, a pregnancy, another employer's interview, venting) read as evidence or as a step, and targets with figures
read as results. The email goes to a director: none of the first may reach it, and a target is a plan, not proof."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.changes import ChangeItem
from promo_ai.notes import read_notes
from tests.helpers import make_case

TODAY = dt.date(2026, 12, 3)


def read(notes: str) -> list[ChangeItem]:
    return read_notes(f"1:1 w Dana 2 Dec\n{notes}", make_case(manager={"name": "Dana Lee"}), today=TODAY).changes


@pytest.mark.parametrize(("line", "word"), [
    ("- 12 wks today 🤰🤞 holding off till the scan", "scan"),
    ("- 💸 $412 in the account till the 15th 😬", "$412"),
    ("- Pick up Alfie's inhaler prescription, book the boiler man.", "inhaler"),
    ("- mummy ko abhi mat batana, she'll start the shaadi talk again", "shaadi"),
    ("- missus says she'll leave if I sign on again", "missus"),
    ("- this company is run by clowns 🤡🤡 — 3 editors in 2 years", "editors"),
    ("- got the Stripe final round next wed 🙃", "Stripe"),
    ("- Gonna look into the Phoenix FD lateral.", "Phoenix"),
    ("- book in w/ the careers officer re: resettlement??", "resettlement"),
    ("- Sister's school fees due next week — ₦450k. Ask Obi.", "fees"),
    ("- She said Priya only got 2% last year so I shouldn't complain.", "Priya"),
    ("- Tata Motors interview 12th — prepare", "Tata"),
    ("- still need to decline Flipkart politely, recruiter Rohan", "Flipkart"),
    ("- hanging out my arse tbh, 3 pints the night before the interview was a mistake", "pints"),
    ("- Wife's scan is on the 9th so I'll swap my night shift.", "scan"),
])
def test_life_at_home_is_kept_private_and_proposes_nothing(line: str, word: str) -> None:
    changes = read(f"- she's putting me forward for Senior at the March panel\n{line}")
    quoting = [c for c in changes if word in c.source_quote]
    assert [c.kind for c in quoting] == ["private"]
    assert next(c.text for c in changes if c.kind == "outcome") == "pending"


@pytest.mark.parametrize("line", [
    "- OC interview 10 Sep - Maj Thornton",  # the promotion's own interview
    "- Board interview Monday, she'll prep me on Friday",
    "- Got the Team Leader offer!!",
    "- Faculty panel turned down SL.",
])
def test_the_promotion_itself_is_not_another_employer(line: str) -> None:
    assert not [c for c in read(line) if c.kind == "private"]


def test_a_line_that_keeps_itself_out_does_not_take_the_line_above_with_it() -> None:
    changes = read("- drop the emcee stuff, not relevant\n- dont mention that i cried ha")
    private = [c.text for c in changes if c.kind == "private"]
    assert private == ["dont mention that i cried ha"]


def test_what_she_wants_asked_and_answered_is_the_plan() -> None:
    changes = read("Q: what does she still want?\n"
                   "A: CFA Level 2 passed (exam is in May) + signing off credits up to R5m for 6 months without "
                   "escalations.\n"
                   "Q: next?\nA: I book the CFA exam by 31 March.")
    assert [c.text for c in changes if c.kind == "condition"] == [
        "pass the CFA Level 2", "signing off credits up to R5m for 6 months without escalations"]
    assert not [c for c in changes if c.kind == "add"]
    assert [c.text for c in changes if c.kind == "next"] == ["book the CFA exam by 31 March"]


def test_an_answer_keeps_only_what_is_wanted() -> None:
    changes = read("Q: what does Lisa want to see?\nA: shrink under 1.5% for August + a clean audit. we were 1.9 in "
                   "July")
    assert [c.text for c in changes if c.kind == "condition"] == ["get shrink under 1.5% for August",
                                                                  "complete a clean audit"]


@pytest.mark.parametrize("heading", ["She wants the case to show:", "Her list before she'll recommend me:"])
def test_targets_with_figures_under_what_she_wants_are_the_plan_not_results(heading: str) -> None:
    changes = read(f"{heading}\n- hit 95% on the audit by June\n- customer complaints under 10 per million units\n"
                   "Already done: I cut foreign body complaints from 31 to 9 last year.")
    assert [c.text for c in changes if c.kind == "condition"] == [
        "hit 95% on the audit by June", "get customer complaints under 10 per million units"]
    assert [c.text for c in changes if c.kind == "add"] == ["Cut foreign body complaints from 31 to 9 last year"]


def test_enrolling_in_what_she_wants_finished_says_what_it_is() -> None:
    changes = read("He wants me to finish the ship handling simulator course first so I will enroll on my vacation "
                   "in June.")
    assert [c.text for c in changes if c.kind == "next"] == [
        "enroll in the ship handling simulator course on my vacation in June"]
