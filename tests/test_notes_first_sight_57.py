"""Outcomes said in other words, from development-57's first sight (notes written for these tests)."""

from __future__ import annotations

import pytest

from promo_ai.notes.evidence import accomplishment
from promo_ai.notes.outcome import sentence_outcome


@pytest.mark.parametrize(("sentence", "outcome"), [
    ("I'm being sworn in as Lt on the 15th at the council meeting", "promoted"),
    ("SDS signed my appointment!!! MT1 na ako", "promoted"),
    ("made the cut - I pin E-6 on Aug 1", "promoted"),
    ("IFS upgrade - NOT recommended. she was clear", "no"),
    ("not recommended yet, revisit in May", "not_yet")])
def test_an_outcome_said_another_way(sentence: str, outcome: str) -> None:
    assert sentence_outcome(sentence) == outcome


@pytest.mark.parametrize("sentence", ["Back on days from 1 March!!", "Night shift from Monday!!",
                                      "Annual leave from 3 Jan \U0001F389", "made the cut for the cook-off final"])
def test_news_of_other_things_is_no_outcome(sentence: str) -> None:
    assert sentence_outcome(sentence) is None


def test_an_added_result_drops_where_it_goes() -> None:
    said = "sepsis bundle compliance 58% -> 91% — put first"
    assert accomplishment(said, said, None) == "Sepsis bundle compliance 58% -> 91%"


def test_it_is_not_the_outcome_said_before_it() -> None:
    import datetime as dt

    from promo_ai.notes import read_notes
    from promo_ai.notes.learned import every_step_kept
    from tests.helpers import make_case

    with every_step_kept():
        changes = read_notes("1:1 Dana 26/11 - not yet, she'll revisit it in April",
                             make_case(manager={"name": "Dana Whitfield"}), today=dt.date(2026, 11, 27)).changes
    assert not any("not yet" in c.text for c in changes if c.kind == "next")
