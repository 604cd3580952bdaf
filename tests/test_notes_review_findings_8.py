"""The findings of a review of this session's reader changes, each as notes a person might type (written for these
tests): a cue line under prose is about that line, not a heading over the list below it; 'the last week of January'
is still to come; what the manager wants of me keeps its 'skills matrix'; 'won't put it in front of the panel' and
'strictly between 1 and 14 March' keep nothing out; 'Nobody knows yet.' keeps only itself; an 'I'll' under a topic
label is mine; 'Unanimously promoted to ...' is my news; a doubt before 'but I got the post' leaves the news;
'Speak up in the ops meeting - Dana' is her advice; a figure after 'Confidential:' is still listed."""

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
    return make_case(name="Jordan Lee", manager={"name": "Dana Whitfield"})


def read(notes: str, case: Case) -> list[tuple[str, str, str | None]]:
    with every_step_kept():
        return [(c.kind, c.text, c.owner) for c in read_notes(notes, case, today=TODAY).changes]


@pytest.mark.parametrize("cue", ["confidential", "not for the email", "Keep out."])
def test_a_cue_line_under_prose_keeps_that_line_private_and_the_list_below_public(cue: str, case: Case) -> None:
    notes = (f"1:1 with Dana 3/2\nWard 7 is closing in April, staff not told yet\n{cue}\n"
             "- she'll put me forward for Band 7 in March\n- I'll send her the sepsis audit by Fri\n")
    got = read(notes, case)
    assert any(kind == "private" and "Ward 7" in text for kind, text, _ in got)
    assert ("outcome", "pending", None) in got
    assert any(kind == "next" and "sepsis audit" in text and owner == "me" for kind, text, owner in got)


@pytest.mark.parametrize("line, step", [
    ("she'll raise it at the panel on the last Thursday of Jan", "raise it at the panel on the last Thursday of Jan"),
    ("I'll renew my CSCS card last week of Dec before it lapses", "renew my CSCS card last week of Dec"),
])
def test_the_last_week_of_a_month_is_still_to_come(line: str, step: str, case: Case) -> None:
    assert any(kind == "next" and text.startswith(step) for kind, text, _ in read(f"1:1 with Dana 3/2\n{line}", case))


@pytest.mark.parametrize("line, step", [
    ("she wants my skills matrix updated by Friday", "get my skills matrix updated by Friday"),
    ("she needs my publications list for the panel", "send you my publications list for the panel"),
])
def test_what_she_wants_of_me_with_such_nouns_is_still_my_step(line: str, step: str, case: Case) -> None:
    assert ("next", step, "me") in read(f"1:1 with Dana 3/2\n{line}", case)


@pytest.mark.parametrize("line, step", [
    ("she won't put it in front of the panel until March, I'll send her my portfolio by Friday",
     "send you my portfolio by Friday"),
    ("applications open strictly between 1 and 14 March, she'll send me the link", "send me the link"),
    ("she'll put me forward for the March panel, if it runs. Nobody knows yet.", "put me forward for the March panel"),
])
def test_words_like_a_cue_keep_the_step_beside_them(line: str, step: str, case: Case) -> None:
    got = read(f"1:1 with Dana 3/2\n{line}", case)
    assert any(kind == "next" and text.startswith(step) for kind, text, _ in got), got
    assert not any(kind == "private" and step in text for kind, text, _ in got)


@pytest.mark.parametrize("line", ["QA team: I'll run the regression pack by Wed",
                                  "Compliance: finish my mandatory training by Friday"])
def test_a_topic_label_does_not_take_my_step(line: str, case: Case) -> None:
    assert [owner for kind, _, owner in read(f"1:1 with Dana 3/2\n{line}", case) if kind == "next"] == ["me"]


@pytest.mark.parametrize("line", ["Unanimously promoted to Senior Business Analyst by the panel!",
                                  "don't know if it's public yet but I got the Senior Business Analyst post"])
def test_my_own_news_stays_mine(line: str, case: Case) -> None:
    assert ("outcome", "promoted", None) in read(f"1:1 with Dana 3/2\n{line}", case)


def test_another_persons_promotion_gives_no_title_beside_a_pending_case(case: Case) -> None:
    got = read("1:1 with Dana 3/2\nTom promoted to Senior Associate last month\nshe'll put me forward in March\n", case)
    assert not [text for kind, text, _ in got if kind == "title" and "Associate" in text]


def test_advice_with_her_name_after_it_is_not_her_step(case: Case) -> None:
    got = read("1:1 with Dana 3/2\nFeedback\n- Speak up in the ops meeting - Dana\n", case)
    assert not [text for kind, text, owner in got if kind == "next" and owner == "manager"]


def test_a_figure_after_a_cue_is_still_listed_as_private(case: Case) -> None:
    got = read("1:1 with Dana 3/2\nnot yet\nConfidential: £42k\n", case)
    assert any(kind == "private" and "42k" in text for kind, text, _ in got)
