"""What development-77 to -80 showed at first sight: a list under a heading that says it is the manager's ("What
Prof will do", "Her actions:", "Dana:") read as mine; a Q/A note's answer in quotes that speaks to me ('A: "You've
got my recommendation, I'll put it in writing"') read as my promise; "she'll talk to him" where the sentence before
names him; and "board sits in April" rewritten as "meet". A review's probes are pinned too: my own words or someone
else's in quotes stay theirs, what she thinks is no step. Notes written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.changes import ChangeItem
from promo_ai.export.text import render_text
from promo_ai.notes import read_notes
from promo_ai.offline import offline_draft
from promo_ai.revision import revise
from tests.helpers import make_case

TODAY = dt.date(2026, 12, 3)


def steps(notes: str, manager: str = "Dana Lee") -> list[ChangeItem]:
    changes = read_notes(f"1:1 w Dana 2 Dec\n{notes}", make_case(manager={"name": manager}), today=TODAY).changes
    return [c for c in changes if c.kind == "next"]


def owners(notes: str, manager: str = "Dana Lee") -> dict[str, str | None]:
    return {c.text: c.owner for c in steps(notes, manager)}


@pytest.mark.parametrize("heading", ["What Dana will do", "Her actions:", "Dana's actions", "Dana:", "What she'll do:",
                                     "Actions for Dana:"])
def test_a_list_under_a_heading_that_names_the_manager_is_hers(heading: str) -> None:
    found = owners(f"not this round\n\n{heading}\n- share the board's comments with me once the minutes are out\n"
                   "- chase HR about the band\n\nMy actions\n- ask the Registrar for written feedback by Friday\n")
    assert found["share the board's comments with me once the minutes are out"] == "manager", found
    assert found["chase HR about the band"] == "manager", found
    assert found["ask the Registrar for written feedback by Friday"] == "me", found


def test_the_heading_may_call_the_manager_by_title_and_surname() -> None:
    notes = "What Prof will do\n- share the board's comments with me once the minutes are out\n"
    assert owners(notes, manager="Prof. Mensah") == {
        "share the board's comments with me once the minutes are out": "manager"}


@pytest.mark.parametrize("heading", ["Email to Dana anyway (thank her):", "what got me there per Dana:", "Wins:"])
def test_a_heading_that_only_mentions_the_manager_does_not_give_her_the_list(heading: str) -> None:
    found = steps(f"promoted!!\n\n{heading}\n- led the falls audit, down 30%\n- trained 5 new starters\n")
    assert not [c for c in found if c.owner == "manager"], found


def test_what_she_thinks_under_her_heading_is_no_step() -> None:
    found = owners("Her:\n- thinks my sauces are consistent now\n- concerned about my Spanish for the Madrid role\n")
    assert "manager" not in found.values(), found


def test_a_title_heading_is_the_managers_only_when_her_name_has_it() -> None:
    notes = "Prof:\n- fix the lab rota by Friday\n- order the new centrifuge\n"
    assert "manager" not in owners(notes).values()
    assert set(owners(notes, manager="Prof. Dana Lee").values()) == {"manager"}


def test_a_line_under_her_heading_that_says_who_does_it_keeps_its_own_owner() -> None:
    found = owners("Her actions:\n- HR: send the new contract by Friday\n- I'll book the induction\n")
    assert found == {"send the new contract by Friday": "other", "book the induction": "me"}


def test_a_quoted_answer_that_speaks_to_me_is_the_managers_promise() -> None:
    notes = 'Q: will she back me?\nA: "You\'ve got my recommendation, I\'ll put it in writing this week."'
    assert owners(notes) == {"put it in writing this week": "manager"}


@pytest.mark.parametrize("notes", [
    'I told her "I\'ll send you the rota draft by Friday".',
    '"I\'ll send the rota draft by Friday," I told her.',
    # a review's: the line before says whose words they are
    'What I said to her:\n"You\'ll have the rota draft by Friday, I\'ll write it up tonight."',
])
def test_my_own_words_in_quotes_stay_mine(notes: str) -> None:
    found = owners(notes)
    assert found and "manager" not in found.values(), found


def test_someone_elses_quote_is_not_the_managers() -> None:
    notes = 'Priya from HR said:\n"I\'ll send you the updated job description."'
    assert "manager" not in owners(notes).values()


def test_him_is_the_one_named_in_the_sentence_before() -> None:
    notes = "she's putting my name forward to the owner (Declan), he has final say. she'll talk to him on Friday"
    assert "talk to Declan on Friday" in owners(notes)


def test_him_is_not_the_one_i_spoke_to_in_the_sentence_before() -> None:
    assert "talk to Priya on Monday" not in owners("I mentioned it to Priya. She'll talk to him on Monday.")


def test_a_board_that_sits_is_said_to_sit() -> None:
    found = [c for c in steps("she's putting me forward. Board sits in April, results posted June-ish.")
             if c.owner == "other"]
    assert [c.text for c in found] == ["sit in April, results posted June-ish"]


def test_the_follow_up_email_says_what_she_will_do_from_her_list() -> None:
    notes = ("1:1 w Dana 2 Dec. She's putting me forward for Senior Analyst at the January panel.\n\n"
             "What Dana will do\n- share the panel's comments with me once the minutes are out\n\n"
             "My actions\n- send Dana my one-pager by Friday\n")
    case = make_case(name="Sam Okafor", manager={"name": "Dana Lee"})
    changes = list(read_notes(notes, case, today=TODAY).changes)
    email = render_text(revise(offline_draft(case, with_guidance=False), notes, changes).draft.email)
    assert "you'll share the panel's comments with me once the minutes are out" in email, email
    assert "I'll send you my one-pager by Friday" in email, email


def test_an_offer_i_said_i_would_think_about_is_no_step() -> None:
    notes = "no for now. She offered to let me shadow Segun for the Q1 performance cycle, I said I'd think about it"
    assert not [c for c in steps(notes) if "Segun" in c.text]
    assert [c.text for c in steps(notes.replace("I said I'd think about it", "I'll start in Jan"))
            if c.owner == "manager"] == ["let me shadow Segun for the Q1 performance cycle"]


@pytest.mark.parametrize("line", ["her -> will move me to forex from Oct", "Him: will move me to forex from Oct"])
def test_her_or_him_before_an_arrow_or_a_colon_is_the_manager(line: str) -> None:
    assert owners(line) == {"move me to forex from Oct": "manager"}


def test_a_line_about_the_mail_is_no_ones_step() -> None:
    found = read_notes("Mail to sir: start with the substation commissioning.", make_case(), today=TODAY).changes
    assert not [c for c in found if c.kind in {"next", "person"}], found


def test_a_step_cut_from_the_end_of_a_quote_leaves_its_quote_mark_behind() -> None:
    notes = ('Supervision record, pasted:\n"We discussed progression. Actions: LM to allocate two cases to Sam. Sam to '
             'sign and return this record by 29/1."')
    found = read_notes(notes, make_case(name="Sam Lee"), today=TODAY).changes
    assert [c.text for c in found if c.kind == "next" and c.owner == "me"] == ["sign and return this record by 29/1"]


def test_her_email_under_from_her_name_is_hers_and_its_numbered_steps_are_read_one_by_one() -> None:
    notes = ("From Dana's email that evening:\n\"Congratulations Sam. Next steps: (1) HR will share the revised "
             "contract by 19 June; (2) I'll introduce you to the country director on the 1st.\"")
    assert owners(notes) == {"share the revised contract by 19 June": "other",
                             "introduce me to the country director on the 1st": "manager"}


def test_numbered_steps_after_a_next_steps_marker_are_each_read() -> None:
    notes = ("Next steps: (1) HR will share the revised contract by 19 June; (2) I'll book the induction; "
             "(3) Dana to email the CEO")
    assert owners(notes) == {"share the revised contract by 19 June": "other", "book the induction": "me",
                             "email the CEO": "manager"}


@pytest.mark.parametrize(("line", "text", "owner"), [
    ("Next: I'll send her my development plan by 20 Dec", "send you my development plan by 20 Dec", "me"),
    ("next: she'll book the panel", "book the panel", "manager"),
    ("next: update my CV", "update my CV", "me"),
    ("next: book the course", "book the course", "me"),  # the examples in MARKERS_HELP
    ("next: confirm the date (Dana)", "confirm the date", "manager"),
])
def test_a_next_marker_says_whose_step_it_is_and_speaks_to_her(line: str, text: str, owner: str) -> None:
    found = read_notes(line, make_case(manager={"name": "Dana Lee"}), today=TODAY).changes
    assert [(c.text, c.owner) for c in found if c.kind == "next"] == [(text, owner)]


def test_a_next_marker_in_the_first_person_reads_to_her_in_the_email() -> None:
    notes = "1:1 w Dana 2 Dec - she's putting me forward.\nNext: I'll send her my development plan by 20 Dec\n"
    case = make_case(name="Sam Okafor", manager={"name": "Dana Lee"})
    changes = list(read_notes(notes, case, today=TODAY).changes)
    email = render_text(revise(offline_draft(case, with_guidance=False), notes, changes).draft.email)
    assert "I'll send you my development plan by 20 Dec" in email and "send her" not in email, email


def test_if_so_at_the_end_of_a_step_goes_whole() -> None:
    found = owners("• she will check if the panel needs a portfolio review\n• I'll book the review slot myself if so")
    assert found["book the review slot myself"] == "me", found


@pytest.mark.parametrize("line", [
    "He'll write the chair's letter by 2/10 and wants my updated CV and a one-page teaching statement before that - "
    "I'll send both by Friday 2/6.",
    "he wants my updated CV and a one-page teaching statement, I'll send both by Friday 2/6",
])
def test_both_things_asked_for_are_sent_in_one_step_by_the_day_i_said(line: str) -> None:
    mine = [text for text, owner in owners(line).items() if owner == "me"]
    assert mine == ["send you my updated CV and a one-page teaching statement by Friday 2/6"]
