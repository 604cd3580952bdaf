"""Workflow: each step run and saved in one place; nothing a person told it is lost by a later step."""

from __future__ import annotations

import pytest

from promo_ai.case import Case
from promo_ai.changes import accept_all
from promo_ai.workflow import Workflow
from tests.helpers import make_case

AGREED = ("title: Lead Business Analyst\n"
          "date: 2026-11-20\n"
          "next: Priya takes it to the director on Friday\n")


@pytest.fixture
def flow() -> Workflow:
    workflow = Workflow()
    yield workflow
    workflow.close()


def revise_with(flow: Workflow, base, notes: str = AGREED):  # type: ignore[no-untyped-def]
    proposal = flow.propose(base, notes)
    return flow.revise(base, notes, accept_all(proposal.value.changes))


def test_what_a_revision_agreed_is_in_the_case_the_next_draft_uses(flow: Workflow) -> None:
    first = flow.draft(make_case(), with_guidance=False)
    revised = revise_with(flow, first.version)
    working = flow.latest(first.version.case_id).draft.case
    assert working.target_title == "Lead Business Analyst"
    assert working.meeting_date is not None and working.meeting_date.isoformat() == "2026-11-20"
    assert "Priya takes it to the director on Friday" in [step.text for step in working.next_steps]
    # The person then changes something else (the tone) and drafts again: what was agreed stays.
    redrafted = flow.draft(working.model_copy(update={"tone": "formal"}), case_id=revised.version.case_id,
                           with_guidance=False)
    email = redrafted.value.email
    assert "Lead Business Analyst" in email.subject
    assert "director on Friday" in email.all_text()
    assert "20 November" in email.all_text() or "November 20" in email.all_text()
    assert redrafted.value.passed


def test_drafting_again_with_nothing_changed_returns_the_current_version(flow: Workflow) -> None:
    case = make_case()
    first = flow.draft(case, with_guidance=False)
    again = flow.draft(Case.model_validate(case.model_dump()), case_id=first.version.case_id, with_guidance=False)
    assert again.reused and again.version.id == first.version.id
    assert [v.id for v in flow.store.versions(first.version.case_id)] == [first.version.id]
    assert "Nothing in the case changed" in again.notes[0]


def test_a_hand_edit_survives_a_revision_that_need_not_touch_it(flow: Workflow) -> None:
    first = flow.draft(make_case(), with_guidance=False)
    closing = "Thank you for your time today, Priya. I'll follow up with the write-up by Friday."
    edited = flow.edit(first.version, first.value.email.model_copy(update={"closing": closing}))
    assert edited.version.kind == "edited" and edited.value.edited == ["closing"]
    revised = revise_with(flow, edited.version, "title: Lead Business Analyst\n")
    assert revised.value.email.closing == closing  # a new title does not rewrite the closing
    assert "Lead Business Analyst" in revised.value.email.subject
    assert revised.value.edited == ["closing"]
    assert not any("hand edit" in note for note in revised.notes)


def test_a_revision_that_must_rewrite_a_hand_edited_section_says_so(flow: Workflow) -> None:
    first = flow.draft(make_case(), with_guidance=False)
    subject = "Senior Business Analyst: a request from Jordan"
    edited = flow.edit(first.version, first.value.email.model_copy(update={"subject": subject}))
    revised = revise_with(flow, edited.version, "title: Lead Business Analyst\n")
    assert revised.value.email.subject != subject and "Lead Business Analyst" in revised.value.email.subject
    assert any("hand edits to the subject were replaced" in note for note in revised.notes)
    assert revised.value.edited == []


def test_an_edit_that_changes_nothing_makes_no_version(flow: Workflow) -> None:
    first = flow.draft(make_case(), with_guidance=False)
    same = flow.edit(first.version, first.value.email.model_copy())
    assert same.reused and len(flow.store.versions(first.version.case_id)) == 1


