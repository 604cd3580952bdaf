"""Steps that involve someone else, as the email says them to the manager: the person a pronoun stands for when
the sentence names them ("she'll speak to her then" is "speak to Sandra then", never "your then"); a person
wanted is no document of mine to send ("she needs a sponsor"); a `next:` line marked "(me)" or listing several
actions of mine is my steps, one each. Notes written for these tests."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from promo_ai.case import Case
from promo_ai.notes import read_notes
from promo_ai.notes.learned import every_step_kept
from promo_ai.notes.voice import to_second_person
from tests.helpers import make_case

TODAY = dt.date(2026, 11, 27)


@pytest.fixture(scope="module")
def case() -> Case:
    return make_case(manager={"name": "Carol Hughes"})


def steps(notes: str, case: Case) -> dict[str, str | None]:
    with every_step_kept():  # what the rules say, whether or not the step model would offer it
        return {c.text: c.owner for c in read_notes(notes, case, today=TODAY).changes if c.kind == "next"}


@pytest.mark.parametrize("notes, step", [
    ("1:1 w Carol 26/11. Sandra's back from leave w/c 7th so she'll speak to her then.", "speak to Sandra then"),
    ("Jim's on a course till Friday so she'll talk to him then", "talk to Jim then"),
])
def test_the_person_a_managers_step_is_with_is_named(notes: str, step: str, case: Case) -> None:
    found = steps(notes, case)
    assert found.get(step) == "manager"
    assert not any("your then" in text for text in found)


def test_him_before_a_day_is_never_made_your() -> None:
    assert to_second_person("see him Monday", ["Carol"]) == "see you Monday"
    assert to_second_person("catch her Monday", ["Carol"], by_manager=True) == "catch her Monday"


@pytest.mark.parametrize("notes", [
    "Raj was at the board. She will call him tomorrow.",
    "There's a freeze, she will talk to him about it.",
    "Friday's the deadline so she'll email him first.",
    "She's off next week, she'll speak to him then.",
])
def test_a_word_that_is_no_one_is_not_named_in_the_step(notes: str, case: Case) -> None:
    found = steps(f"1:1 w Carol 26/11\n{notes}", case)
    assert found and all(re.search(r"\b(?:him|her)\b", text) for text in found), found


@pytest.mark.parametrize("notes", [
    "1:1 w Carol 26/11. She's in, but she needs a sponsor from outside the org.",
    "1:1 w Carol 26/11. VP nomination: she's in, but needs her MD (Sheila) to co-sign.",
    "1:1 w Carol 26/11. She wants the vendor RFC as the centerpiece of the packet.",
])
def test_a_person_wanted_is_nothing_of_mine_to_send(notes: str, case: Case) -> None:
    assert not any(text.startswith("send you") for text in steps(notes, case))


@pytest.mark.parametrize("line, step", [
    ("She needs my portfolio by Friday.", "send you my portfolio by Friday"),
    ("She needs the partner deck by Friday.", "send you the partner deck by Friday"),
    ("She wants my referee details by Monday.", "send you my referee details by Monday"),
    ("She needs my director's sign-off form.", "send you my director's sign-off form"),
])
def test_a_thing_wanted_is_still_mine_to_send(line: str, step: str, case: Case) -> None:
    assert steps(f"1:1 w Carol 26/11. Pending. {line}", case).get(step) == "me"


def test_a_next_line_marked_mine_is_my_step_without_the_mark(case: Case) -> None:
    found = steps("next: request the board's written feedback (me)", case)
    assert found == {"request the board's written feedback": "me"}


def test_a_next_line_of_several_actions_is_one_step_each(case: Case) -> None:
    found = steps("next: update my CV, book the exam for March", case)
    assert found == {"update my CV": "me", "book the exam for March": "me"}


@pytest.mark.parametrize("line", ["next: (i) update CV (ii) book the exam", "next: chase HR (me), Carol books the room",
                                  "next: speak to the GM, confirm the panel date (Carol)"])
def test_a_next_line_that_is_not_all_mine_stays_as_written(line: str, case: Case) -> None:
    assert steps(line, case) == {line.removeprefix("next: "): None}


@pytest.mark.parametrize("line, step, who", [
    ("- GM to sign the PAF this week", "sign the PAF this week", "GM"),
    ("the MD has to approve it when he's back, end of month.", "approve it when he's back, end of month", "MD"),
    ("the DON will sign off when she's back from leave", "sign off when she's back from leave", "the DON"),
])
def test_a_role_said_by_its_letters_owns_its_step(line: str, step: str, who: str, case: Case) -> None:
    with every_step_kept():
        found = [(c.text, c.owner, c.who) for c in read_notes(f"1:1 w Carol 26/11 - pending\n{line}", case,
                                                                today=TODAY).changes if c.kind == "next"]
    assert found == [(step, "other", who)]


def test_capitals_that_are_a_thing_sent_are_no_one(case: Case) -> None:
    assert steps("1:1 w Carol 26/11 - pending\nCV to HR asap", case) == {}
