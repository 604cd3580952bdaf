"""Chroma, in one place: the process's client, the guidance collection, and `call` for every Chroma call.

One Chroma client per process and location: embedded (PersistentClient under PROMO_AI_HOME) by
default, a server (HttpClient) when PROMO_AI_CHROMA_URL is set; the same code path either way.
Telemetry off. chromadb is imported inside `_make_client` only: importing this module is cheap.
"""

from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

from promo_ai.errors import GuidanceError
from promo_ai.settings import get_settings

if TYPE_CHECKING:
    from promo_ai.guidance.embeddings import Embedder
    from promo_ai.settings import Settings

COLLECTION = "promo-ai-guidance"
REBUILD_HINT = "Run `promo-ai index --rebuild` to rebuild the guidance index."

_lock = threading.Lock()
_clients: dict[tuple[str, str], Any] = {}


def client_key(settings: Settings | None = None) -> tuple[str, str]:
    """Where the index lives: ("http", url) for a server, ("path", folder) when embedded."""
    settings = settings or get_settings()
    if settings.chroma_url:
        return ("http", settings.chroma_url)
    return ("path", str(settings.chroma_path))


def get_client(settings: Settings | None = None) -> Any:
    """The process's Chroma client for these settings (created once, then reused)."""
    key = client_key(settings)
    # guidance_for stops waiting at guidance_timeout; a request's own limit, a second later, ends its thread
    timeout = (settings or get_settings()).guidance_timeout + 1.0
    with _lock:
        client = _clients.get(key)
        if client is None:
            client = _make_client(*key, timeout=timeout)
            _clients[key] = client
        elif key[0] == "http":
            _limit_requests(client, timeout)  # the limit of these settings, not of the first caller's
        return client


def reset_clients() -> None:
    """Forget cached clients (tests, or after settings change)."""
    with _lock:
        _clients.clear()


def _make_client(kind: str, where: str, *, timeout: float = 15.0) -> Any:
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
        _answers_in_time(url, headers, timeout, where)
        try:
            client = chromadb.HttpClient(host=url.hostname, port=port, ssl=ssl, headers=headers or None,
                                         settings=chroma_settings)
        except Exception as exc:
            raise GuidanceError(f"Cannot reach the Chroma server at {where} ({exc}).",
                                hint="Start it (`chroma run --path DIR`) or unset PROMO_AI_CHROMA_URL.") from exc
        _limit_requests(client, timeout)
        return client
    path = Path(where)
    try:
        path.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(path), settings=chroma_settings)
    except Exception as exc:
        raise GuidanceError(f"Cannot open the guidance index at {path} ({exc}).",
                            hint=f"Check that the folder is writable, or delete it and {REBUILD_HINT[4:]}") from exc


def _answers_in_time(url: Any, headers: dict[str, str], timeout: float, where: str) -> None:
    """Raise unless the Chroma server answers HTTP within `timeout` (any answer will do): chromadb's own
    client waits for ever, and it asks the server before it returns."""
    import httpx

    try:
        httpx.get(f"{url.scheme or 'http'}://{url.netloc}/api/v2/heartbeat", headers=headers, timeout=timeout)
    except httpx.HTTPError as exc:
        what = f"did not answer within {timeout:g} s" if isinstance(exc, httpx.TimeoutException) else \
            f"could not be reached ({type(exc).__name__})"
        raise GuidanceError(f"The guidance index (the Chroma server at {where}) {what}, so there is no guidance"
                            " this time.",
                            hint="Start it (`chroma run --path DIR`) or unset PROMO_AI_CHROMA_URL.") from exc


def _limit_requests(client: Any, timeout: float) -> None:
    """Give every later request of chromadb's HTTP client a time limit (it has none of its own)."""
    import httpx

    session = getattr(getattr(client, "_server", None), "_session", None)
    if isinstance(session, httpx.Client):
        session.timeout = httpx.Timeout(timeout)


def call(what: str, fn: Callable[[], Any]) -> Any:
    """Run a Chroma call; its failures become a GuidanceError a person can act on.
    `what` completes "The guidance index failed to ...": "search", "store passages"."""
    try:
        return fn()
    except GuidanceError:
        raise
    except Exception as exc:
        raise GuidanceError(f"The guidance index failed to {what} ({type(exc).__name__}: {exc}).",
                            hint=REBUILD_HINT) from exc


def get_collection(client: Any) -> Any | None:
    """The guidance collection, or None when it does not exist yet."""
    try:
        return client.get_collection(COLLECTION, embedding_function=None)
    except Exception as exc:  # chromadb raises NotFoundError (or ValueError in older versions)
        if "does not exist" in str(exc) or type(exc).__name__ in {"NotFoundError", "InvalidCollectionException"}:
            return None
        raise GuidanceError(f"The guidance index could not be opened ({type(exc).__name__}: {exc}).",
                            hint=REBUILD_HINT) from exc


def _create_collection(client: Any, embedder: Embedder) -> Any:
    return call("create its collection", lambda: client.create_collection(
        COLLECTION,
        configuration={"hnsw": {"space": "cosine"}},
        metadata={"embedder": embedder.key, "generation": uuid.uuid4().hex},
        embedding_function=None,
    ))


def drop_collection(client: Any) -> None:
    if get_collection(client) is not None:
        call("drop its collection", lambda: client.delete_collection(COLLECTION))


def check_embedder(collection: Any, embedder: Embedder) -> None:
    built_with = (collection.metadata or {}).get("embedder")
    if built_with != embedder.key:
        raise GuidanceError(
            f"The guidance index was built with the embedder {built_with!r}, but promo-ai is now set to "
            f"use {embedder.key!r} (PROMO_AI_EMBEDDING); their vectors do not mix.",
            hint=REBUILD_HINT,
        )


def open_collection(embedder: Embedder | None = None, settings: Settings | None = None) -> Any:
    """The guidance collection, checked against the embedder; created empty when missing."""
    from promo_ai.guidance.embeddings import get_embedder

    embedder = embedder or get_embedder(settings=settings)
    client = get_client(settings)
    collection = get_collection(client)
    if collection is None:
        return _create_collection(client, embedder)
    if call("count its passages", collection.count) == 0 and \
            (collection.metadata or {}).get("embedder") != embedder.key:
        call("reset its collection", lambda: client.delete_collection(COLLECTION))
        return _create_collection(client, embedder)
    check_embedder(collection, embedder)
    return collection


def generation(collection: Any) -> str:
    """The collection's state: a new value whenever its passages change (caches key on it)."""
    return str((collection.metadata or {}).get("generation", ""))


def touch(collection: Any, embedder: Embedder) -> str:
    """Mark the collection as changed; returns its new generation."""
    new = uuid.uuid4().hex
    call("record its state", lambda: collection.modify(metadata={"embedder": embedder.key, "generation": new}))
    return new
