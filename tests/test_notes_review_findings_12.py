"""Findings of a review of this session's reader changes (a helper's own 195 notes, read before and after): a line
that says "nothing to do" about one thing while another is to be done, rows with dashes that are no action rows,
what I said that is no promise, and a chat message from someone other than the manager. Notes written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.notes import read_notes
from promo_ai.notes.learned import every_step_kept
from tests.helpers import make_case

TODAY = dt.date(2026, 11, 27)


def steps(notes: str, manager: str = "Ruth") -> list[tuple[str, str | None, str | None]]:
    case = make_case(name="Sam Okafor", manager={"name": manager})
    with every_step_kept():
        return [(c.text, c.owner, c.who) for c in read_notes(notes, case, today=TODAY).changes if c.kind == "next"]


def one_line(line: str) -> list[tuple[str, str | None, str | None]]:
    return steps(f"1:1 with Ruth 20/11\n- {line}")


@pytest.mark.parametrize(("line", "step"), [
    ("nothing to do on my side, ruth to submit the form", ("submit the form", "manager", None)),
    ("Nothing to do for now on the title, but I need to finish the PMP by March",
     ("finish the PMP by March", "me", None)),
    ("No action yet on the grade, Ruth will revisit in Feb", ("revisit in Feb", "manager", None)),
    ("no action yet - Ruth to check with finance next week", ("check with finance next week", "manager", None)),
    ("Nothing to do on the appraisal, but I'll send Ruth the CPD log by Friday",
     ("send you the CPD log by Friday", "me", None)),
    ("Nothing for me to do yet, Ruth will submit the form", ("submit the form", "manager", None)),
    ("Promo on hold, no action yet, but Ruth will chase HR on Monday", ("chase HR on Monday", "manager", None)),
])
def test_nothing_to_do_about_one_thing_keeps_the_step_after_it(line: str, step: tuple[str, str, None]) -> None:
    assert step in one_line(line)


def test_advice_in_brackets_after_a_step_keeps_the_step() -> None:
    found = one_line("Ruth will submit the form by Friday (advice: be patient with the panel)")
    assert any(text.startswith("submit the form by Friday") and owner == "manager" for text, owner, _ in found)


@pytest.mark.parametrize("line", [
    "Mentoring – Ruth – ongoing",
    "2025 – Ruth – my manager since March",
    "I told her I'd been doing the rota for 6 months",
    "me have to say she was very supportive",
    "Ola said she'll probably leave the team next year",
    "Ola said she'll never approve overtime again lol",
])
def test_what_is_no_promise_is_no_step(line: str) -> None:
    assert one_line(line) == []


def test_a_chat_message_from_someone_else_is_theirs() -> None:
    found = steps("1:1 with Ruth 20/11\nnot this round\n\nteams after:\nMark Lee 3:40 PM\n"
                  "I'll share the slides from the panel with you tomorrow\n")
    assert ("share the slides from the panel with me tomorrow", "other", "Mark Lee") in found


def test_the_managers_full_name_on_a_chat_line_is_the_manager() -> None:
    """The case calls him "Engr. Santos"; the chat, "Ramon Santos"."""
    found = steps("Nov 19 – 1:1 w/ Engr. Santos\nno luck this time.\n\nTeams chat after:\n"
                  "Ramon Santos 5:02 PM: Sorry again. I'll give you the written feedback from the panel by Nov 28.",
                  manager="Engr. Santos")
    assert ("give me the written feedback from the panel by Nov 28", "manager", None) in found


def test_a_line_to_keep_out_is_not_the_rest_of_the_line_above() -> None:
    """Tried as a user: a long line, then "dont mention ..." in lower case, read as one wrapped sentence, kept the
    whole of it private and lost Matron's step; and her step carried the advice in brackets."""
    found = steps("1:1 with Ruth 18/11 - charge nurse\n\nOutcome: not yet, posts frozen til April.\n\n"
                  "Matron Kelly said she'll sit in on my next appraisal (advice: bring the falls data)\n"
                  "dont mention the agency complaint\n")
    assert ("sit in on my next appraisal", "other", "Matron Kelly") in found


def test_a_row_whose_owner_is_named_in_it_is_not_read_as_theirs() -> None:
    """"Shadow shifts with Ciara – Ciara – from January" once read "Ciara will shadow shifts with Ciara"."""
    assert not any(who == "Ciara" and "with Ciara" in text
                   for text, _, who in one_line("Shadow shifts with Ciara – Ciara – from January"))


def test_the_month_the_manager_reckons_a_freeze_ends_is_the_revisit_date() -> None:
    """Tried as a user: "frozen til the new financial year, she reckons April" gave no reminder to export."""
    case = make_case(name="Sam Okafor", manager={"name": "Ruth"})
    changes = read_notes("1:1 with Ruth 18/11\nOutcome: not yet. Band 6 posts frozen til the new financial year, she "
                         "reckons April.", case, today=TODAY).changes
    assert [c.text for c in changes if c.kind == "follow_up"] == ["2027-04-01"]


# --- a second review (a helper's 210 notes, before and after the fixes above) -------------------------------------


@pytest.mark.parametrize("line", [
    "Ruth told me to highlight the cost savings in my self-review",
    "She wants me to include the NPS data in the promo pack by Friday",
    "Ruth said to talk up the migration work when I meet the director",
])
def test_what_she_asks_me_to_say_somewhere_else_is_my_step(line: str) -> None:
    assert [owner for _, owner, _ in one_line(line)] == ["me"]


@pytest.mark.parametrize(("line", "step"), [
    ("Talk to Ruth about Ruth's old role – Ruth – next week",
     ("talk to you about your old role next week", "manager", None)),
    ("Presentation to board – me – rehearse by 2 Dec", ("rehearse the presentation to board by 2 Dec", "me", None)),
    ("site visit Lagos – Emeka – 3rd week Jan", ("arrange the site visit Lagos by 3rd week Jan", "other", "Emeka")),
])
def test_more_rows_of_an_action_owner_by_list(line: str, step: tuple[str, str, str | None]) -> None:
    assert step in one_line(line)


@pytest.mark.parametrize("line", [
    "no action yet on the grade; I'll wait for the panel",
    "nothing to do yet - waiting on HR",
    "get a sponsor outside the department (just advice really)",
])
def test_waiting_and_advice_are_no_steps(line: str) -> None:
    assert one_line(line) == []


def test_a_line_that_goes_on_with_keep_is_still_joined() -> None:
    found = steps("Catch up with Ruth on 20/11. Good chat overall and she was very positive about the audit.\n"
                  "She wants me to lead the next one and said I should make sure I\n"
                  "keep the night staff in the loop about it.\n")
    assert ("make sure I keep the night staff in the loop about it", "me", None) in found


def test_a_hedged_promise_of_someone_named_is_still_theirs() -> None:
    assert ("probably send me the template tomorrow", "other", "Marek") in one_line(
        "Marek said he'll probably send me the template tomorrow")
