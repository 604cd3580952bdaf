from __future__ import annotations

import pytest

from promo_ai.grounding import find_ungrounded
from tests.helpers import make_case


def claims(text: str, section: str = "evidence", notes: str | None = None,
           **overrides: object) -> list[tuple[str, str]]:
    return [(f.kind, f.claim) for f in find_ungrounded([(section, text)], make_case(**overrides), notes)]


def test_figures_from_the_case_pass_in_any_spelling() -> None:
    assert claims("Cut onboarding from 10 days to four, saving 6 hours a week in Q3 2026.") == []


@pytest.mark.parametrize("invented", ["40%", "$2M", "12", "three", "1,200"])
def test_invented_figures_are_named(invented: str) -> None:
    found = claims(f"This saved {invented} across the company.")
    assert ("figures", invented) in found


def test_finding_names_the_section_and_the_sentence() -> None:
    [finding] = find_ungrounded([("request", "I grew revenue by 30%. I also led onboarding.")], make_case())
    assert finding.section == "request"
    assert finding.sentence == "I grew revenue by 30%."
    assert "30%" in finding.message and finding.message.startswith("request:")


def test_exact_quotes_pass_and_altered_quotes_fail() -> None:
    assert claims("“Jordan's analysis kept our launch on schedule.” — Sam Ortiz", "praise") == []
    assert claims('"Jordan\'s analysis kept our launch on schedule" said Sam Ortiz', "praise") == []
    found = claims("“Jordan's analysis saved our launch.” — Sam Ortiz", "praise")
    assert found == [("quotes", "Jordan's analysis saved our launch.")]


def test_unknown_people_are_named() -> None:
    assert claims("Sam Ortiz and Priya Shah both saw it.") == []
    assert ("names", "Maria Gonzalez") in claims("Maria Gonzalez asked me to lead it.")
    assert ("names", "Bob") in claims("I worked closely with Bob on it.")


def test_titles_must_be_the_cases() -> None:
    assert claims("I'd like to be promoted to Senior Business Analyst.", "request") == []
    found = claims("I'd like to be promoted to Principal Business Analyst.", "request")
    assert ("titles", "Principal Business Analyst") in found
    assert ("titles", "lead analyst") in claims("Please consider my promotion to lead analyst.", "request")


def test_notes_extend_what_may_be_claimed() -> None:
    notes = "Priya said the onboarding work saved 120 hours and that Alex Kim backs the request."
    text = "The onboarding work saved 120 hours, and Alex Kim backs the request."
    assert claims(text) == [("figures", "120 hours"), ("names", "Alex Kim"), ("decisions", "Alex Kim backs")]
    assert claims(text, notes=notes) == []


def test_meeting_date_may_be_cited() -> None:
    import datetime as dt

    assert claims("Thanks for our talk on November 20.", "opening", meeting_date=dt.date(2026, 11, 20)) == []
    assert claims("Thanks for our talk on November 21.", "opening", meeting_date=dt.date(2026, 11, 20)) != []


def test_ordinary_phrases_are_not_mistaken_for_names() -> None:
    text = ("Thanks again for talking with me in our 1-on-1. Best wishes, Jordan Lee. "
            "Over Q3 2026 I led the Payments Operations work at Acme Corp.")
    assert claims(text, "closing") == []


def test_titles_with_commas_are_matched_whole() -> None:
    overrides = {"target_title": "Director, Product Marketing"}
    assert claims("I'm asking to be promoted to Director, Product Marketing.", "request", **overrides) == []
    assert claims("I'm asking to be promoted to the Director, Product Marketing role.", "request",
                  **overrides) == []


def test_a_figure_with_a_unit_needs_the_same_unit_in_the_case() -> None:
    overrides = {"accomplishments": [{"summary": "Shipped the 40-unit build", "impact": "Saved $2M and 15%"}]}
    assert claims("It saved 40% of the time.", **overrides) == [("figures", "40%")]
    assert claims("The 40 units shipped, saving $2M (15%).", **overrides) == []


def test_an_altered_quote_over_several_sentences_is_caught() -> None:
    quote = "Rita rebuilt the intake process. Wait times fell for every clinic."
    overrides = {"accolades": [{"quote": quote, "author": "Rita Gomez"}]}
    assert claims(f"“{quote}” — Rita Gomez", "praise", **overrides) == []
    altered = "“Rita rebuilt the intake process. Wait times fell for every patient.” — Rita Gomez"
    assert [kind for kind, _ in claims(altered, "praise", **overrides)] == ["quotes"]


def test_the_case_and_the_email_are_compared_in_the_same_normal_form() -> None:
    # Pasted text brings full-width digits, ligatures and curly quotes: the same claim in another form passes.
    overrides = {"accomplishments": [{"summary": "Cut onboarding from １０ days to 4", "impact": "Saved ﬁve hours"}],
                 "accolades": [{"quote": "Jordan’s work was \u00a0superb.", "author": "Sam Ortiz"}]}
    assert claims("I cut onboarding from 10 days to 4.", **overrides) == []
    assert claims("“Jordan's work was superb.” — Sam Ortiz", "praise", **overrides) == []
    assert claims("I cut onboarding from １２ days to 4.", **overrides) == [("figures", "12 days")]
