"""The guidance index (embedded and server), search, the CLI commands, and a sanity check of ranking.

Retrieval quality gates (recall@3 on the labelled questions) and speed are measured by `make bench`."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
import types
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from promo_ai.case import load_case
from promo_ai.draft import Citation
from promo_ai.errors import GuidanceError
from promo_ai.guidance import chroma
from promo_ai.guidance.chroma import open_collection, reset_clients
from promo_ai.guidance.commands import guidance_command, index_command
from promo_ai.guidance.embeddings import LiteLLMEmbedder, LocalEmbedder, analyse, get_embedder
from promo_ai.guidance.index import ensure_index, index_paths
from promo_ai.guidance.queries import query_for
from promo_ai.guidance.search import Hit, search, search_for
from promo_ai.settings import reset_settings
from tests.helpers import free_port, stop

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures" / "book"
GUIDE = ROOT / "data" / "guidance"


@pytest.fixture(autouse=True)
def fresh_clients() -> Iterator[None]:
    reset_clients()
    yield
    reset_clients()


@pytest.fixture
def book(tmp_path: Path) -> Path:
    """A writable copy of the fixture book."""
    target = tmp_path / "book"
    shutil.copytree(FIXTURES, target)
    return target


# --- indexing ------------------------------------------------------------------------------------

def test_index_is_idempotent_and_follows_changes(book: Path) -> None:
    first = index_paths([book])
    assert (first.files_indexed, first.files_unchanged, first.files_removed) == (3, 0, 0)
    assert first.chunks == first.chunks_written > 0 and first.skipped == []

    again = index_paths([book])
    assert (again.files_indexed, again.files_unchanged, again.chunks_written) == (0, 3, 0)
    assert again.chunks == first.chunks

    notes = book / "promotion" / "keep-notes.md"
    notes.write_text(notes.read_text().replace("quarterly forecast", "octopus budget"))
    changed = index_paths([book])
    assert (changed.files_indexed, changed.files_unchanged) == (1, 2)
    assert changed.chunks == first.chunks
    top = search("octopus budget", k=1)[0]
    assert top.source == "promotion/keep-notes.md" and "octopus" in top.text
    assert all("quarterly forecast" not in hit.text for hit in search("quarterly forecast", k=10))

    (book / "extra" / "salary-talk.md").unlink()
    removed = index_paths([book])
    assert removed.files_removed == 1
    assert removed.chunks == first.chunks - 2
    assert all(hit.source != "extra/salary-talk.md" for hit in search("salary pay band", k=10))

    rebuilt = index_paths([book], rebuild=True)
    assert (rebuilt.files_indexed, rebuilt.chunks) == (2, removed.chunks)


def test_bad_files_are_reported_and_the_rest_index(book: Path) -> None:
    (book / "empty.md").write_bytes(b"")
    (book / "latin1.md").write_bytes(b"---\ntitle: caf\xe9\n---\nText\n")
    (book / "image.md").write_bytes(b"\x89PNG\x00\x00")
    (book / "plain.md").write_text("Just some notes, no front matter.\n")
    report = index_paths([book])
    assert report.files_indexed == 3
    reasons = {s.path: s.reason for s in report.skipped}
    assert set(reasons) == {"empty.md", "latin1.md", "image.md", "plain.md"}
    assert "UTF-8" in reasons["latin1.md"] and "front matter" in reasons["plain.md"]


def test_single_file_and_several_paths(book: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "solo.md").write_text("---\ntitle: Solo page\n---\n## Zeppelin advice\n\nFly the zeppelin.\n")
    report = index_paths([book / "promotion" / "keep-notes.md", other])
    assert report.files_indexed == 2
    hit = search("zeppelin", k=1)[0]
    assert (hit.source, hit.heading, hit.link) == ("solo.md", "Zeppelin advice", "/book/solo/")
    # Indexing one file of a folder does not remove its siblings from the index.
    assert index_paths([book / "promotion" / "ask-politely.md"]).files_removed == 0


def test_ensure_index_indexes_our_guide_on_first_use() -> None:
    collection = ensure_index()
    assert collection.count() > 40
    hits = search("who has to approve my promotion", k=3)
    assert hits and all(0 <= h.score <= 1 for h in hits)
    assert hits == sorted(hits, key=lambda h: -h.score)


def test_hit_to_citation(book: Path) -> None:
    index_paths([book])
    hit = search("walrus project meeting", k=1)[0]
    assert isinstance(hit, Hit)
    citation = hit.to_citation()
    assert isinstance(citation, Citation)
    assert citation.title == "Ask your manager politely" and citation.heading == "Book the meeting"
    assert citation.link == "/book/promotion/ask-politely/" and citation.source == "promotion/ask-politely.md"
    assert "walrus" in citation.text


def test_empty_query_is_an_error() -> None:
    with pytest.raises(GuidanceError):
        search("   ")


# --- embedders -----------------------------------------------------------------------------------

def test_local_embedder_is_deterministic_and_normalised() -> None:
    embedder = LocalEmbedder()
    a, b = embedder.embed_documents(["Ask your boss for a raise", "Ask your boss for a raise"])
    assert a == b and len(a) == embedder.dim
    assert abs(sum(x * x for x in a) - 1) < 1e-5
    assert "manag" in analyse("my boss") and "accomplish" in analyse("my wins")
    assert analyse("my 1-on-1") == analyse("my one-on-one")
    assert get_embedder().key == embedder.key


def test_embedder_mismatch_asks_for_a_rebuild(book: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    index_paths([book])
    monkeypatch.setenv("PROMO_AI_EMBEDDING", "text-embedding-3-small")
    reset_settings()
    with pytest.raises(GuidanceError) as caught:
        search("meeting")
    assert "promo-ai index --rebuild" in str(caught.value)
    assert "local" in str(caught.value) and "text-embedding-3-small" in str(caught.value)
    result = CliRunner().invoke(guidance_command, ["meeting"])
    assert result.exit_code == 2
    assert result.output.startswith("Error: ") and "--rebuild" in result.output
    assert "Traceback" not in result.output


def test_litellm_embedder_is_used_when_configured(book: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[list[str]] = []

    def embedding(model: str, input: list[str], **_: object) -> types.SimpleNamespace:
        calls.append(input)
        local = LocalEmbedder(dim=64)
        return types.SimpleNamespace(data=[{"embedding": v} for v in local.embed_documents(input)])

    monkeypatch.setitem(sys.modules, "litellm", types.SimpleNamespace(embedding=embedding))
    monkeypatch.setenv("PROMO_AI_EMBEDDING", "fake/embedder")
    reset_settings()
    embedder = get_embedder()
    assert isinstance(embedder, LiteLLMEmbedder) and embedder.key == "litellm:fake/embedder-v1"
    index_paths([book])
    assert calls
    assert open_collection().metadata["embedder"] == embedder.key
    assert search("walrus", k=1)[0].heading == "Book the meeting"


def test_litellm_failure_is_a_guidance_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def embedding(**_: object) -> None:
        raise RuntimeError("no network")

    monkeypatch.setitem(sys.modules, "litellm", types.SimpleNamespace(embedding=embedding))
    with pytest.raises(GuidanceError, match="could not be reached"):
        LiteLLMEmbedder("fake/model").embed_query("hello")


# --- search for a case ---------------------------------------------------------------------------

def test_search_for_a_case_by_stage() -> None:
    examples = sorted((ROOT / "data" / "examples").glob("*.yaml"))
    if not examples:
        pytest.skip("no example case in data/examples yet")
    case = load_case(examples[0])
    query = query_for(case, "after")
    assert case.target_title in query and "after the talk" in query
    after = search_for(case, "after", k=3)
    assert after[0].source == "promotion-send-the-email-after-the-talk.md"
    talk = search_for(case, "talk", k=3)
    assert any(h.source == "promotion-ask-in-person.md" for h in talk)
    with pytest.raises(ValueError):
        query_for(case, "later")  # type: ignore[arg-type]


# --- CLI -----------------------------------------------------------------------------------------

def test_cli_index_and_guidance(book: Path) -> None:
    runner = CliRunner()
    (book / "broken.md").write_bytes(b"\xff\xfe\x00")
    result = runner.invoke(index_command, [str(book)])
    assert result.exit_code == 0, result.output
    assert "Indexed 3 file(s)" in result.output
    assert "skipped broken.md: is a binary file" in result.output
    again = runner.invoke(index_command, [str(book)])
    assert "Indexed 0 file(s)" in again.output and "3 unchanged" in again.output
    rebuilt = runner.invoke(index_command, [str(book), "--rebuild"])
    assert "Indexed 3 file(s)" in rebuilt.output

    found = runner.invoke(guidance_command, ["walrus meeting", "-k", "2", "--json"])
    assert found.exit_code == 0, found.output
    hits = json.loads(found.output)
    assert len(hits) == 2 and set(hits[0]) == {"text", "score", "title", "heading", "source", "link"}
    assert hits[0]["heading"] == "Book the meeting" and hits[0]["score"] >= hits[1]["score"]

    human = runner.invoke(guidance_command, ["walrus meeting", "-k", "1"])
    assert human.exit_code == 0
    assert human.output.startswith("1. Ask your manager politely › Book the meeting  (score ")
    assert "/book/promotion/ask-politely/" in human.output


def test_cli_index_nothing_indexable(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not markdown")
    result = CliRunner().invoke(index_command, [str(tmp_path)])
    assert result.exit_code == 2
    assert "Error: no indexable book files found" in result.output
    missing = CliRunner().invoke(index_command, [str(tmp_path / "nope")])
    assert missing.exit_code == 2 and "does not exist" in missing.output


def test_cli_unreachable_server_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PROMO_AI_CHROMA_URL", f"http://127.0.0.1:{free_port()}")
    reset_settings()
    result = CliRunner().invoke(guidance_command, ["anything"])
    assert result.exit_code == 2
    assert result.output.startswith("Error: ") and "Chroma" in result.output
    assert "Traceback" not in result.output


def test_importing_commands_does_not_import_chromadb() -> None:
    code = "import sys, promo_ai.guidance.commands, promo_ai.guidance; print('chromadb' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_follow_up_question_puts_the_follow_up_email_first() -> None:
    """Done-when of issue 3: the passage about sending the follow-up email comes first."""
    result = CliRunner().invoke(guidance_command, ["what do I do after I ask my manager in person", "--json"])
    assert result.exit_code == 0, result.output
    first = json.loads(result.output)[0]
    assert first["source"] == "promotion-send-the-email-after-the-talk.md"
    assert "email" in first["text"].lower() and "in person" in first["text"].lower()


# --- server mode ---------------------------------------------------------------------------------

@pytest.fixture
def chroma_server(tmp_path: Path) -> Iterator[str]:
    chroma = Path(sys.executable).parent / "chroma"
    assert chroma.exists(), f"the chroma executable is missing next to {sys.executable}"
    port = free_port()
    log = (tmp_path / "chroma.log").open("wb")
    process = subprocess.Popen(
        [str(chroma), "run", "--path", str(tmp_path / "server-data"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"chroma run did not start: {(tmp_path / 'chroma.log').read_text()[-2000:]}")
            time.sleep(0.2)
        yield url
    finally:
        stop(process)
        log.close()


@pytest.mark.server
def test_server_mode_against_chroma_run(chroma_server: str, book: Path, monkeypatch: pytest.MonkeyPatch,
                                        isolated_home: Path) -> None:
    monkeypatch.setenv("PROMO_AI_CHROMA_URL", chroma_server)
    reset_settings()
    reset_clients()
    first = index_paths([book])
    assert first.files_indexed == 3 and first.chunks > 0
    assert index_paths([book]).files_unchanged == 3
    hit = search("walrus meeting", k=1)[0]
    assert hit.heading == "Book the meeting"
    assert not (isolated_home / "chroma").exists()  # nothing embedded: the server holds the index
    assert ("http", chroma_server) in chroma._clients


# --- ranking sanity (the quality gates are in bench/bench_guidance.py, run by `make bench`) ---------

@pytest.mark.parametrize(("question", "page"), [
    ("I missed the nomination deadline for this cycle, is it too late", "promotion-timing-and-review-cycles.md"),
    ("where can I find the levelling guide or competency framework", "promotion-learn-the-target-duties.md"),
    ("should I ask for a specific salary when I ask for the promotion", "promotion-negotiate-pay.md"),
])
def test_obvious_questions_rank_their_page_first(question: str, page: str) -> None:
    assert search(question, k=3)[0].source == page
