"""The store: every case and every version of its email, in one SQLite file under PROMO_AI_HOME.

Nothing is lost on a page reload, a closed browser or a killed process: each write is one
transaction (`BEGIN IMMEDIATE`, so writers queue instead of failing half-way), the journal is a
write-ahead log, and a version is committed before the page shows it.

One `Store` holds one connection, guarded by a lock, so a Store may be shared by threads (Streamlit
runs each session in its own thread). Several Stores, in as many threads or processes, may use the
same file at once: SQLite serialises their writes and `busy_timeout` makes them wait their turn.

The schema is versioned with `PRAGMA user_version`; `MIGRATIONS` is the ordered list of steps, each
applied in its own transaction when an older database is opened. Steps are never edited once
released: a change to the schema is a new step at the end.

Every sqlite3 error leaves this module as a `StoreError` whose message says what to do.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, ValidationError

from promo_ai.case import MAX_LINE, Case
from promo_ai.draft import Draft
from promo_ai.errors import StoreError
from promo_ai.settings import Settings

VersionKind = Literal["draft", "refined", "revised", "edited", "imported"]
KINDS: tuple[VersionKind, ...] = get_args(VersionKind)
DEFAULT_TIMEOUT = 5.0  # seconds a write waits for another writer before giving up


# --------------------------------------------------------------------------------------------
# Records


class CaseRecord(BaseModel):
    """A case as listed: enough to show it and open it."""

    model_config = ConfigDict(frozen=True)

    id: int
    title: str
    created_at: dt.datetime
    updated_at: dt.datetime
    version_count: int


class VersionRecord(BaseModel):
    """One saved version of the email, with what caused it and how it fared."""

    model_config = ConfigDict(frozen=True)

    id: int
    case_id: int
    parent_id: int | None
    kind: VersionKind
    label: str | None
    draft: Draft
    model: str | None
    tokens: int | None
    cost: float | None
    notes: str | None
    changes: list[dict[str, Any]]
    passed: bool
    created_at: dt.datetime


# --------------------------------------------------------------------------------------------
# Schema and migrations

V1_SCHEMA: tuple[str, ...] = (
    """CREATE TABLE cases (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        title TEXT NOT NULL,
        case_json TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    """CREATE TABLE versions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        parent_id INTEGER REFERENCES versions(id) ON DELETE SET NULL,
        kind TEXT NOT NULL CHECK (kind IN ('draft', 'refined', 'revised', 'edited', 'imported')),
        label TEXT,
        draft_json TEXT NOT NULL,
        model TEXT,
        tokens INTEGER,
        cost REAL,
        notes TEXT,
        created_at TEXT NOT NULL
    )""",
    "CREATE INDEX versions_by_case ON versions(case_id, id)",
)


def _v1_tables(conn: sqlite3.Connection) -> None:
    for statement in V1_SCHEMA:
        conn.execute(statement)


def _draft_passed(draft_json: str) -> bool:
    """Whether every check stored with a draft passed (what `Draft.passed` says), from raw JSON."""
    try:
        checks = json.loads(draft_json).get("checks") or []
        return all(bool(check.get("passed")) for check in checks)
    except (ValueError, AttributeError, TypeError):
        return False


def _v2_changes_passed_and_order(conn: sqlite3.Connection) -> None:
    # The accepted changes that caused a version, and whether it passed every check (for listings
    # without parsing each draft); an index for "most recently updated first" and for parent links.
    conn.execute("ALTER TABLE versions ADD COLUMN changes_json TEXT NOT NULL DEFAULT '[]'")
    conn.execute("ALTER TABLE versions ADD COLUMN passed INTEGER NOT NULL DEFAULT 0")
    rows = conn.execute("SELECT id, draft_json FROM versions").fetchall()
    conn.executemany("UPDATE versions SET passed = ? WHERE id = ?",
                     [(int(_draft_passed(row[1])), row[0]) for row in rows])
    conn.execute("CREATE INDEX cases_by_updated ON cases(updated_at)")
    conn.execute("CREATE INDEX versions_by_parent ON versions(parent_id)")


def _v3_scratch(conn: sqlite3.Connection) -> None:
    # What a browser tab had typed but not drafted yet (the form, the pasted notes), keyed by the
    # tab's session id, so a reload or a closed browser loses nothing.
    conn.execute("CREATE TABLE scratch (key TEXT PRIMARY KEY, data_json TEXT NOT NULL, updated_at TEXT NOT NULL)")


