"""Ranking: BM25F over the analysed terms of each chunk, fused with the embedder's vector score.

Fields: the passage text, its heading (weighted up: a heading names what the passage answers) and
its page (title and tagline: which step of the workflow the passage belongs to). The keyword side
keeps exact words decisive; the vector side (a provider's semantic embedding when configured, the
hashed lexical one by default) adds what keywords miss. Scores are mapped to 0..1.
"""

from __future__ import annotations

import math
import threading
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from promo_ai.errors import GuidanceError
from promo_ai.guidance.chroma import call, client_key, generation
from promo_ai.guidance.embeddings import analyse, get_embedder
from promo_ai.guidance.index import ensure_index
from promo_ai.guidance.queries import Stage, normalise, stage_queries

if TYPE_CHECKING:
    from promo_ai.case import Case
    from promo_ai.draft import Citation
    from promo_ai.settings import Settings

K1 = 1.2
FIELDS: dict[str, tuple[float, float]] = {  # field -> (weight, length normalisation b)
    "text": (1.0, 0.75),
    "heading": (0.5, 0.3),
    "page": (0.5, 0.3),
}
KEYWORD_WEIGHT = 0.5  # share of the keyword score in the fused score; the rest is the vector score


@dataclass
class _Doc:
    id: str
    fields: dict[str, Counter[str]]
    lengths: dict[str, int]


class KeywordIndex:
    """BM25F over a fixed set of chunks (rebuilt when the collection changes)."""

    def __init__(self, ids: Sequence[str], documents: Sequence[str], metadatas: Sequence[Mapping[str, object]]):
        self.docs: list[_Doc] = []
        df: Counter[str] = Counter()
        for chunk_id, text, meta in zip(ids, documents, metadatas, strict=True):
            fields = {
                "text": Counter(analyse(text)),
                "heading": Counter(analyse(str(meta.get("heading", "")))),
                # The page's own summary (title, tagline, excerpt from the front matter) describes every
                # chunk of it: a question worded like the summary finds the right page.
                "page": Counter(analyse(" ".join(str(meta.get(key, "")) for key in ("title", "tagline", "excerpt")))),
            }
            self.docs.append(_Doc(chunk_id, fields, {k: sum(v.values()) for k, v in fields.items()}))
            df.update({term for counter in fields.values() for term in counter})
        n = max(1, len(self.docs))
        self.idf = {term: math.log(1 + (n - count + 0.5) / (count + 0.5)) for term, count in df.items()}
        self.avg = {name: max(1.0, sum(d.lengths[name] for d in self.docs) / n) for name in FIELDS}

    def scores(self, query: str) -> dict[str, float]:
        terms = set(analyse(query))
        result: dict[str, float] = {}
        for doc in self.docs:
            total = 0.0
            for term in terms:
                idf = self.idf.get(term)
                if idf is None:
                    continue
                # BM25F: field-weighted, length-normalised term frequency, saturated once.
                tf = 0.0
                for name, (weight, b) in FIELDS.items():
                    count = doc.fields[name].get(term)
                    if count:
                        tf += weight * count / (1 - b + b * doc.lengths[name] / self.avg[name])
                if tf:
                    total += idf * tf * (K1 + 1) / (tf + K1)
            if total:
                result[doc.id] = total
        return result


def fuse(keyword: Mapping[str, float], vector: Mapping[str, float],
         keyword_weight: float = KEYWORD_WEIGHT) -> list[tuple[str, float]]:
    """Combine keyword scores (any scale) and vector similarities (-1..1) into 0..1, best first.

    The keyword side is divided by the best keyword score among all chunks (so its top is 1); the
    vector side is cosine similarity clipped to 0..1. A chunk missing from one side counts 0 there.
    """
    top = max(keyword.values(), default=0.0)
    ids = set(keyword) | set(vector)
    fused = []
    for chunk_id in ids:
        k = keyword.get(chunk_id, 0.0) / top if top else 0.0
        v = min(1.0, max(0.0, vector.get(chunk_id, 0.0)))
        fused.append((chunk_id, keyword_weight * k + (1 - keyword_weight) * v))
    fused.sort(key=lambda item: (-item[1], item[0]))
    return fused


