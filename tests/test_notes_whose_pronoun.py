"""Whose step it is when someone is named: "Ola said she'll show me on tues" is Ola's; a role on the meeting line
("with HOD, Prof. Okoye") is the manager's. Notes written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.notes import read_notes
from promo_ai.notes.learned import every_step_kept
from tests.helpers import make_case

TODAY = dt.date(2026, 11, 27)


def others(line: str) -> list[tuple[str, str | None, str | None]]:
    case = make_case(name="Sam Okafor", manager={"name": "Ruth"})
    with every_step_kept():
        changes = read_notes(f"1:1 with Ruth 20/11\n- {line}", case, today=TODAY).changes
    return [(c.text, c.owner, c.who) for c in changes if c.kind == "next"]


@pytest.mark.parametrize(("line", "step"), [
    ("b4 that i need to learn the WMS screens, Ola said she'll show me on tues", ("show me on tues", "other", "Ola")),
    ("Kevin said he'll send me the forms", ("send me the forms", "other", "Kevin")),
    ("Dr Mensah (HoD) said he would sign it off by Friday", ("sign it off by Friday", "other", "Dr Mensah")),
    ("Ruth said she'll raise it at panel", ("raise it at panel", "manager", None)),
    ("Chef said he'll put me on the rota", ("put me on the rota", "manager", None)),  # the manager, by role
])
def test_someone_who_says_what_they_will_do_does_it(line: str, step: tuple[str, str, str | None]) -> None:
    assert step in others(line)


@pytest.mark.parametrize(("meeting", "manager"), [
    ("Meeting with HOD, Prof. Okoye 10/9", "Prof. Okoye"),
    ("Meeting with HOD Dr. Iyer sir on 07-01-2026", "Dr. Iyer"),
])
def test_the_role_the_meeting_line_gives_the_manager_is_the_manager(meeting: str, manager: str) -> None:
    """"with HOD, Prof. Okoye": a later "HOD will write to the Dean" is the manager's step."""
    case = make_case(name="Sam Okafor", manager={"name": manager})
    with every_step_kept():
        changes = read_notes(f"{meeting}\n- HOD will write to the Dean about my file", case, today=TODAY).changes
    assert ("write to the Dean about my file", "manager") in [(c.text, c.owner) for c in changes if c.kind == "next"]


def test_a_level_before_the_name_is_not_the_manager() -> None:
    """"w/ TL Grace" where I am going for TL: "finish TL bootcamp" is not "finish you bootcamp"."""
    case = make_case(name="Sam Okafor", manager={"name": "Grace"})
    with every_step_kept():
        changes = read_notes("coaching w/ TL Grace - Jan 8\n- me: finish TL bootcamp on the LMS before Jan 19", case,
                             today=TODAY).changes
    assert any("TL bootcamp" in c.text for c in changes if c.kind == "next")


@pytest.mark.parametrize(("line", "step"), [
    ("Seamus retiring the 1st, hes doing a handover w me next week",
     ("do a handover w me next week", "other", "Seamus")),
    ("she needs to clear it with Hamid, hes deciding by May", ("decide by May", "other", "Hamid")),
])
def test_a_he_or_she_just_after_someone_named_is_them(line: str, step: tuple[str, str, str | None]) -> None:
    """Also when the pronoun is written without its apostrophe ("hes"), which once read "isdo a handover"."""
    case = make_case(name="Sam Okafor", manager={"name": "Noel" if "Seamus" in line else "Ruth"})
    with every_step_kept():
        changes = read_notes(f"1:1 20/11\n- {line}", case, today=TODAY).changes
    assert step in [(c.text, c.owner, c.who) for c in changes if c.kind == "next"]
