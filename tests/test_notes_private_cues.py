"""Private lines said the short way people say them: a bare cue at the end of the line or after it ("pay's going up
to £37k - don't put", "... suspended pending an investigation, don't touch it", "... stays out.", "nobody's
business", "close hold", "my own note: ..."), and a cue that names someone by an abbreviation ("the F. family
complaint", "Atty. Lim"), which must not be cut into two sentences. None of it reaches the proposals as anything
but private; what is no cue stays as it was ("Nobody knows the rota better than me"). Notes written for these
tests.

Said more ways too: "not putting in the email what i think about X", "wont put that in", "dont want that
written down", "(not mine to write about)", "strictly between us", a cue as a label ("dont put: ...", "my eyes
only: ..."), and a run of cues after the line they mean ("... last week. nobody knows. not in email"). A line
that is only a cue ("For me only", "Note to self", "keep out") keeps what it points at private and is not listed
itself: it has nothing of its own to keep."""

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
    ("- pay's going up to £37k - don't put", "£37k"),
    ("- Steve said Officer Daniels is suspended pending an investigation, don't touch it", "suspended"),
    ("- I've got a call with a recruiter next week. stays out.", "recruiter"),
    ("- my SACCO loan is why I need this. nobody's business", "SACCO"),
    ("- also my own note: he said LH Smith is going to be discharged over the drugs test. close hold", "discharged"),
    ("and my own note: dad's heart again, might need time off at Easter", "heart"),
    ("- PERSONAL (di pwede sa email): mama's hospital bills, that's why i need the raise", "hospital bills"),
    ("- not for the email: the F. family complaint", "F. family complaint"),
    ("- dont include the issue with Atty. Lim in the email", "Atty. Lim"),
    ("I'm leaving in June, nobody knows", "leaving"),
])
def test_a_short_cue_keeps_the_whole_line_private(line: str, secret: str, case: Case) -> None:
    private, other = private_and_other(f"1:1 with Dana 3/2. Not yet, revisit in June.\n{line}\n", case)
    assert any(secret in text for text in private)
    assert not any(secret.split()[-1] in text for text in other)
    assert not any("Not yet" in text for text in private)  # the cue points at its own line, not the one above


def test_a_cue_in_a_dictated_run_on_covers_what_came_before_not_what_follows(case: Case) -> None:
    private, other = private_and_other(
        "ok so talked to dana after shift change she said the senior post is through from next month and she said "
        "she will email the district office today she said shes had a rough time with "
        "the divorce dont put that in also mention the bushfire deployment to gippsland 14 days that was big", case)
    assert any("divorce" in text for text in private)
    assert not any("bushfire" in text for text in private)
    assert any("bushfire" in text for text in other)


def test_nobody_knowing_better_is_no_secret(case: Case) -> None:
    private, _ = private_and_other("1:1 with Dana 3/2. Not yet.\nNobody knows the rota better than me, I built it\n",
                                   case)
    assert not private


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
def test_the_line_said_another_way_is_kept_private(line: str, secret: str, case: Case) -> None:
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
