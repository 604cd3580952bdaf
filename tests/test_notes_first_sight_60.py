"""Misreadings found at first sight of three blind sets, development-60 (things to keep out of the email),
development-61 (busy debriefs) and development-62 (notes typed fast on a phone), each a thing a person would
notice. Notes written for these tests, in the sets' styles."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.changes import ChangeItem, accept_all
from promo_ai.export.text import render_text
from promo_ai.notes import read_notes
from promo_ai.notes.joined import split_joined
from promo_ai.notes.outcome import sentence_outcome
from promo_ai.offline import offline_draft
from promo_ai.revision import revise
from tests.helpers import make_case

TODAY = dt.date(2026, 2, 10)


def read(notes: str, manager: str = "Dana Lee") -> list[ChangeItem]:
    return list(read_notes(notes, make_case(manager={"name": manager}), today=TODAY).changes)


def of(changes: list[ChangeItem], kind: str) -> list[ChangeItem]:
    return [c for c in changes if c.kind == kind]


@pytest.mark.parametrize(("line", "steps"), [
    ("she'll announce it at the huddle tmrw + hr (carlo) will email the new sched",
     [("manager", None, "tmrw"), ("other", "hr", None)]),
    ("he's telling the ops mgr this arvo + hr sending contract nxt wk",
     [("manager", None, "this arvo"), ("other", "hr", "nxt wk")]),
    ("I'll send the deck on Friday and Priya will book the room for the panel",
     [("me", None, "Friday"), ("other", "Priya", None)]),
    ("she'll raise it at calibration and then HR will send the contract",
     [("manager", None, None), ("other", "HR", None)]),
])
def test_two_peoples_steps_in_one_sentence_are_two_steps(line: str, steps: list[tuple[str, str | None, str | None]]
                                                          ) -> None:
    # the second person's step was read as the first's: "tell the ops mgr this arvo + hr sending contract"
    found = of(read(f"1:1 w Dana 9/2, she's putting me forward.\n{line}"), "next")
    assert [(c.owner, c.who, c.by) for c in found if "forward" not in c.text] == steps
    assert not [c for c in found if " + " in c.text or " will " in c.text]


@pytest.mark.parametrize("sentence", [
    "she'll announce it at the huddle and she'll email the new rota",  # one person: one step, as written
    "if I finish the audit and she agrees, HR will send the contract",  # hangs on a condition
    "I need to look up the course dates and talk to Orla about the handover",  # "talk to" is no one
    "he's sending the recommendation by friday and I'm writing a summary for him",  # "I'm" is no name
    'OC: "tick both boxes and I\'ll grade you Outstanding"',  # someone's words: whose "I" is read from the whole
])
def test_a_sentence_of_one_thought_stays_whole(sentence: str) -> None:
    assert split_joined(sentence) == [sentence]


def test_a_list_of_things_to_send_stays_in_the_step() -> None:
    # "send my CV" lost the rest of the list and its date
    (step,) = [c for c in of(read("1:1 w Dana 9/2, she's putting me forward.\nI will send my CV, cover letter and "
                                  "references by Friday"), "next") if c.owner == "me"]
    assert (step.text, step.by) == ("send my CV, cover letter and references by Friday", "Friday")


@pytest.mark.parametrize("line", ["also need to sort the dog sitter for the long-haul trips lol.",
                                  "-> me: call about the Sept daycare waitlist!!",
                                  "personal: creche hours change in June, need to sort the childcare first",
                                  "custody hearing is on the 14th so I'm off that day"])
def test_care_at_home_is_private(line: str) -> None:
    # the dog sitter was offered as my step, ticked, and reached the thank-you email
    changes = read(f"1:1 w Dana 9/2, she's putting me forward.\n{line}")
    assert of(changes, "private")
    assert not [c for c in changes if c.kind != "private" and ("sitter" in c.text or "care" in c.text.lower()
                                                               or "custody" in c.text)]


def test_a_nursery_s_own_work_is_not_private() -> None:
    changes = read("1:1 w Dana 9/2, she's putting me forward.\nadd that I run the baby room at the daycare, 12 kids")
    assert not of(changes, "private") and of(changes, "add")


def test_an_ai_instruction_in_a_run_on_is_not_part_of_a_step() -> None:
    notes = ("ok so met greg june 3rd he says he will take my name to the controller for the accounting manager spot "
             "but the CFO wants to look at the org chart first so nothing until after the Q2 close I need to send him "
             "a one pager of my wins by next wednesday greg is also going to loop in Natalie the controller so cc "
             "her on the recap make it sound confident")
    steps = of(read(notes), "next")
    assert steps and not [c for c in steps if "confident" in c.text or "confident" in c.source_quote]


def test_a_want_cut_short_is_no_condition() -> None:
    notes = "Met Dana 9/2, not this cycle. he wants me to\nlead with the month end close, 10 days to 6"
    assert not [c for c in of(read(notes), "condition") if c.text.strip() in {"complete me to", "complete to"}]


@pytest.mark.parametrize("line", ["nope ❌ its going to the locum from bendigo",
                                  "nope, they went with someone from head office"])
def test_nope_is_a_no(line: str) -> None:
    (outcome,) = of(read(f"catch up w/ Dana mon re pharmacist in charge\n{line}"), "outcome")
    assert outcome.text == "no"


def test_an_action_line_for_someone_else_is_theirs() -> None:
    # it read "complete the HR to issue the updated offer letter this week", as a step of mine
    (step,) = [c for c in of(read("1:1 w Dana 9/2, she's putting me forward.\nAction: HR to issue the updated offer "
                                  "letter this week"), "next") if "offer" in c.text]
    assert (step.owner, step.who, step.text, step.by) == ("other", "HR", "issue the updated offer letter this week",
                                                          "this week")


def test_a_condition_does_not_repeat_the_promotion_it_waits_on() -> None:
    # "finish my leadership 360 before you'll put me forward" would read, in the plan, as a promise made for her
    (condition,) = of(read("Met Dana 9/2, not this cycle.\nI need to finish my leadership 360 before she'll put me "
                           "forward, that's the big thing"), "condition")
    assert condition.text == "finish my leadership 360"


@pytest.mark.parametrize("line", ["I will not be doing the school committee anymore he agreed",
                                  "if the cohort had been bigger she'd have put me in this cohort"])
def test_what_stops_or_might_have_been_is_no_step(line: str) -> None:
    assert not [c for c in of(read(f"Met Dana 9/2, not this cycle.\n{line}"), "next") if "committee" in c.text
                or "cohort" in c.text]


def test_more_line_checks_is_a_plan_not_someones_pay() -> None:
    # "get 2 more line checks" was read as "gets 2 more" (someone's pay) and the whole plan kept private
    changes = read("Met Dana 9/2. not this time, revisit after may\n✈️ she wants me to finish the CRM facilitator "
                   "module + get 2 more line checks signed off first")
    assert not of(changes, "private") and [c.text for c in of(changes, "condition")]


@pytest.mark.parametrize("line", ["if the comp comes up sooner I'd need a reference from the Chief, he says no bother",
                                  "not keen but didn't say no"])
def test_a_no_that_answers_nothing_is_not_read_as_a_no(line: str) -> None:
    # read as a no by the rules, which the notes' own model cannot overrule
    assert sentence_outcome(line) is None


@pytest.mark.parametrize(("line", "wrong"), [
    ("Sister Mary will recommend me for the NABH internal auditor training in November", "NABH"),
    ("q: would I get a bump as senior pharmacist instead?", "Senior Pharmacist")])
def test_a_course_or_a_question_is_no_title(line: str, wrong: str) -> None:
    assert wrong not in [c.text for c in of(read(f"Met Dana 9/2, she's putting me forward.\n{line}"), "title")]


def test_a_role_at_a_training_centre_is_still_a_role() -> None:
    changes = read("Met Dana 9/2. Supervisor role - didn't get it. She suggested the Inflight Instructor role at the "
                   "training center (Houston) as an alternative")
    assert [c.text for c in of(changes, "title")] == ["Inflight Instructor"]


def test_hr_doing_it_after_a_comma_is_hrs_own_step() -> None:
    steps = of(read("1:1 w Dana 9/2 - team leader confirmed!!\nshe'll do the roster changes, hr (jo) sending "
                    "paperwork tmrw"), "next")
    assert [(c.owner, c.who, c.by) for c in steps] == [("manager", None, None), ("other", "hr", "tmrw")]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("line", "step"), [
    ("the promotions panel only sits in November", ("promotions panel", "sit in November", "November")),
    ("board sits 22nd", ("board", "sit 22nd", None))])
def test_when_the_panel_sits_is_its_step(line: str, step: tuple[str, str, str | None]) -> None:
    # the rules' reading (the gate may still weigh it): "only sits" was not read, nor a bare "22nd"
    steps = of(read(f"1:1 w Dana 9/2, she's recommending me.\n{line}"), "next")
    assert [(c.who, c.text, c.by) for c in steps if c.owner == "other"] == [step]


def test_back_pay_is_no_bad_back() -> None:
    # "my back" (a health matter) kept payroll's step private
    changes = read("Met Dana 9/2, not now.\nPayroll (Bronwyn) → sort my back pay for the peak overtime, next pay run")
    assert not of(changes, "private") and [c.who for c in of(changes, "next")] == ["Payroll"]


def test_an_aside_that_says_when_we_met_gives_the_date() -> None:
    changes = read("Q: am I getting reviser this year?\nA: no, not this cycle. Review at the Dec cycle.\n"
                   "(met him Monday 9 Feb, office)")
    assert [c.text for c in of(changes, "date")] == ["2026-02-09"] and not of(changes, "private")


def test_the_email_says_hr_and_next_week_as_a_reader_would() -> None:
    # found using the CLI as a nurse: "the hr will send the new band 6 criteria nxt week", and a plan item that
    # promised the promotion ("Finish the IV cert and then you'll put me forward")
    notes = ("1:1 w dana thurs 5/2\nnot this round, budget freeze til april, she'll revisit in april + hr sending the "
             "new band 6 criteria nxt wk\nshe wants me to finish the IV cannulation cert and then she'll put me "
             "forward")
    case = make_case(manager={"name": "Dana Lee"})
    changes = read_notes(notes, case, today=TODAY).changes
    body = render_text(revise(offline_draft(case, with_guidance=False), notes, accept_all(changes)).draft.email)
    assert "HR will send the new band 6 criteria next week" in body
    assert "- Finish the IV cannulation cert." in body
    assert "the hr" not in body and "nxt" not in body and "you'll put me forward" not in body


def test_a_private_aside_is_taken_out_of_the_accomplishment() -> None:
    # ticking the accomplishment would have sent "(don't say it was because of the nurses' strike)" to the director
    changes = read("Met Dana 9/2, she's putting me forward.\n* and add I covered maternity ward for 3 wks in Dec "
                   "(don't say it was because of the nurses' strike)\n* thanks")
    assert [c.text for c in of(changes, "add")] == ["Covered maternity ward for 3 wks in Dec"]
    assert "don't say it was because of the nurses' strike" in [c.text for c in of(changes, "private")]


def test_an_aside_that_only_says_private_keeps_the_whole_line_out() -> None:
    line = "Raj said Priya on his team is on 185k as senior which is wild (fyi only, obviously not going in anything)"
    changes = read(f"Met Dana 9/2, she's putting me forward.\n{line}")
    assert not of(changes, "add") and of(changes, "private")


@pytest.mark.parametrize("line", ["pls keep out: jamie's on £150/wk more than the rate nadia quoted me",
                                  "Must not tell Pieter I've been approached by Anglo for a role in Rustenburg.",
                                  "me: ask Chef Lim at the Penang property if they need a sous, quietly",
                                  "me: ask HR how to get the write-up off my record, this wk"])
def test_what_the_manager_must_not_hear_is_private(line: str) -> None:
    changes = read(f"Met Dana 9/2, she's putting me forward.\n{line}")
    assert [c.source_quote for c in of(changes, "private")] == [line]
    assert not [c for c in changes if c.kind in {"add", "next", "person"} and c.source_quote == line]


def test_a_label_line_is_not_the_wrapped_end_of_the_line_before() -> None:
    # "extra: add that ..." was read as more of the step above it, and the accomplishment came out as "Extra:"
    changes = read("Met Dana 9/2, not this cycle.\nA: he'll revisit in the June cycle. I send him the RFC draft by "
                   "20/02\nextra: add that I brought the payouts API error rate from 1.8% to 0.3%")
    assert [c.text for c in of(changes, "add")] == ["Brought the payouts API error rate from 1.8% to 0.3%"]
    assert [c.by for c in of(changes, "next") if c.owner == "me"] == ["20/02"]


def test_will_do_after_what_she_wants_from_me_is_mine_by_then() -> None:
    # "- will do by Monday" was read as the manager's step "do by Monday"
    steps = of(read("Met Dana 9/2, she's putting me forward.\nshe wants a short write up from me on the reading club "
                    "(numbers etc) - will do by Monday"), "next")
    assert [(c.owner, c.by) for c in steps if "write up" in c.text] == [("me", "Monday")]
    assert not [c for c in steps if c.owner == "manager" and c.text.startswith("do ")]
