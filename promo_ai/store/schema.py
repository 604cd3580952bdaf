"""The schema: migrations registered by name and recorded by name.

Each migration is a function decorated with `@migration`; its name is its identity. Opening a
database applies, in the order they are defined here, the migrations whose names are not yet in
the `_promo_ai_migrations` table, and records each name with the time it ran. A released migration
is never edited or renamed: a change to the schema is a new function at the end.

Releases before named migrations counted steps in `PRAGMA user_version` instead. A database they
wrote (user_version 1, 2 or 3, no table of names) is adopted: the first user_version names of
`_BY_USER_VERSION` are recorded as applied, then the rest run as usual. The user_version is still
kept equal to the number of migrations applied, so those older releases refuse a database that
has moved past them instead of misreading it.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from promo_ai.errors import StoreError

Migration = Callable[[sqlite3.Connection], None]

# Every migration, by name, in the order they run. Filled by @migration below; append only.
MIGRATIONS: dict[str, Migration] = {}
TABLE = "_promo_ai_migrations"


def migration(fn: Migration) -> Migration:
    """Register `fn` as the migration named after it (llm and sqlite-migrate do the same)."""
    if fn.__name__ in MIGRATIONS:
        raise ValueError(f"A migration named {fn.__name__!r} is already registered.")
    MIGRATIONS[fn.__name__] = fn
    return fn


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


@migration
def m001_cases_and_versions(conn: sqlite3.Connection) -> None:
    for statement in V1_SCHEMA:
        conn.execute(statement)


def _draft_passed(draft_json: str) -> bool:
    """Whether every check stored with a draft passed (what `Draft.passed` says), from raw JSON."""
    try:
        checks = json.loads(draft_json).get("checks") or []
        return all(bool(check.get("passed")) for check in checks)
    except (ValueError, AttributeError, TypeError):
        return False


@migration
def m002_changes_passed_and_order(conn: sqlite3.Connection) -> None:
    # The accepted changes that caused a version, and whether it passed every check (for listings
    # without parsing each draft); an index for "most recently updated first" and for parent links.
    conn.execute("ALTER TABLE versions ADD COLUMN changes_json TEXT NOT NULL DEFAULT '[]'")
    conn.execute("ALTER TABLE versions ADD COLUMN passed INTEGER NOT NULL DEFAULT 0")
    rows = conn.execute("SELECT id, draft_json FROM versions").fetchall()
    conn.executemany("UPDATE versions SET passed = ? WHERE id = ?",
                     [(int(_draft_passed(row[1])), row[0]) for row in rows])
    conn.execute("CREATE INDEX cases_by_updated ON cases(updated_at)")
    conn.execute("CREATE INDEX versions_by_parent ON versions(parent_id)")


@migration
def m003_scratch(conn: sqlite3.Connection) -> None:
    # What a browser tab had typed but not drafted yet (the form, the pasted notes), keyed by the
    # tab's session id, so a reload or a closed browser loses nothing.
    conn.execute("CREATE TABLE scratch (key TEXT PRIMARY KEY, data_json TEXT NOT NULL, updated_at TEXT NOT NULL)")


# What user_version 1, 2 and 3 meant before migrations had names. Frozen: never edit.
_BY_USER_VERSION: tuple[str, ...] = ("m001_cases_and_versions", "m002_changes_passed_and_order", "m003_scratch")
SCHEMA_VERSION = len(MIGRATIONS)  # what user_version reads once every migration here has run


def _newer(path: Path, what: str) -> StoreError:
    return StoreError(
        f"The database {path} was written by a newer promo-ai ({what}; this one knows {len(MIGRATIONS)} "
        "migrations).",
        hint="Upgrade promo-ai (pip install -U promo-ai), or set PROMO_AI_HOME to another folder.",
    )


def _applied(conn: sqlite3.Connection, path: Path) -> list[str]:
    """The names of the migrations already applied, adopting a database numbered by user_version.
    Called inside the write transaction, so two openers never both adopt or apply."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    has_table = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE,)).fetchone()
    if has_table:
        names = [row[0] for row in conn.execute(f"SELECT name FROM {TABLE} ORDER BY rowid")]
    elif version > len(_BY_USER_VERSION):
        raise _newer(path, f"schema version {version}")
    else:
        conn.execute(f"CREATE TABLE {TABLE} (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        names = list(_BY_USER_VERSION[:version])
        conn.executemany(f"INSERT INTO {TABLE} (name, applied_at) VALUES (?, ?)",
                         [(name, "before named migrations") for name in names])
    unknown = [name for name in names if name not in MIGRATIONS]
    if unknown:
        raise _newer(path, "migrations " + ", ".join(unknown))
    if version > len(names):
        raise _newer(path, f"schema version {version}")
    return names


def migrate(conn: sqlite3.Connection, path: Path) -> list[str]:
    """Apply every registered migration not yet recorded, in one transaction (all or nothing).
    Safe when several processes open the same new file at once: the names are read under the
    write lock. Returns the names applied now."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        done = _applied(conn, path)
        pending = [name for name in MIGRATIONS if name not in done]
        stamp = dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
        for name in pending:
            MIGRATIONS[name](conn)
            conn.execute(f"INSERT INTO {TABLE} (name, applied_at) VALUES (?, ?)", (name, stamp))
        if pending:
            conn.execute(f"PRAGMA user_version = {len(done) + len(pending)}")
        conn.execute("COMMIT")
    except BaseException:
        rollback(conn)
        raise
    return pending


def rollback(conn: sqlite3.Connection) -> None:
    if conn.in_transaction:
        # If even this fails the connection is broken; SQLite rolls back when it is closed.
        with suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