def test_export_says_when_the_case_changed_after_the_version(flow: Workflow) -> None:
    first = flow.draft(make_case(), with_guidance=False)
    assert not any("changed after" in note for note in flow.export(first.version, "txt").notes)
    revise_with(flow, first.version)
    stale = flow.export(first.version, "txt")
    assert any("changed after v1" in note and "the target title" in note for note in stale.notes)
    # Against what the page shows: a case typed since the version counts too.
    typed = first.value.case.model_copy(update={"tone": "direct"})
    assert any("the tone" in n for n in flow.export(first.version, "txt", working=typed).notes)


def test_a_draft_carrying_another_cases_ids_starts_a_new_case(flow: Workflow) -> None:
    import json

    from promo_ai.export import render_text

    mine = flow.draft(make_case(), with_guidance=False)
    other = flow.draft(make_case(name="Ana Silva", email=None), with_guidance=False)
    data = {**mine.value.to_json_data(render_text(mine.value.email)),
            "case_id": other.version.case_id, "version_id": other.version.id}
    opened = flow.open_draft(json.dumps(data))
    assert opened == mine.value or getattr(opened, "id", None) != other.version.id
    refined = flow.edit(opened, mine.value.email.model_copy(update={"closing": "Thanks, Priya. Talk soon."}))
    assert refined.version.case_id not in {other.version.case_id}
    assert flow.store.get_case(other.version.case_id).name == "Ana Silva"


def test_the_reminder_is_on_the_date_agreed_or_two_weeks_after_a_pending_talk(flow: Workflow) -> None:
    from icalendar import Calendar

    from promo_ai.errors import ExportError

    before_talk = flow.draft(make_case(), with_guidance=False)
    with pytest.raises(ExportError, match="no date to be reminded of"):
        flow.export(before_talk.version, "ics")
    assert any("talk has not happened yet" in n for n in flow.export(before_talk.version, "txt").notes)
    pending = flow.draft(make_case(meeting_date="2026-12-03", outcome="pending"), with_guidance=False)
    event = Calendar.from_ical(flow.export(pending.version, "ics").value).walk("VEVENT")[0]
    assert event.decoded("dtstart").isoformat() == "2026-12-17"
    assert "Check in with Priya" in str(event.get("summary"))
    agreed = flow.draft(make_case(meeting_date="2026-12-03", outcome="not_yet", follow_up_on="2027-04-01",
                                  plan=["Run two more audits"]), with_guidance=False)
    event = Calendar.from_ical(flow.export(agreed.version, "ics").value).walk("VEVENT")[0]
    assert event.decoded("dtstart").isoformat() == "2027-04-01"
    assert "Revisit my promotion" in str(event.get("summary")) and "run two more audits" in str(
        event.get("description"))


def test_promoted_starts_the_next_case_with_the_history_kept(flow: Workflow) -> None:
    from promo_ai.errors import CaseError

    promoted = flow.draft(make_case(meeting_date="2026-12-03", outcome="promoted", next_target="Lead Analyst",
                                    next_steps=["HR sends the letter"]), with_guidance=False)
    assert "considered for promotion" not in promoted.value.email.all_text() and promoted.value.passed
    nxt = flow.next_case(promoted.version)
    assert (nxt.current_title, nxt.target_title) == ("Senior Business Analyst", "Lead Analyst")
    assert nxt.accomplishments == promoted.value.case.accomplishments
    assert nxt.accolades == promoted.value.case.accolades
    assert nxt.outcome is None and nxt.meeting_date is None and nxt.next_steps == []
    assert flow.next_case(promoted.version, target="Analytics Manager").target_title == "Analytics Manager"
    still_waiting = flow.draft(make_case(outcome="pending", meeting_date="2026-12-03"), with_guidance=False)
    with pytest.raises(CaseError, match="once you are promoted"):
        flow.next_case(still_waiting.version)


def test_a_punycode_domain_is_pointed_out(flow: Workflow) -> None:
    case = make_case(manager={"name": "Priya Shah", "email": "priya@xn--bcher-kva.example"})
    step = flow.draft(case, with_guidance=False)
    assert any("xn--bcher-kva" in note and "Your manager's email address" in note for note in step.notes)
