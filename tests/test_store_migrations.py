"""The store's migrations: registered by name, recorded by name, and every database written before
names (PRAGMA user_version 1, 2 or 3) opened and brought up to date with nothing lost."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from pathlib import Path

import pytest

from promo_ai.errors import StoreError
from promo_ai.store import SCHEMA_VERSION, V1_SCHEMA, Store, schema
from tests.test_store import make_case, make_draft

# The schema as each release numbered by user_version left it, frozen here: a database written by
# one of them must keep opening. Step n took user_version n - 1 to n.
V1_DDL = """
CREATE TABLE cases (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL,
    case_json TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE versions (
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
);
CREATE INDEX versions_by_case ON versions(case_id, id);
"""
V2_DDL = """
ALTER TABLE versions ADD COLUMN changes_json TEXT NOT NULL DEFAULT '[]';
ALTER TABLE versions ADD COLUMN passed INTEGER NOT NULL DEFAULT 0;
CREATE INDEX cases_by_updated ON cases(updated_at);
CREATE INDEX versions_by_parent ON versions(parent_id);
"""
V3_DDL = "CREATE TABLE scratch (key TEXT PRIMARY KEY, data_json TEXT NOT NULL, updated_at TEXT NOT NULL);"
LEGACY_STEPS = (V1_DDL, V2_DDL, V3_DDL)
NAMES = ["m001_cases_and_versions", "m002_changes_passed_and_order", "m003_scratch"]
STAMP = "2026-10-01T08:00:00.000000+00:00"


def norm(sql: str) -> str:
    return " ".join(sql.replace("(", " ( ").replace(")", " ) ").split())


def legacy_database(path: Path, user_version: int) -> None:
    """A database as the release numbered `user_version` wrote it, with a case and two versions
    (the second failing its checks) and, from v3, a tab's unsaved work."""
    case = make_case()
    good = make_draft(case, "I also ran the good-practice review.")
    bad = make_draft(case, "bad")
    bad = bad.model_copy(update={"checks": [*bad.checks[:-1], bad.checks[-1].model_copy(update={"passed": False})]})
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA journal_mode = WAL")
    for step in LEGACY_STEPS[:user_version]:
        raw.executescript(step)
    raw.execute(f"PRAGMA user_version = {user_version}")
    raw.execute("INSERT INTO cases VALUES (1, 'Old case', ?, ?, ?)", (case.model_dump_json(), STAMP, STAMP))
    columns = "id, case_id, parent_id, kind, label, draft_json, model, tokens, cost, notes, created_at"
    rows = [(1, 1, None, "draft", "first", good.model_dump_json(), "offline", None, None, None, STAMP),
            (2, 1, 1, "refined", "second", bad.model_dump_json(), "gpt-4o-mini", 900, 0.01, None, STAMP)]
    if user_version >= 2:  # the release computed `passed` and kept the accepted changes
        columns += ", changes_json, passed"
        rows = [(*rows[0], "[]", 1), (*rows[1], '[{"title": "Lead"}]', 0)]
    raw.executemany(f"INSERT INTO versions ({columns}) VALUES ({', '.join('?' * len(rows[0]))})", rows)
    if user_version >= 3:
        raw.execute("INSERT INTO scratch VALUES ('tab-1', '{\"notes\": \"title: Lead\"}', ?)", (STAMP,))
    raw.commit()
    raw.close()


def recorded(path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(path) as raw:
        return raw.execute("SELECT name, applied_at FROM _promo_ai_migrations ORDER BY rowid").fetchall()


def schema_of(path: Path) -> list[tuple[str, str, str]]:
    with sqlite3.connect(path) as raw:
        rows = raw.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name")
        return [(kind, name, norm(sql)) for kind, name, sql in rows]


def test_v1_snapshot_matches_the_first_migration() -> None:
    frozen = [norm(s) for s in V1_DDL.split(";") if s.strip()]
    assert frozen == [norm(s) for s in V1_SCHEMA]


def test_migrations_are_registered_and_recorded_by_name(tmp_path: Path) -> None:
    assert list(schema.MIGRATIONS) == NAMES and SCHEMA_VERSION == 3
    path = tmp_path / "fresh.sqlite3"
    with Store(path) as store:
        assert store.schema_version() == 3
    names = recorded(path)
    assert [name for name, _ in names] == NAMES
    assert all(dt.datetime.fromisoformat(applied).tzinfo is not None for _, applied in names)
    Store(path).close()
    assert recorded(path) == names  # nothing runs twice
    with pytest.raises(ValueError, match="already registered"):
        schema.migration(schema.m003_scratch)


@pytest.mark.parametrize("user_version", [1, 2, 3])
def test_a_database_numbered_by_user_version_is_adopted_with_data_intact(tmp_path: Path, user_version: int) -> None:
    path = tmp_path / "old.sqlite3"
    legacy_database(path, user_version)
    case = make_case()
    with Store(path) as store:
        assert store.schema_version() == 3  # what the releases before named migrations look for
        [listed] = store.cases()
        assert (listed.id, listed.title, listed.version_count) == (1, "Old case", 2)
        assert listed.updated_at == dt.datetime(2026, 10, 1, 8, tzinfo=dt.UTC)
        assert store.get_case(1) == case
        first, second = store.versions(1)
        expected = make_draft(case, "I also ran the good-practice review.")
        assert (first.draft, first.label, first.passed, first.changes) == (expected, "first", True, [])
        assert (second.parent_id, second.passed, second.tokens, second.cost) == (1, False, 900, 0.01)
        assert second.changes == ([{"title": "Lead"}] if user_version >= 2 else [])
        assert store.scratch("tab-1") == ({"notes": "title: Lead"} if user_version >= 3 else None)
        third = store.add_version(1, first.draft, kind="revised", parent_id=2, changes=[{"next": "review in Q1"}])
        assert store.version(third.id).changes == [{"next": "review in Q1"}]
        store.save_scratch("tab-2", {"form": {}})
        assert store.integrity_check() == []
    names = recorded(path)
    assert [name for name, _ in names] == NAMES
    assert [applied for _, applied in names[:user_version]] == ["before named migrations"] * user_version
    fresh = tmp_path / "fresh.sqlite3"
    Store(fresh).close()
    assert schema_of(path) == schema_of(fresh)
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_a_migration_added_later_runs_once_wherever_it_is_registered(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "db.sqlite3"
    with Store(path) as store:
        case_id = store.create_case(make_case()).id
    calls: list[str] = []

    def m002b_tags(conn: sqlite3.Connection) -> None:
        calls.append("m002b_tags")
        conn.execute("CREATE TABLE tags (case_id INTEGER NOT NULL REFERENCES cases(id), tag TEXT NOT NULL)")

    # Registered between two migrations already applied: by name, not by position, it still runs.
    registry = dict(schema.MIGRATIONS)
    monkeypatch.setattr(schema, "MIGRATIONS", {name: registry[name] for name in NAMES[:2]}
                        | {"m002b_tags": m002b_tags, NAMES[2]: registry[NAMES[2]]})
    for _ in range(2):
        with Store(path) as store:
            assert store.schema_version() == 4
            assert store.get_case(case_id) == make_case()
    assert calls == ["m002b_tags"]
    assert [name for name, _ in recorded(path)] == [*NAMES, "m002b_tags"]


def test_a_failed_migration_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.sqlite3"
    legacy_database(path, 1)
    before = schema_of(path)

    def m004_broken(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE nowhere ADD COLUMN x TEXT")

    monkeypatch.setitem(schema.MIGRATIONS, "m004_broken", m004_broken)
    with pytest.raises(StoreError, match="opening the database"):
        Store(path)
    assert schema_of(path) == before  # still the v1 database its release can open
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone() == (1,)
    monkeypatch.delitem(schema.MIGRATIONS, "m004_broken")
    with Store(path) as store:
        assert store.schema_version() == 3 and len(store.versions(1)) == 2


def test_database_newer_than_the_code_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    Store(path).close()
    with sqlite3.connect(path) as raw:
        raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="newer promo-ai") as caught:
        Store(path)
    assert str(path) in str(caught.value) and caught.value.hint and "Upgrade" in caught.value.hint
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION + 1,)


def test_a_migration_this_code_does_not_know_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    Store(path).close()
    with sqlite3.connect(path) as raw:
        raw.execute("INSERT INTO _promo_ai_migrations VALUES ('m009_from_the_future', 'later')")
        raw.execute("PRAGMA user_version = 4")
    with pytest.raises(StoreError, match=r"newer promo-ai.*m009_from_the_future") as caught:
        Store(path)
    assert caught.value.hint and "Upgrade" in caught.value.hint
    assert [name for name, _ in recorded(path)] == [*NAMES, "m009_from_the_future"]


def test_a_numbered_database_past_the_last_numbered_release_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    legacy_database(path, 3)
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA user_version = 4")
    with pytest.raises(StoreError, match="newer promo-ai"):
        Store(path)
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT name FROM sqlite_master WHERE name = '_promo_ai_migrations'").fetchone() is None


def test_many_openers_of_a_new_file_migrate_it_once(tmp_path: Path) -> None:
    path = tmp_path / "fresh.sqlite3"
    errors: list[BaseException] = []
    go = threading.Barrier(8)

    def open_it() -> None:
        try:
            go.wait()
            with Store(path) as store:
                store.create_case(make_case())
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with Store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION and len(store.cases()) == 8
    assert [name for name, _ in recorded(path)] == NAMES
