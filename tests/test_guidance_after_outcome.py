"""After the talk, the guide's passages fit what was decided: not yet leads to the section on not getting it
(ask what is missing, get the criteria, a dated plan), promoted to the one on being promoted, and with no outcome
yet to sending the email after the talk. What the page shows under "When you are not promoted"."""

from __future__ import annotations

from pathlib import Path

import pytest

from promo_ai.case import load_case
from promo_ai.guidance import guidance_for

EXAMPLE = Path(__file__).resolve().parent.parent / "data" / "examples" / "business-analyst.yaml"


@pytest.mark.parametrize("outcome, section", [
    ("not_yet", "promotion-when-you-dont-get-promoted.md"),
    ("promoted", "promotion-when-you-are-promoted.md"),
    (None, "promotion-send-the-email-after-the-talk.md"),
])
def test_the_guide_after_the_talk_fits_the_outcome(outcome: str | None, section: str) -> None:
    case = load_case(EXAMPLE).model_copy(update={"outcome": outcome})
    citations, problem = guidance_for(case, "after", 3)
    assert problem is None
    assert citations[0].source == section
