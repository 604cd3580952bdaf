"""Plans change in the talk, and notes say so: "she said she'd ring the ETB, then changed her mind and said I should
email them myself", "- no scratch that, the advisor is doing the grant", "he said don't bother". The email after the
talk promises what stands, by whoever now does it, and nothing that was dropped or done there and then."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.changes import ChangeItem
from promo_ai.notes import read_notes
from tests.helpers import make_case

TODAY = dt.date(2026, 12, 3)


def steps(notes: str) -> list[ChangeItem]:
    changes = read_notes(f"1:1 w Dana 2 Dec\n{notes}", make_case(manager={"name": "Dana Lee"}), today=TODAY).changes
    return [c for c in changes if c.kind == "next"]


@pytest.mark.parametrize(("line", "owner", "who", "text"), [
    ("She said she'd ring the ETB about my service years, then changed her mind and said I should email them "
     "myself before midterm.", "me", None, "email the ETB myself before midterm"),
    ("- he said he'd write the business case, then remembered he's on leave next wk so it's me - draft to him by "
     "Fri 16th", "me", None, "write the business case by Fri 16th"),
    ("- Ramesh sir said he'd send the new rating model docs, then said Kunal will send, he has the latest version",
     "other", "Kunal", "send the new rating model docs"),
    ("-> I said I'll prepare the OTIF report for him, he said no need, MIS team will pull it", "other", "MIS team",
     "pull the OTIF report"),
    ("- Niamh was going to set up a meeting with the managing partner for me, then said better if I ask him directly "
     "myself.", "me", None, "ask the managing partner directly myself"),
    ("- send updated org chart to Suresh — cancelled, HR will do the org chart after letters go out", "other", "HR",
     "do the org chart after letters go out"),
])
def test_the_plan_as_it_stands_with_its_new_owner(line: str, owner: str, who: str | None, text: str) -> None:
    found = steps(line)
    assert [(c.owner, c.who, c.text) for c in found] == [(owner, who, text)]


@pytest.mark.parametrize("line", [
    "- I offered to write up the county lines job as a case study for her - she said don't bother",
    "- She said she'd write to the GM about an acting allowance - then said actually the GM already refused it.",
    "- renew the conservation workshop registration - never mind, workshop got cancelled",
    "- book travel to Hosur plant for the April audit — Dana approved it in the meeting itself, admin booked it "
    "while we were talking.",
])
def test_a_dropped_plan_or_one_done_in_the_talk_is_no_step(line: str) -> None:
    assert steps(line) == []


@pytest.mark.parametrize(("line", "texts"), [
    # a plan that goes on, not one that changes
    ("I'll send the deck - then she said great, and she'll book the room", ["send the deck", "book the room"]),
    # done in the talk, then a step after it
    ("- the change form: we filled and signed it together in the meeting; she'll submit it to the Pharmacy Board by "
     "Friday", ["submit the change form to the Pharmacy Board by Friday"]),
    ("I'll raise it in the meeting on Friday", ["raise it in the meeting on Friday"]),
])
def test_a_plan_said_once_is_kept(line: str, texts: list[str]) -> None:
    assert [c.text for c in steps(line)] == texts


def test_someone_named_by_what_they_are_to_me_does_their_own_step() -> None:
    found = steps("my mentor will go over my CV with me next week")
    assert [(c.owner, c.who) for c in found] == [("other", "my mentor")]
    assert [(c.owner, c.who) for c in steps("my manager will sign the form")] == [("manager", None)]


@pytest.mark.parametrize("line", ["i will need some days off", "Fair enough, I'll get the head down",
                                  "Hoping to get medical interpreting work with the hospital on the side, we'll see."])
def test_a_need_a_habit_or_a_hope_is_no_step(line: str) -> None:
    assert steps(line) == []


@pytest.mark.parametrize(("line", "owner", "text"), [
    # minutes: numbered action points, my initials (Claire Donnelly), the manager's (Dana Lee)
    ("AP1: DL to email HR to confirm start date - by Fri 6/3", "manager", "email HR to confirm start date by Fri 6/3"),
    ("AP2: CD to arrange handover sessions with Priya", "me", "arrange handover sessions with Priya"),
    ("Action point 3 — Dana: submit the recommendation memo by July 1", "manager",
     "submit the recommendation memo by July 1"),
    ("It was agreed that CD would present the MSK service review at the April team meeting.", "me",
     "present the MSK service review at the April team meeting"),
])
def test_minutes_are_read_as_people_write_them(line: str, owner: str, text: str) -> None:
    changes = read_notes(f"Minutes - 1:1 CD / DL\n{line}", make_case(name="Claire Donnelly",
                                                                    manager={"name": "Dana Lee"}), today=TODAY).changes
    assert [(c.owner, c.text) for c in changes if c.kind == "next"] == [(owner, text)]


def test_a_record_in_the_third_person_with_my_rank_is_mine() -> None:
    changes = read_notes("RECORD OF INTERVIEW – Cpl S. Okoro\nInterviewing officer: Maj Whitfield (OC)\n"
                         "Cpl Okoro to send the OC an updated list of instructor quals by Fri.",
                         make_case(name="Samuel Okoro", manager={"name": "Maj Whitfield"}),
                         today=TODAY).changes
    assert [(c.owner, c.text) for c in changes if c.kind == "next"] == [
        ("me", "send you an updated list of instructor quals by Fri")]


@pytest.mark.parametrize("line", [
    "MH explained that HR usually issue the variation to contract within 10 working days of a panel decision.",
    "Board normally interviews all recommended candidates, ~45 min each.",
    "The panel normally asks for 2 referees but HR sorts that.",
    "CW mentioned head office usually announces the salary bands in July.",
])
def test_how_the_process_usually_goes_is_no_step(line: str) -> None:
    assert steps(line) == []


def test_when_this_answer_usually_comes_is_still_awaited() -> None:
    found = steps("She's putting me forward to the panel on 12 March. Results usually come out early April.")
    assert [(c.owner, c.by) for c in found] == [("manager", "12 March"), ("other", "early April")]
