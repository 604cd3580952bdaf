"""The case form as plain data (promo_ai/form.py): what the page shows, laid over the case it came from."""

from __future__ import annotations

import datetime as dt

from promo_ai.case import Case
from promo_ai.form import data_from_form, form_from_case
from tests.helpers import make_case


def test_a_case_comes_back_from_its_form_unchanged() -> None:
    case = make_case(next_steps=["Priya takes it to the director"], notes="Met on Tuesday.", meeting_date="2026-11-20")
    assert Case.model_validate(data_from_form(form_from_case(case), base=case)) == case


def test_fields_the_form_does_not_show_come_from_the_base_case() -> None:
    base = make_case(next_steps=["Priya takes it to the director"], notes="Met on Tuesday.")
    form = form_from_case(base)
    form.scalars["target_title"] = "Lead Business Analyst"
    form.scalars["meeting_date"] = dt.date(2026, 11, 20)
    case = Case.model_validate(data_from_form(form, base=base))
    assert case.target_title == "Lead Business Analyst" and case.meeting_date == dt.date(2026, 11, 20)
    assert [step.text for step in case.next_steps] == ["Priya takes it to the director"]
    assert case.notes == "Met on Tuesday."
    assert "next_steps" not in data_from_form(form)  # no base: only what the form shows


def test_a_field_emptied_in_the_form_is_empty_not_the_base_value() -> None:
    base = make_case(meeting_date="2026-11-20", team="Payments")
    form = form_from_case(base)
    form.scalars.update(meeting_date=None, team="  ", manager_email="")
    data = data_from_form(form, base=base)
    assert "meeting_date" not in data and "team" not in data and data["manager"] == {"name": "Priya Shah"}
    form.scalars["target_title"] = ""
    assert "target_title" not in data_from_form(form, base=base)  # so the problem says 'required'


def test_empty_table_rows_are_dropped() -> None:
    form = form_from_case(make_case())
    form.accomplishments.append({"summary": "", "impact": float("nan"), "duty": None, "when": ""})  # type: ignore[dict-item]
    form.duties.append("  ")
    data = data_from_form(form)
    assert len(data["accomplishments"]) == 2 and data["target_duties"] == ["Owns requirements for cross-team projects"]


def test_a_brag_document_splits_what_from_its_impact() -> None:
    from promo_ai.form import brag_rows

    rows = brag_rows("- Led the handover redesign — handover down from 45 to 20 minutes\n"
                     "2. Ran the flu clinic: 400 staff vaccinated in two weeks\n"
                     "* Q3 2026: led the audit\nTrained six new nurses - all six stayed\n\n")
    assert [(r["summary"], r["impact"]) for r in rows] == [
        ("Led the handover redesign", "handover down from 45 to 20 minutes"),
        ("Ran the flu clinic", "400 staff vaccinated in two weeks"),
        ("Q3 2026: led the audit", ""),  # a colon after one or two words is not a split
        ("Trained six new nurses", "all six stayed")]


def test_problems_in_plain_words() -> None:
    from promo_ai.form import in_plain_words

    assert in_plain_words("manager.name: this is required") == "Your manager's name is missing"
    assert in_plain_words("accolades[2].author: this is required") == "Praise 2: who said it is missing"
    assert in_plain_words("manager.email: is not a valid email address (like name@example.com)") == (
        "Your manager's email is not a valid email address (like name@example.com)")


def test_a_date_typed_in_a_field_and_a_blank_form() -> None:
    import pytest

    from promo_ai.form import CaseForm, differs, is_blank, read_date

    today = dt.date(2026, 11, 26)
    assert read_date("20 Nov 2026", today=today) == read_date("2026-11-20", today=today) == dt.date(2026, 11, 20)
    assert read_date("  ", today=today) is None
    with pytest.raises(ValueError, match="write one date"):
        read_date("next week or the one after", today=today)
    blank = CaseForm(scalars={"tone": "warm", "length": "full"})
    assert is_blank(blank) and not differs(blank, None)
    blank.scalars["name"] = "Maria"
    assert differs(blank, None)
    case = make_case()
    assert not differs(form_from_case(case), case)
