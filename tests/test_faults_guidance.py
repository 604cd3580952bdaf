"""The fault matrix for the guide: a Chroma server that accepts and never answers, one that answers with
garbage, one that hangs up, one that is not there, and a real one (`chroma run`) that freezes, then dies.
`guidance_for` answers no guidance and a sentence within its limit, and the offline draft goes on without
guidance and says so.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from promo_ai.guidance import chroma, guidance_for
from promo_ai.settings import Settings, reset_settings
from promo_ai.workflow import offline_draft
from tests.helpers import free_port, make_case, stop

LIMIT = 1.5
GRACE = 2.0  # what the issue allows past the limit


class FaultyChroma:
    """A TCP server on 127.0.0.1 that treats every connection the same way: `stall` (read the request,
    never answer), `garbage` (answer with something that is not HTTP), `hang_up` (close at once)."""

    def __init__(self, behaviour: str) -> None:
        self.behaviour = behaviour
        self.stopping = threading.Event()
        self.connections: list[socket.socket] = []
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.05)
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}"

    def _serve(self) -> None:
        while not self.stopping.is_set():
            try:
                conn, _ = self.sock.accept()
            except (TimeoutError, OSError):
                continue
            self.connections.append(conn)
            if self.behaviour == "hang_up":
                conn.close()
            elif self.behaviour == "garbage":
                with contextlib.suppress(OSError):
                    conn.recv(65536)
                    conn.sendall(b"this is not HTTP at all\r\n\r\n")
                    conn.close()
            # "stall": keep the connection open and say nothing

    def stop(self) -> None:
        self.stopping.set()
        self.thread.join(2)
        for conn in self.connections:
            with contextlib.suppress(OSError):
                conn.close()
        self.sock.close()


@pytest.fixture
def faulty() -> Iterator[Callable[[str], FaultyChroma]]:
    servers: list[FaultyChroma] = []

    def start(behaviour: str) -> FaultyChroma:
        servers.append(FaultyChroma(behaviour))
        return servers[-1]

    chroma.reset_clients()
    yield start
    chroma.reset_clients()
    for server in servers:
        server.stop()


@pytest.fixture(autouse=True, scope="module")
def imported() -> None:
    """chromadb imported before the clock starts: these tests time the waits, not a cold import."""
    import chromadb  # noqa: F401


def settings_for(url: str) -> Settings:
    return Settings(chroma_url=url, guidance_timeout=LIMIT)


def chroma_url(behaviour: str, faulty: Callable[[str], FaultyChroma]) -> str:
    return f"http://127.0.0.1:{free_port()}" if behaviour == "gone" else faulty(behaviour).url


BEHAVIOURS = ["stall", "garbage", "hang_up", "gone"]


@pytest.mark.parametrize("behaviour", BEHAVIOURS)
def test_guidance_for_answers_within_its_limit(behaviour: str, faulty: Callable[[str], FaultyChroma]) -> None:
    settings = settings_for(chroma_url(behaviour, faulty))
    began = time.monotonic()
    citations, reason = guidance_for(make_case(), "draft", settings=settings)
    elapsed = time.monotonic() - began

    assert elapsed <= LIMIT + GRACE, f"ended after {elapsed:.1f} s"
    assert citations == [] and reason
    if behaviour == "stall":
        assert reason == ("The guidance index did not answer within 1.5 s, so there is no guidance this time"
                          " (PROMO_AI_GUIDANCE_TIMEOUT sets the limit).")


@pytest.mark.parametrize("behaviour", BEHAVIOURS)
def test_the_offline_draft_goes_on_without_guidance(behaviour: str, faulty: Callable[[str], FaultyChroma],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PROMO_AI_CHROMA_URL", chroma_url(behaviour, faulty))
    monkeypatch.setenv("PROMO_AI_GUIDANCE_TIMEOUT", str(LIMIT))
    reset_settings()
    began = time.monotonic()
    drafted = offline_draft(make_case())
    elapsed = time.monotonic() - began

    assert elapsed <= LIMIT + GRACE, f"ended after {elapsed:.1f} s"
    assert drafted.passed and drafted.citations == []
    assert len(drafted.warnings) == 1 and "guidance" in drafted.warnings[0].lower()


def test_a_stalled_server_does_not_hold_its_threads_for_good(faulty: Callable[[str], FaultyChroma]) -> None:
    """chromadb's requests get the same limit: the lookup left behind ends by itself soon after."""
    settings = Settings(chroma_url=faulty("stall").url, guidance_timeout=0.5)
    guidance_for(make_case(), "draft", settings=settings)
    time.sleep(0.2)
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and any(t.name == "promo-ai-guidance" for t in threading.enumerate()):
        time.sleep(0.05)
    assert not [t for t in threading.enumerate() if t.name == "promo-ai-guidance"]


# --- a real Chroma server (`chroma run`) that freezes, then dies --------------------------------------------

@pytest.fixture
def chroma_run(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    executable = Path(sys.executable).parent / "chroma"
    assert executable.exists(), f"the chroma executable is missing next to {sys.executable}"
    port = free_port()
    log = (tmp_path / "chroma.log").open("wb")
    process = subprocess.Popen([str(executable), "run", "--path", str(tmp_path / "data"), "--host", "127.0.0.1",
                                "--port", str(port)], stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        until = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > until:
                    raise RuntimeError("chroma run did not start") from None
                time.sleep(0.2)
        yield process, url
    finally:
        with contextlib.suppress(OSError):
            os.kill(process.pid, signal.SIGCONT)
        stop(process)
        log.close()


@pytest.mark.server
def test_a_chroma_server_that_freezes_then_dies(chroma_run: tuple[subprocess.Popen[bytes], str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    process, url = chroma_run
    chroma.reset_clients()
    citations, reason = guidance_for(make_case(), "draft", settings=Settings(chroma_url=url, guidance_timeout=60))
    assert citations and reason is None  # indexed on the server and found

    os.kill(process.pid, signal.SIGSTOP)  # frozen: the kernel still accepts connections, nothing answers
    monkeypatch.setenv("PROMO_AI_CHROMA_URL", url)
    monkeypatch.setenv("PROMO_AI_GUIDANCE_TIMEOUT", str(LIMIT))
    reset_settings()
    for run in (lambda: guidance_for(make_case(), "talk")[1], lambda: offline_draft(make_case()).warnings[0]):
        began = time.monotonic()
        said = run()
        assert time.monotonic() - began <= LIMIT + GRACE
        assert said == ("The guidance index did not answer within 1.5 s, so there is no guidance this time"
                        " (PROMO_AI_GUIDANCE_TIMEOUT sets the limit).")

    os.kill(process.pid, signal.SIGKILL)  # dead: refused at once
    process.wait()
    chroma.reset_clients()
    began = time.monotonic()
    drafted = offline_draft(make_case())
    assert time.monotonic() - began <= LIMIT + GRACE
    assert drafted.passed and drafted.citations == [] and "could not be reached" in drafted.warnings[0]
