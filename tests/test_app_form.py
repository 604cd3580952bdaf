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
