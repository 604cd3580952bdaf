"""What is not the answer to this case: another person's promotion said as news ("Lena promoted to Senior
Associate (deserved)"), a promotion that waits on something ("he'll put me up for the role when the budget's signed
off"), and someone else's rejected case in a line kept private ("... don't bring it up"). Notes written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.case import Case
from promo_ai.notes import read_notes
from tests.helpers import make_case

TODAY = dt.date(2026, 11, 27)


@pytest.fixture(scope="module")
def case() -> Case:
    return make_case(name="Jordan Lee", manager={"name": "Ruth Tan"})


def outcome_and_title(notes: str, case: Case) -> tuple[str | None, str | None]:
    changes = read_notes(notes, case, today=TODAY).changes
    return (next((c.text for c in changes if c.kind == "outcome"), None),
            next((c.text for c in changes if c.kind == "title"), None))


@pytest.mark.parametrize("news", ["Lena promoted to Senior Associate (deserved)",
                                  "Hannah got promoted to Director of Design"])
def test_another_persons_promotion_is_not_mine(news: str, case: Case) -> None:
    notes = f"1:1 with Ruth 20/11/2026\n- not this round for me, the panel went another way\n- {news}\n"
    outcome, title = outcome_and_title(notes, case)
    assert outcome != "promoted"
    assert title is None


def test_my_own_promotion_said_as_news_is_mine(case: Case) -> None:
    outcome, _ = outcome_and_title("1:1 with Ruth 20/11/2026\nFinally promoted to Senior Business Analyst!!\n", case)
    assert outcome == "promoted"


def test_a_promotion_waiting_on_a_sign_off_is_not_done(case: Case) -> None:
    notes = "1:1 with Ruth 20/11/2026\nshe'll put me up for the lead role when the site budget's signed off\n"
    outcome, _ = outcome_and_title(notes, case)
    assert outcome == "pending"


def test_a_private_line_about_someone_elses_case_gives_no_outcome(case: Case) -> None:
    notes = ("1:1 with Ruth 20/11/2026\n- she's taking my case to the March panel\n"
             "- Dr Okafor's case was rejected last year for plagiarism, don't bring it up\n")
    changes = read_notes(notes, case, today=TODAY).changes
    assert [c.text for c in changes if c.kind == "outcome"] == ["pending"]
    assert any("Okafor" in c.text for c in changes if c.kind == "private")


@pytest.mark.parametrize("line", [
    "The lead job is going to Sam from the Lyric - the board approved it last week, announced Monday",
    "she did put my name forward but it wasn't supported",
    "Ruth was clear there is no second slot this year and the decision is final.",
    "the committee voted 4-3 against promotion to Senior Business Analyst",
])
def test_a_no_said_these_ways_is_a_no(line: str, case: Case) -> None:
    outcome, _ = outcome_and_title(f"1:1 with Ruth 20/11/2026\n{line}\n", case)
    assert outcome == "no"


def test_getting_is_not_part_of_the_title() -> None:
    chef = make_case(current_title="Chef de Partie", target_title="Sous Chef", manager={"name": "Marco Ricci"})
    _, title = outcome_and_title("chat w marco after service tues\n-> im getting sous!! starts 9/2\n", chef)
    assert title is None or not title.lower().startswith("getting")
