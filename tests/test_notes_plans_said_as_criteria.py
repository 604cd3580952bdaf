"""A plan said as criteria, and answers that are not the outcome (notes written for these tests): "what would swing it
next time:", "what's still missing:", "she said I need:", "Marisol's criteria (Dan says):", "requirements daw:",
"If I can show:", 'lisa: "if you can show 3 things by then"' head a plan whose items (often with figures) are never
evidence, and an item in a plan ("signed off as a trainer") is not the news; "write it bilingual? no - English only"
is no "no"; lines that ask the tool to write ("write this as a formal email", "draft something short i can text
john") are never followed."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.changes import ChangeItem
from promo_ai.notes import read_notes
from promo_ai.text import looks_like_instruction
from tests.helpers import make_case

TODAY = dt.date(2026, 12, 3)
ITEMS = "  - 100% on the next two BA drills\n  - 3 months acting up as crew mgr w no issues\n  - ICS level 1 done\n"


def read(notes: str) -> list[ChangeItem]:
    return list(read_notes(notes, make_case(manager={"name": "Dave Morgan"}), today=TODAY).changes)


def of(changes: list[ChangeItem], kind: str) -> list[str]:
    return [c.text for c in changes if c.kind == kind]


@pytest.mark.parametrize("heading", ["what would swing it next time:", "what's still missing:", "she said I need:",
                                     "Marisol's criteria (Dan says):", "requirements daw:", "If I can show:",
                                     "Mrs Rao condition: if I can show",
                                     'lisa: "if you can show 3 things by then"'])
def test_criteria_head_a_plan_never_evidence(heading: str) -> None:
    changes = read(f"1-1 w Dave, Tues 1st Dec\nnot this round, boards frozen till April\n{heading}\n{ITEMS}"
                   "I'll book the ICS course before xmas")
    assert len(of(changes, "condition")) == 3, of(changes, "condition")
    assert not [a for a in of(changes, "add") if "BA drills" in a or "acting up" in a]


def test_what_i_have_got_is_not_a_plan() -> None:
    changes = read("1-1 w Dave, Tues 1st Dec\nnot this round\nwhat I've got already:\n"
                   "  - 31 home fire safety visits since June\n")
    assert not of(changes, "condition")


def test_an_item_of_the_plan_is_not_the_news() -> None:
    changes = read("1:1 Dave — Mon 30 Nov\nHe's putting me forward for charge tech.\nIf I can show:\n"
                   "  • 0 QC failures unresolved > 24h\n  • signed off as a trainer for the new grads\n")
    assert of(changes, "outcome") == ["pending"] and len(of(changes, "condition")) == 2


def test_an_answer_to_a_question_in_the_notes_is_not_the_outcome() -> None:
    changes = read("Dave 1 Dec\nhe's putting me forward to the council, they meet 2 June\n"
                   "write it bilingual? no - English only")
    assert of(changes, "outcome") == ["pending"]


@pytest.mark.parametrize("line", ["write this as a formal email", "write it bilingual? no - English only",
                                  "draft something short i can text/email john"])
def test_asking_the_tool_to_write_is_an_instruction(line: str) -> None:
    assert looks_like_instruction(line)


@pytest.mark.parametrize("line", ["write up the SOP by Friday", "draft the rota for May",
                                  "I will write the report as a formal note"])
def test_my_own_writing_is_not(line: str) -> None:
    assert not looks_like_instruction(line)
