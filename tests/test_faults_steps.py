"""The fault matrix for the other paths that ask a model: revise (the offline revision, refined), the
extraction of changes from meeting notes and the polish of the talking points, against the faults in
tests/faults.py. Every run ends within its deadline plus 2 s and keeps what it had: the offline revision,
the offline proposals, the offline talking points.
"""

from __future__ import annotations

import pytest

from promo_ai.case import Case
from promo_ai.draft import Draft
from promo_ai.notes import extract_changes, parse_markers
from promo_ai.revision import revise
from promo_ai.talk import polish_talk, prepare_talk
from tests import faults
from tests import scripted_server as scripted
from tests.faults import FAULTS, NOTES, SETTINGS, timed, within_deadline
from tests.scripted_server import ScriptedServer

scripted_server = scripted.scripted_server  # the fixtures
first, case = faults.first, faults.case


@pytest.mark.parametrize("fault", list(FAULTS))
def test_revise_keeps_the_offline_revision(scripted_server: ScriptedServer, first: Draft, fault: str) -> None:
    accepted = parse_markers(NOTES, first.case).changes
    offline = revise(first, NOTES, accepted).draft
    scripted_server.script(then=FAULTS[fault]())
    revision, elapsed = timed(lambda: revise(first, NOTES, accepted, model=scripted_server.model,
                                             api_base=scripted_server.api_base, settings=SETTINGS))

    within_deadline(elapsed)
    assert revision.draft.email == offline.email and revision.draft.passed
    assert revision.draft.reason is not None and "The last valid version is kept." in revision.draft.reason


@pytest.mark.parametrize("fault", list(FAULTS))
def test_extraction_falls_back_to_the_offline_proposals(scripted_server: ScriptedServer, case: Case,
                                                        fault: str) -> None:
    scripted_server.script(then=FAULTS[fault]())
    result, elapsed = timed(lambda: extract_changes(NOTES, case, model=scripted_server.model,
                                                    api_base=scripted_server.api_base, settings=SETTINGS))

    within_deadline(elapsed)
    offline = parse_markers(NOTES, case)
    assert [c.text for c in result.changes] == [c.text for c in offline.changes]
    assert result.reason is not None and result.reason.startswith("The model could not list the changes")


@pytest.mark.parametrize("fault", list(FAULTS))
def test_talk_polish_keeps_the_offline_points(scripted_server: ScriptedServer, case: Case, fault: str) -> None:
    scripted_server.script(then=FAULTS[fault]())
    offline = prepare_talk(case)
    (polished, reason), elapsed = timed(lambda: polish_talk(offline, case, model=scripted_server.model,
                                                            api_base=scripted_server.api_base, settings=SETTINGS))

    within_deadline(elapsed)
    assert polished == offline
    assert reason is not None and reason.endswith("The talking points below are the offline ones.")
