"""More shapes of someone's step in rushed notes, read offline: checklists ("- [ ] ...", "(a) ..."), a name
written as an initial ("Mr A. to share ...", "L. to send ..."), a title in lower case ("mrs grant will ..."),
the present tense after a title or a department ("Chef Andre tells the brigade on Monday", "IT gives me access
next week"), the passive with no "will" ("Budget check to be done by County Finance"), and what I am waiting on
someone for ("waiting on Aroha (HR) for the new pay band figures"). Notes written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.changes import ChangeItem
from promo_ai.notes import read_notes
from tests.helpers import make_case

TODAY = dt.date(2026, 12, 3)


def steps(line: str) -> list[ChangeItem]:
    notes = f"1:1 with Dana on 2 Dec. She'll put me forward.\n{line}"
    changes = read_notes(notes, make_case(manager={"name": "Dana Whitfield"}), today=TODAY).changes
    return [c for c in changes if c.kind == "next" and c.text != "put me forward"]


@pytest.mark.parametrize("line, owner, who, text", [
    ("- [ ] People Ops updates Workday by 3/31", "other", "People Ops", "update Workday by 3/31"),
    ("(a) Mr A. to share the assessment centre report with me by Friday.", "other", "Mr A.",
     "share the assessment centre report"),
    ("- L. to send me the job profile so I can see the competencies", "other", "L.", "send me the job profile"),
    ("mrs grant will tell the team at fridays case conference", "other", "Mrs Grant", "tell the team"),
    ("- mrs K. submits the paperwork to regional today", "other", "Mrs K.", "submit the paperwork to regional"),
    ("Chef Andre tells the brigade on Monday", "other", "Chef Andre", "tell the brigade on Monday"),
    ("IT gives me Relativity admin access next week.", "other", "IT", "give me Relativity admin access"),
    ("* C/E sends my appraisal to the superintendent today", "other", "C/E", "send my appraisal"),
    ("- Budget check to be done by County Finance before anything is signed.", "other", "County Finance",
     "do the budget check"),
    ("- Recommendation memo to be sent by Ms. Patterson to Mr. Hollis this week.", "other", "Ms. Patterson",
     "send the recommendation memo to Mr. Hollis this week"),
    ("- Updated job description to be drafted by me by 2/20.", "me", None, "draft the updated job description"),
    ("- My translation samples (3 recent) are to be sent to Sylvie by 06/03", "me", None,
     "send my translation samples to Sylvie by 06/03"),
    ("- waiting on Aroha (HR) for the new pay band figures", "other", "Aroha", "send me the new pay band figures"),
    ("- waiting on Finance for sign-off of the extra headcount", "other", "Finance", "sign off the extra headcount"),
    ("- still waiting for the DD (Harjit) to agree I can be released", "other", "Harjit", "agree I can be released"),
    ("- waiting on Dana for the levelling rubric", "manager", None, "send me the levelling rubric"),
    ("- Rajesh: review my case before 14 Apr", "other", "Rajesh", "review my case before 14 Apr"),
    ("- QA will schedule a calibration test, date TBA", "other", "QA", "schedule a calibration test"),
    ("- The Faculty Officer will circulate the new appraisal forms when available.", "other", "The Faculty Officer",
     "circulate the new appraisal forms"),
    ("My tasks: send her my CPD log by Thursday", "me", None, "send you my CPD log by Thursday"),
    ("- mujhe: trainer certificates copies to Matron by Tuesday", "me", None, "send the trainer certificates"),
    ("me: get 3 more instructions signed by EOW, pipeline looks thin", "me", None, "get 3 more instructions signed"),
    ("| me | submit SISV log book by 31 Mar |", "me", None, "submit SISV log book by 31 Mar"),
    ("| next | Priya to put me on the next 3 asylum appeals | Priya |", "other", "Priya",
     "put me on the next 3 asylum appeals"),
    ("Kylie -> decide by end of Aug", "other", "Kylie", "decide by end of Aug"),
    ("dana -> sort the handover w/ Fraser next wk", "manager", None, "sort the handover"),
    ("3) The Principal's office is to issue the letter of appointment.", "other", "The Principal's office",
     "issue the letter of appointment"),
    ("Separately, 360 feedback to be run by HR in January.", "other", "HR", "run the 360 feedback in January"),
    ("rick (owner) is gonna meet me next week to go over the budget", "other", "rick", "meet me next week"),
    ("-> the producer's office will be in touch about the studio show dates in Dec", "other", "the producer's office",
     "be in touch about the studio show dates"),
    ("D'Souza sir will announce it in the HOD meeting on Thursday", "other", "D'Souza", "announce it in the HOD"),
    ("- waiting on IT for access to the finance system", "other", "IT", "give me access to the finance system"),
])
@pytest.mark.usefixtures("rules_only")  # how the rules read the step; whether the step model keeps it is weighed apart
def test_the_step_is_read(line: str, owner: str, who: str | None, text: str) -> None:
    found = steps(line)
    assert [(s.owner, s.who) for s in found] == [(owner, who)], found
    assert found[0].text.startswith(text), found[0].text


@pytest.mark.parametrize("line", [
    "Dana sends the weekly report every Monday",  # a habit, not a step
    "still waiting for news on the post",  # nobody named to do anything
    "- report to be done by tomorrow",  # a when, not a doer
    "Q: anything else?",  # a question to ask, not a step of someone called Q
    "Latency -> 300ms",  # a figure, not a step
    "|---|---|---|",  # a table's rule
])
def test_not_a_step(line: str) -> None:
    assert steps(line) == []


def test_an_initial_does_not_end_the_sentence() -> None:
    """'Mr A. to share ...' is one sentence: the step quotes it whole."""
    found = steps("Mr A. to share the assessment centre report with me by Friday.")
    assert found and found[0].source_quote.startswith("Mr A. to share"), found


@pytest.mark.parametrize("line, wanted", [
    ("Dana is submitting the temporary promotion form today and HR will confirm the start date",
     [("manager", None, "submit the temporary promotion form today"), ("other", "HR", "confirm the start date")]),
    ("I will fill the form for training by this Saturday and Dana will send the recommendation",
     [("me", None, "fill the form for training by this Saturday"), ("manager", None, "send the recommendation")]),
    ("Gordon will announce it on Friday and Linda from the corporate office will send the updated agreement",
     [("other", "Gordon", "announce it on Friday"), ("other", "Linda", "send the updated agreement")]),
])
def test_two_people_in_one_sentence_are_two_steps(line: str, wanted: list[tuple[str, str | None, str]]) -> None:
    assert [(s.owner, s.who, s.text) for s in steps(line)] == wanted

