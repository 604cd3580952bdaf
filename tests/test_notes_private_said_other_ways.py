"""Private lines said more ways people say them: "not putting in the email what i think about X", "wont put that
in", "dont want that written down", "(not mine to write about)", "strictly between", a cue as a label ("dont put:
...", "my eyes only: ..."), and a run of cues after the line they mean ("... last week. nobody knows. not in
email"). A line that is only a cue ("For me only", "Note to self", "keep out") keeps what it points at private and
is not listed itself: it has nothing of its own to keep. Notes written for these tests."""

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


def private_and_other(notes: str, case: Case) -> tuple[list[str], list[str]]:
    changes = read_notes(notes, case, today=TODAY).changes
    return ([c.text for c in changes if c.kind == "private"],
            [c.text for c in changes if c.kind not in {"private", "date", "outcome", "follow_up"}])


@pytest.mark.parametrize("line, secret", [
    ("- not putting in the email what i think about Marcus lol", "Marcus"),
    ("- my brother is sick again, wont put that in", "brother"),
    ("- dont want that written down but im talking to a new place on Hill St", "Hill St"),
    ("- the Reyes family case went to court (not mine to write about)", "Reyes"),
    ("- strictly between me and her, Dana is moving to head office", "head office"),
    ("- dont put: Kev said the area mgr is useless", "area mgr"),
    ("- my eyes only: the pay here is poor next to the Acme offer", "Acme"),
    ("- I had a call with Harlow Foods last week. nobody knows. not in email", "Harlow Foods"),
])
def test_the_line_is_kept_private(line: str, secret: str, case: Case) -> None:
    private, other = private_and_other(f"1:1 with Dana 3/2. Not yet, revisit in June.\n{line}\n", case)
    assert any(secret in text for text in private), private
    assert not any(secret in text for text in other), other


@pytest.mark.parametrize("line", ["I won't put in for the transfer this year", "Sam will write it down for the panel",
                                  "we will not be putting in a bid for the contract"])
def test_words_like_a_cue_that_keep_nothing_out_are_no_private_line(line: str, case: Case) -> None:
    private, _ = private_and_other(f"1:1 with Dana 3/2. Not yet.\n- {line}\n", case)
    assert not private


@pytest.mark.parametrize("cue", ["For me only", "Note to self", "Personal (not for email)"])
def test_a_heading_that_is_only_a_cue_is_not_listed_but_what_is_under_it_is(cue: str, case: Case) -> None:
    notes = (f"1:1 with Dana 3/2\n## Decision\n- not yet, revisit in June\n## {cue}\n"
             "- my mum's care is why I need days\n")
    private, other = private_and_other(notes, case)
    assert private == ["my mum's care is why I need days"]
    assert not any("mum" in text for text in other)


def test_a_cue_line_under_the_line_it_means_is_not_listed(case: Case) -> None:
    private, _ = private_and_other("1:1 with Dana 3/2. Not yet.\n- Jo is on a final warning\n- keep out\n", case)
    assert private == ["Jo is on a final warning"]


def test_a_bare_cue_over_bullets_is_their_heading_not_a_cue_about_the_line_above(case: Case) -> None:
    notes = ("1:1 with Dana 3/2\nFor the email\n- mention the rota rebuild, 40 shifts a week\n\nKeep out\n"
             "- Olu is leaving, not announced yet\n")
    private, other = private_and_other(notes, case)
    assert private == ["Olu is leaving, not announced yet"]
    assert any("rota rebuild" in text for text in other)
