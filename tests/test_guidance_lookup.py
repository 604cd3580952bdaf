"""`guidance_for`: the cached guidance lookup for a case and stage. A hit never opens Chroma; a changed
guide file, another case, stage, k or embedder, or a re-index misses; a broken cache file is rebuilt."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import types
from collections.abc import Iterator
from pathlib import Path

import pytest

from promo_ai.case import Case, load_case
from promo_ai.guidance import chroma, guidance_for, index_paths, lookup
from promo_ai.guidance import index as index_module
from promo_ai.guidance.embeddings import LocalEmbedder
from promo_ai.guidance.lookup import AnswerCache
from promo_ai.guidance.queries import stage_queries
from promo_ai.guidance.search import reset_keyword_cache
from promo_ai.guidance.state import fingerprint, read_state, target_key
from promo_ai.settings import get_settings, reset_settings
from tests.helpers import free_port

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "data" / "examples" / "business-analyst.yaml"
GUIDE = ROOT / "data" / "guidance"
FIXTURES = Path(__file__).parent / "fixtures" / "book"


@pytest.fixture(autouse=True)
def fresh_clients() -> Iterator[None]:
    chroma.reset_clients()
    reset_keyword_cache()
    yield
    chroma.reset_clients()
    reset_keyword_cache()


@pytest.fixture
def case() -> Case:
    return load_case(EXAMPLE)


@pytest.fixture
def guide(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A writable copy of our guide, used as the shipped guide."""
    copy = tmp_path / "guide"
    shutil.copytree(GUIDE, copy)
    monkeypatch.setattr(index_module, "guide_dir", lambda: copy)
    return copy


def _answers(home: Path) -> list[Path]:
    return sorted((home / "guidance-cache" / "answers").glob("*.json"))


def _no_chroma(monkeypatch: pytest.MonkeyPatch) -> None:
    """From here on, opening Chroma fails loudly (guidance_for would report it as a warning)."""
    chroma.reset_clients()

    def refuse(*_: object) -> None:
        raise AssertionError("Chroma was opened")

    monkeypatch.setattr(chroma, "_make_client", refuse)


