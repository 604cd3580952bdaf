"""End to end in headless Chromium (Debian's package, driven by Playwright): a newcomer goes from the
sample to a downloaded .eml through the page alone. Each step is photographed; with
PROMO_AI_SCREENSHOTS=docs/screenshots the pictures land where the README shows them."""

from __future__ import annotations

import email
import email.policy
import os
import shutil
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.helpers import free_port, stop

pytestmark = pytest.mark.browser
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
NOTES = ("Good talk; Priya is supportive.\ntitle: Lead Business Analyst\ndate: 2026-11-20\n"
         "next: Priya takes the case to the director on Friday\n")


@pytest.fixture
def served_app(tmp_path: Path) -> Iterator[str]:
    port = free_port()
    env = {**os.environ, "PROMO_AI_HOME": str(tmp_path / "home")}
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.address", "127.0.0.1",
         "--server.port", str(port), "--server.headless", "true"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                time.sleep(0.3)
        else:
            pytest.fail("the app did not start within 60 s")
        yield url
    finally:
        stop(process)


def test_from_the_sample_to_a_downloaded_eml(served_app: str, tmp_path: Path) -> None:
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("chromium is missing: `make test` installs it (apt-get install chromium)")
        pytest.skip("Debian's chromium is not installed (make test installs it)")
    from playwright.sync_api import expect, sync_playwright

    shots = Path(os.environ.get("PROMO_AI_SCREENSHOTS") or tmp_path / "screenshots")
    shots.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        )
        page = browser.new_page(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
        page.set_default_timeout(60_000)
        page.goto(served_app)

        expect(page.get_by_role("heading", name="Ask for your promotion")).to_be_visible()
        expect(page.get_by_label("Your name")).to_have_value("Jordan Lee")
        page.screenshot(path=shots / "1-case.png", full_page=False)

        page.get_by_role("tab", name="3 · Draft").click()
        page.get_by_role("button", name="Draft my email").click()
        expect(page.get_by_text("Checks: 16 of 16 pass")).to_be_visible()
        expect(page.get_by_text("Hi Priya,").first).to_be_visible()
        page.screenshot(path=shots / "2-draft.png", full_page=False)

        page.get_by_role("tab", name="4 · Prepare the talk").click()
        expect(page.get_by_text("Ask in your 1-on-1")).to_be_visible()
        page.screenshot(path=shots / "3-talk.png", full_page=False)

        page.get_by_role("tab", name="5 · After the talk").click()
        page.get_by_label("Meeting notes").fill(NOTES)
        page.get_by_label("Meeting notes").press("Control+Enter")
        page.get_by_role("button", name="Find what changes").click()
        expect(page.get_by_text("Lead Business Analyst").first).to_be_visible()
        page.get_by_role("button", name="Make the revised version").click()
        expect(page.get_by_text("What changed since the pre-meeting version")).to_be_visible()
        page.screenshot(path=shots / "4-after-the-talk.png", full_page=False)

        page.get_by_role("tab", name="6 · Versions").click()
        expect(page.get_by_text("Compare")).to_be_visible()
        page.screenshot(path=shots / "5-versions.png", full_page=False)

        page.get_by_role("tab", name="7 · Export").click()
        with page.expect_download() as download_info:
            page.get_by_role("button", name="Download .eml").click()
        download = download_info.value
        assert download.suggested_filename.startswith("promotion-email-jordan-lee-")
        saved = tmp_path / download.suggested_filename
        download.save_as(saved)
        page.screenshot(path=shots / "6-export.png", full_page=False)
        browser.close()

    message = email.message_from_bytes(saved.read_bytes(), policy=email.policy.default)
    assert message["Subject"] == "Promotion to Lead Business Analyst: Jordan Lee"
    assert message["To"] == "Priya Shah <priya.shah@example.com>"
    body = message.get_body(preferencelist=("plain",))
    assert body is not None
    text = body.get_content()
    assert "November 20" in text
    assert "Priya takes the case to the director on Friday" in text
