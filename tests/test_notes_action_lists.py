"""Action lists as people type them after a meeting: an action label before the owner ("AP Ruth: tell the wing",
"AP me: ..."), an owner with only a thing to do under an action label ("action: Colm - final decision"), items
numbered "(3)" or lettered "a.", and several of my actions joined by "+" where the second hands something over
("... asap + hand over my ACCT cases to Dev by 13/03"). Notes written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.case import Case
from promo_ai.notes import read_notes
from promo_ai.notes.learned import every_step_kept
from tests.helpers import make_case

TODAY = dt.date(2026, 11, 27)


@pytest.fixture(scope="module")
def case() -> Case:
    return make_case(manager={"name": "Ruth Tan"})


def steps(notes: str, case: Case) -> list[tuple[str, str | None, str | None]]:
    with every_step_kept():  # what the rules say, whether or not the step model would offer it
        return [(c.text, c.owner, c.who) for c in read_notes(notes, case, today=TODAY).changes if c.kind == "next"]


@pytest.mark.parametrize("line, step", [
    ("AP Ruth: tell the wing.", ("tell the wing", "manager", None)),
    ("AP Ruth: sort keys + radio.", ("sort keys + radio", "manager", None)),
    ("- action: Colm - final decision", ("make the final decision", "other", "Colm")),
    ("(3) Mr Tan — nominate me for the A350 type course (next intake Aug)",
     ("nominate me for the A350 type course (next intake Aug)", "manager", None)),
    ("(5) Me — log 6 more months of practical on A350 line checks",
     ("log 6 more months of practical on A350 line checks", "me", None)),
    ("a. Ruth to send me the interview panel notes by Mar 13",
     ("send me the interview panel notes by Mar 13", "manager", None)),
])
def test_an_action_lists_item_is_its_owners_step(line: str, step: tuple[str, str, str | None], case: Case) -> None:
    found = steps(f"1:1 Ruth 24/02. Put forward for the supervisor post, panel decides in March.\n{line}", case)
    assert step in found
    assert not [s for s in found if s[2] and s[2].startswith("AP")]  # "AP Ruth" is no one


def test_my_actions_joined_by_plus_are_one_step_each(case: Case) -> None:
    found = steps("1:1 Ruth 24/02. Confirmed, start 16/03.\n"
                  "AP me: Band 4 induction w/ L&D asap + hand over my ACCT cases to Dev by 13/03.", case)
    assert ("complete the Band 4 induction w/ L&D asap", "me", None) in found
    assert ("hand over my ACCT cases to Dev by 13/03", "me", None) in found


def test_an_owner_named_without_an_action_label_needs_a_verb(case: Case) -> None:
    found = steps("1:1 Ruth 24/02. Not yet.\nLatency - 300ms at peak\nColm - final decision", case)
    assert not [s for s in found if s[2] in {"Latency", "Colm"}]


def test_a_table_rows_owner_and_meeting_are_read(case: Case) -> None:
    found = steps("1:1 Ruth 26 Feb. She's putting me forward, partners decide.\n| what | who | when |\n|---|---|---|\n"
                  "| raise lead DN role w/ the partners | Ruth | next partners mtg (9th Mar) |\n"
                  "| confirm budget for the extra hrs | Dr Patel | ? |\n| Sat | me | cover the late shift |\n", case)
    assert ("raise lead DN role w/ the partners at the next partners mtg (9th Mar)", "manager", None) in found
    assert ("confirm budget for the extra hrs", "other", "Dr Patel") in found
    assert ("cover the late shift by Sat", "me", None) in found


def test_a_name_starting_like_a_weekday_is_no_date(case: Case) -> None:
    from promo_ai.notes.lines import table_row

    assert table_row("| raise it w/ the partners | Sunita | 9 Mar |") == "Sunita: raise it w/ the partners by 9 Mar"


@pytest.mark.parametrize("line, step", [
    ("1. Business case for TDA – Ruth – 24 April", ("arrange the business case for TDA by 24 April", "manager", None)),
    ("- Reclass request package – Ruth – submit by 10/10",
     ("submit the reclass request package by 10/10", "manager", None)),
    ("- Updated position description – me – draft to Ruth by 10/7",
     ("draft the updated position description to you by 10/7", "me", None)),
    ("- Application for the practice educator module – me – by 3 April",
     ("complete the application for the practice educator module by 3 April", "me", None)),
])
def test_a_row_of_an_action_owner_by_list_is_its_owners_step(line: str, step: tuple[str, str, str | None],
                                                            case: Case) -> None:
    """Minutes written "action – owner – by": the middle is whose it is, the last when (or what is done, and when)."""
    assert step in steps(f"1:1 with Ruth 20/11\nAgreed actions (action – owner – by)\n{line}", case)


def test_a_status_in_the_middle_of_a_row_is_no_one(case: Case) -> None:
    found = steps("1:1 with Ruth 20/11\n- Promotion to SEO – Pending – maybe May", case)
    assert not any(who == "Pending" for _, _, who in found), found


def test_a_rows_when_that_starts_with_a_time_word_is_no_verb(case: Case) -> None:
    """"– week of 3 March" is when; read from a last read of the change, it had become "week the promo panel"."""
    found = steps("1:1 with Ruth 20/11\n- Promo panel – Ruth – week of 3 March", case)
    assert found and all(not text.startswith("week") for text, _, _ in found), found
