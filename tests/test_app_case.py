"""The page as a newcomer meets it (issue 12): a blank case, asking before typing is set aside, evidence
cards with the duty chosen from the duties, errors in plain words, ticks only for what was done, the
changes view and the ticks kept through a reload and a new tab, the guide read well, the email edited in place."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from tests.test_app import card_keys, click, drafted, goto, markdown, start, steps_line
from tests.test_app_state import TAB, edit_in_place, revised


def warnings(at: AppTest) -> list[str]:
    return [w.value for w in at.warning]


def test_typing_is_never_set_aside_without_asking() -> None:
    at = start(sample=False)
    at.text_input(key="f_name").set_value("Maria Santos").run()
    click(at, "Try the sample")
    assert any("not saved in a version" in w for w in warnings(at))
    assert at.text_input(key="f_name").value == "Maria Santos"  # nothing replaced yet
    click(at, "No, keep what I typed")
    assert at.text_input(key="f_name").value == "Maria Santos" and not at.session_state.pending
    click(at, "Start a new case")
    click(at, "Yes, start a new case")
    assert at.text_input(key="f_name").value == ""


def test_switching_cases_with_unsaved_typing_asks_first() -> None:
    at = goto(drafted(), "case")
    click(at, "Start a new case")  # the sample as drafted: nothing unsaved, so no question
    assert at.text_input(key="f_name").value == "" and at.session_state.case_id is None
    at.text_input(key="f_name").set_value("Maria Santos").run()
    picker = next(s for s in at.selectbox if s.label == "Open a case")
    picker.select_index(1).run()
    assert any("not saved in a version" in w for w in warnings(at))
    click(at, "Yes, open that case")
    assert at.text_input(key="f_name").value == "Jordan Lee"


def test_the_duty_is_chosen_from_the_duties_typed_or_a_new_one_joins_them() -> None:
    at = start(sample=False)
    at.text_area(key="f_duties").set_value("Leads the shift\nMentors new nurses").run()
    rid = card_keys(at)[0]
    duty = at.selectbox(key=f"accomplishments_{rid}_duty")
    assert duty.options == ["(none chosen yet)", "Leads the shift", "Mentors new nurses"]  # no "None" anywhere
    duty.set_value("Leads the shift").run()
    at.text_area(key=f"accomplishments_{rid}_summary").set_value("Ran the night shift for a year").run()
    click(at, "Add an accomplishment")
    second = card_keys(at)[1]
    goto(at, "draft")  # (AppTest cannot type a new option into a box on screen: the value is set off screen)
    at.session_state[f"accomplishments_{second}_duty"] = "Runs the ward audits"  # typed in the box: a new duty
    goto(at, "case")
    assert at.text_area(key="f_duties").value.splitlines() == ["Leads the shift", "Mentors new nurses",
                                                               "Runs the ward audits"]
    assert list(at.table[0].value["Status"]) == ["covered", "gap: add evidence", "covered"]


def test_problems_are_said_in_plain_words_next_to_their_fields() -> None:
    at = start(sample=False)
    at.text_input(key="f_meeting_date").set_value("sometime soon").run()
    assert any("The date of the 1-on-1: write one date" in e.value for e in at.error)  # as soon as it is typed
    at.text_input(key="f_meeting_date").set_value("20 November 2026").run()
    assert not at.error and at.session_state.form.scalars["meeting_date"].isoformat() == "2026-11-20"
    drafted(at)
    fixes = next(e.value for e in at.error if "needs a few fixes" in e.value)
    for sentence in ("Your name is missing", "Your manager's name is missing", "The target title is missing",
                     "Your accomplishments: add at least one"):
        assert sentence in fixes
    assert ":" not in fixes.split("\n\n", 1)[1].replace("add at least one", "").replace("Your accomplishments:", "")
    goto(at, "case")
    assert "Your manager's name is missing" in [e.value for e in at.error]


def test_ticks_are_for_what_was_done_and_survive_a_reload_and_a_new_tab() -> None:
    at = drafted(start(TAB))
    assert steps_line(at).startswith("Done: Case, Draft. Next: **Guidance**")  # not visited: not ticked
    goto(at, "guidance")
    goto(at, "talk")
    assert steps_line(at).startswith("Done: Case, Guidance, Draft, Prepare the talk.")
    goto(at, "after").text_area(key="meeting_notes").set_value("title: Lead Business Analyst\n").run()
    click(at, "Find what changes")
    assert at.session_state.proposal is not None
    for again in (start(TAB), start("f" * 32)):  # a reload; a new tab (the case's own record)
        assert steps_line(again).startswith("Done: Case, Guidance, Draft, Prepare the talk.")
        goto(again, "after")
        assert any(s.value == "What the notes change" for s in again.subheader)  # the changes view is kept
        click(again, "Make the revised version")
        assert "Lead Business Analyst" in markdown(again)


def test_the_guide_reads_well_with_the_persons_own_titles_and_links_to_its_pages() -> None:
    at = goto(drafted(), "guidance")
    shown = markdown(at)
    assert "**A subject that names the title.**" in shown  # Markdown, rendered as such
    assert "Senior Business Analyst" in shown and "Senior Data Analyst" not in shown  # the template, theirs
    labels = [e.label for e in at.expander]
    assert all(label.count("Draft your promotion request email") <= 1 for label in labels)  # the title once
    links = [p.proto for p in at.get("page_link") if p.proto.label == "Read the whole page in our guide"]
    assert links and "page=promotion" in links[0].query_string
    at.query_params["page"] = "promotion/promotion-email-template"
    at.switch_page("steps/guide.py").run()
    assert any(s.value == "Draft your promotion request email" for s in at.subheader)
    assert "Request: promotion to Senior Business Analyst" in markdown(at)


def test_the_email_is_edited_in_place_checked_again_and_the_change_shown_after_a_reload() -> None:
    at = drafted(start(TAB))
    edit_in_place(at, lambda text: text.replace("Hello Priya,", "Dear Priya,"))
    assert "Dear Priya," in markdown(at) and "All checks pass" in markdown(at)
    assert any(e.label.startswith("What you changed since v1") for e in at.expander)
    assert any("Greeting · changed" in h.proto.body for h in at.get("html"))
    reloaded = goto(start(TAB), "draft")
    assert any(e.label.startswith("What you changed since v1") for e in reloaded.expander)
    revised(reloaded, "title: Lead Business Analyst\n")
