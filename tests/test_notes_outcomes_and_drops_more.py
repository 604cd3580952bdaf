"""Outcomes and items left out, as more notes say them (notes written for these tests):
- the title asked for, shortened, as the news: "ASM — YES. starts 7/13", "selected for PO, assumption of rate 1 Apr",
  "result -> SHO confirmed, grade 8 from 5 Jan.";
- what is waited for is not the news: "not this year ... until the new org chart is signed off";
- an item left out with "- no" is no answer ("Burns supper - no"), but "Result: no." is;
- items left out as people type it: "❌ cookout, not relevant", "latte art thing skip", "charity row — meh, not
  needed", "maybe drop the hackathon, feels junior", "drop the fete its not profesional", "the 5-a-side league can go";
  a figure is never one ("Scrap rate on the bracket line fell from 4.2% to 1.1%")."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.changes import ChangeItem
from promo_ai.notes import read_notes
from tests.helpers import make_case

TODAY = dt.date(2026, 12, 3)
ITEMS = ["Organized the July 4th cookout", "Ran the store's latte art throwdown", "Ran the mess's charity row",
         "Organized the team's hackathon", "Organised the residents' summer fete",
         "Organised the office 5-a-side league",
         "Ran the team's Burns supper", "Cut void turnaround times in the north area"]


def read(notes: str, target: str = "Senior Housing Officer") -> list[ChangeItem]:
    case = make_case(manager={"name": "Moira Grant"}, target_title=target,
                     accomplishments=[{"summary": s} for s in ITEMS])
    return list(read_notes(notes, case, today=TODAY).changes)


def the(changes: list[ChangeItem], kind: str) -> list[str]:
    return [c.text for c in changes if c.kind == kind]


@pytest.mark.parametrize("line, target", [
    ("ASM — YES. starts 7/13", "Assistant Store Manager"),
    ("- selected for PO, assumption of rate 1 Apr. CO's signed it.", "Petty Officer Engineering Technician"),
    ("result -> SHO confirmed, grade 8 from 5 Jan. Head of Housing signed off Mon.", "Senior Housing Officer"),
])
def test_the_title_shortened_as_the_news_is_a_promotion(line: str, target: str) -> None:
    assert the(read(f"Moira 1/12\n{line}\nme -> hand over the patch by 23 Dec", target), "outcome") == ["promoted"]


@pytest.mark.parametrize("line", ["ASM - yes if the budget holds", "PO board - was I selected for PO?"])
def test_a_hedged_or_asked_title_is_no_promotion(line: str) -> None:
    assert the(read(f"Moira 1/12\n{line}", "Assistant Store Manager"), "outcome") != ["promoted"]


def test_what_is_waited_for_is_not_the_news() -> None:
    changes = read("Grace 1 Dec. HRBP not this year — the restructure froze all grade moves until the new org chart "
                   "is signed off, probably June.", "HR Business Partner")
    assert the(changes, "outcome") == ["not_yet"]


def test_an_item_left_out_with_no_is_not_the_answer() -> None:
    changes = read("Moira 1/12\nresult -> SHO confirmed, grade 8 from 5 Jan.\nfor the email:\n Burns supper - no")
    assert the(changes, "outcome") == ["promoted"] and the(changes, "drop") == ["Burns supper"]
    assert the(read("Moira 1/12\nResult: no.\nHe was kind about it."), "outcome") == ["no"]


@pytest.mark.parametrize("line, item", [
    ("❌ cookout, not relevant", "cookout"), ("- latte art thing skip", "latte art"),
    ("- charity row — meh, not needed", "charity row"), ("- maybe drop the hackathon, feels junior", "hackathon"),
    ("drop the fete its not profesional", "fete"), ("- the 5-a-side league can go", "5-a-side"),
])
def test_an_item_left_out_as_typed(line: str, item: str) -> None:
    drops = [c for c in read(f"Moira 1/12. She'll put me forward.\n{line}") if c.kind == "drop"]
    assert len(drops) == 1 and item in (drops[0].target or "")


def test_a_figure_is_never_an_item_left_out() -> None:
    changes = read("Moira 1/12. She'll put me forward.\nScrap rate on the bracket line fell from 4.2% to 1.1% after "
                   "my fixture redesign.")
    assert not the(changes, "drop")
