"""The email as one text to edit (promo_ai/editing.py): read back into its sections, in order."""

from __future__ import annotations

from promo_ai.compose import compose
from promo_ai.editing import email_text, parse_email_text
from promo_ai.email import PromotionEmail
from tests.helpers import make_case

EMAIL = compose(make_case(accolades=[
    {"quote": "Jordan's analysis kept our launch on schedule.", "author": "Sam Ortiz", "role": "VP of Sales"},
    {"quote": "Calm under pressure.", "author": "Dana Kim"}])).email


def test_an_unedited_text_reads_back_as_the_same_email() -> None:
    assert parse_email_text(email_text(EMAIL), EMAIL) == EMAIL
    assert parse_email_text(email_text(EMAIL)) == EMAIL  # the shape alone is enough for a full email


def test_an_edit_lands_in_its_own_section_and_nowhere_else() -> None:
    text = email_text(EMAIL).replace(EMAIL.closing, "Could we pick this up on Friday?")
    edited = parse_email_text(text, EMAIL)
    assert edited.closing == "Could we pick this up on Friday?"
    assert edited.model_dump(exclude={"closing"}) == EMAIL.model_dump(exclude={"closing"})


def test_bullets_are_items_and_lines_under_a_bullet_continue_it() -> None:
    text = email_text(EMAIL).replace(f"- {EMAIL.evidence[-1]}\n",
                                     f"- {EMAIL.evidence[-1]}\n* Trained the new starters\n  every Monday\n")
    edited = parse_email_text(text, EMAIL)
    assert edited.evidence == [*EMAIL.evidence, "Trained the new starters\nevery Monday"]
    assert edited.praise == EMAIL.praise and edited.praise_intro == EMAIL.praise_intro


def test_the_subject_line_and_a_paragraph_removed() -> None:
    text = email_text(EMAIL).replace(f"Subject: {EMAIL.subject}", "subject:  Promotion to Senior Business Analyst")
    text = text.replace(EMAIL.context + "\n\n", "")
    edited = parse_email_text(text, EMAIL)
    assert edited.subject == "Promotion to Senior Business Analyst"
    assert edited.context == "" and edited.closing == EMAIL.closing and edited.signature == EMAIL.signature
    assert parse_email_text("Hi Priya,\n\nPlease promote me.\n").subject == ""  # no subject line: empty


def test_a_praise_introduction_with_a_blank_line_before_its_list() -> None:
    text = email_text(EMAIL).replace(f"{EMAIL.praise_intro}\n", f"{EMAIL.praise_intro}\n\n")
    assert parse_email_text(text, EMAIL) == EMAIL


def test_a_short_email_fills_the_sections_it_has() -> None:
    edited = parse_email_text("Subject: Senior Nurse\n\nHi Ana,\n\nI'm asking to be promoted to Senior Nurse.\n\n"
                              "- Led the night shift\n\nThanks,\nMaria\n")
    assert edited == PromotionEmail(subject="Senior Nurse", greeting="Hi Ana,",
                                    request="I'm asking to be promoted to Senior Nurse.",
                                    evidence=["Led the night shift"], signature="Thanks,\nMaria")
