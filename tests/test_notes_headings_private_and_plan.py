"""Headings people put over a list after a meeting. A heading that is only a privacy cue ("Personal /
confidential:", "For me only:", "off the record / fyi only:", "personal - not for the email:") makes every bullet
under it private, whatever the bullet says, and never the line above it. "he wants me to:" and "To get there he
wants:" head the plan: their bullets are conditions, never accomplishments, said as what I will do. Notes written
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.case import Case
from promo_ai.notes import read_notes
from tests.helpers import make_case

TODAY = dt.date(2026, 11, 27)


@pytest.fixture(scope="module")
def case() -> Case:
    return make_case(manager={"name": "Dana Whitfield"})


def kinds(notes: str, case: Case) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for change in read_notes(notes, case, today=TODAY).changes:
        found.setdefault(change.kind, []).append(change.text)
    return found


@pytest.mark.parametrize("heading", ["Personal / confidential:", "personal:", "For me only:",
                                     "off the record / fyi only:", "Off the record (NOT for the email):",
                                     "personal - not for the email:"])
def test_every_bullet_under_a_private_heading_is_private(heading: str, case: Case) -> None:
    found = kinds(f"1:1 with Dana 3/2. Not yet, revisit in June.\n{heading}\n- Tom is moving to Leeds in May\n"
                  "- the canteen is closing\nLead with the audit.\n", case)
    assert "Tom is moving to Leeds in May" in found["private"]
    assert "the canteen is closing" in found["private"]
    assert not [text for text in found["private"] if "Not yet" in text or "audit" in text]
    assert "Tom" not in found.get("person", [])


def test_a_heading_that_names_something_else_is_not_private(case: Case) -> None:
    found = kinds("1:1 with Dana 3/2. Not yet.\nPersonal development:\n- finish the ILM level 5\n", case)
    assert not found.get("private")


@pytest.mark.parametrize("heading", ["he wants me to:", "To get there she wants:", "she needs me to:"])
def test_a_plan_heading_makes_its_bullets_conditions(heading: str, case: Case) -> None:
    found = kinds("1:1 with Dana 3/2. Not this year, she'll revisit in October.\n"
                  f"{heading}\n - run the lambing on the east block on my own this yr (1,200 ewes)\n"
                  " - evidence of leading a project\n - sole conduct of a High Court matter\n"
                  " - once ive got my Cert IV in ag she'll go to the owners\n", case)
    assert found["condition"] == ["run the lambing on the east block on my own this yr (1,200 ewes)",
                                  "show evidence of leading a project", "take sole conduct of a High Court matter",
                                  "get my Cert IV in ag"]
    assert not found.get("add")


@pytest.mark.parametrize("heading", ["Personal", "Private stuff", "Not for email"])
def test_a_heading_that_is_only_the_word_for_kept_out_keeps_the_lines_under_it(heading: str, case: Case) -> None:
    notes = (f"Notes 24 Feb 2026\nAction\n- I must update my TPAD before closing day\n\n{heading}\n"
             "- keep out: the HOD issue with Mr. Kamau\n- school fees for Wambui due, sort it this week\n")
    found = kinds(notes, case)
    assert "school fees for Wambui due, sort it this week" in found.get("private", []), found
    assert not any("school fees" in text for kind, texts in found.items() if kind != "private" for text in texts)


def test_the_managers_step_to_follow_up_on_the_file_is_no_accomplishment(case: Case) -> None:
    found = kinds("Notes 24 Feb 2026\n- She will call the County Director to follow up on the file", case)
    assert "add" not in found, found
    assert found.get("next") == ["call the County Director to follow up on the file"]
