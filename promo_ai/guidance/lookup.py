"""`guidance_for`: the guidance for a case and stage, answered from a small cache on disk when it can be.

A cold `promo-ai draft` needs four passages; opening Chroma to find them costs more than the rest of
the draft. So each answer is kept under PROMO_AI_HOME/guidance-cache/answers/, keyed by the queries made
from the case and stage, k, the recorded state of the index (state.py: its generation, the embedder,
its database file and a fingerprint of every indexed file's contents) and the source of the code that
ranks. While all of that holds, the answer comes from the cache and chromadb is never imported; a changed
guide file, another embedder, a re-index, another case or stage is a miss: the index is brought in step,
searched, and the answer kept.

A cache file that cannot be read is a miss and is written again. A Chroma server is always asked (other
machines can change it). Nothing here downloads anything, and nothing raises: a failure is a sentence,
and so is a lookup that takes longer than its limit (settings.guidance_timeout).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import threading
from functools import lru_cache, partial
from pathlib import Path
from typing import TYPE_CHECKING

from promo_ai.errors import GuidanceError
from promo_ai.guidance.embeddings import get_embedder
from promo_ai.guidance.queries import Stage, WeightedQueries, stage_queries
from promo_ai.guidance.state import cache_dir, current, write_atomic
from promo_ai.llm.waits import within
from promo_ai.settings import get_settings

if TYPE_CHECKING:
    from promo_ai.case import Case
    from promo_ai.draft import Citation
    from promo_ai.settings import Settings

log = logging.getLogger(__name__)

CACHE_VERSION = 1
MAX_K = 50
# The code whose change can change an answer (the analyser, its stop words, the ranking, the queries).
RANKING_SOURCES = ("guidance/search.py", "guidance/embeddings.py", "guidance/queries.py", "guidance/book.py",
                   "text.py")

_miss_lock = threading.Lock()  # one miss at a time per process: the page's sessions share the index


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    package = Path(__file__).resolve().parent.parent
    digest = hashlib.blake2b(digest_size=16)
    for name in RANKING_SOURCES:
        with contextlib.suppress(OSError):
            digest.update(name.encode() + b"\0" + (package / name).read_bytes())
    return digest.hexdigest()


def guidance_for(case: Case, stage: Stage = "draft", k: int = 4, *,
                 settings: Settings | None = None) -> tuple[list[Citation], str | None]:
    """The k passages of guidance for this case at this stage (draft, talk, after), best first, and
    None; or no passages and a sentence saying why (the index unreachable or too slow, a bad stage).
    Never raises, and never takes longer than settings.guidance_timeout (nor the deadline): past it,
    the lookup is left to finish in the background (a Chroma server's requests time out by then too)."""
    try:
        settings = settings or get_settings()
        queries = stage_queries(case, stage)
        k = max(1, min(int(k), MAX_K))
    except Exception as exc:
        return [], f"Guidance is unavailable: {exc}."
    limit = min(settings.guidance_timeout, settings.deadline)
    outcome = within(partial(_lookup, queries, k, settings), limit, name="promo-ai-guidance")
    if outcome.done and outcome.value is not None:
        return outcome.value
    if outcome.done:  # _lookup words its failures; anything else is a bug below us, still not the draft's end
        log.warning("guidance lookup failed", exc_info=outcome.error)
        return [], f"The guidance search failed ({type(outcome.error).__name__}); the draft has no guidance."
    log.warning("the guidance index did not answer within %g s", limit)
    return [], (f"The guidance index did not answer within {limit:g} s, so there is no guidance this time"
                " (PROMO_AI_GUIDANCE_TIMEOUT sets the limit).")


def _lookup(queries: WeightedQueries, k: int, settings: Settings) -> tuple[list[Citation], str | None]:
    """The answer from the cache, or a search (a miss); a failure is a sentence."""
    cache = None if settings.chroma_url else AnswerCache(settings)
    if cache is not None:
        cached = cache.get(queries, k)
        if cached is not None:
            return cached, None
    try:
        return _search(queries, k, settings, cache), None
    except GuidanceError as exc:
        log.warning("guidance search failed: %s", exc)
        return [], str(exc)
    except Exception as exc:  # chromadb and the embedders raise many types; the draft goes on without guidance
        log.warning("guidance search failed", exc_info=True)
        return [], f"The guidance search failed ({type(exc).__name__}: {exc}); the draft has no guidance."


def _search(queries: WeightedQueries, k: int, settings: Settings, cache: AnswerCache | None) -> list[Citation]:
    """A miss: bring the index in step with its files, search it, keep the answer."""
    from promo_ai.guidance.index import refresh
    from promo_ai.guidance.search import ranked

    with _miss_lock:
        refresh(settings)
        before = cache.key(queries, k) if cache else None
        citations = [hit.to_citation() for hit in ranked(queries, k, settings)]
    if cache is not None and before is not None and cache.key(queries, k) == before:
        cache.put(before, citations)  # only when the index did not change while it was searched
    return citations


class AnswerCache:
    """Answers on disk, one small JSON file each, named by the state they hold for and by their key.
    Writing an answer removes the answers of any other state (they can never be right again)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.folder = cache_dir(settings) / "answers"

    def key(self, queries: WeightedQueries, k: int) -> tuple[str, str] | None:
        """(state prefix, full key) while the recorded state of the index holds; None otherwise."""
        try:
            state = current(self.settings, get_embedder(settings=self.settings).key)
        except Exception:  # a file that cannot be read while fingerprinting: no key, the search decides
            log.debug("guidance state unavailable", exc_info=True)
            return None
        if state is None:
            return None
        # The file name starts with what the answer holds for (index and code), so that a new state can
        # sweep away the answers of the old one; the rest of the key is the question.
        holds_for = hashlib.sha256(f"{CACHE_VERSION}:{state.digest()}:{code_fingerprint()}".encode()).hexdigest()
        question = json.dumps({"queries": queries, "k": k})
        return holds_for[:16], hashlib.sha256(f"{holds_for}:{question}".encode()).hexdigest()

    def _path(self, key: tuple[str, str]) -> Path:
        return self.folder / f"{key[0]}-{key[1][:32]}.json"

    def get(self, queries: WeightedQueries, k: int) -> list[Citation] | None:
        """The kept answer, or None: no state, no answer, or a file that is not one (ignored)."""
        from promo_ai.draft import Citation

        key = self.key(queries, k)
        if key is None:
            return None
        try:
            raw = json.loads(self._path(key).read_text(encoding="utf-8"))
            if raw["key"] != key[1] or not isinstance(raw["citations"], list):
                return None
            return [Citation.model_validate(item) for item in raw["citations"]]
        except (OSError, ValueError, KeyError, TypeError):  # pydantic's ValidationError is a ValueError
            return None

    def put(self, key: tuple[str, str], citations: list[Citation]) -> None:
        """Keep an answer (a failure to write costs only speed) and drop answers for other states."""
        text = json.dumps({"key": key[1], "citations": [c.model_dump(mode="json") for c in citations]},
                          ensure_ascii=False)
        try:
            write_atomic(self._path(key), text)
            for old in self.folder.glob("*.json"):
                if not old.name.startswith(f"{key[0]}-"):
                    with contextlib.suppress(OSError):
                        old.unlink()
        except OSError:
            log.debug("guidance answer not cached", exc_info=True)
