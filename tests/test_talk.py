from __future__ import annotations

from promo_ai.talk import polish_talk, prepare_talk
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


# --- with a model, through the scripted server ----------------------------------------------------------

from tests import scripted_server as scripted  # noqa: E402
from tests.scripted_server import ScriptedServer, answer  # noqa: E402

scripted_server = scripted.scripted_server


def _polished(**changes: object) -> dict[str, object]:
    data: dict[str, object] = {
        "talking_points": [
            {"text": "I'd like to talk about being promoted to Senior Business Analyst.", "details": []},
            {"text": "I'm already doing much of that job.",
             "details": ["Led the redesign of vendor onboarding: cut onboarding from 10 days to 4."]},
            {"text": "Sam Ortiz said: “Jordan's analysis kept our launch on schedule.”", "details": []},
            {"text": "I'll send you a short written summary after we talk.", "details": []},
        ],
        "meeting_request_body": "Hi Priya,\n\nCould we find a time to talk about my career?\n\nThanks,\nJordan Lee",
    }
    data.update(changes)
    return data


def test_a_model_polishes_the_talking_points(scripted_server: ScriptedServer) -> None:
    case = make_case()
    scripted_server.script(answer(_polished()))
    polished, reason = polish_talk(prepare_talk(case), case, model=scripted_server.model,
                                   api_base=scripted_server.api_base)
    assert reason is None
    assert polished.talking_points[0].text.startswith("I'd like to talk about being promoted")
    sent = scripted_server.requests[0].body["messages"]
    assert "<case>" in sent[1]["content"] and "Invent nothing" in sent[0]["content"]


def test_invented_figures_in_talking_points_are_sent_back_then_the_offline_points_stand(
        scripted_server: ScriptedServer) -> None:
    case = make_case()
    invented = _polished(talking_points=[{"text": "I grew revenue 40% as a Senior Business Analyst would.",
                                          "details": []}] * 4)
    scripted_server.script(*[answer(invented) for _ in range(3)])
    offline = prepare_talk(case)
    polished, reason = polish_talk(offline, case, model=scripted_server.model, api_base=scripted_server.api_base)
    assert polished == offline
    assert reason and "offline" in reason
    assert "40%" in str(scripted_server.requests[1].body["messages"])  # the re-ask named the problem
