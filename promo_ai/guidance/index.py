"""The guidance index: book chunks in a Chroma collection (see chroma.py), kept in step with the files.

Indexing is idempotent by content hash: an unchanged file costs nothing, a changed file's chunks
are replaced, a file gone from an indexed folder loses its chunks, `rebuild=True` starts over.
Every indexing records what the embedded index now holds (state.py), so that a lookup can trust a
cached answer without opening Chroma; `refresh` re-indexes the recorded files that changed since.
chromadb is imported inside functions: `promo-ai --help` must not pay for it.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from promo_ai.guidance.book import Chunk, ParsedFile, Skipped, parse_paths
from promo_ai.guidance.chroma import (
    call,
    drop_collection,
    generation,
    get_client,
    open_collection,
    touch,
)
from promo_ai.guidance.embeddings import Embedder, get_embedder
from promo_ai.guidance.state import (
    changed_targets,
    clear_state,
    database_id,
    fingerprint,
    guide_dir,
    read_state,
    record,
    target_key,
)
from promo_ai.settings import get_settings

if TYPE_CHECKING:
    from promo_ai.settings import Settings

BATCH = 256

Progress = Callable[[str, int, int], None]  # (file, done, total)

__all__ = ["IndexReport", "ensure_index", "guide_dir", "index_paths", "refresh"]


@dataclass
class IndexReport:
    files_indexed: int = 0
    files_unchanged: int = 0
    files_removed: int = 0
    chunks: int = 0  # chunks in the collection after indexing
    chunks_written: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    seconds: float = 0.0


def _root_key(root: Path) -> str:
    return hashlib.sha256(str(root.resolve()).encode()).hexdigest()[:10]


def _chunk_ids(root: str, chunks: Sequence[Chunk]) -> list[str]:
    return [f"{root}:{chunk.id}" for chunk in chunks]


def index_paths(paths: Iterable[Path | str] | None = None, *, rebuild: bool = False,
                progress: Progress | None = None, settings: Settings | None = None) -> IndexReport:
    """Index book files (files and folders, recursively; default: our guide) into the collection."""
    started = time.perf_counter()
    settings = settings or get_settings()
    embedder = get_embedder(settings=settings)
    client = get_client(settings)
    previous = None if rebuild else read_state(settings)
    clear_state(settings)  # nothing vouches for the index while it changes
    if rebuild:
        drop_collection(client)
    collection = open_collection(embedder, settings)

    targets = [Path(p) for p in (paths if paths is not None else [guide_dir()])]
    # Taken before reading the files: a file that changes while it is indexed shows up as changed next time.
    fingerprints = {target_key(target): fingerprint(target) for target in targets}
    report = IndexReport()
    changed = False
    # What the collection holds now, per (root, source): the file hash and the chunk ids.
    existing: dict[tuple[str, str], tuple[str, list[str]]] = {}
    held = call("read its passages", lambda: collection.get(include=["metadatas"]))
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
                    call("replace a file's passages", partial(collection.delete, ids=old[1]))
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
                    call("remove a deleted file's passages", partial(collection.delete, ids=ids))
                    report.files_removed += 1
                    changed = True
    state = touch(collection, embedder) if changed else generation(collection)
    report.chunks = call("count its passages", collection.count)
    kept = previous.targets if previous and previous.embedder == embedder.key else {}
    record(settings, embedder.key, state, {**kept, **fingerprints})
    report.seconds = time.perf_counter() - started
    return report


def _add(collection: Any, embedder: Embedder, root_id: str, item: ParsedFile) -> int:
    chunks = item.chunks
    ids = _chunk_ids(root_id, chunks)
    for start in range(0, len(chunks), BATCH):
        batch = chunks[start:start + BATCH]
        vectors = embedder.embed_documents([c.embed_text for c in batch])
        metadatas = [{**c.metadata(), "root": root_id} for c in batch]
        call("store passages", partial(collection.upsert, ids=ids[start:start + BATCH], embeddings=vectors,
                                       documents=[c.text for c in batch], metadatas=metadatas))
    return len(chunks)


def ensure_index(embedder: Embedder | None = None, settings: Settings | None = None) -> Any:
    """The collection, with our guide indexed into it first when it is empty (first use)."""
    settings = settings or get_settings()
    embedder = embedder or get_embedder(settings=settings)
    collection = open_collection(embedder, settings)
    if call("count its passages", collection.count) == 0:
        index_paths(settings=settings)
        collection = open_collection(embedder, settings)
    return collection


def _holds(collection: Any, root: Path) -> bool:
    found = call("read its passages", lambda: collection.get(where={"root": _root_key(root)}, limit=1, include=[]))
    return bool(found["ids"])


def refresh(settings: Settings | None = None) -> Any:
    """The collection, in step with the files recorded as indexed into it: indexed on first use, the
    recorded files and folders that changed since re-indexed (by content hash, as `promo-ai index`
    does), and the state recorded again. A server's index is left as it is (`ensure_index`)."""
    settings = settings or get_settings()
    embedder = get_embedder(settings=settings)
    collection = ensure_index(embedder, settings)
    if settings.chroma_url:
        return collection
    state = read_state(settings)
    if state is None or state.location != str(settings.chroma_path) or state.embedder != embedder.key:
        # Nothing recorded (an index from an older promo-ai, or indexing stopped halfway): adopt the
        # index as it is, bringing our guide in step if it is in it.
        if _holds(collection, guide_dir()):
            index_paths([guide_dir()], settings=settings)
            return open_collection(embedder, settings)
        record(settings, embedder.key, generation(collection), {})
        return collection
    changed = changed_targets(state)
    if changed:
        index_paths(changed, settings=settings)
        return open_collection(embedder, settings)
    if state.generation != generation(collection) or state.database != database_id(settings):
        record(settings, embedder.key, generation(collection), state.targets)
    return collection