Migration = Callable[[sqlite3.Connection], None]
# MIGRATIONS[n] takes a database from user_version n to n + 1. Append only.
MIGRATIONS: tuple[Migration, ...] = (_v1_tables, _v2_changes_passed_and_order, _v3_scratch)
SCHEMA_VERSION = len(MIGRATIONS)


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    """Bring the database up to SCHEMA_VERSION, one transaction per step. Safe when several
    processes open the same new file at once: the version is read again under the write lock."""
    while True:
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"The database {path} was written by a newer promo-ai (schema version {version}; "
                    f"this one understands up to {SCHEMA_VERSION}).",
                    hint="Upgrade promo-ai (pip install -U promo-ai), or set PROMO_AI_HOME to another folder.",
                )
            if version == SCHEMA_VERSION:
                conn.execute("COMMIT")
                return
            MIGRATIONS[version](conn)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            _rollback(conn)
            raise


def _rollback(conn: sqlite3.Connection) -> None:
    if conn.in_transaction:
        # If even this fails the connection is broken; SQLite rolls back when it is closed.
        with suppress(sqlite3.Error):
            conn.execute("ROLLBACK")


# --------------------------------------------------------------------------------------------
# Helpers


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _stamp(moment: dt.datetime) -> str:
    # Fixed width (microseconds, +00:00), so text order is time order.
    return moment.astimezone(dt.UTC).isoformat(timespec="microseconds")


