"""Misreadings a helper's review of session 22's reader changes found (old reading kept, or the new rule narrowed):
a refusal of something other than the promotion, my old post filled, 'a no ... but she'll back me', my own no to the
promotion, a suggestion turned down beside a step I will take, a hedged '?' on a real step, 'stop ...ing from Monday',
'HR to Dana with the figures', an 'it' guessed as a person, a place or a sign-off, a month in brackets, column rows
that name a thing, and 'your' in a request put to me."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.changes import ChangeItem
from promo_ai.notes import read_notes
from tests.helpers import make_case

TODAY = dt.date(2026, 12, 3)


def read(notes: str) -> list[ChangeItem]:
    return read_notes(f"1:1 w Dana 2 Dec\n{notes}", make_case(manager={"name": "Dana Lee"}), today=TODAY).changes


def steps(notes: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.owner) for c in read(notes) if c.kind == "next"]


def outcome(notes: str) -> str | None:
    return next((c.text for c in read(notes) if c.kind == "outcome"), None)


@pytest.mark.parametrize(("line", "said"), [
    ("The panel approved my promotion; the pay backdating is not happening.", "promoted"),
    ("Dana said it's a no this round but she'll back me in September.", "not_yet"),
    ("I said no to the promotion, I'm staying on days.", "no"),
    ("Dana can't change the band, it's set by HR - promotion is still a no.", "no"),
])
def test_outcomes_the_new_rules_must_not_turn(line: str, said: str) -> None:
    assert outcome(line) == said


def test_my_old_post_filled_is_no_refusal() -> None:
    assert outcome("My old post has been filled so I start as charge nurse on the 1st.") != "no"


@pytest.mark.parametrize(("line", "kept"), [
    ("Dana suggested a mentor, not now but I'll ask Sister Kelly in June.", "ask Sister Kelly in June"),
    ("She suggested I apply for the band 7 secondment - I'll send my application by Friday, not interested in the "
     "bank role.", "send my application by Friday"),
    ("- Dana to send me the JD by Fri, she suggested I look at it before the panel, not now though",
     "send me the JD by Fri"),
    ("No action needed on the rota but Dana will chase HR by Friday.", "chase HR by Friday"),
    ("Actions\n- will book the leadership course (May?)", "book the leadership course"),
    ("I'll stop using the old handover sheet from Monday.", "stop using the old handover sheet from Monday"),
    ("HR to Dana with the figures by end of month", "Dana with the figures by end of month"),
])
def test_a_real_step_beside_the_new_rules_is_kept(line: str, kept: str) -> None:
    assert any(text.startswith(kept) for text, _ in steps(line)), steps(line)


@pytest.mark.parametrize(("line", "wrong"), [
    ("Wants me to shadow the night coordinator for a week, she'll set it up.", "set up the night coordinator"),
    ("She wants me to mentor the new grad on nights, I'll do it from April.", "do the new grad"),
    ("Dana said a vacancy is coming up in the day unit, she'll send it to me.", "send the day unit"),
    ("Dana said the promotion needs my manager's sign off, she'll sign it this week.", "sign my manager's"),
    ("Dana said the advert goes live on NHS Jobs next week, I'll send it to Priya.", "send the advert goes"),
])
def test_it_is_never_a_person_a_place_or_a_sign_off(line: str, wrong: str) -> None:
    assert not any(text.startswith(wrong) for text, _ in steps(line)), steps(line)


def test_a_month_in_brackets_is_no_one() -> None:
    assert not [c for c in read("rota (March): swap my nights with Priya by Friday") if c.who == "March"]


def test_column_rows_that_name_a_thing_say_what_is_done() -> None:
    got = steps("Action - Owner - Due\nReference - Kelvin - next week\nCV update - me - Friday")
    assert ("arrange the reference by next week", "other") in got
    assert ("complete the CV update by Friday", "me") in got


def test_your_in_a_request_put_to_me_is_mine() -> None:
    assert steps("Dana: can you send your portfolio to me and HR by the 20th?") == [
        ("send my portfolio to you and HR by the 20th", "me")]


def test_a_request_then_i_will_send_it_on_a_weekday_is_one_step() -> None:
    got = steps("she wants the preceptorship write-up too, I'll send it over Monday")
    assert got == [("send you the preceptorship write-up on Monday", "me")]


def test_a_name_that_starts_like_a_month_in_brackets_is_still_someone() -> None:
    assert [c.who for c in read("office (Marcus): update my rate in payroll") if c.kind == "next"] == ["Marcus"]