class Hit(BaseModel):
    """One passage of guidance that fits the query, with where it comes from."""

    text: str
    score: float
    title: str
    heading: str
    source: str
    link: str

    def to_citation(self) -> Citation:
        from promo_ai.draft import Citation

        return Citation(title=self.title, heading=self.heading, source=self.source, link=self.link or None,
                        text=self.text, score=self.score)


class Snapshot:
    """The chunks of one state of the collection, with the keyword index over them."""

    def __init__(self, ids: Sequence[str], documents: Sequence[str | None],
                 metadatas: Sequence[Mapping[str, Any] | None]) -> None:
        self.ids = list(ids)
        self.documents = {i: d or "" for i, d in zip(ids, documents, strict=True)}
        self.metadatas: dict[str, Mapping[str, Any]] = {i: m or {} for i, m in zip(ids, metadatas, strict=True)}
        self.keywords = KeywordIndex(self.ids, [self.documents[i] for i in self.ids],
                                     [self.metadatas[i] for i in self.ids])

    def hit(self, chunk_id: str, score: float) -> Hit:
        meta = self.metadatas[chunk_id]
        return Hit(text=self.documents[chunk_id], score=round(score, 4), title=str(meta.get("title", "")),
                   heading=str(meta.get("heading", "")), source=str(meta.get("source", "")),
                   link=str(meta.get("link", "")))


# --- the keyword side, cached per state of the collection ---------------------------------------

_snapshot_lock = threading.Lock()
_snapshots: dict[tuple[str, str, str], Snapshot] = {}


def keyword_snapshot(collection: Any, settings: Settings | None = None) -> Snapshot:
    """The chunks of the collection with a BM25F index over them, cached per collection state
    (the index's location, the collection and its generation, which every change renews)."""
    key = (repr(client_key(settings)), str(collection.id), generation(collection))
    with _snapshot_lock:
        snapshot = _snapshots.get(key)
    if snapshot is None:
        held = call("read its passages", lambda: collection.get(include=["documents", "metadatas"]))
        snapshot = Snapshot(held["ids"], held["documents"] or [], held["metadatas"] or [])
        with _snapshot_lock:
            _snapshots.clear()
            _snapshots[key] = snapshot
    return snapshot


def reset_keyword_cache() -> None:
    with _snapshot_lock:
        _snapshots.clear()


# --- search --------------------------------------------------------------------------------------

def ranked(queries: Sequence[tuple[str, float]], k: int, settings: Settings | None = None) -> list[Hit]:
    """Rank the collection for weighted queries (their fused 0..1 scores, weighted and summed), best first.
    Indexes our guide on first use."""
    queries = normalise(queries)
    if not any(q for q, _ in queries):
        raise GuidanceError("The guidance search needs some words to look for.", hint="Ask a question.")
    k = max(1, min(int(k), 50))
    embedder = get_embedder(settings=settings)
    collection = ensure_index(embedder, settings)
    snapshot = keyword_snapshot(collection, settings)
    if not snapshot.ids:
        return []
    total: dict[str, float] = {}
    weights = sum(w for q, w in queries if q) or 1.0
    for query, weight in queries:
        if not query:
            continue
        vector = embedder.embed_query(query)
        n = min(len(snapshot.ids), max(50, 4 * k))
        found = call("search", partial(collection.query, query_embeddings=[vector], n_results=n,
                                       include=["distances"]))
        similarities = {chunk_id: 1.0 - float(distance) for chunk_id, distance
                        in zip(found["ids"][0], (found["distances"] or [[]])[0], strict=False)}
        for chunk_id, score in fuse(snapshot.keywords.scores(query), similarities):
            total[chunk_id] = total.get(chunk_id, 0.0) + score * weight / weights
    ordered = sorted(total.items(), key=lambda item: (-item[1], item[0]))
    return [snapshot.hit(chunk_id, score) for chunk_id, score in ordered[:k] if chunk_id in snapshot.metadatas]


def search(query: str, k: int = 5, settings: Settings | None = None) -> list[Hit]:
    """The k passages of guidance that best answer `query`, best first (indexes our guide on first use)."""
    return ranked([(query, 1.0)], k, settings)


def search_for(case: Case, stage: Stage, k: int = 5, settings: Settings | None = None) -> list[Hit]:
    """Guidance for where this person is: drafting the email, preparing the talk, or after it.
    Uncached and raising GuidanceError; `promo_ai.guidance.guidance_for` is the cached, never-raising lookup."""
    return ranked(stage_queries(case, stage), k, settings)
