"""Misreadings a second helper review (of this session's privacy changes) found, each verified and a thing a person
would notice, kept as tests. Notes written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.changes import ChangeItem
from promo_ai.notes import read_notes
from tests.helpers import make_case

TODAY = dt.date(2026, 2, 10)
FORWARD = "Met Dana 3/2, she is putting me forward."


def read(notes: str) -> list[ChangeItem]:
    return list(read_notes(notes, make_case(manager={"name": "Dana Lee"}), today=TODAY).changes)


def of(changes: list[ChangeItem], kind: str) -> list[ChangeItem]:
    return [c for c in changes if c.kind == kind]


@pytest.mark.parametrize("line", [
    "(called the Marriott GM on 4 Feb - head chef job there, 52k, they want an answer by fri)",
    "(met the Aldi area mgr on 4 Feb, store manager role is mine if I want it)",
    "(met Sam from Google on 6 Feb, onsite next wk)"])
def test_a_bracketed_meeting_with_someone_else_stays_private(line: str) -> None:
    changes = read(f"1:1 w Dana, not this round, budget freeze.\n{line}")
    assert [c.source_quote for c in of(changes, "private")] == [line]
    assert [c.text for c in of(changes, "outcome")] == ["not_yet"] and not of(changes, "date")


@pytest.mark.parametrize(("line", "added"), [
    ("add that psychiatric liaison referrals are now same day, was 3 days", "Psychiatric liaison referrals"),
    ("add that other wards now use my falls checklist, 5 wards so far", "Other wards now use"),
    ("add that I grew the restaurant's insta, page is on 12k followers now", "Grew the restaurant's insta"),
    ("add that I was approached by Finance for help automating month-end, saved 2 days", "Was approached by Finance"),
    ("add: migrated 40 servers over the weekend, quietly", "igrated 40 servers"),
    ("add that I ran the flu clinic, 600 jabs in 2 days (don't say it was just me)", "Ran the flu clinic, 600 jabs"),
])
def test_an_accomplishment_is_kept_whole_and_public(line: str, added: str) -> None:
    (add,) = of(read(f"{FORWARD}\n{line}"), "add")
    assert added in add.text and "just me" not in add.text


@pytest.mark.parametrize(("line", "theirs"), [
    ("she wants me to mentor the 2 new starters + then she'll review it at my 6 month check",
     "review it at my 6 month check"),
    # "it" is the SOP the sentence names, said so for the director the email goes on to
    ("he asked me to draft the new SOP and then he'll sign it off at governance",
     "sign off the new SOP at governance")])
def test_the_managers_own_step_after_what_she_wants_of_me_is_kept(line: str, theirs: str) -> None:
    changes = read(f"Met Dana 3/2, not this cycle.\n{line}")
    assert [c.text for c in of(changes, "next") if c.owner == "manager"] == [theirs]
    assert of(changes, "condition") and not [c for c in of(changes, "condition") if "you'll" in c.text]


def test_a_wrapped_sentence_that_runs_on_after_a_colon_is_one_line() -> None:
    changes = read("Met Dana on 3 Feb. She is putting me forward for band 6 at the March panel.\nShe wants me to "
                   "finish the IV cannulation cert and get signed off by the practice\neducator: Jo, by the end of "
                   "Feb.\nThanks.")
    assert [c.by for c in of(changes, "condition")] == ["the end of Feb"]


def test_what_she_cannot_tell_hr_yet_is_not_private() -> None:
    assert not of(read(f"{FORWARD}\nDana said she can't tell HR I'm ready until the audit is signed off"), "private")
