"""The guidance index: book chunks in a Chroma collection, kept in step with the files.

One Chroma client per process: embedded (PersistentClient under PROMO_AI_HOME) by default, a
server (HttpClient) when PROMO_AI_CHROMA_URL is set; the same code path either way. Telemetry off.

Indexing is idempotent by content hash: an unchanged file costs nothing, a changed file's chunks
are replaced, a file gone from an indexed folder loses its chunks, `rebuild=True` starts over.
chromadb is imported inside functions: `promo-ai --help` must not pay for it.
"""

from __future__ import annotations

import hashlib
import os
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from promo_ai.errors import GuidanceError
from promo_ai.guidance.book import Chunk, ParsedFile, Skipped, parse_paths
from promo_ai.guidance.embeddings import Embedder, get_embedder
from promo_ai.settings import get_settings, resource_dir

COLLECTION = "promo-ai-guidance"
BATCH = 256
REBUILD_HINT = "Run `promo-ai index --rebuild` to rebuild the guidance index."

Progress = Callable[[str, int, int], None]  # (file, done, total)

_lock = threading.Lock()
_clients: dict[tuple[str, str], Any] = {}


@dataclass
class IndexReport:
    files_indexed: int = 0
    files_unchanged: int = 0
    files_removed: int = 0
    chunks: int = 0  # chunks in the collection after indexing
    chunks_written: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    seconds: float = 0.0


def guide_dir() -> Path:
    """Our own guide, shipped with the package."""
    return resource_dir("data") / "guidance"


# --- client and collection -----------------------------------------------------------------------

def _client_key() -> tuple[str, str]:
    settings = get_settings()
    if settings.chroma_url:
        return ("http", settings.chroma_url)
    return ("path", str(settings.chroma_path))


def get_client() -> Any:
    """The process's Chroma client for the current settings (created once, then reused)."""
    key = _client_key()
    with _lock:
        client = _clients.get(key)
        if client is None:
            client = _make_client(*key)
            _clients[key] = client
        return client


def reset_clients() -> None:
    """Forget cached clients (tests, or after settings change)."""
    with _lock:
        _clients.clear()
    _keyword_cache.clear()


def _make_client(kind: str, where: str) -> Any:
    os.environ["ANONYMIZED_TELEMETRY"] = "False"
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if kind == "http":
        url = urlparse(where if "://" in where else f"http://{where}")
        if not url.hostname:
            raise GuidanceError(f"PROMO_AI_CHROMA_URL={where!r} is not a URL.",
                                hint="Use a URL like http://localhost:8000.")
        ssl = url.scheme == "https"
        port = url.port or (443 if ssl else 8000)
        headers = {}
        token = os.environ.get("CHROMA_API_KEY") or os.environ.get("CHROMA_AUTH_TOKEN")
        if token:
            headers["x-chroma-token"] = token
        try:
            return chromadb.HttpClient(host=url.hostname, port=port, ssl=ssl, headers=headers or None,
                                       settings=chroma_settings)
        except Exception as exc:
            raise GuidanceError(f"Cannot reach the Chroma server at {where} ({exc}).",
                                hint="Start it (`chroma run --path DIR`) or unset PROMO_AI_CHROMA_URL.") from exc
    path = Path(where)
    try:
        path.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(path), settings=chroma_settings)
    except Exception as exc:
        raise GuidanceError(f"Cannot open the guidance index at {path} ({exc}).",
                            hint=f"Check that the folder is writable, or delete it and {REBUILD_HINT[4:]}") from exc


def _call(what: str, fn: Callable[[], Any]) -> Any:
    """Run a Chroma call; its failures become a GuidanceError a person can act on."""
    try:
        return fn()
    except GuidanceError:
        raise
    except Exception as exc:
        raise GuidanceError(f"The guidance index failed to {what} ({type(exc).__name__}: {exc}).",
                            hint=REBUILD_HINT) from exc


def _get_collection(client: Any) -> Any | None:
    try:
        return client.get_collection(COLLECTION, embedding_function=None)
    except Exception as exc:  # chromadb raises NotFoundError (or ValueError in older versions)
        if "does not exist" in str(exc) or type(exc).__name__ in {"NotFoundError", "InvalidCollectionException"}:
            return None
        raise GuidanceError(f"The guidance index could not be opened ({type(exc).__name__}: {exc}).",
                            hint=REBUILD_HINT) from exc


def _create_collection(client: Any, embedder: Embedder) -> Any:
    return _call("create its collection", lambda: client.create_collection(
        COLLECTION,
        configuration={"hnsw": {"space": "cosine"}},
        metadata={"embedder": embedder.key, "generation": uuid.uuid4().hex},
        embedding_function=None,
    ))


def check_embedder(collection: Any, embedder: Embedder) -> None:
    built_with = (collection.metadata or {}).get("embedder")
    if built_with != embedder.key:
        raise GuidanceError(
            f"The guidance index was built with the embedder {built_with!r}, but promo-ai is now set to "
            f"use {embedder.key!r} (PROMO_AI_EMBEDDING); their vectors do not mix.",
            hint=REBUILD_HINT,
        )


