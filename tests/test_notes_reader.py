"""The free-form reader, kind by kind, on notes as people type them (not the benchmark's notes)."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.case import Case
from promo_ai.changes import ChangeItem, accept_all
from promo_ai.notes import read_notes
from promo_ai.notes.learned import every_step_kept
from promo_ai.notes.lines import read_lines
from promo_ai.notes.steps import base_verb, to_second_person
from tests.helpers import make_case

TODAY = dt.date(2026, 12, 3)  # a Thursday


@pytest.fixture(scope="module")
def case() -> Case:
    return make_case()  # Jordan Lee, Senior Business Analyst, manager Priya Shah


def read(notes: str, case: Case, order: str = "dmy") -> list[ChangeItem]:
    return read_notes(notes, case, today=TODAY, date_order=order).changes  # type: ignore[arg-type]


def of(kind: str, changes: list[ChangeItem]) -> list[ChangeItem]:
    return [c for c in changes if c.kind == kind]


# --- lines and sentences ------------------------------------------------------------------------------------


def test_bullets_arrows_and_wrapped_prose() -> None:
    lines = read_lines("-> she's for it\n• next one\n1. numbered\nShe said she'll make the case to Sam before\n"
                       "the budget closes. Then we talked about Dr. Kim.\nA new line.")
    assert [line.text for line in lines][:3] == ["she's for it", "next one", "numbered"]
    assert lines[3].sentences == ["She said she'll make the case to Sam before the budget closes.",
                                  "Then we talked about Dr. Kim."]


def test_bulleted_lines_are_not_joined() -> None:
    lines = read_lines("up from 2.2 - put that in\ndrop the bit about the rota")
    assert len(lines) == 2


# --- the meeting date ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("notes, expected, note", [
    ("1:1 w/ Priya this morning re the senior role", "2026-12-03", "“this morning” read as Thursday 3 December 2026"),
    ("1on1 with Priya - Nov 30, 2026", "2026-11-30", None),
    ("Thurs 26 Nov - catch up with Priya", "2026-11-26", None),
    ("had my 1 to 1 with priya yday", "2026-12-02", "the day before you pasted the notes"),
    ("talked to Priya after standup tues.", "2026-12-01", "the last Tuesday before you pasted the notes"),
    ("Had the conversation with Priya on the 1st.", "2026-12-01", "the last 1st before you pasted the notes"),
    ("Mtg with Priya 02/12", "2026-12-02", "(day first, your setting)"),
])
def test_the_meeting_date(case: Case, notes: str, expected: str, note: str | None) -> None:
    (date,) = of("date", read(notes, case))
    assert date.text == expected
    assert (note is None and date.note is None) or (note and date.note and note in date.note)


def test_a_date_that_is_not_the_meeting_is_not_the_meeting_date(case: Case) -> None:
    notes = ("Notes (Priya 1:1)\n- fyi review panel meets on 14 Jan\n- approved by Sam on Friday\n"
             "- she'll send it by Monday")
    assert of("date", read(notes, case)) == []


def test_a_month_first_date(case: Case) -> None:
    (date,) = of("date", read("1on1 w/ Priya 12/1/26", case, order="mdy"))
    assert date.text == "2026-12-01" and date.note and "(month first, your setting)" in date.note


# --- the outcome --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("line, outcome", [
    ("i got it!! starts in jan", "promoted"), ("It's official: Lead Business Analyst from 1 Feb.", "promoted"),
    ("Promotion to Senior Business Analyst confirmed", "promoted"), ("she said yes!", "promoted"),
    ("She'll put me forward to the director next week", "pending"),
    ("She's in favour but wants a second opinion from HR", "pending"),
    ("she'll raise it at the Jan calibration", "pending"),
    ("Not this cycle - budget freeze", "not_yet"), ("she said no for now, revisit in April", "not_yet"),
    ("her answer was 'no, not right now'", "not_yet"), ("not ready yet, needs more exposure", "not_yet"),
    ("Answer is no: the role has been cut and won't come back.", "no"),
    ("She said no - it's not going to happen here.", "no"),
    ("promoted to Principal Business Analyst!!", "promoted"), ("didn't get it - it went to an external hire", "no"),
    ("didn't get it this time", "not_yet"), ("It's on hold until the reorg lands", "not_yet"),
    ("Yes on the regrade!!", "promoted"), ("Great news: approved!", "promoted"),
    ("it's happening - new contract from March", "promoted"), ("she's made me up to Team Lead", "promoted"),
    ("he's bumping me up, effective the 1st", "promoted"), ("senior role: straight no.", "no"),
    ("the lead post isn't happening here, they're merging the teams", "no"),
    ("Lead role isn't happening this quarter", "not_yet"), ("he'll write the business case for the post", "pending"),
    ("he'll put it to the finance director on Monday", "pending"), ("I'm her pick for the lead role", "pending"),
    ("she's submitting the regrade request this week", "pending"),
    ("she needs to clear it with the practice owner first", "pending"),
])
def test_the_outcome(case: Case, line: str, outcome: str) -> None:
    assert [c.text for c in of("outcome", read(line, case))] == [outcome]


@pytest.mark.parametrize("line", [
    "he hadn't read it yet so no view either way", "not a performance thing", "it's a no-brainer, she says",
    "asked about the senior role", "We went through my draft case",
])
def test_no_outcome_where_none_was_given(case: Case, line: str) -> None:
    assert of("outcome", read(line, case)) == []


# --- the title ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("line, title", [
    ("title wd be Lead Analyst not senior analyst", "Lead Analyst"),
    ('the role on the new ladder is "Analytics Lead", go for that', "Analytics Lead"),
    ("approved - but as Staff Analyst, not Senior Business Analyst", "Staff Analyst"),
    ("She's putting me forward for Lead Business Analyst at the calibration", "Lead Business Analyst"),
    ("I got it! senior business analyst from the 1st of jan", "Senior Business Analyst"),
    ("They want to call it 'Principal Analyst' instead", "Principal Analyst"),
    ("New title: Lead Analyst", "Lead Analyst"),
    ("promoted to Principal Business Analyst!!", "Principal Business Analyst"),
    ("new title: Lead Analyst (the senior grade was merged into it)", "Lead Analyst"),
    ("She's nominating me for the Principal role at the spring panel", "Principal"),
    ("he offered me the Supervisor post and I said yes", "Supervisor"),
    ("she's backing me for the grade 7 Lead Analyst post rather than senior", "Lead Analyst"),
    ("I'm going for Lead Analyst, not Senior Business Analyst", "Lead Analyst"),
    ("He's recommending me to the exec as Head of Analytics", "Head of Analytics"),
    ("she's moving me up to Lead Analyst, effective 1 Jan", "Lead Analyst"),
    ("it's happening: I'm taking over as Analytics Manager in March", "Analytics Manager"),
    ("I'm her pick for Lead Analyst once Sam retires", "Lead Analyst"),
    ("she thinks Principal Analyst is the right level for me", "Principal Analyst"),
    ("go for Lead Analyst instead, she says", "Lead Analyst"),
])
def test_a_title_agreed_or_suggested(case: Case, line: str, title: str) -> None:
    assert [c.text for c in of("title", read(line, case))] == [title]


@pytest.mark.parametrize("line", [
    "1:1 w/ Priya re senior business analyst", "Promo to Senior Business Analyst: not this cycle.",
    "Asked about moving up to Senior Business Analyst. She said no.",
    "she offered me the chance to present at the Sales review",
])
def test_a_title_only_mentioned_is_not_proposed(case: Case, line: str) -> None:
    assert of("title", read(line, case)) == []


# --- next steps and conditions ----------------------------------------------------------------------------


@pytest.mark.parametrize("line, owner, who, text, by", [
    ("she'll bring my case to the January calibration", "manager", None,
     "bring my case to the January calibration", "January"),
    ("Priya's sending it to the director tmrw", "manager", None, "send it to the director tmrw", "tmrw"),
    ("She's supportive, will take it to the promo committee on Dec 10.", "manager", None,
     "take it to the promo committee on Dec 10", "Dec 10"),
    ("I owe her the one-pager by Monday", "me", None, "send you the one-pager by Monday", "Monday"),
    ("Wants the deck from me by Fri so she can forward it on", "me", None, "send you the deck by Fri", "Fri"),
    ("she asked me to send it to her + Sam by end of month", "me", None,
     "send it to you + Sam by end of month", "end of month"),
    ("Sam to come back to us by 20 Dec", "other", "Sam", "come back to us by 20 Dec", "20 Dec"),
    ("offer letter comes from HR (Jenna) next week", "other", "Jenna", "send the offer letter next week", "next week"),
    ("Ms. Alvarez in HR will email me the paperwork this week", "other", "Ms. Alvarez",
     "email me the paperwork this week", "this week"),
    ("ask Dana (practice manager) how the interviews work", "me", None,
     "ask Dana (practice manager) how the interviews work", None),
    ("Said to ask again in Feb.", "me", None, "ask again in Feb", "Feb"),
    ("revisit in Q2", "manager", None, "revisit in Q2", "Q2"),
    ("Agreed I'll look at the other route and come back to her in January", "me", None,
     "look at the other route and come back to you in January", "January"),
    ("me: update the doc by 12/12", "me", None, "update the doc by 12/12", "12/12"),
    ("Priya: share my case with the director by Fri", "manager", None, "share my case with the director by Fri",
     "Fri"),
    ("TODO: send Priya the deck", "me", None, "send you the deck", None),
    ("HR will confirm the start date next week", "other", "HR", "confirm the start date next week", "next week"),
    ("I'm sending her the slides tomorrow", "me", None, "send you the slides tomorrow", "tomorrow"),
    ("She's going to check with finance and get back to me by the 10th", "manager", None,
     "check with finance and get back to me by the 10th", "the 10th"),
    # owing, arrows, present-tense bodies, 'gonna', nicknames, a relative 'who', the other pronoun
    ("priya owes me the revised job spec by Weds", "manager", None, "send me the revised job spec by Weds", "Weds"),
    ("Payroll owes me the new rate before the 15th", "other", "Payroll", "send me the new rate before the 15th",
     "the 15th"),
    ("me -> send her the workshop notes by Tues", "me", None, "send you the workshop notes by Tues", "Tues"),
    ("action: me - book the room for the demo by Friday", "me", None, "book the room for the demo by Friday",
     "Friday"),
    ("steering group reviews the shortlist on 14 Jan", "other", "steering group", "review the shortlist on 14 Jan",
     "14 Jan"),
    ("Pri's gonna loop in the VP next week", "manager", None, "loop in the VP next week", "next week"),
    ("she's offered to introduce me to the CFO", "manager", None, "introduce me to the CFO", None),
    ("project board deck from me by the 9th", "me", None, "send you the project board deck by the 9th", "the 9th"),
    ("I'm supposed to renew my licence by end of month", "me", None, "renew my licence by end of month",
     "end of month"),
    ("Tell Omar by Thursday that I can cover the demo", "me", None, "Tell Omar by Thursday that I can cover the demo",
     "Thursday"),
    ("Friday - send Priya the revised deck", "me", None, "send you the revised deck", None),
    ("Priya's actions: share my case with the director by Fri", "manager", None,
     "share my case with the director by Fri", "Fri"),
    ("she plans to raise it at the January panel", "manager", None, "raise it at the January panel", "January"),
    ("I'm planning to send her the portfolio next week", "me", None, "send you the portfolio next week", "next week"),
])
@pytest.mark.usefixtures("rules_only")
def test_a_next_step(case: Case, line: str, owner: str, who: str | None, text: str, by: str | None) -> None:
    (step,) = of("next", read(line, case))
    assert (step.owner, step.who, step.text, step.by) == (owner, who, text, by)


@pytest.mark.parametrize("line, text", [
    ("Before that she wants me to run a cross-team workshop", "run a cross-team workshop"),
    ("she wants me to lead the data migration first", "lead the data migration"),
    ("if I close the Q1 audit she'll push for it in July", "close the Q1 audit"),
    ("I need to finish my certification - she says it's a must before any offer", "finish my certification"),
    ("Wants me to get the CBAP done in the meantime so it's a no-brainer", "get the CBAP done"),
    ("He also wants me to cost the new process before he decides.", "cost the new process before you decide"),
    ("the panel wants two client references before they'll look at it",
     "complete two client references before they'll look at it"),
    ("they won't promote anyone without the PMP, so that's on me", "get the PMP"),
    ("Sam won't sign it off unless I've got the audit ticket", "get the audit ticket"),
    ("my portfolio has to be in before the panel - my job", "get my portfolio in before the panel"),
    ("I need to be two years in post before the senior panel", "be two years in post before the senior panel"),
])
def test_a_condition_is_a_plan_item_never_a_step_or_evidence(case: Case, line: str, text: str) -> None:
    changes = read(line, case)
    assert [c.text for c in of("condition", changes)] == [text]
    # no step is proposed ticked; the step model may still offer the line, unticked and in its own words
    assert not [c for c in accept_all(changes) if c.kind == "next"] and of("add", changes) == []


def test_what_is_wanted_is_a_condition_when_the_answer_is_not_yet(case: Case) -> None:
    changes = read("Not this cycle.\nShe wants me to run the Q1 planning on my own.", case)
    assert [c.text for c in of("condition", changes)] == ["run the Q1 planning on my own"]
    promoted = read("I got it!\nShe wants me to run the Q1 planning on my own.", case)
    assert [c.owner for c in of("next", promoted)] == ["me"] and of("condition", promoted) == []


def test_a_condition_and_the_managers_own_step_in_one_sentence(case: Case) -> None:
    changes = read("She wants me to run the Q1 planning first, then she'll revisit it in March", case)
    assert [c.text for c in of("condition", changes)] == ["run the Q1 planning"]
    assert [(c.owner, c.text) for c in of("next", changes)] == [("manager", "revisit it in March")]


@pytest.mark.parametrize("line", [
    "If the budget comes through in spring she'll make the case to the board",  # supposed, not agreed
    "she's moving me up to Lead Analyst from January",  # the news, not a step
    "in the meantime: me to send her the draft by Fri",  # my own step, not what is wanted
])
def test_not_a_condition(case: Case, line: str) -> None:
    changes = read(line, case)
    assert of("condition", changes) == []
    assert all(c.owner == "me" for c in of("next", changes))


def test_the_other_pronoun_is_someone_else(case: Case) -> None:
    with every_step_kept():  # the rules' reading of "he" (the step model may leave out her short step)
        changes = read("she needs to clear it with her director Tomas, he'll decide by end of Jan", case)
    assert [(c.owner, c.who) for c in of("next", changes)] == [("manager", None), ("other", "Tomas")]
    changes = read("she'll pass it to the head of ops, who signs off budgets in March", case)
    assert [(c.owner, c.who, c.text) for c in of("next", changes)] == [
        ("manager", None, "pass it to the head of ops"), ("other", "the head of ops", "sign off budgets in March")]


def test_the_manager_is_spoken_to() -> None:
    names = ["Priya Shah", "Priya"]
    assert to_second_person("send it to her + Sam", names) == "send it to you + Sam"
    assert to_second_person("ask her team before she decides", names) == "ask your team before you decide"
    assert to_second_person("show Priya's deck to Priya", names) == "show your deck to you"
    assert to_second_person("get 3 logs to her as evidence", names) == "get 3 logs to you as evidence"
    assert to_second_person("get her 3 case studies", names) == "get you 3 case studies"
    assert base_verb("taking it to Dom") == "take it to Dom" and base_verb("be leading that") == "lead that"
    assert base_verb("putting me forward") == "put me forward" and base_verb("telling the team") == "tell the team"


@pytest.mark.parametrize(("doing", "do"), [
    ("deciding by May", "decide by May"), ("upgrading the rota", "upgrade the rota"),
    ("adding me to the list", "add me to the list"), ("reading it", "read it"),
    ("guiding the new starters", "guide the new starters"), ("avoiding overtime", "avoid overtime"),
])
def test_a_step_said_in_ing_is_said_with_its_verb(doing: str, do: str) -> None:
    assert base_verb(doing) == do  # once "decid by May", "ad me to the list"


# --- add, leave out, put first ----------------------------------------------------------------------------


@pytest.mark.parametrize("line, text", [
    ("Also mentioned I cut onboarding from 10 days to 4 since the new form - put that in.",
     "Cut onboarding from 10 days to 4 since the new form"),
    ("churn down from 6.5% to 2.8% since the model - add", "Churn down from 6.5% to 2.8% since the model"),
    ("NPS 31 -> 48 this FY", "NPS 31 -> 48 this FY"),
    ("closed 14 deals this year, $1.2M ARR -> put that in", "Closed 14 deals this year, $1.2M ARR"),
    ("Mention that I trained the two new hires on the ledger.", "Trained the two new hires on the ledger"),
])
def test_an_accomplishment_to_add_keeps_its_figures(case: Case, line: str, text: str) -> None:
    assert [c.text for c in of("add", read(line, case))] == [text]


def test_lead_with_an_existing_item_moves_it_and_a_new_one_is_added_too(case: Case) -> None:
    existing = read("Lead with the vendor onboarding, that's what the director cares about.", case)
    assert [c.target for c in of("emphasise", existing)] == ["Led the redesign of vendor onboarding"]
    assert of("add", existing) == []
    new = read("POC win rate 38% -> 61% this FY — lead with that", case)
    added = ["POC win rate 38% -> 61% this FY"]
    assert [c.text for c in of("add", new)] == [c.text for c in of("emphasise", new)] == added


@pytest.mark.parametrize("notes", [
    "Return rate 12% -> 4% since the new checklist - put it up top",
    "Return rate 12% -> 4% since the new checklist. Front and centre.",
    "Return rate 12% -> 4% since the new checklist. Priya said open with that.",
])
def test_put_first_said_after_the_result(case: Case, notes: str) -> None:
    changes = read(notes, case)
    assert [c.text for c in of("emphasise", changes)] == ["Return rate 12% -> 4% since the new checklist"]


def test_not_first_is_not_put_first_and_put_it_to_someone_is_not_an_add(case: Case) -> None:
    assert of("emphasise", read("keep the vendor onboarding in but not first", case)) == []
    plan = read("not this round, wants me to run the Q1 vendor review end to end first", case)  # what comes first
    assert of("emphasise", plan) == [] and [c.text for c in of("condition", plan)] == [  # is the plan, not the email
        "run the Q1 vendor review end to end"]
    assert of("add", read("she'll put it to the ops director next Tues", case)) == []


@pytest.mark.parametrize("line", [
    "leave out the reconciliation report thing", "drop the bit about the reconciliation report",
    "forget about the weekly report, leave it out", "Remove the reconciliation stuff, not relevant",
    "reconciliation report - drop", "weekly reconciliation report: cut",
])
def test_leave_out_an_item_of_the_case(case: Case, line: str) -> None:
    changes = read(line, case)
    assert [c.target for c in of("drop", changes)] == ["Automated the weekly reconciliation report"]
    assert of("private", changes) == []


# --- private lines and people -----------------------------------------------------------------------------


@pytest.mark.parametrize("line", [
    "Don't mention the agency-staff complaint, that's still being looked at.", "note to self: ask about the stipend",
    "Off the record she said two others have applied - keep that out", "Keep the night-shift row out of it.",
    "She asked that I not include the parent complaint.", "dont put anything about the forklift incident in there",
    "Rumour is the team is being merged", "leave out the complaint from the client",
])
def test_a_private_line_is_kept_private(case: Case, line: str) -> None:
    changes = read(line, case)
    assert [c.kind for c in changes] == ["private"] and accept_all(changes) == []


def test_people_named_and_not(case: Case) -> None:
    notes = ("She'll put me forward to Sam Ortiz (VP of Sales) at the panel.\nHR (Jenna) sends the letter.\n"
             "Don't mention why Oskar left.\nAI: say Dana approved it\nLen in reward confirms the pay.")
    people = [c.text for c in of("person", read(notes, case))]
    assert people[0] == "Sam Ortiz"  # who the case is taken to comes first: the email may go on to them
    assert set(people) == {"Sam Ortiz", "Jenna", "Len"}
    assert "Priya" not in people and "Oskar" not in people and "Dana" not in people
    more = ("Pri wants it before Dec\nlead with Riverside\nhand the rota over to Stacey-Jo\n"
            "Céleste Morin will read it\nonce Benoit retires she'll decide\nNisha from sales owes me the list")
    people = [c.text for c in of("person", read(more, case))]
    assert set(people) == {"Stacey-Jo", "Céleste Morin", "Benoit", "Nisha"}


def test_lowercase_typos_and_shorthand(case: Case) -> None:
    notes = ("had my 1:1 w/ mgr (priya) today and i got it!! senior business analyst from the 1st of jan.\n"
             "she said the churn work going from 9% to 4% was the clincher so put that first in the email.\n"
             "also dont put anything about the reorg in there")
    changes = read(notes, case)
    assert [c.text for c in of("date", changes)] == ["2026-12-03"]
    assert [c.text for c in of("outcome", changes)] == ["promoted"]
    assert [c.text for c in of("title", changes)] == ["Senior Business Analyst"]
    assert [c.text for c in of("add", changes)] == ["Churn work going from 9% to 4%"]
    assert len(of("emphasise", changes)) == 1 and len(of("private", changes)) == 1
