"""Whose step "he'll ..." is, when the notes speak of the manager as "she" everywhere else: "Sandra's telling the
area manager (Phil) this week and he'll sign off the new contract" is Phil's step, not Sandra's. And when the
notes are not clear about it, or the other pronoun is about someone who was hired, the reading is as before.
Notes written for these tests."""

from __future__ import annotations

import datetime as dt

from promo_ai.changes import ChangeItem
from promo_ai.notes import read_notes
from tests.helpers import make_case

TODAY = dt.date(2026, 12, 3)


def steps(notes: str, manager: str = "Sandra Price") -> list[ChangeItem]:
    changes = read_notes(notes, make_case(manager={"name": manager}), today=TODAY).changes
    return [c for c in changes if c.kind == "next"]


def test_the_other_pronoun_is_the_person_just_named() -> None:
    found = steps("1:1 with Sandra on 2 Dec. She'll put me forward. She said the panel is in Jan.\n"
                  "Sandra's telling the area manager (Phil) this week and he'll sign off the new contract.")
    signing = next(s for s in found if "contract" in s.text)
    assert (signing.owner, signing.who, signing.text) == ("other", "Phil", "sign off the new contract")
    telling = next(s for s in found if "area manager" in s.text)
    assert telling.owner == "manager" and "contract" not in telling.text


def test_the_manager_spoken_of_as_he_keeps_his_steps() -> None:
    found = steps("1:1 with Dev on 2 Dec. Didn't get it. Went to Marcia, she's been acting TL since summer.\n"
                  "He'll sort me a place on the ILM Level 3 in the spring. He said I was close.", manager="Dev Patel")
    assert [(s.owner, s.who) for s in found if "ILM" in s.text] == [("manager", None)]


def test_someone_hired_starting_is_not_a_step() -> None:
    found = steps("1:1 with Sandra on 2 Dec. She said no. She was kind about it.\n"
                  "They hired Tom from Leeds and he starts in August.")
    assert not [s for s in found if "start" in s.text]


def test_without_a_clear_pronoun_the_step_stays_the_managers() -> None:
    found = steps("1:1 with Sandra on 2 Dec. She'll put me forward. He said yes.\n"
                  "Sandra's telling the area manager (Phil) this week and he'll sign off the new contract.")
    assert all(s.owner == "manager" for s in found if "contract" in s.text)