def test_a_second_lookup_answers_from_the_cache_without_opening_chroma(
        case: Case, isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first, warning = guidance_for(case, "draft")
    assert warning is None and len(first) == 4
    assert first[0].source == "promotion-email-template.md" and first[0].text
    assert len(_answers(isolated_home)) == 1
    _no_chroma(monkeypatch)
    again, warning = guidance_for(case, "draft")
    assert warning is None and again == first


def test_a_warm_process_does_not_import_chromadb(case: Case, isolated_home: Path) -> None:
    guidance_for(case, "draft")
    code = ("import sys; from promo_ai.case import load_case; from promo_ai.guidance import guidance_for; "
            f"found, warning = guidance_for(load_case({str(EXAMPLE)!r}), 'draft'); "
            "print(len(found), warning, 'chromadb' in sys.modules, 'numpy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.split() == ["4", "None", "False", "False"], out.stderr


def test_another_stage_k_or_case_misses(case: Case, isolated_home: Path) -> None:
    draft, _ = guidance_for(case, "draft")
    after, _ = guidance_for(case, "after")
    assert after[0].source == "promotion-send-the-email-after-the-talk.md" and after != draft
    two, _ = guidance_for(case, "draft", k=2)
    assert two == draft[:2]
    other = case.model_copy(update={"target_title": "Head of Negotiating Pay and Salary Bands",
                                    "target_duties": ["negotiate the pay band and the salary"]})
    assert stage_queries(other, "draft") != stage_queries(case, "draft")
    guidance_for(other, "draft")
    assert len(_answers(isolated_home)) == 4


def test_a_changed_guide_file_misses_and_is_reindexed(case: Case, guide: Path,
                                                      isolated_home: Path) -> None:
    before, _ = guidance_for(case, "draft")
    assert before[0].source == "promotion-email-template.md"
    page = guide / "promotion-email-template.md"
    text = page.read_text(encoding="utf-8")
    marker = "Name the target title in the subject line, said the zeppelin pilot."
    line = before[0].text.splitlines()[0]  # a line of the top passage, as written in the file
    assert line in text
    page.write_text(text.replace(line, f"{line} {marker}", 1), encoding="utf-8")
    after, warning = guidance_for(case, "draft")
    assert warning is None
    assert marker in after[0].text and marker not in before[0].text
    state = read_state(get_settings())
    assert state is not None and state.targets[target_key(guide)] == fingerprint(guide)
    assert len(_answers(isolated_home)) == 1  # answers for the old guide are gone


def test_indexing_more_books_misses(case: Case, isolated_home: Path) -> None:
    guidance_for(case, "draft")
    settings = get_settings()
    queries = stage_queries(case, "draft")
    assert AnswerCache(settings).get(queries, 4) is not None
    index_paths([FIXTURES])
    assert AnswerCache(settings).get(queries, 4) is None
    found, warning = guidance_for(case, "draft")
    assert warning is None and found
    state = read_state(settings)
    assert state is not None and set(state.targets) == {target_key(GUIDE), target_key(FIXTURES)}
    index_paths([FIXTURES], rebuild=True)
    state = read_state(settings)
    assert state is not None and set(state.targets) == {target_key(FIXTURES)}


def test_a_change_to_the_ranking_code_misses(case: Case, monkeypatch: pytest.MonkeyPatch) -> None:
    guidance_for(case, "draft")
    queries = stage_queries(case, "draft")
    assert AnswerCache(get_settings()).get(queries, 4) is not None
    monkeypatch.setattr(lookup, "code_fingerprint", lambda: "another version of the ranking code")
    assert AnswerCache(get_settings()).get(queries, 4) is None


def test_a_deleted_index_misses(case: Case, isolated_home: Path) -> None:
    guidance_for(case, "draft")
    shutil.rmtree(isolated_home / "chroma")
    assert AnswerCache(get_settings()).get(stage_queries(case, "draft"), 4) is None


@pytest.mark.parametrize("garbage", [b"", b"\x00\xff not json", b"[]", b'{"key": 1}',
                                     b'{"key": "KEY", "citations": [{"title": 3}]}'])
def test_a_broken_cache_file_is_ignored_and_rewritten(case: Case, isolated_home: Path, garbage: bytes) -> None:
    first, _ = guidance_for(case, "talk")
    for path in [*_answers(isolated_home), isolated_home / "guidance-cache" / "state.json"]:
        key = json.loads(path.read_text()).get("key", "")  # the answer's own key: only its citations are bad
        path.write_bytes(garbage.replace(b"KEY", key.encode()))
    again, warning = guidance_for(case, "talk")
    assert warning is None and again == first
    (answer,) = _answers(isolated_home)
    assert json.loads(answer.read_text())["citations"][0]["source"] == first[0].source
    assert read_state(get_settings()) is not None


def test_an_index_without_a_recorded_state_is_adopted(case: Case, isolated_home: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """An index built by an older promo-ai has no state.json: the first lookup records one."""
    index_paths()
    (isolated_home / "guidance-cache" / "state.json").unlink()
    first, _ = guidance_for(case, "draft")
    state = read_state(get_settings())
    assert state is not None and state.targets == {target_key(GUIDE): fingerprint(GUIDE)}
    _no_chroma(monkeypatch)
    assert guidance_for(case, "draft") == (first, None)


def test_another_embedder_is_a_warning_not_a_stale_answer(case: Case, monkeypatch: pytest.MonkeyPatch) -> None:
    assert guidance_for(case, "draft")[1] is None

    def embedding(model: str, input: list[str], **_: object) -> types.SimpleNamespace:
        vectors = LocalEmbedder(dim=64).embed_documents(input)
        return types.SimpleNamespace(data=[{"embedding": v} for v in vectors])

    monkeypatch.setitem(sys.modules, "litellm", types.SimpleNamespace(embedding=embedding))
    monkeypatch.setenv("PROMO_AI_EMBEDDING", "fake/embedder")
    reset_settings()
    found, warning = guidance_for(case, "draft")
    assert found == [] and warning and "promo-ai index --rebuild" in warning


def test_an_unreachable_server_is_a_warning(case: Case, isolated_home: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PROMO_AI_CHROMA_URL", f"http://127.0.0.1:{free_port()}")
    reset_settings()
    found, warning = guidance_for(case, "draft")
    assert found == [] and warning and "Chroma" in warning
    assert not (isolated_home / "guidance-cache").exists()  # a server's answers are never cached


def test_a_bad_stage_is_a_warning(case: Case) -> None:
    found, warning = guidance_for(case, "later")  # type: ignore[arg-type]
    assert found == [] and warning and "stage must be one of draft, talk, after" in warning