def open_collection(embedder: Embedder | None = None) -> Any:
    """The guidance collection, checked against the embedder; created empty when missing."""
    embedder = embedder or get_embedder()
    client = get_client()
    collection = _get_collection(client)
    if collection is None:
        return _create_collection(client, embedder)
    if _call("count its passages", collection.count) == 0 and \
            (collection.metadata or {}).get("embedder") != embedder.key:
        _call("reset its collection", lambda: client.delete_collection(COLLECTION))
        return _create_collection(client, embedder)
    check_embedder(collection, embedder)
    return collection


def _touch(collection: Any, embedder: Embedder) -> None:
    """Mark the collection as changed (search caches key on the generation)."""
    _call("record its state", lambda: collection.modify(
        metadata={"embedder": embedder.key, "generation": uuid.uuid4().hex}))


# --- indexing ------------------------------------------------------------------------------------

def _root_key(root: Path) -> str:
    return hashlib.sha256(str(root.resolve()).encode()).hexdigest()[:10]


def _chunk_ids(root: str, chunks: Sequence[Chunk]) -> list[str]:
    return [f"{root}:{chunk.id}" for chunk in chunks]


def index_paths(paths: Iterable[Path | str] | None = None, *, rebuild: bool = False,
                progress: Progress | None = None) -> IndexReport:
    """Index book files (files and folders, recursively; default: our guide) into the collection."""
    started = time.perf_counter()
    embedder = get_embedder()
    client = get_client()
    if rebuild:
        if _get_collection(client) is not None:
            _call("drop its collection", lambda: client.delete_collection(COLLECTION))
        _keyword_cache.clear()
    collection = open_collection(embedder)

    targets = [Path(p) for p in (paths if paths is not None else [guide_dir()])]
    report = IndexReport()
    changed = False
    # What the collection holds now, per (root, source): the file hash and the chunk ids.
    existing: dict[tuple[str, str], tuple[str, list[str]]] = {}
    held = _call("read its passages", lambda: collection.get(include=["metadatas"]))
    for chunk_id, meta in zip(held["ids"], held["metadatas"] or [], strict=False):
        key = (str(meta.get("root", "")), str(meta.get("source", "")))
        _, ids = existing.setdefault(key, (str(meta.get("file_hash", "")), []))
        ids.append(chunk_id)

    for target in targets:
        if not target.exists():
            report.skipped.append(Skipped(str(target), "does not exist"))
            continue
        root = target if target.is_dir() else target.parent
        root_id = _root_key(root)
        parsed, skipped = parse_paths([target])
        report.skipped += skipped
        total = len(parsed)
        for done, item in enumerate(parsed, start=1):
            key = (root_id, item.source)
            old = existing.get(key)
            if old and old[0] == item.file_hash:
                report.files_unchanged += 1
            else:
                if old:
                    _call("replace a file's passages", partial(collection.delete, ids=old[1]))
                report.chunks_written += _add(collection, embedder, root_id, item)
                report.files_indexed += 1
                changed = True
            if progress:
                progress(item.source, done, total)
        if target.is_dir():
            # Files gone from this folder (or no longer readable) lose their passages.
            present = {p.source for p in parsed}
            for (root_of, source), (_, ids) in existing.items():
                if root_of == root_id and source not in present:
                    _call("remove a deleted file's passages", partial(collection.delete, ids=ids))
                    report.files_removed += 1
                    changed = True
    if changed:
        _touch(collection, embedder)
    report.chunks = _call("count its passages", collection.count)
    report.seconds = time.perf_counter() - started
    return report


def _add(collection: Any, embedder: Embedder, root_id: str, item: ParsedFile) -> int:
    chunks = item.chunks
    ids = _chunk_ids(root_id, chunks)
    for start in range(0, len(chunks), BATCH):
        batch = chunks[start:start + BATCH]
        vectors = embedder.embed_documents([c.embed_text for c in batch])
        metadatas = [{**c.metadata(), "root": root_id} for c in batch]
        _call("store passages", partial(collection.upsert, ids=ids[start:start + BATCH], embeddings=vectors,
                                        documents=[c.text for c in batch], metadatas=metadatas))
    return len(chunks)


def ensure_index(embedder: Embedder | None = None) -> Any:
    """The collection, with our guide indexed into it first when it is empty (first use)."""
    embedder = embedder or get_embedder()
    collection = open_collection(embedder)
    if _call("count its passages", collection.count) == 0:
        index_paths()
        collection = open_collection(embedder)
    return collection


# --- cached keyword side (search.py) -------------------------------------------------------------

_keyword_cache: dict[tuple[str, str, str], Any] = {}


def keyword_snapshot(collection: Any) -> Any:
    """The chunks of the collection with a BM25F index over them, cached per collection state."""
    from promo_ai.guidance.search import Snapshot

    key = (repr(_client_key()), str(collection.id), str((collection.metadata or {}).get("generation", "")))
    snapshot = _keyword_cache.get(key)
    if snapshot is None:
        held = _call("read its passages", lambda: collection.get(include=["documents", "metadatas"]))
        snapshot = Snapshot(held["ids"], held["documents"] or [], held["metadatas"] or [])
        _keyword_cache.clear()
        _keyword_cache[key] = snapshot
    return snapshot
