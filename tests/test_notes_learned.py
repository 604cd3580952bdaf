"""The reader's five trained classifiers (promo_ai/notes/learned.py), as a person meets them: an outcome the
rules have no phrase for is still offered, unticked, with why; a line that reads as private is offered but
not accepted by default (free-form or marker), on the page, by `--accept-all`, and so never reaches the
email; the outcome said again ("she'll revisit at the april round") is not offered as a step to write down;
a line that holds a step, or a plan item, no rule could take apart is offered as one, unticked, for the person
to word.
The arithmetic is checked against scikit-learn's own answers, kept with the weights when trained."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from promo_ai.case import Case
from promo_ai.changes import accept_all
from promo_ai.changes.items import MAY_BE_PRIVATE, UNREAD_CONDITION, UNREAD_STEP, says_outcome
from promo_ai.notes import read_notes
from promo_ai.notes.gate import step_held
from promo_ai.notes.learned import (
    MODELS,
    WEIGHTS,
    TextModel,
    every_step_kept,
    models,
)
from tests.helpers import make_case

TODAY = dt.date(2026, 12, 3)
GOSSIP = "Jess told me she is on band 6 already, so I'll ask Priya about my banding by Friday"


@pytest.fixture(scope="module")
def case() -> Case:
    return make_case()


def test_the_weights_give_scikit_learns_own_probabilities() -> None:
    checks = json.loads(WEIGHTS.read_text(encoding="utf-8"))["checks"]
    for name in MODELS:
        assert checks[name], name
        for check in checks[name]:
            ours = models()[name].probabilities(check["text"])
            assert ours == pytest.approx(check["probabilities"], abs=1e-6), check["text"][:60]


def test_an_outcome_the_rules_have_no_phrase_for_is_offered_unticked_saying_why(case: Case) -> None:
    result = read_notes("Priya says the panel loved it and I start as Senior BA in March, new contract to follow",
                        case, today=TODAY)  # no rule has a phrase for it; the model reads it at about 0.9
    (outcome,) = [c for c in result.changes if c.kind == "outcome"]
    assert outcome.text == "promoted" and outcome.unsure and "check it" in outcome.unsure
    assert outcome not in accept_all(result.changes)


def test_notes_that_are_not_about_the_role_are_never_read_as_a_promotion(case: Case) -> None:
    result = read_notes("🎉 the new dashboards went live!! demo to the client on Friday", case, today=TODAY)
    assert [c for c in result.changes if c.kind == "outcome"] == []


def test_a_cheer_says_promoted_only_when_nothing_says_not() -> None:
    assert says_outcome("🎉🎉 Assistant Store Manager!!!", "promoted")
    assert not says_outcome("Not this year!!", "promoted")


@pytest.mark.parametrize("notes", [
    f"1:1 with Priya today. She'll take my case to the director on Friday.\n{GOSSIP}",
    f"1:1 with Priya today. She'll take my case to the director on Friday.\nnext: {GOSSIP}",  # a marker line too
])
def test_a_line_that_reads_as_private_is_offered_but_not_accepted_by_default(case: Case, notes: str) -> None:
    changes = read_notes(notes, case, today=TODAY).changes
    held = [c for c in changes if c.unsure]
    assert [c.kind for c in held] == ["next"] and "banding" in held[0].text and held[0].unsure == MAY_BE_PRIVATE
    assert held[0] not in accept_all(changes)
    assert any(c.kind == "next" and "director" in c.text for c in accept_all(changes))


def test_a_binary_model_reads_letter_runs_of_short_words_and_never_overflows() -> None:
    model = TextModel({"classes": [0, 1], "intercept": [0.0], "parts": [
        {"analyzer": "char_wb", "ngram_range": [3, 5], "idf": {" ok ": 1.0, "fin": 1.0},
         "weights": {" ok ": [5.0], "fin": [-5000.0]}}]})
    assert model.probabilities("ok")["1"] > 0.99 and model.probabilities("blue")["1"] == 0.5
    assert model.probabilities("fine")["1"] == pytest.approx(0.0)  # a score of -5000: 0, not an OverflowError


NOT_YET = ("catch up w Dana 26/11\nnot this cycle - budget freeze till april, she'll revisit at the april round\n"
           "i need to send her my survey draft by fri\nHR to confirm the grading tmrw")


def test_the_steps_are_offered_and_the_revisit_is_the_reminder(case: Case) -> None:
    changes = read_notes(NOT_YET, case, today=dt.date(2026, 11, 27)).changes
    steps = {c.text: c.owner for c in changes if c.kind == "next"}
    assert {"send you my survey draft by fri": "me", "confirm the grading tmrw": "other"}.items() <= steps.items()
    # the revisit is the reminder, on the first of April, and in the not-yet email's check-in (the labelled notes
    # count "she'll revisit at the april round" as her step as often as not, and the step model may offer it)
    assert [c.text for c in changes if c.kind == "follow_up"] == ["2027-04-01"]


def test_the_outcome_said_again_is_not_offered_as_a_step(case: Case) -> None:
    notes = "1:1 Dana 26/11 - pending, she'll support me for the Associate Charge Midwife role"
    with every_step_kept():  # the rules read it as the manager's step; the step model leaves it out
        ruled = read_notes(notes, case, today=dt.date(2026, 11, 27)).changes
    assert ("support me for the Associate Charge Midwife role", "manager") in {(c.text, c.owner) for c in ruled
                                                                           if c.kind == "next"}
    assert not [c for c in read_notes(notes, case, today=dt.date(2026, 11, 27)).changes if c.kind == "next"]


def test_a_step_written_with_the_next_marker_is_always_offered(case: Case) -> None:
    notes = NOT_YET.replace("she'll revisit", "next: she'll revisit").replace(", next:", "\nnext:")
    changes = read_notes(notes, case, today=dt.date(2026, 11, 27)).changes
    assert any(c.kind == "next" and "revisit at the april round" in c.text for c in changes)


@pytest.mark.parametrize("line, step, by", [
    ("I do the handover of the bar stock to Kim - rota permitting", "do the handover of the bar stock to Kim",
     None),
    ("ako - submit updated PDS to admin by June 10", "submit updated PDS to admin by June 10", "June 10"),
])
def test_a_step_no_rule_takes_apart_is_offered_unticked_for_the_person_to_word(case: Case, line: str, step: str,
                                                                               by: str | None) -> None:
    notes = f"1:1 w Dana 26/11. Not this cycle, revisit in April.\n{line}"
    changes = read_notes(notes, case, today=dt.date(2026, 11, 27)).changes
    (offered,) = [c for c in changes if c.kind == "next"]
    assert (offered.text, offered.owner, offered.by) == (step, "me", by)  # the label and my "I" are not the step
    assert offered.unsure == UNREAD_STEP and offered not in accept_all(changes)
    with every_step_kept():  # the rules read no step in it
        ruled = read_notes(notes, case, today=dt.date(2026, 11, 27)).changes
    assert [c.text for c in ruled if c.kind == "next"] == ["revisit in April"]


def test_a_line_with_no_step_in_it_is_not_offered_as_one(case: Case) -> None:
    notes = "1:1 w Dana 26/11. Not this cycle, revisit in April.\nthe new rota is working well\nfelt good about it"
    assert [c for c in read_notes(notes, case, today=dt.date(2026, 11, 27)).changes if c.kind == "next"] == []


def test_her_plan_for_me_is_a_plan_the_rules_read(case: Case) -> None:
    notes = ("1:1 w Dana 26/11. Not this cycle, revisit in April.\nHer plan for me: run the pastry section on my own "
             "for the summer season")
    changes = read_notes(notes, case, today=dt.date(2026, 11, 27)).changes
    (plan,) = [c for c in changes if c.kind == "condition"]
    assert plan.text == "run the pastry section on my own for the summer season" and plan in accept_all(changes)


@pytest.mark.parametrize("line, item", [
    ("- run the pastry section on my own for the summer season",
     "run the pastry section on my own for the summer season"),
    ("- run the stocktake on my own each month", "run the stocktake on my own each month"),
])
def test_a_plan_item_no_rule_takes_apart_is_offered_unticked(case: Case, line: str, item: str) -> None:
    notes = f"1:1 w Dana 26/11. Not this cycle, revisit in April.\n{line}"
    changes = read_notes(notes, case, today=dt.date(2026, 11, 27)).changes
    (offered,) = [c for c in changes if c.kind == "condition"]
    assert offered.text == item and offered.unsure == UNREAD_CONDITION and offered not in accept_all(changes)
    with every_step_kept():  # the rules read no plan in it
        assert [c for c in read_notes(notes, case, today=dt.date(2026, 11, 27)).changes if c.kind == "condition"] == []
    promoted = read_notes(notes.replace("Not this cycle, revisit in April.", "Got it!! promoted from 1 Jan."), case,
                          today=dt.date(2026, 11, 27)).changes
    assert [c for c in promoted if c.kind == "condition"] == []  # no plan once promoted


@pytest.mark.parametrize("line", ["revisit q3 FY27", "- revisit in the Feb 2027 round"])
def test_the_revisit_written_alone_is_not_a_step_and_the_step_beside_it_is(case: Case, line: str) -> None:
    notes = f"1:1 with Priya on 2 Dec. Not this round, budget.\n{line}\nI will send her the audit plan by Friday"
    with every_step_kept():  # the rules read the revisit as the manager's step
        ruled = [c.text for c in read_notes(notes, case, today=TODAY).changes if c.kind == "next"]
    assert len(ruled) == 2 and any("revisit" in step for step in ruled)
    assert [c.text for c in read_notes(notes, case, today=TODAY).changes if c.kind == "next"] == [
        "send you the audit plan by Friday"]


def test_what_was_wanted_before_the_promotion_counts_as_a_step_once_the_answer_is_given() -> None:
    # the step-sentence model's reading of "she wants me to run the Q1 planning": a plan item, or a step
    said = {"none": 0.2, "plan": 0.5, "me": 0.25, "manager": 0.05, "other": 0.0}
    assert step_held(said, "pending") == pytest.approx(0.3) and step_held(said, None) == pytest.approx(0.3)
    assert step_held(said, "promoted") == pytest.approx(0.8) and step_held(said, "no") == pytest.approx(0.8)


def test_a_plan_item_no_rule_takes_apart_keeps_its_date(case: Case) -> None:
    notes = ("chat w Dana 2 Dec - not yet, she wants to see more first\n- do the food safety cert online before 3/15\n"
             "- shadow the sous chef on weekends")
    changes = read_notes(notes, case, today=TODAY, date_order="mdy").changes
    offered = [c for c in changes if c.kind == "condition" and c.unsure == UNREAD_CONDITION]
    assert [(c.text, c.by) for c in offered if "cert" in c.text] == [
        ("do the food safety cert online before 3/15", "3/15")]


def test_the_step_sentence_model_reads_a_sentence_where_it_sits() -> None:
    from promo_ai.notes.learned import contexts, holds_a_step, in_context, sentence_read
    from promo_ai.notes.lines import read_lines

    lines = read_lines("1:1 w Dana 2 Dec\nOther news:\n- the new director starts in July. Jo is leaving.\n"
                       "Actions:\n- I'll send Dana the audit by Fri")
    around = contexts(lines)
    assert around["Jo is leaving."] == ("Other news:", "the new director starts in July.")
    assert in_context("I'll send Dana the audit by Fri", around)[0] == "Actions:"
    assert sentence_read("Jo is leaving.", *around["Jo is leaving."]).startswith("secother secnews prvthe prvnew")
    news = holds_a_step("the new director starts in July.", "pending", around)
    assert news != holds_a_step("the new director starts in July.", "pending")  # the heading is read
