from __future__ import annotations

from promo_ai.talk import prepare_talk
from tests.helpers import make_case


def test_talking_points_ask_show_evidence_and_promise_the_written_follow_up() -> None:
    prep = prepare_talk(make_case())
    text = prep.as_text()
    assert "promoted to Senior Business Analyst" in prep.talking_points[0].text
    assert "cut onboarding from 10 days to 4" in text
    assert "“Jordan's analysis kept our launch on schedule.”" in text
    assert "written summary" in text


def test_duties_without_evidence_become_questions_for_the_manager() -> None:
    case = make_case(target_duties=["Owns requirements for cross-team projects", "Runs budget planning"])
    text = prepare_talk(case).as_text()
    assert "“Runs budget planning”" in text
    assert "“Owns requirements for cross-team projects”?" not in text


def test_meeting_request_for_when_there_is_no_one_on_one() -> None:
    prep = prepare_talk(make_case())
    assert prep.meeting_request_body.startswith("Hi Priya,")
    assert prep.meeting_request_body.rstrip().endswith("Jordan Lee")
    assert "specific time" in prep.meeting_request_body


def test_markdown_export_escapes_user_text() -> None:
    case = make_case(accomplishments=[{"summary": "Shipped *everything* <b>fast</b>", "impact": "Saved 6 hours"}])
    markdown = prepare_talk(case).as_markdown()
    assert "\\*everything\\*" in markdown
    assert "<b>" not in markdown
