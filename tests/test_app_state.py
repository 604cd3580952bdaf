"""Nothing a person told the page is lost: not by a later step, a second click, a reload or another window."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from streamlit.testing.v1 import AppTest

from promo_ai.store import Store
from tests.test_app import card_keys, click, drafted, every_check_passes, goto, kinds, markdown, start

AGREED = ("Good talk with Priya.\ntitle: Lead Business Analyst\ndate: 2026-11-20\n"
          "next: Priya takes the case to the director on Friday\n")


def revised(at: AppTest, notes: str = AGREED) -> AppTest:
    goto(at, "after").text_area(key="meeting_notes").set_value(notes).run()
    click(at, "Find what changes")
    return click(at, "Make the revised version")


def agreed_in(text: str) -> bool:
    return ("Lead Business Analyst" in text and bool(re.search(r"November 20|20 November", text))
            and "Priya takes the case to the director on Friday" in text)


# --- the four ways input was lost -----------------------------------------------------------------------


def test_what_a_revision_agreed_stays_when_the_email_is_drafted_again() -> None:
    at = revised(drafted())
    goto(at, "case")  # the form shows the revised case
    assert at.text_input(key="f_target_title").value == "Lead Business Analyst"
    assert at.text_input(key="f_meeting_date").value == "2026-11-20"
    drafted(at)  # nothing changed since the revision: that version, not a copy
    assert agreed_in(markdown(at))
    goto(at, "case").selectbox(key="f_tone").set_value("formal").run()
    drafted(at)  # a new draft from the case as it is now: the title, the date and the next step stay
    assert agreed_in(markdown(at))
    assert every_check_passes(at)
    assert kinds() == ["draft", "revised", "draft"]


def test_drafting_twice_makes_one_version() -> None:
    at = drafted()
    click(at, "Draft my email")
    assert any("Nothing in the case changed" in i.value for i in at.info)
    assert kinds() == ["draft"]


def edit_in_place(at: AppTest, change: Callable[[str], str]) -> AppTest:
    """Open the editor on the Draft step, change the email's text, save it."""
    goto(at, "draft")
    next(t for t in at.toggle if t.label == "Edit the email here").set_value(True).run()
    box = next(t for t in at.text_area if t.key and t.key.startswith("edit_text_"))
    box.set_value(change(str(box.value)))
    return click(at, "Save my changes")


def test_a_hand_edit_survives_a_revision_that_need_not_touch_it() -> None:
    at = drafted()
    closing = "Thank you for your time today, Priya. I'll follow up with the write-up by Friday."
    old = at.session_state._version.draft.email.closing
    edit_in_place(at, lambda text: text.replace(old, closing))
    revised(at, "title: Lead Business Analyst\n")
    goto(at, "draft")
    shown = markdown(at)
    assert "Lead Business Analyst" in shown and closing in shown.replace("\\", "")
    assert not any("hand edits" in i.value for i in at.info)
    assert kinds() == ["draft", "edited", "revised"]


def test_export_says_when_the_case_changed_after_the_version_shown() -> None:
    at = drafted()
    goto(at, "case").text_input(key="f_target_title").set_value("Lead Business Analyst").run()
    for step in ("export", "draft"):
        goto(at, step)
        assert any("Your case changed after v1 draft (the target title); draft again" in w.value
                   for w in at.warning), [w.value for w in at.warning]
    click(at, "Draft my email")
    assert not any("Your case changed" in w.value for w in goto(at, "export").warning)


def test_fields_the_form_does_not_show_are_carried_over() -> None:
    at = revised(drafted(), "next: Priya takes the case to the director on Friday\n")
    goto(at, "case").text_input(key="f_team").set_value("Payments").run()
    drafted(at)
    assert "Priya takes the case to the director on Friday" in markdown(at)
    with Store() as store:
        latest = store.latest_version(store.cases()[0].id)
    assert latest is not None
    assert [step.text for step in latest.draft.case.next_steps] == ["Priya takes the case to the director on Friday"]


# --- reloads, new tabs, other windows -------------------------------------------------------------------

TAB = "0123456789abcdef0123456789abcdef"


