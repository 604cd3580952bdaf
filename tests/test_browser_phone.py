"""The same walk as tests/test_browser.py at a phone's width (390 × 844), in the dark theme: every step reached
from the step bar, a blank case entered field by field as a phone keyboard enters it, axe-core clean in both
themes, no other host asked.
A file of its own so that the two walks run side by side, each on its own worker (see tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.test_browser import SCREENSHOTS, browser_page, report, walk

pytestmark = pytest.mark.browser
__all__ = ["browser_page"]  # the fixture, shared


def test_a_nurse_types_her_case_and_walks_every_step_at_390_px(
        browser_page: tuple[Any, str, list[str]], tmp_path: Path) -> None:
    page, url, _ = browser_page
    page.set_viewport_size({"width": 390, "height": 844})
    shots = Path(SCREENSHOTS or tmp_path / "screenshots")
    shots.mkdir(parents=True, exist_ok=True)
    person = walk(page, url, 390, shots, tmp_path)
    page.goto(url)  # the Case step at a phone's width, for the README
    page.get_by_label("Your name").wait_for()
    page.emulate_media(color_scheme="dark")
    page.wait_for_timeout(300)
    page.screenshot(path=shots / "phone-case.png", full_page=False)
    report(person)
