"""One SQLite connection, opened the way the store needs it, and sqlite3 errors turned into sentences.

The journal is a write-ahead log (readers never wait for a writer), `synchronous = FULL` (a
committed version survives a power cut), foreign keys on, and a `busy_timeout` so that writers in
other threads or processes queue instead of failing. Writes take the lock up front (`BEGIN
IMMEDIATE`), so a transaction never fails half-way because another writer got in first.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from promo_ai.errors import StoreError
from promo_ai.store.schema import migrate, rollback


def describe(exc: sqlite3.Error) -> str:
    """What kind of failure an sqlite3 error is: busy, corrupt, full, access, io or other."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text or "busy" in text:
        return "busy"
    if name.startswith(("SQLITE_NOTADB", "SQLITE_CORRUPT")) or "not a database" in text or "malformed" in text:
        return "corrupt"
    if name.startswith("SQLITE_FULL") or "disk is full" in text:
        return "full"
    if name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH")) or (
        "readonly" in text or "unable to open" in text
    ):
        return "access"
    if name.startswith("SQLITE_IOERR") or "disk i/o" in text:
        return "io"
    return "other"


def store_error(exc: sqlite3.Error, action: str, path: Path, timeout: float) -> StoreError:
    """The StoreError a person sees for `exc`, raised while `action` on the database at `path`."""
    kind = describe(exc)
    if kind == "busy":
        return StoreError(
            f"The database {path} stayed busy for more than {timeout:g} s while {action}: "
            "another promo-ai window or process is writing to it.",
            hint="Try again in a moment; if it keeps happening, close other promo-ai windows.")
    if kind == "corrupt":
        return StoreError(
            f"The file {path} is damaged or is not a promo-ai database (SQLite says: {exc}).",
            hint=f"Move it aside (for example rename it to {path.name}.broken) and promo-ai will start "
                 "a new, empty one; keep the old file if you want to try recovering it with sqlite3 .recover.")
    if kind == "full":
        return StoreError(f"The disk holding {path} is full, so {action} failed.",
                          hint="Free some space and try again.")
    if kind == "access":
        return StoreError(f"Cannot write to the database {path} while {action} ({exc}).",
                          hint="Check the file and its folder are yours and writable, "
                               "or set PROMO_AI_HOME to another folder.")
    if kind == "io":
        return StoreError(f"The disk reported an error on {path} while {action} ({exc}).",
                          hint="Check the disk or the network folder, then try again.")
    return StoreError(f"The database {path} failed while {action}: {exc}.",
                      hint="Try again; if it persists, move the file aside and start afresh.")


class Database:
    """One connection to the file at `path`, guarded by a lock so that threads may share it,
    brought up to date with the registered migrations when opened."""

    def __init__(self, path: Path, timeout: float) -> None:
        self.path = path
        self.timeout = timeout
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"Cannot create the folder {path.parent} for the database: {exc.strerror or exc}.",
                             hint="Set PROMO_AI_HOME to a folder you can write to.") from None
        with self.errors("opening the database"):
            conn = sqlite3.connect(path, timeout=timeout, isolation_level=None, check_same_thread=False)
            try:
                conn.row_factory = sqlite3.Row
                conn.execute(f"PRAGMA busy_timeout = {max(0, int(timeout * 1000))}")
                conn.execute("PRAGMA foreign_keys = ON")
                self._use_wal(conn)
                conn.execute("PRAGMA synchronous = FULL")
                migrate(conn, path)
            except BaseException:
                conn.close()
                raise
        self._conn = conn

    def _use_wal(self, conn: sqlite3.Connection) -> None:
        # Switching a new file to WAL needs a moment alone with it; retry while another opener has it.
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                conn.execute("PRAGMA journal_mode = WAL").fetchone()
                return
            except sqlite3.OperationalError as exc:
                if describe(exc) != "busy" or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    @contextmanager
    def errors(self, action: str) -> Iterator[None]:
        """Every sqlite3 error inside becomes a StoreError that says what to do."""
        try:
            yield
        except sqlite3.Error as exc:
            raise store_error(exc, action, self.path, self.timeout) from None

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise StoreError(f"The store for {self.path} is closed.", hint="Open a new Store.")
        return self._conn

    @contextmanager
    def transaction(self, action: str, *, write: bool) -> Iterator[sqlite3.Connection]:
        """One transaction: IMMEDIATE for writes (take the write lock up front, wait for it up to
        the timeout), deferred for reads (one consistent snapshot across several queries)."""
        with self._lock, self.errors(action):
            conn = self._connection()
            conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                rollback(conn)
                raise

    def integrity_check(self) -> list[str]:
        """SQLite's own check of the file and of the foreign keys; an empty list means all is well."""
        with self._lock, self.errors("checking the database"):
            conn = self._connection()
            problems = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall() if row[0] != "ok"]
            problems += [f"row #{row[1]} of {row[0]} points to a missing row of {row[2]}"
                         for row in conn.execute("PRAGMA foreign_key_check").fetchall()]
        return problems

    def user_version(self) -> int:
        with self._lock, self.errors("reading the schema version"):
            return int(self._connection().execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        with self._lock:
            conn, self._conn = self._conn, None
            if conn is not None:
                with self.errors("closing the database"):
                    conn.close()
