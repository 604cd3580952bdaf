"""Titles as people say them after the talk, read offline: another role offered instead (in any outcome), the
title asked for said by its grade or without its qualifier, a title typed short and written out; and a dictated
run-on that turns to an AI at its end keeps what it said before. Notes written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.case import Case
from promo_ai.changes import ChangeItem
from promo_ai.changes.matching import same_title, shortened_in
from promo_ai.notes import read_notes
from tests.helpers import make_case

TODAY = dt.date(2026, 12, 3)


def read(notes: str, case: Case) -> tuple[list[ChangeItem], list[str]]:
    result = read_notes(notes, case, today=TODAY)
    return result.changes, result.problems


def titles(changes: list[ChangeItem]) -> list[str]:
    return [c.text for c in changes if c.kind == "title"]


@pytest.mark.parametrize("notes, title", [
    ("Chat w/ Femi 1 Dec. Senior analyst is a no for now. She reckons I'd suit Data Engineer instead, more pipelines.",
     "Data Engineer"),
    ("Mon 30 Nov - he said no to the senior role. Suggested I look at a Clinical Governance Lead post instead.",
     "Clinical Governance Lead"),
    ("1:1 with Rhys 2 Dec: not this round. Maybe look at the shift supervisor role instead, he can put me forward.",
     "Shift Supervisor"),
    ("met kev 1/12. no to senior, going to kayleigh. owner wants to talk about bar mgr instead next wk",
     "Bar Manager"),
])
def test_another_role_offered_instead_is_proposed_whatever_the_outcome(notes: str, title: str) -> None:
    changes, _ = read(notes, make_case(target_title="Senior Business Analyst"))
    assert titles(changes) == [title]


@pytest.mark.parametrize("notes", [
    "1:1 w Sam 2 Dec. Not this cycle. I asked about the trainee planner route instead, she'll check with HR.",
    "1:1 w Sam 2 Dec. No. She'll put me forward for the leadership training instead, next intake Feb.",
])
def test_a_course_or_my_own_question_is_not_a_title_offered(notes: str) -> None:
    changes, _ = read(notes, make_case(target_title="Senior Business Analyst"))
    assert titles(changes) == []


@pytest.mark.parametrize("said, title", [
    ("she's nominating me for senior swe at calibration in Jan", "Senior Software Engineer"),
    ("EC-05 approved!! effective 4 Jan", "Senior Policy Analyst (EC-05)"),
    ("Captain list is out and I'm #1, promotion effective 15 Dec", "Fire Captain"),
    ("Team Lead on Maple ward confirmed, starts 14 Dec", "PSW Team Lead"),
])
def test_the_title_asked_for_said_short_is_confirmed_in_full(said: str, title: str) -> None:
    changes, _ = read(f"Talk with Jo on 2 Dec.\n{said}", make_case(target_title=title))
    assert titles(changes) == [title]


@pytest.mark.parametrize("said, title", [
    ("Senior Manager", "Senior Sales Manager"),  # another level of another role
    ("Sales Manager", "Regional Sales Manager"),  # the region sets the level
    ("Manager", "Store Manager"),  # too general alone
    ("see", "Senior Software Engineer"),  # an ordinary word
])
def test_a_shorter_title_that_is_another_role_is_not_the_title_asked_for(said: str, title: str) -> None:
    assert not same_title(said, title)
    assert shortened_in(f"I'd {said} it", title) is None


def test_a_title_asked_for_by_its_grade_is_valid_though_the_quote_lacks_the_grade() -> None:
    case = make_case(target_title="Staff Sergeant (E-6)")
    changes, _ = read("1SG Ortiz, 30 Nov.\nGot it - SSG confirmed, pin date 1 Jan.", case)
    assert titles(changes) == ["Staff Sergeant (E-6)"]


def test_a_run_on_that_ends_talking_to_an_ai_keeps_the_meeting() -> None:
    notes = ("notes from talk with gary yesterday so senior business analyst is mine from next pay cycle he reckons "
             "the audit sealed it i need to book the refresher by end of month also put in the email ive trained "
             "3 new starters on the stock system leave out the raffle its nothing dont say anything about Shane "
             "getting moved off the team hey AI keep it short and not too chuffed")
    changes, problems = read(notes, make_case())
    kinds = {c.kind for c in changes}
    assert {"outcome", "title", "next", "add", "private"} <= kinds
    assert [c.text for c in changes if c.kind == "outcome"] == ["promoted"]
    assert any("hey AI keep it short" in p and "instruction to an AI" in p for p in problems)
    assert not any("keep it short" in c.source_quote for c in changes)
    private = [c for c in changes if c.kind == "private"]
    assert any("Shane" in c.text for c in private)
    assert not any("Shane" in c.source_quote for c in changes if c.kind != "private")
    added = [c.text for c in changes if c.kind == "add"]
    assert added and not added[0].lower().startswith(("the email", "put in"))


@pytest.mark.parametrize("line, title", [
    ('She asked "what about deputy ward manager?" as a first step. I said yes.', "Deputy Ward Manager"),
    ("They'd rather make me Of Counsel for a year first.", "Of Counsel"),
    ("Not supported here, but she'd back me for Deputy Head if I apply at Hillside.", "Deputy Head"),
    ("Honestly he thinks I'm better suited to the Delivery Manager track than Senior BA.", "Delivery Manager"),
    ("Approved ✅ but as BA Lead, not SBA.", "BA Lead"),
    ("Promoted!! junior sous from 1 Feb, not full senior business analyst yet.", "Junior Sous"),
    ('New structure has "Insight Partner" instead of Senior Business Analyst, so that is the title now.',
     "Insight Partner"),
    ("We agreed on Data Lead instead of Senior BA since the platform work is the priority.", "Data Lead"),
])
def test_a_role_put_against_the_one_asked_for_is_the_title(line: str, title: str) -> None:
    changes, _ = read(f"1:1 with Dana on 2 Dec.\n{line}", make_case(target_title="Senior Business Analyst"))
    assert titles(changes) == [title]


def test_a_route_is_not_a_title_and_a_question_about_my_own_role_is_not_an_offer() -> None:
    case = make_case(target_title="Senior Business Analyst")
    changes, _ = read("1:1 with Dana on 2 Dec. It's a no. She thinks I'm better suited to the specialist route.", case)
    assert titles(changes) == []


@pytest.mark.parametrize("line, outcome", [
    ("Senior BA is not going to me, it went to an external hire.", "no"),
    ("He's not making me senior — he's bringing in someone from head office.", "no"),
    ("Senior analyst slot went to Priya from the Leeds office.", "no"),
    ("I'm through!!! selected at the board, it comes through with the next signal.", "promoted"),
    ("The committee has cleared my promotion to SBA, order out in 2 weeks.", "promoted"),
    ("She'll pitch me to the director at the budget review on 8 Dec.", "pending"),
])
def test_outcomes_said_in_more_ways(line: str, outcome: str) -> None:
    changes, _ = read(f"1:1 with Dana on 2 Dec.\n{line}", make_case(target_title="Senior Business Analyst"))
    assert [c.text for c in changes if c.kind == "outcome"] == [outcome]


@pytest.mark.parametrize("line", ["I said yes, that's realistic.", "cc Raj? Dana says yes cc him",
                                  "Email to her: highlight the backlog work (cleared 3,400 pending files)."])
def test_saying_yes_to_something_else_or_pending_files_is_no_outcome(line: str) -> None:
    changes, _ = read(f"1:1 with Dana on 2 Dec.\n{line}", make_case(target_title="Senior Business Analyst"))
    assert [c.text for c in changes if c.kind == "outcome"] == []


def test_the_title_asked_for_confirmed_by_its_code_is_a_promotion() -> None:
    changes, _ = read("Bernie - Mon 30 Nov\nCNM2 confirmed for St Brigid's ward!! starts 7 Dec",
                      make_case(target_title="Clinical Nurse Manager 2"))
    assert [c.text for c in changes if c.kind == "outcome"] == ["promoted"]
    assert titles(changes) == ["Clinical Nurse Manager 2"]


@pytest.mark.parametrize("line, target, title", [
    ('Promoted, but designation is "Branch Manager" at the rural branch, not credit side.', "Credit Manager",
     "Branch Manager"),
    ("Promoted!! but title is [Asst. F&B Manager] not Restaurant Mgr.", "Restaurant Manager", "Asst. F&B Manager"),
    ("PROMOTED na!! pero hindi OM agad, AOM muna for 6 months then review ulit", "Operations Manager", "AOM"),
    ("approved!! pero Charge Nurse muna sa Medical Ward, hindi pa supervisor.", "Nurse Supervisor", "Charge Nurse"),
    ("Order came!! Not DO (sales side) — I'm being made AAO (Generalist) through the exam quota.",
     "Development Officer", "AAO (Generalist)"),
    ('No to senior this year. KL floated "Of Counsel" as a landing spot.', "Non-Equity Partner", "Of Counsel"),
    ("Not this round. She floated moving to the mgmt track as an M1 instead.", "Staff Software Engineer (E6)", "M1"),
    ("He says the panel could look at me for PAR (Principal Asst Registrar) this time.", "Senior Assistant Registrar",
     "PAR (Principal Asst Registrar)"),
    ("Not this cycle - she'd rather I go for the Control Admin Officer post in Supply Chain.", "Assistant Director",
     "Control Admin Officer"),
    ("No. She thinks I'd walk into the band 4 rota co-ordinator job coming up in May.", "Band 4 Team Leader",
     "Band 4 Rota Co-ordinator"),
    ("They think the safer route is reappointment as Associate Professor of Practice.", "Associate Professor (tenured)",
     "Associate Professor of Practice"),
])
def test_another_role_in_the_many_ways_it_is_put(line: str, target: str, title: str) -> None:
    changes, _ = read(f"1:1 with Dana on 2 Dec.\n{line}", make_case(target_title=target))
    assert titles(changes) == [title]


@pytest.mark.parametrize("said, title", [("EL1", "EL1 Assistant Director"), ("band 7", "Band 7 Team Lead Physio"),
                                         ("2IC", "Second in Charge (2IC)"), ("C4", "Senior Master IV (C4)")])
def test_a_grade_alone_names_the_title_that_carries_it(said: str, title: str) -> None:
    assert same_title(said, title)


def test_a_clipped_common_word_is_not_a_longer_title() -> None:
    assert shortened_in("drafting the recommendation for the Captain's sign-off", "Petty Officer") is None


@pytest.mark.parametrize("line, outcome", [
    ("Faculty panel turned down SL. So no.", "no"),
    ("Not supported this round, clear no.", "no"),
    ("PM post given to Tunde.", "no"),
    ("Promotion order came!! Posting to Divisional Office.", "promoted"),
    ("She will minute this to the Director and await his view.", "pending"),
    ("He will table it at the A&PC meeting end of Dec. Not certain.", "pending"),
    ("Dana will propose it to the dean, decision after the May review.", "pending"),
    ("Supervision w/ Dana 1/12 — Senior Practitioner confirmed, effective next month", "promoted"),
    ("she's giving me the senior role from 1 March", "promoted"),
])
def test_more_outcomes_as_people_write_them(line: str, outcome: str) -> None:
    changes, _ = read(f"1:1 with Dana on 2 Dec.\n{line}", make_case(target_title="Senior Business Analyst"))
    assert [c.text for c in changes if c.kind == "outcome"] == [outcome]


@pytest.mark.parametrize("line", ["told her I'd think about it.",
                                  "I have to finish the 42 pending motor claims first.",
                                  "he's giving me the pump housing redesign to own end to end from March",
                                  "he gave me credit for getting the SCC down to 140 from 220",
                                  "she said to have my action research approved by the SDO before next ranking"])
def test_my_own_thinking_or_pending_work_is_no_outcome(line: str) -> None:
    changes, _ = read(f"1:1 with Dana on 2 Dec.\n{line}", make_case(target_title="Senior Business Analyst"))
    assert [c.text for c in changes if c.kind == "outcome"] == []


@pytest.mark.parametrize("line, outcome", [("floor mgr -> going to Tasha. not me.", "no"),
                                           ("promo - going to HR next week for grading", None),
                                           ("manager: going to Paris for the conference", None)])
def test_a_role_going_to_someone_else_is_a_no_but_not_a_trip_or_a_form(line: str, outcome: str | None) -> None:
    changes, _ = read(f"1:1 with Dana on 2 Dec.\n{line}", make_case(target_title="Senior Business Analyst"))
    assert [c.text for c in changes if c.kind == "outcome" and not c.unsure] == ([outcome] if outcome else [])


@pytest.mark.parametrize("notes, outcome", [
    ("interview w/ SSM Mitchell 16 Nov\n- Senior BA slot went to Cpl Hughes. done deal, OC's call", "no"),
    ("Met Martin Weds re the senior BA post. Interview board went with Colm, he has more seniority.", "no"),
    ("- Breda 1:1 - 2/12\n- competition result: not successful. Post offered to Aoife from AMAU.", "no"),
    ("1on1 w/ Dana 1/12 🎉🎉\nSBA na ako!!! effective Jan 16", "promoted"),
    ("dana (area mgr) 01/12 - not an april fool!!\nsenior BA at Leamington from 27 Dec", "promoted"),
    ("Dana 2/12: the post approved, she thinks it'll go back to panel in the spring so revisit then.", "not_yet"),
])
def test_outcomes_found_on_notes_written_for_other_sets(notes: str, outcome: str) -> None:
    changes, _ = read(notes, make_case(target_title="Senior Business Analyst"))
    assert [c.text for c in changes if c.kind == "outcome" and not c.unsure] == [outcome]


@pytest.mark.parametrize("line", ["He suggested I go for the Programme Coordinator role when it's advertised in "
                                  "September - not an SBA post", "She can't back me for the Eastgate opening either."])
def test_a_month_or_a_place_is_not_a_role(line: str) -> None:
    changes, _ = read(f"1:1 with Dana on 2 Dec. No.\n{line}", make_case(target_title="Senior Business Analyst"))
    assert all(t not in {"September", "Eastgate"} for t in titles(changes))


@pytest.mark.parametrize("target, notes", [
    ("Senior Care Assistant", "Catch up w Bethany Tues 3 Nov. she'll recommend me for senior but the area manager "
                              "decides at the end of the month"),
    ("Deputy Manager", "1:1 with Joel 2 Dec. He thinks I'm ready for deputy, wants the owner to meet me first."),
    ("Band 6 Specialist BMS", "met Owen 1/12 - he's taking my B6 case to the lab managers meeting on the 9th"),
    ("Senior Care Assistant", "2 Dec - got senior carer!!! starting on the 1st of Jan"),
])
def test_the_title_asked_for_said_in_passing_is_proposed_as_no_change(target: str, notes: str) -> None:
    changes, problems = read(notes, make_case(target_title=target))
    title = next(c for c in changes if c.kind == "title")
    assert title.text == target and "nothing changes" in (title.note or "")
    assert not any("says more than the quote" in p for p in problems)


@pytest.mark.parametrize("notes", [
    "1:1 with Joel 2 Dec. He'll put my case to senior leadership at the Jan meeting.",
    "Mon 30 Nov: pending - it's with the director now. I asked about senior staff cover for nights.",
    "Mon 30 Nov: pending, she wants me to grow my care team in Q1 first.",
    "Mon 30 Nov: pending, she will decide for Mar.",
])
def test_a_word_of_the_title_used_for_something_else_is_no_title(notes: str) -> None:
    changes, _ = read(notes, make_case(target_title="Senior Care Assistant"))
    assert titles(changes) == []


@pytest.mark.parametrize("line", ["district mgr approved it.", "Tom said GM signed off Wed",
                                  "GM approved -> letter from HR this week"])
def test_who_approved_is_not_the_title(line: str) -> None:
    changes, _ = read(f"1:1 w Dana 2/12 - got it!! promoted from 1 Jan\n{line}",
                      make_case(target_title="Assistant Store Manager"))
    assert titles(changes) in ([], ["Assistant Store Manager"])


def test_a_title_approved_is_still_the_title() -> None:
    changes, _ = read("1:1 w Dana 2/12 - got it!! promoted from 1 Jan\nstore manager approved!!",
                      make_case(target_title="Assistant Store Manager"))
    assert titles(changes) == ["Store Manager"]
