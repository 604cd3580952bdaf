"""End to end in headless Chromium (Debian's package, driven by Playwright): a newcomer goes from the
sample to a downloaded .eml through the page alone, one step (page) at a time; a reload keeps the step
and what was typed. Each step is photographed; with PROMO_AI_SCREENSHOTS=docs/screenshots the pictures
land where the README shows them."""

from __future__ import annotations

import email
import email.policy
import os
import re
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
# Read when the module loads: the tests' own environment holds no PROMO_AI_* variable (tests/conftest.py).
SCREENSHOTS = os.environ.get("PROMO_AI_SCREENSHOTS")
NOTES = ("Good talk; Priya is supportive.\ntitle: Lead Business Analyst\ndate: 2026-11-20\n"
         "next: Priya takes the case to the director on Friday\n")


@pytest.fixture
def served_app(tmp_path: Path) -> Iterator[str]:
    port = free_port()
    env = {**os.environ, "PROMO_AI_HOME": str(tmp_path / "home")}
    # The server's output goes to a file, never to a pipe nobody reads (a full pipe would block it).
    log_path = tmp_path / "streamlit.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.address", "127.0.0.1",
             "--server.port", str(port), "--server.headless", "true"],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
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
        print(log_path.read_text(errors="replace")[-4000:])  # shown when the test fails


def test_from_the_sample_to_a_downloaded_eml(served_app: str, tmp_path: Path) -> None:
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("chromium is missing: `make test` installs it (apt-get install chromium)")
        pytest.skip("Debian's chromium is not installed (make test installs it)")
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=20_000)  # a loaded machine can take more than Playwright's 5 s default
    shots = Path(SCREENSHOTS or tmp_path / "screenshots")
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

        def step(name: str) -> None:
            page.get_by_role("link", name=name, exact=True).click()

        expect(page.get_by_role("heading", name="Ask for your promotion")).to_be_visible()
        expect(page.get_by_label("Your name")).to_have_value("Jordan Lee")
        page.screenshot(path=shots / "1-case.png", full_page=False)
        page.get_by_label("Team (optional)").fill("Payments Operations EMEA")
        page.get_by_label("Team (optional)").press("Tab")
        expect(page.get_by_text("Which duties your evidence covers")).to_be_visible()

        step("Draft")
        page.get_by_role("button", name="Draft my email").click()
        expect(page.get_by_text("All checks pass")).to_be_visible()
        expect(page.get_by_text("Jordan's analysis kept our launch on schedule.").first).to_be_visible()
        page.screenshot(path=shots / "2-draft.png", full_page=False)

        page.reload()  # the step is in the address and the typing in the tab's scratch: both stay
        expect(page).to_have_url(re.compile(r"/3-draft\b"))
        expect(page.get_by_text("All checks pass")).to_be_visible()
        step("Case")
        expect(page.get_by_label("Team (optional)")).to_have_value("Payments Operations EMEA")

        step("Prepare the talk")
        expect(page.get_by_text("Ask in your 1-on-1")).to_be_visible()
        expect(page.get_by_text("Time to talk about my career path")).to_be_visible()  # the meeting request
        page.screenshot(path=shots / "3-talk.png", full_page=False)

        step("After the talk")
        page.get_by_label("Meeting notes").fill(NOTES)
        page.get_by_label("Meeting notes").press("Control+Enter")
        page.get_by_role("button", name="Find what changes").click()
        expect(page.get_by_text("Lead Business Analyst").first).to_be_visible()
        page.get_by_role("button", name="Make the revised version").click()
        expect(page.get_by_text("What changed since the pre-meeting version")).to_be_visible()
        page.screenshot(path=shots / "4-after-the-talk.png", full_page=False)

        step("Versions")
        expect(page.get_by_text("Compare")).to_be_visible()
        expect(page.get_by_text("Subject · changed")).to_be_visible()  # the diff between the two versions
        page.screenshot(path=shots / "5-versions.png", full_page=False)

        step("Export")
        expect(page.get_by_role("button", name="Download .eml")).to_be_visible()
        with page.expect_download() as download_info:
            page.get_by_role("button", name="Download .eml").click()
        download = download_info.value
        assert download.suggested_filename.startswith("promotion-email-jordan-lee-")
        saved = tmp_path / download.suggested_filename
        download.save_as(saved)
        expect(page.get_by_text("Subject: ").first).to_be_visible()  # the rerun after the download is done
        expect(page.get_by_role("link", name="Open in your email app")).to_be_visible()
        page.screenshot(path=shots / "6-export.png", full_page=False)
        browser.close()

    message = email.message_from_bytes(saved.read_bytes(), policy=email.policy.default)
    assert "Lead Business Analyst" in message["Subject"] and "Jordan Lee" in message["Subject"]
    assert message["To"] == "Priya Shah <priya.shah@example.com>"
    body = message.get_body(preferencelist=("plain",))
    assert body is not None
    text = body.get_content()
    assert "November 20" in text
    assert "Priya takes the case to the director on Friday" in text