def _parse_stamp(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def default_title(case: Case) -> str:
    return _clip_title(f"{case.name} → {case.target_title}")


def _clip_title(title: str) -> str:
    title = " ".join(title.split())
    return title if len(title) <= MAX_LINE else title[: MAX_LINE - 1].rstrip() + "…"


def _changes_data(changes: Sequence[Mapping[str, Any] | BaseModel] | None) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for item in changes or []:
        items.append(item.model_dump(mode="json") if isinstance(item, BaseModel) else dict(item))
    return items


def _describe(exc: sqlite3.Error) -> str:
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


class Store:
    """Cases and their versions in SQLite. Use as a context manager or call `close()`."""

    def __init__(self, path: Path | str | None = None, *, timeout: float = DEFAULT_TIMEOUT) -> None:
        self.path = Path(path) if path is not None else Settings().db_path
        self.timeout = timeout
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"Cannot create the folder {self.path.parent} for the database: "
                             f"{exc.strerror or exc}.",
                             hint="Set PROMO_AI_HOME to a folder you can write to.") from None
        with self._errors("opening the database"):
            conn = sqlite3.connect(self.path, timeout=timeout, isolation_level=None, check_same_thread=False)
            try:
                conn.row_factory = sqlite3.Row
                conn.execute(f"PRAGMA busy_timeout = {max(0, int(timeout * 1000))}")
                conn.execute("PRAGMA foreign_keys = ON")
                self._use_wal(conn)
                conn.execute("PRAGMA synchronous = FULL")  # a committed version survives a power cut too
                _migrate(conn, self.path)
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
                if _describe(exc) != "busy" or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    # -- plumbing ------------------------------------------------------------------------------

    @contextmanager
    def _errors(self, action: str) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as exc:
            raise self._store_error(exc, action) from None

    def _store_error(self, exc: sqlite3.Error, action: str) -> StoreError:
        path = self.path
        kind = _describe(exc)
        if kind == "busy":
            return StoreError(
                f"The database {path} stayed busy for more than {self.timeout:g} s while {action}: "
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

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise StoreError(f"The store for {self.path} is closed.", hint="Open a new Store.")
        return self._conn

    @contextmanager
    def _transaction(self, action: str, *, write: bool) -> Iterator[sqlite3.Connection]:
        """One transaction: IMMEDIATE for writes (take the write lock up front, wait for it up to
        the timeout), deferred for reads (one consistent snapshot across several queries)."""
        with self._lock, self._errors(action):
            conn = self._connection()
            conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                _rollback(conn)
                raise

    def _case_row(self, conn: sqlite3.Connection, case_id: int) -> sqlite3.Row:
        row = conn.execute("SELECT * FROM cases WHERE id = ?", (case_id,)).fetchone()
        if row is None:
            raise StoreError(f"No case #{case_id} in {self.path}; it may have been deleted in another window.",
                             hint="Pick a case from the list of saved cases.")
        return row

    def _next_stamp(self, conn: sqlite3.Connection) -> str:
        """Now, but strictly after every stamp already written, so "most recently updated" is the
        order of the writes even when two land in the same microsecond or the clock steps back.
        Called under the write lock."""
        now = _now()
        latest = conn.execute("SELECT max(updated_at) FROM cases").fetchone()[0]
        if latest is not None:
            floor = _parse_stamp(latest) + dt.timedelta(microseconds=1)
            now = max(now, floor)
        return _stamp(now)

    def _case_record(self, row: sqlite3.Row, version_count: int) -> CaseRecord:
        return CaseRecord(id=row["id"], title=row["title"], created_at=_parse_stamp(row["created_at"]),
                          updated_at=_parse_stamp(row["updated_at"]), version_count=version_count)

    def _version_record(self, row: sqlite3.Row) -> VersionRecord:
        try:
            draft = Draft.model_validate_json(row["draft_json"])
            changes = json.loads(row["changes_json"])
            return VersionRecord(
                id=row["id"], case_id=row["case_id"], parent_id=row["parent_id"], kind=row["kind"],
                label=row["label"], draft=draft, model=row["model"], tokens=row["tokens"], cost=row["cost"],
                notes=row["notes"], changes=changes, passed=bool(row["passed"]),
                created_at=_parse_stamp(row["created_at"]),
            )
        except (ValidationError, ValueError) as exc:
            raise StoreError(f"Version #{row['id']} in {self.path} could not be read ({exc}).",
                             hint="It may have been written by another version of promo-ai; "
                                  "upgrade promo-ai or open another version.") from None

    def _count_versions(self, conn: sqlite3.Connection, case_id: int) -> int:
        return int(conn.execute("SELECT count(*) FROM versions WHERE case_id = ?", (case_id,)).fetchone()[0])

    # -- cases ---------------------------------------------------------------------------------

    def create_case(self, case: Case, title: str | None = None) -> CaseRecord:
        """Save a new case (no versions yet). The title defaults to '<name> → <target title>'."""
        title = self._clean_title(title) if title is not None else default_title(case)
        case_json = case.model_dump_json()
        with self._transaction("saving a new case", write=True) as conn:
            stamp = self._next_stamp(conn)
            cursor = conn.execute(
                "INSERT INTO cases (title, case_json, created_at, updated_at) VALUES (?, ?, ?, ?)",
                (title, case_json, stamp, stamp),
            )
            row = self._case_row(conn, int(cursor.lastrowid or 0))
        return self._case_record(row, 0)

    def update_case(self, case_id: int, case: Case) -> CaseRecord:
        """Replace the case's content. A title still at its default follows the new name and target."""
        with self._transaction(f"saving case #{case_id}", write=True) as conn:
            self._write_case(conn, case_id, case, self._next_stamp(conn))
            row = self._case_row(conn, case_id)
            count = self._count_versions(conn, case_id)
        return self._case_record(row, count)

    def _write_case(self, conn: sqlite3.Connection, case_id: int, case: Case, stamp: str) -> None:
        row = self._case_row(conn, case_id)
        title = row["title"]
        try:
            if title == default_title(Case.model_validate_json(row["case_json"])):
                title = default_title(case)
        except ValidationError:
            pass  # the old case no longer validates: keep the title as it is
        conn.execute("UPDATE cases SET case_json = ?, title = ?, updated_at = ? WHERE id = ?",
                     (case.model_dump_json(), title, stamp, case_id))

    def get_case(self, case_id: int) -> Case:
        with self._transaction(f"reading case #{case_id}", write=False) as conn:
            row = self._case_row(conn, case_id)
        try:
            return Case.model_validate_json(row["case_json"])
        except ValidationError as exc:
            raise StoreError(f"Case #{case_id} in {self.path} could not be read ({exc}).",
                             hint="It may have been written by another version of promo-ai.") from None

    def case_record(self, case_id: int) -> CaseRecord:
        with self._transaction(f"reading case #{case_id}", write=False) as conn:
            row = self._case_row(conn, case_id)
            count = self._count_versions(conn, case_id)
        return self._case_record(row, count)

    def cases(self) -> list[CaseRecord]:
        """Every case, most recently updated first."""
        with self._transaction("listing the cases", write=False) as conn:
            rows = conn.execute(
                "SELECT c.*, (SELECT count(*) FROM versions v WHERE v.case_id = c.id) AS version_count "
                "FROM cases c ORDER BY c.updated_at DESC, c.id DESC"
            ).fetchall()
        return [self._case_record(row, row["version_count"]) for row in rows]

    def last_case(self) -> CaseRecord | None:
        """The case worked on most recently (what the page reopens), or None when there is none."""
        with self._transaction("finding the last case", write=False) as conn:
            row = conn.execute(
                "SELECT c.*, (SELECT count(*) FROM versions v WHERE v.case_id = c.id) AS version_count "
                "FROM cases c ORDER BY c.updated_at DESC, c.id DESC LIMIT 1"
            ).fetchone()
        return None if row is None else self._case_record(row, row["version_count"])

    def _clean_title(self, title: str) -> str:
        cleaned = " ".join(title.split())
        if not cleaned:
            raise StoreError("A case title cannot be empty.", hint="Type a name for the case.")
        if len(cleaned) > MAX_LINE:
            raise StoreError(f"A case title can have at most {MAX_LINE} characters.", hint="Shorten it.")
        return cleaned

    def save_scratch(self, key: str, data: dict[str, Any]) -> None:
        """Keep unsaved work (a tab's form and notes) under `key`; JSON-ready data only."""
        payload = json.dumps(data, ensure_ascii=False, default=str)
        with self._transaction("saving unsaved work", write=True) as conn:
            conn.execute("INSERT INTO scratch (key, data_json, updated_at) VALUES (?, ?, ?) "
                         "ON CONFLICT(key) DO UPDATE SET data_json = excluded.data_json, "
                         "updated_at = excluded.updated_at", (key, payload, _stamp(_now())))

    def scratch(self, key: str) -> dict[str, Any] | None:
        with self._transaction("reading unsaved work", write=False) as conn:
            row = conn.execute("SELECT data_json FROM scratch WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        try:
            data = json.loads(row[0])
        except ValueError:
            return None
        return data if isinstance(data, dict) else None

    def rename_case(self, case_id: int, title: str) -> CaseRecord:
        title = self._clean_title(title)
        with self._transaction(f"renaming case #{case_id}", write=True) as conn:
            self._case_row(conn, case_id)
            conn.execute("UPDATE cases SET title = ?, updated_at = ? WHERE id = ?",
                         (title, self._next_stamp(conn), case_id))
            row = self._case_row(conn, case_id)
            count = self._count_versions(conn, case_id)
        return self._case_record(row, count)

    def duplicate_case(self, case_id: int) -> CaseRecord:
        """A copy of the case and all its versions; the copies' parent links point to the copies."""
        with self._transaction(f"duplicating case #{case_id}", write=True) as conn:
            source = self._case_row(conn, case_id)
            stamp = self._next_stamp(conn)
            cursor = conn.execute(
                "INSERT INTO cases (title, case_json, created_at, updated_at) VALUES (?, ?, ?, ?)",
                (_clip_title(f"{source['title']} (copy)"), source["case_json"], stamp, stamp),
            )
            new_case_id = int(cursor.lastrowid or 0)
            new_ids: dict[int, int] = {}
            versions = conn.execute("SELECT * FROM versions WHERE case_id = ? ORDER BY id", (case_id,)).fetchall()
            for version in versions:
                parent = version["parent_id"]
                cursor = conn.execute(
                    "INSERT INTO versions (case_id, parent_id, kind, label, draft_json, model, tokens, cost, "
                    "notes, changes_json, passed, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (new_case_id, new_ids.get(parent) if parent is not None else None, version["kind"],
                     version["label"], version["draft_json"], version["model"], version["tokens"],
                     version["cost"], version["notes"], version["changes_json"], version["passed"],
                     version["created_at"]),
                )
                new_ids[version["id"]] = int(cursor.lastrowid or 0)
            row = self._case_row(conn, new_case_id)
        return self._case_record(row, len(versions))

    def delete_case(self, case_id: int) -> None:
        """Delete the case and all its versions, for good (the page asks first)."""
        with self._transaction(f"deleting case #{case_id}", write=True) as conn:
            if conn.execute("DELETE FROM cases WHERE id = ?", (case_id,)).rowcount == 0:
                self._case_row(conn, case_id)  # raises "No case #N"

    # -- versions ------------------------------------------------------------------------------

    def add_version(
        self,
        case_id: int,
        draft: Draft,
        *,
        kind: VersionKind,
        parent_id: int | None = None,
        label: str | None = None,
        changes: Sequence[Mapping[str, Any] | BaseModel] | None = None,
    ) -> VersionRecord:
        """Save a version of the email; the case takes the draft's case and moves to the top."""
        if kind not in KINDS:
            raise StoreError(f"Unknown kind of version {kind!r}; use one of: {', '.join(KINDS)}.")
        try:
            changes_json = json.dumps(_changes_data(changes), ensure_ascii=False)
        except (TypeError, ValueError) as exc:
            raise StoreError(f"The changes of this version cannot be saved as JSON ({exc}).") from None
        draft_json = draft.model_dump_json()
        passed = draft.passed
        with self._transaction(f"saving a version of case #{case_id}", write=True) as conn:
            self._case_row(conn, case_id)
            if parent_id is not None:
                parent = conn.execute("SELECT case_id FROM versions WHERE id = ?", (parent_id,)).fetchone()
                if parent is None or parent["case_id"] != case_id:
                    raise StoreError(f"No version #{parent_id} in case #{case_id} to build on.",
                                     hint="Open the case again and pick one of its versions.")
            if label is None:
                label = f"v{self._count_versions(conn, case_id) + 1} {kind}"
            stamp = self._next_stamp(conn)
            cursor = conn.execute(
                "INSERT INTO versions (case_id, parent_id, kind, label, draft_json, model, tokens, cost, notes, "
                "changes_json, passed, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (case_id, parent_id, kind, label, draft_json, draft.model, draft.tokens, draft.cost, draft.notes,
                 changes_json, int(passed), stamp),
            )
            version_id = int(cursor.lastrowid or 0)
            self._write_case(conn, case_id, draft.case, stamp)
            row = conn.execute("SELECT * FROM versions WHERE id = ?", (version_id,)).fetchone()
        return self._version_record(row)

    def versions(self, case_id: int) -> list[VersionRecord]:
        """Every version of the case, oldest first."""
        with self._transaction(f"reading the versions of case #{case_id}", write=False) as conn:
            self._case_row(conn, case_id)
            rows = conn.execute("SELECT * FROM versions WHERE case_id = ? ORDER BY id", (case_id,)).fetchall()
        return [self._version_record(row) for row in rows]

    def version(self, version_id: int) -> VersionRecord:
        with self._transaction(f"reading version #{version_id}", write=False) as conn:
            row = conn.execute("SELECT * FROM versions WHERE id = ?", (version_id,)).fetchone()
        if row is None:
            raise StoreError(f"No version #{version_id} in {self.path}; it may have been deleted with its case.",
                             hint="Pick a version from the case's history.")
        return self._version_record(row)

    def latest_version(self, case_id: int) -> VersionRecord | None:
        """The newest version of the case, or None when it has none yet."""
        with self._transaction(f"reading the latest version of case #{case_id}", write=False) as conn:
            self._case_row(conn, case_id)
            row = conn.execute("SELECT * FROM versions WHERE case_id = ? ORDER BY id DESC LIMIT 1",
                               (case_id,)).fetchone()
        return None if row is None else self._version_record(row)

    # -- upkeep --------------------------------------------------------------------------------

    def integrity_check(self) -> list[str]:
        """SQLite's own check of the file and of the foreign keys; an empty list means all is well."""
        with self._lock, self._errors("checking the database"):
            conn = self._connection()
            problems = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
            problems = [p for p in problems if p != "ok"]
            problems += [f"row #{row[1]} of {row[0]} points to a missing row of {row[2]}"
                         for row in conn.execute("PRAGMA foreign_key_check").fetchall()]
        return problems

    def schema_version(self) -> int:
        with self._lock, self._errors("reading the schema version"):
            return int(self._connection().execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        with self._lock:
            conn, self._conn = self._conn, None
            if conn is not None:
                with self._errors("closing the database"):
                    conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
