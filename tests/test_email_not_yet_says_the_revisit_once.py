"""The not-yet email says when the manager will look at it again once: in the request ("I understand it can't
happen yet, and that we'll look at it again in March"), not again as a promise of hers in the closing ("As we
agreed, you'll look at it again in March"), heard as padding when read aloud. A revisit with more to it ("revisit
at the April round") is still said. Notes written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from promo_ai.changes import accept_all
from promo_ai.export.text import render_text
from promo_ai.notes import read_notes
from promo_ai.offline import offline_draft
from promo_ai.revision import revise
from tests.helpers import make_case


def revised(notes: str) -> str:
    case = make_case(manager={"name": "Priya Shah"})
    changes = read_notes(notes, case, today=dt.date(2026, 11, 27)).changes
    draft = revise(offline_draft(case, with_guidance=False), notes, accept_all(changes)).draft
    assert [c.message for c in draft.checks if not c.passed] == []
    return render_text(draft.email)


def test_the_revisit_is_said_once() -> None:
    email = revised("26-11-2026 - 1:1 w Priya\nnot this round - freeze on senior posts till after year end. "
                    "she'll look at it again in March\nAP me: send her the onboarding numbers by Fri + book the "
                    "stakeholder course\n")
    assert email.count("look at it again in March") == 1
    assert ("As we agreed, I'll send you the onboarding numbers by Friday, and I'll book the stakeholder course."
            in email)


@pytest.mark.usefixtures("rules_only")  # the step model may leave this revisit out; the template is tested here
def test_a_revisit_with_more_to_say_is_kept() -> None:
    email = revised("catch up w Priya 26/11\nnot this cycle - budget freeze till april, she'll revisit at the april "
                    "round\n")
    assert "April round" in email


def test_a_revisit_with_its_own_deadline_is_kept() -> None:
    from promo_ai.compose import compose

    case = make_case(manager={"name": "Priya Shah"}, outcome="not_yet", follow_up_on="2027-03-01",
                     meeting_date="2026-11-26",
                     next_steps=[{"text": "review it", "by": "the end of February", "owner": "manager"}])
    assert "you'll review it by the end of February" in render_text(compose(case).email)
