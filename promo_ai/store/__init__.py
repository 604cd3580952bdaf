"""The store: every case and every version of its email, in one SQLite file under PROMO_AI_HOME.

Nothing is lost on a page reload, a closed browser or a killed process: each write is one
transaction (`BEGIN IMMEDIATE`, so writers queue instead of failing half-way), the journal is a
write-ahead log, and a version is committed before the page shows it.

One `Store` holds one connection, guarded by a lock, so a Store may be shared by threads (Streamlit
runs each session in its own thread). Several Stores, in as many threads or processes, may use the
same file at once: SQLite serialises their writes and `busy_timeout` makes them wait their turn.

- `schema`: the migrations, registered by name and recorded by name in the database.
- `database`: the connection, its settings and transactions; sqlite3 errors as StoreErrors.
- `records`: `CaseRecord`, `VersionRecord` and the rows they are read from.

Every sqlite3 error leaves this package as a `StoreError` whose message says what to do.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from promo_ai.case import Case
from promo_ai.draft import Draft
from promo_ai.errors import StoreError
from promo_ai.settings import Settings
from promo_ai.store.database import Database
from promo_ai.store.records import (
    KINDS,
    CaseRecord,
    VersionKind,
    VersionRecord,
    case_of,
    case_record,
    changes_json,
    clean_title,
    clip_title,
    default_title,
    parse_stamp,
    stamp,
    version_record,
)
from promo_ai.store.schema import MIGRATIONS, SCHEMA_VERSION, V1_SCHEMA, migration

__all__ = [
    "DEFAULT_TIMEOUT", "KINDS", "MIGRATIONS", "SCHEMA_VERSION", "V1_SCHEMA", "CaseRecord", "Store", "VersionKind",
    "VersionRecord", "default_title", "migration",
]

DEFAULT_TIMEOUT = 5.0  # seconds a write waits for another writer before giving up

_CASES_WITH_COUNTS = ("SELECT c.*, (SELECT count(*) FROM versions v WHERE v.case_id = c.id) AS version_count "
                      "FROM cases c ORDER BY c.updated_at DESC, c.id DESC")
_INSERT_VERSION = ("INSERT INTO versions (case_id, parent_id, kind, label, draft_json, model, tokens, cost, notes, "
                   "changes_json, passed, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Store:
    """Cases and their versions in SQLite. Use as a context manager or call `close()`."""

    def __init__(self, path: Path | str | None = None, *, timeout: float = DEFAULT_TIMEOUT) -> None:
        self.path = Path(path) if path is not None else Settings().db_path
        self.timeout = timeout
        self._db = Database(self.path, timeout)
        self._transaction = self._db.transaction

    # -- plumbing ------------------------------------------------------------------------------

    def _case_row(self, conn: sqlite3.Connection, case_id: int) -> sqlite3.Row:
        row = conn.execute("SELECT * FROM cases WHERE id = ?", (case_id,)).fetchone()
        if row is None:
            raise StoreError(f"No case #{case_id} in {self.path}; it may have been deleted in another window.",
                             hint="Pick a case from the list of saved cases.")
        return row

    def _case_with_count(self, conn: sqlite3.Connection, case_id: int) -> CaseRecord:
        return case_record(self._case_row(conn, case_id), self._count_versions(conn, case_id))

    def _next_stamp(self, conn: sqlite3.Connection) -> str:
        """Now, but strictly after every stamp already written, so "most recently updated" is the
        order of the writes even when two land in the same microsecond or the clock steps back.
        Called under the write lock."""
        now = _now()
        latest = conn.execute("SELECT max(updated_at) FROM cases").fetchone()[0]
        if latest is not None:
            now = max(now, parse_stamp(latest) + dt.timedelta(microseconds=1))
        return stamp(now)

    def _count_versions(self, conn: sqlite3.Connection, case_id: int) -> int:
        return int(conn.execute("SELECT count(*) FROM versions WHERE case_id = ?", (case_id,)).fetchone()[0])

    def _version_record(self, row: sqlite3.Row) -> VersionRecord:
        return version_record(row, self.path)

    # -- cases ---------------------------------------------------------------------------------

    def create_case(self, case: Case, title: str | None = None) -> CaseRecord:
        """Save a new case (no versions yet). The title defaults to '<name> → <target title>'."""
        title = clean_title(title) if title is not None else default_title(case)
        case_json = case.model_dump_json()
        with self._transaction("saving a new case", write=True) as conn:
            now = self._next_stamp(conn)
            cursor = conn.execute("INSERT INTO cases (title, case_json, created_at, updated_at) VALUES (?, ?, ?, ?)",
                                  (title, case_json, now, now))
            row = self._case_row(conn, int(cursor.lastrowid or 0))
        return case_record(row, 0)

    def update_case(self, case_id: int, case: Case) -> CaseRecord:
        """Replace the case's content. A title still at its default follows the new name and target."""
        with self._transaction(f"saving case #{case_id}", write=True) as conn:
            self._write_case(conn, case_id, case, self._next_stamp(conn))
            return self._case_with_count(conn, case_id)

    def _write_case(self, conn: sqlite3.Connection, case_id: int, case: Case, now: str) -> None:
        row = self._case_row(conn, case_id)
        title = row["title"]
        try:
            if title == default_title(Case.model_validate_json(row["case_json"])):
                title = default_title(case)
        except ValidationError:
            pass  # the old case no longer validates: keep the title as it is
        conn.execute("UPDATE cases SET case_json = ?, title = ?, updated_at = ? WHERE id = ?",
                     (case.model_dump_json(), title, now, case_id))

    def get_case(self, case_id: int) -> Case:
        with self._transaction(f"reading case #{case_id}", write=False) as conn:
            row = self._case_row(conn, case_id)
        return case_of(row, self.path)

    def case_record(self, case_id: int) -> CaseRecord:
        with self._transaction(f"reading case #{case_id}", write=False) as conn:
            return self._case_with_count(conn, case_id)

    def cases(self) -> list[CaseRecord]:
        """Every case, most recently updated first."""
        with self._transaction("listing the cases", write=False) as conn:
            rows = conn.execute(_CASES_WITH_COUNTS).fetchall()
        return [case_record(row, row["version_count"]) for row in rows]

    def last_case(self) -> CaseRecord | None:
        """The case worked on most recently (what the page reopens), or None when there is none."""
        with self._transaction("finding the last case", write=False) as conn:
            row = conn.execute(_CASES_WITH_COUNTS + " LIMIT 1").fetchone()
        return None if row is None else case_record(row, row["version_count"])

    def save_scratch(self, key: str, data: dict[str, Any]) -> None:
        """Keep unsaved work (a tab's form and notes) under `key`; JSON-ready data only."""
        payload = json.dumps(data, ensure_ascii=False, default=str)
        with self._transaction("saving unsaved work", write=True) as conn:
            conn.execute("INSERT INTO scratch (key, data_json, updated_at) VALUES (?, ?, ?) "
                         "ON CONFLICT(key) DO UPDATE SET data_json = excluded.data_json, "
                         "updated_at = excluded.updated_at", (key, payload, stamp(_now())))

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
        title = clean_title(title)
        with self._transaction(f"renaming case #{case_id}", write=True) as conn:
            self._case_row(conn, case_id)
            conn.execute("UPDATE cases SET title = ?, updated_at = ? WHERE id = ?",
                         (title, self._next_stamp(conn), case_id))
            return self._case_with_count(conn, case_id)

    def duplicate_case(self, case_id: int) -> CaseRecord:
        """A copy of the case and all its versions; the copies' parent links point to the copies."""
        with self._transaction(f"duplicating case #{case_id}", write=True) as conn:
            source = self._case_row(conn, case_id)
            now = self._next_stamp(conn)
            cursor = conn.execute("INSERT INTO cases (title, case_json, created_at, updated_at) VALUES (?, ?, ?, ?)",
                                  (clip_title(f"{source['title']} (copy)"), source["case_json"], now, now))
            new_case_id = int(cursor.lastrowid or 0)
            new_ids: dict[int, int] = {}
            versions = conn.execute("SELECT * FROM versions WHERE case_id = ? ORDER BY id", (case_id,)).fetchall()
            for version in versions:
                parent = version["parent_id"]
                cursor = conn.execute(_INSERT_VERSION, (
                    new_case_id, new_ids.get(parent) if parent is not None else None, version["kind"],
                    version["label"], version["draft_json"], version["model"], version["tokens"], version["cost"],
                    version["notes"], version["changes_json"], version["passed"], version["created_at"]))
                new_ids[version["id"]] = int(cursor.lastrowid or 0)
            return case_record(self._case_row(conn, new_case_id), len(versions))

    def delete_case(self, case_id: int) -> None:
        """Delete the case and all its versions, for good (the page asks first)."""
        with self._transaction(f"deleting case #{case_id}", write=True) as conn:
            if conn.execute("DELETE FROM cases WHERE id = ?", (case_id,)).rowcount == 0:
                self._case_row(conn, case_id)  # raises "No case #N"

    def discard_version(self, version_id: int) -> None:
        """Take back a version that was never delivered (its file could not be written); a case left with
        no version goes too. The case's content returns to its latest remaining version's case."""
        with self._transaction(f"discarding version #{version_id}", write=True) as conn:
            row = conn.execute("SELECT case_id FROM versions WHERE id = ?", (version_id,)).fetchone()
            if row is None:
                return
            case_id = row["case_id"]
            conn.execute("DELETE FROM versions WHERE id = ?", (version_id,))
            latest = conn.execute("SELECT draft_json FROM versions WHERE case_id = ? ORDER BY id DESC LIMIT 1",
                                  (case_id,)).fetchone()
            if latest is None:
                conn.execute("DELETE FROM cases WHERE id = ?", (case_id,))
            else:
                case_json = Draft.model_validate_json(latest["draft_json"]).case.model_dump_json()
                conn.execute("UPDATE cases SET case_json = ? WHERE id = ?", (case_json, case_id))

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
        changes_text = changes_json(changes)
        draft_json = draft.model_dump_json()
        with self._transaction(f"saving a version of case #{case_id}", write=True) as conn:
            self._case_row(conn, case_id)
            if parent_id is not None:
                parent = conn.execute("SELECT case_id FROM versions WHERE id = ?", (parent_id,)).fetchone()
                if parent is None or parent["case_id"] != case_id:
                    raise StoreError(f"No version #{parent_id} in case #{case_id} to build on.",
                                     hint="Open the case again and pick one of its versions.")
            if label is None:
                label = f"v{self._count_versions(conn, case_id) + 1} {kind}"
            now = self._next_stamp(conn)
            cursor = conn.execute(_INSERT_VERSION, (
                case_id, parent_id, kind, label, draft_json, draft.model, draft.tokens, draft.cost, draft.notes,
                changes_text, int(draft.passed), now))
            self._write_case(conn, case_id, draft.case, now)
            row = conn.execute("SELECT * FROM versions WHERE id = ?", (cursor.lastrowid,)).fetchone()
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
        return self._db.integrity_check()

    def schema_version(self) -> int:
        """PRAGMA user_version: how many migrations have run (the names are in the database)."""
        return self._db.user_version()

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
