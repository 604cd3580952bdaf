from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from promo_ai.case import accomplishments_from_bullets, dump_case_yaml, load_case, parse_case
from promo_ai.errors import CaseError
from tests.conftest import EXAMPLES
from tests.helpers import case_data, make_case


def problems(text: str) -> list[str]:
    with pytest.raises(CaseError) as caught:
        parse_case(text)
    return caught.value.problems


def test_every_sample_loads() -> None:
    files = sorted(EXAMPLES.glob("*.y*ml")) + sorted(EXAMPLES.glob("*.json"))
    assert len(files) >= 6
    for path in files:
        assert load_case(path).accomplishments


def test_yaml_and_json_give_the_same_case() -> None:
    data = case_data(meeting_date="2026-11-20")
    from_json = parse_case(json.dumps(data))
    from_yaml = parse_case(dump_case_yaml(from_json))
    assert from_json == from_yaml
    assert from_yaml.meeting_date == dt.date(2026, 11, 20)


def test_errors_name_the_field_and_say_what_to_do() -> None:
    text = json.dumps(case_data(accomplishments=[], tone="loud", name="", manager={"email": "x@example.com"}))
    found = problems(text)
    assert "accomplishments: add at least one" in found
    assert "name: this is required" in found
    assert "manager.name: this is required" in found
    assert any(p.startswith("tone: choose one of: warm, formal, direct") for p in found)


def test_nested_errors_point_at_the_row() -> None:
    text = json.dumps(case_data(accomplishments=[{"summary": "ok"}, {"impact": "no summary"}]))
    assert "accomplishments[2].summary: this is required" in problems(text)
    praise_as_text = json.dumps(case_data(accolades=["Great work"]))
    assert "accolades[1]: should be a set of fields (for praise: quote:, author:, role:)" in problems(praise_as_text)


@pytest.mark.parametrize("field", ["name", "current_title", "target_title", "team", "company"])
@pytest.mark.parametrize("bad", ["Jordan\r\nBcc: evil@example.com", "Jordan\nLee", "Jor\x00dan", "A\u2028B"])
def test_one_line_fields_refuse_line_breaks_and_control_characters(field: str, bad: str) -> None:
    found = problems(json.dumps(case_data(**{field: bad})))
    assert any(p.startswith(f"{field}: use a single line") for p in found)


def test_header_bound_emails_refuse_injection() -> None:
    found = problems(json.dumps(case_data(email="a@example.com\r\nBcc: evil@example.com")))
    assert any(p.startswith("email:") for p in found)
    found = problems(json.dumps(case_data(manager={"name": "Priya", "email": "not-an-address"})))
    assert "manager.email: is not a valid email address (like name@example.com)" in found


def test_length_caps() -> None:
    found = problems(json.dumps(case_data(target_title="x" * 500)))
    assert any(p.startswith("target_title: too long") for p in found)
    found = problems(json.dumps(case_data(accomplishments=[{"summary": "y" * 5000}])))
    assert any(p.startswith("accomplishments[1].summary: too long") for p in found)


def test_multiline_text_keeps_line_breaks_but_not_control_characters() -> None:
    case = make_case(notes="Line one\r\nLine two")
    assert case.notes == "Line one\nLine two"
    assert any("control characters" in p for p in problems(json.dumps(case_data(notes="bell\x07"))))


def test_unknown_field_is_named() -> None:
    assert "targt_title: is not a field promo-ai knows (check the spelling)" in problems(
        json.dumps(case_data(targt_title="x")))


def test_malformed_files_get_a_clear_message(tmp_path: Path) -> None:
    assert problems("name: [unclosed")[0].startswith("case: not valid YAML (line 1")
    assert problems("{\"name\": }")[0].startswith("case: not valid JSON (line 1")
    assert problems("- just\n- a list\n") == ["case: the file should hold fields like 'name:' and 'target_title:'"]
    binary = tmp_path / "case.yaml"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(CaseError, match="not UTF-8"):
        load_case(binary)
    with pytest.raises(CaseError, match="no such file"):
        load_case(tmp_path / "missing.yaml")


def test_non_ascii_names_are_kept_exactly() -> None:
    case = make_case(name="Zoë Ødegård", manager={"name": "Aoife Ní Bhriain"})
    assert case.name == "Zoë Ødegård"
    assert case.manager.first_name == "Aoife"


def test_brag_document_bullets_become_accomplishments() -> None:
    items = accomplishments_from_bullets(
        "- Led the vendor onboarding redesign — cut onboarding from 10 days to 4\n"
        "* Mentored two analysts\n\n3. Automated the weekly report - saves 6 hours a week\n"
    )
    assert [i.summary for i in items] == [
        "Led the vendor onboarding redesign", "Mentored two analysts", "Automated the weekly report"]
    assert items[0].impact == "cut onboarding from 10 days to 4"
    assert items[1].impact is None


def test_move_row_keeps_every_row() -> None:
    from promo_ai.form import move_row

    rows = [{"n": 1}, {"n": 2}, {"n": 3}]
    assert move_row(rows, 2, -1) == [{"n": 1}, {"n": 3}, {"n": 2}]
    assert move_row(rows, 0, -1) == rows
    assert move_row(rows, 0, 5) == [{"n": 2}, {"n": 3}, {"n": 1}]


def test_an_impossible_date_is_a_field_message_not_a_crash() -> None:
    found = problems("name: J\ncurrent_title: A\ntarget_title: B\nmanager: {name: P}\n"
                     "accomplishments: [{summary: x}]\nmeeting_date: 2026-13-01\n")
    assert found[0].startswith("case: a value could not be read")


def test_plain_lines_are_read_as_accomplishments_and_a_plain_manager_as_a_name() -> None:
    case = parse_case("name: J\ncurrent_title: A\ntarget_title: B\nmanager: Priya Shah\n"
                      "accomplishments:\n  - Led the vendor onboarding redesign\n  - Mentored two analysts\n")
    assert case.manager.name == "Priya Shah"
    assert [a.summary for a in case.accomplishments] == ["Led the vendor onboarding redesign",
                                                          "Mentored two analysts"]
