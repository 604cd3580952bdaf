"""What the embedded guidance index holds, recorded beside it, so that a cached answer can be trusted
without opening Chroma.

After every indexing, `state.json` (under PROMO_AI_HOME/guidance-cache/) records where the index is,
the embedder that built it, its generation (a new value whenever its passages change), the identity of
Chroma's database file, and, for every file or folder indexed into it, a fingerprint of the contents of
its book files. `current()` holds only while all of that still describes the index and the files on
disk: a changed guide file, another embedder or a replaced database make it None (the guide changed).

Only the embedded index is recorded: a Chroma server can be changed by other machines, so nothing
here can vouch for it. Importing this module is cheap (no chromadb, no numpy, no YAML).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from promo_ai.guidance.book import iter_book_files
from promo_ai.settings import resource_dir

if TYPE_CHECKING:
    from promo_ai.settings import Settings

STATE_VERSION = 1
DATABASE_FILE = "chroma.sqlite3"  # the embedded Chroma's database, inside settings.chroma_path
MISSING = "missing"


def guide_dir() -> Path:
    """Our own guide, shipped with the package."""
    return resource_dir("data") / "guidance"


def cache_dir(settings: Settings) -> Path:
    """Where the guidance caches live: one folder under PROMO_AI_HOME."""
    return settings.home / "guidance-cache"


def _state_file(settings: Settings) -> Path:
    return cache_dir(settings) / "state.json"


def target_key(target: Path | str) -> str:
    """How a target is named in the state: its absolute path."""
    return str(Path(target).resolve())


def fingerprint(target: Path | str) -> str:
    """A digest of the names and contents of the book files under a file or folder ("missing" if gone).
    Contents, not times: a file rewritten within the same clock tick still changes it."""
    path = Path(target)
    if not path.exists():
        return MISSING
    digest = hashlib.blake2b(digest_size=16)
    for file, root in iter_book_files([path]):
        try:
            data = file.read_bytes()
        except OSError:
            data = b"\0unreadable"
        digest.update(str(file.relative_to(root)).encode("utf-8", "surrogateescape") + b"\0")
        digest.update(hashlib.blake2b(data, digest_size=16).digest())
    return digest.hexdigest()


def database_id(settings: Settings) -> str:
    """The identity of the embedded database file (device, inode): a deleted or replaced index changes it."""
    try:
        stat = (settings.chroma_path / DATABASE_FILE).stat()
    except OSError:
        return ""
    return f"{stat.st_dev}:{stat.st_ino}"


@dataclass(frozen=True)
class IndexState:
    location: str
    embedder: str
    generation: str
    database: str
    targets: dict[str, str] = field(default_factory=dict)  # target_key -> fingerprint
    version: int = STATE_VERSION

    def digest(self) -> str:
        """One value for the whole state: what cached answers are keyed on."""
        return hashlib.sha256(json.dumps(asdict(self), sort_keys=True).encode()).hexdigest()


def read_state(settings: Settings) -> IndexState | None:
    """The recorded state, or None when there is none or it cannot be read (a corrupt file is ignored)."""
    try:
        raw: Any = json.loads(_state_file(settings).read_text(encoding="utf-8"))
        state = IndexState(**raw)
    except (OSError, ValueError, TypeError):
        return None
    valid = (state.version == STATE_VERSION and isinstance(state.targets, dict)
             and all(isinstance(v, str) for v in (state.location, state.embedder, state.generation, state.database))
             and all(isinstance(k, str) and isinstance(v, str) for k, v in state.targets.items()))
    return state if valid else None


def write_state(settings: Settings, state: IndexState) -> None:
    """Record the state (atomically; a failure to write only costs speed)."""
    with contextlib.suppress(OSError):
        write_atomic(_state_file(settings), json.dumps(asdict(state), indent=1, sort_keys=True))


def clear_state(settings: Settings) -> None:
    """Forget the state before the index changes: a crash halfway leaves nothing that vouches for it."""
    if settings.chroma_url:
        return
    with contextlib.suppress(FileNotFoundError):
        _state_file(settings).unlink()


def record(settings: Settings, embedder_key: str, generation: str, targets: dict[str, str]) -> IndexState | None:
    """Write the state of the embedded index after indexing (nothing for a server); returns it."""
    if settings.chroma_url:
        return None
    state = IndexState(location=str(settings.chroma_path), embedder=embedder_key, generation=generation,
                       database=database_id(settings), targets=dict(sorted(targets.items())))
    write_state(settings, state)
    return state


def changed_targets(state: IndexState) -> list[str]:
    """The recorded targets whose files are no longer what was indexed."""
    return [target for target, recorded in state.targets.items() if fingerprint(target) != recorded]


def current(settings: Settings, embedder_key: str) -> IndexState | None:
    """The recorded state if it still describes the embedded index and the files; else None."""
    if settings.chroma_url:
        return None
    state = read_state(settings)
    if state is None or state.location != str(settings.chroma_path) or state.embedder != embedder_key:
        return None
    if not state.database or state.database != database_id(settings) or changed_targets(state):
        return None
    return state


def write_atomic(path: Path, text: str) -> None:
    """Write a file so that a reader sees the old contents or the new, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
