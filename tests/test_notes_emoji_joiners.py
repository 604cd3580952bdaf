"""An emoji built with a zero-width joiner ("💇‍♀️", "👩‍⚕️") is what the person typed, not a hidden character:
before, every proposal quoting its line was refused ("remove the control characters"), so a meeting line with
one lost its date. A joiner that joins nothing, and the other hidden characters, are still refused."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.changes import accept_all
from promo_ai.notes import read_notes
from promo_ai.text import has_control
from tests.helpers import make_case


def test_a_meeting_line_with_a_joined_emoji_keeps_its_date_and_steps() -> None:
    notes = ("bev \U0001f487\u200d\u2640\ufe0f 10/11\n"
             "she'll put me forward. I'll send her the deck by Fri \U0001f469\u200d\u2695\ufe0f")
    changes = read_notes(notes, make_case(manager={"name": "Bev Hart"}), today=dt.date(2026, 11, 20)).changes
    accepted = {(c.kind, c.text) for c in accept_all(changes)}
    assert ("date", "2026-11-10") in accepted
    assert ("next", "send you the deck by Fri") in accepted


@pytest.mark.parametrize("text", ["\U0001f3f3\ufe0f\u200d\U0001f308 pride network lead",
                                  "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"])
def test_joiners_inside_what_they_join_are_text(text: str) -> None:
    assert not has_control(text)


@pytest.mark.parametrize("text", ["a\u200d b", "\u200dab", "ab\u200bcd", "ab\u202ecd", "bell\x07"])
def test_hidden_characters_are_still_found(text: str) -> None:
    assert has_control(text)