def test_a_reload_reopens_the_last_case_with_its_versions() -> None:
    first = drafted()
    goto(first, "case").text_input(key="f_name").set_value("Jordan Q. Lee").run()
    drafted(first)
    again = start()  # a new browser session on the same PROMO_AI_HOME
    assert again.text_input(key="f_name").value == "Jordan Q. Lee"
    assert "Jordan Q. Lee" in markdown(goto(again, "draft"))
    versions = goto(again, "versions").table[0].value
    assert len(versions) == 2


def test_a_reload_keeps_what_was_typed_but_not_drafted_and_the_pasted_notes() -> None:
    at = drafted(start(TAB))
    goto(at, "case").text_input(key="f_target_title").set_value("Lead Business Analyst").run()
    goto(at, "talk")  # typed on one step, then another step: still there
    goto(at, "after").text_area(key="meeting_notes").set_value("title: Lead Business Analyst\n").run()
    reloaded = start(TAB)
    assert reloaded.text_input(key="f_target_title").value == "Lead Business Analyst"
    assert goto(reloaded, "after").text_area(key="meeting_notes").value == "title: Lead Business Analyst\n"
    other_tab = start("f" * 32)  # another tab opens the saved case, not this tab's unsaved edits
    assert other_tab.text_input(key="f_target_title").value == "Senior Business Analyst"


def test_card_edits_survive_a_change_of_step_and_a_reload() -> None:
    at = start(TAB)
    at.text_input(key="f_name").set_value("Jordan Q. Lee").run()
    first, _, _, fourth = card_keys(at)
    at.text_area(key=f"accomplishments_{first}_impact").set_value("Cut onboarding from 10 days to 3").run()
    next(b for b in at.button if b.key == f"remove_{fourth}").click().run()
    goto(at, "draft")
    goto(at, "case")
    rids = card_keys(at)
    assert len(rids) == 3 and at.text_area(key=f"accomplishments_{rids[0]}_impact").value == (
        "Cut onboarding from 10 days to 3")
    reloaded = start(TAB)
    rids = card_keys(reloaded)
    assert len(rids) == 3 and reloaded.text_area(key=f"accomplishments_{rids[0]}_impact").value == (
        "Cut onboarding from 10 days to 3")


def test_a_new_case_is_a_new_case_not_a_new_version_of_the_open_one() -> None:
    at = drafted()
    click(at, "Try the sample")
    goto(at, "case").text_input(key="f_name").set_value("Sam Park").run()
    drafted(at)
    with Store() as store:
        cases = store.cases()
        assert sorted(c.title for c in cases) == ["Jordan Lee → Senior Business Analyst",
                                                  "Sam Park → Senior Business Analyst"]
        assert all(c.version_count == 1 for c in cases)


def test_a_case_deleted_in_another_window_does_not_break_this_one() -> None:
    at = drafted()
    with Store() as store:
        store.delete_case(store.cases()[0].id)
    assert any("deleted in another window" in i.value for i in goto(at, "case").info)
    at.text_input(key="f_team").set_value("Payments").run()
    assert not at.exception
    drafted(at)
    with Store() as store:
        assert len(store.cases()) == 1


def test_an_imported_case_keeps_the_fields_the_form_does_not_show() -> None:
    from tests.conftest import EXAMPLES

    text = (EXAMPLES / "business-analyst.yaml").read_text(encoding="utf-8").replace("Jordan Lee", "Sam Park") + (
        "next_steps:\n  - Priya takes the case to the director on Friday\nnotes: Met on Tuesday; she is supportive.\n")
    at = start()
    uploader: Any = at.get("file_uploader")[0]
    uploader.upload("sam.yaml", text.encode(), "application/x-yaml").run()
    assert any("Loaded sam.yaml" in s.value for s in at.success)
    assert at.text_input(key="f_name").value == "Sam Park"
    drafted(at)
    with Store() as store:
        [record] = store.cases()
        case = store.latest_version(record.id).draft.case  # type: ignore[union-attr]
    assert [s.text for s in case.next_steps] == ["Priya takes the case to the director on Friday"]
    assert case.notes == "Met on Tuesday; she is supportive."
