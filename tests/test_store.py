"""The store: round trips, history, concurrent writers, crash recovery (migrations: test_store_migrations)."""

from __future__ import annotations

import datetime as dt
import multiprocessing as mp
import random
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from promo_ai.case import Accolade, Accomplishment, Case, Manager
from promo_ai.draft import Draft
from promo_ai.email import PromotionEmail, run_checks
from promo_ai.errors import StoreError
from promo_ai.store import Store

SPAWN = mp.get_context("spawn")
FIXED_TIME = dt.datetime(2026, 11, 20, 9, 30, tzinfo=dt.UTC)


# --- builders (module level, so spawned processes can import them) ---------------------------------


def make_case(name: str = "Jordan Lee", target: str = "Senior Business Analyst") -> Case:
    return Case(
        name=name,
        current_title="Business Analyst",
        target_title=target,
        team="Payments Operations",
        manager=Manager(name="Priya Shah", email="priya.shah@example.com"),
        meeting_date=dt.date(2026, 11, 18),
        target_duties=["Owns requirements for cross-team projects", "Mentors junior analysts"],
        accomplishments=[
            Accomplishment(summary="Led the redesign of vendor onboarding", impact="Cut onboarding from 10 days to 4",
                           duty="Owns requirements for cross-team projects"),
            Accomplishment(summary="Coached two new analysts through their first quarter",
                           duty="Mentors junior analysts"),
        ],
        accolades=[Accolade(quote="Jordan's analysis kept our launch on schedule.", author="Sam Ortiz",
                            role="VP of Sales")],
    )


def make_email(case: Case, marker: str = "") -> PromotionEmail:
    first = case.name.split()[0]
    return PromotionEmail(
        subject=f"Promotion to {case.target_title}",
        greeting=f"Hi {case.manager.first_name},",
        opening="Thank you for our conversation on November 18 about my next step.",
        request=f"As we discussed, I am asking to be promoted to {case.target_title}.",
        evidence=[
            "I led the redesign of vendor onboarding, which cut onboarding from 10 days to 4.",
            "I coached two new analysts through their first quarter.",
            *([marker] if marker else []),
        ],
        praise_intro="Others have noticed the work:",
        praise=['"Jordan\'s analysis kept our launch on schedule." (Sam Ortiz, VP of Sales)'],
        context=f"For readers up the chain: I am {case.name}, {case.current_title} on {case.team}.",
        closing="Thank you for your support; I am happy to answer questions and would like to plan next steps.",
        signature=f"Best regards,\n{first}",
    )


def make_draft(case: Case, marker: str = "", *, checks: bool = True, notes: str | None = None,
               model: str = "offline", tokens: int | None = None, cost: float | None = None) -> Draft:
    email = make_email(case, marker)
    return Draft(email=email, case=case, checks=run_checks(email, case, notes) if checks else [],
                 model=model, tokens=tokens, cost=cost, notes=notes, created_at=FIXED_TIME)


def _writer(db: str, worker: int, shared_case_id: int, count: int, go: Any) -> None:
    """A process (or thread) that opens its own Store and saves versions with it."""
    with Store(db) as store:
        _writer_on(store, worker, shared_case_id, count, go)


def _big_draft(case: Case, i: int) -> Draft:
    return make_draft(case, f"big-{i}", checks=False, notes=f"{i:07d} " * 250_000)  # about 2 MB


def _loop_writer(db: str, case_id: int, reports: Any) -> None:
    """Save large versions until killed, reporting each committed version id."""
    case = make_case("Crash Test")
    with Store(db) as store:
        i = 0
        while True:
            record = store.add_version(case_id, _big_draft(case, i), kind="edited", label=f"big-{i}")
            reports.put(record.id)
            i += 1


def _half_writer(db: str, case_id: int, ready: Any) -> None:
    """Open a write transaction, write a large row and change the case title, then hang uncommitted."""
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA cache_size = 8")  # spill pages to the WAL before the commit that never comes
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE cases SET title = 'HALF WRITTEN' WHERE id = ?", (case_id,))
    conn.execute(
        "INSERT INTO versions (case_id, kind, label, draft_json, changes_json, passed, created_at) "
        "VALUES (?, 'edited', 'never committed', ?, '[]', 1, '2026-01-01T00:00:00.000000+00:00')",
        (case_id, "x" * 6_000_000),
    )
    ready.set()
    time.sleep(120)


# --- round trip and history -----------------------------------------------------------------------


def test_round_trip_case_and_versions(tmp_path: Path) -> None:
    case = make_case()
    with Store(tmp_path / "db.sqlite3") as store:
        record = store.create_case(case)
        assert record.title == "Jordan Lee → Senior Business Analyst"
        assert record.version_count == 0
        assert store.latest_version(record.id) is None
        assert store.get_case(record.id) == case

        first = make_draft(case)
        assert first.checks and first.passed, [c for c in first.checks if not c.passed]
        v1 = store.add_version(record.id, first, kind="draft")
        refined = make_draft(case, "I also automated the weekly reconciliation report.", model="gpt-4o-mini",
                             tokens=1234, cost=0.0021)
        v2 = store.add_version(record.id, refined, kind="refined", parent_id=v1.id)
        moved = case.model_copy(update={"target_title": "Lead Business Analyst"})
        revised = make_draft(moved, notes="title: Lead Business Analyst")
        changes = [{"kind": "title", "value": "Lead Business Analyst", "quote": "title: Lead Business Analyst"}]
        v3 = store.add_version(record.id, revised, kind="revised", parent_id=v2.id, changes=changes)
        failing = make_draft(moved).model_copy(update={"email": make_email(moved).model_copy(update={"request": ""})})
        failing = failing.recheck()
        v4 = store.add_version(record.id, failing, kind="edited", parent_id=v3.id, label="my edit")

        assert [v.draft for v in store.versions(record.id)] == [first, refined, revised, failing]
        assert store.versions(record.id) == [v1, v2, v3, v4]
        assert store.version(v2.id) == v2
        assert store.latest_version(record.id) == v4
        assert [v.parent_id for v in (v1, v2, v3, v4)] == [None, v1.id, v2.id, v3.id]
        assert [v.kind for v in (v1, v2, v3, v4)] == ["draft", "refined", "revised", "edited"]
        assert [v.label for v in (v1, v2, v3, v4)] == ["v1 draft", "v2 refined", "v3 revised", "my edit"]
        assert (v2.model, v2.tokens, v2.cost) == ("gpt-4o-mini", 1234, 0.0021)
        assert v3.notes == "title: Lead Business Analyst" and v3.changes == changes
        assert v1.changes == []
        assert [v.passed for v in (v1, v2, v3, v4)] == [True, True, True, False]
        assert v4.draft.checks == failing.checks and not v4.draft.passed
        assert all(v.created_at.tzinfo is not None and v.created_at.utcoffset() == dt.timedelta(0)
                   for v in (v1, v2, v3, v4))
        assert v1.created_at < v2.created_at < v3.created_at < v4.created_at

        # The case follows its newest version, and its default title follows the new target.
        assert store.get_case(record.id) == moved
        [listed] = store.cases()
        assert listed.title == "Jordan Lee → Lead Business Analyst"
        assert listed.version_count == 4 and listed.updated_at == v4.created_at > record.created_at


def test_changes_accept_models_and_refuse_non_json(tmp_path: Path) -> None:
    case = make_case()
    with Store(tmp_path / "db.sqlite3") as store:
        cid = store.create_case(case).id
        saved = store.add_version(cid, make_draft(case), kind="revised", changes=[Manager(name="Priya Shah")])
        assert saved.changes == [{"name": "Priya Shah", "email": None}]
        with pytest.raises(StoreError, match="JSON"):
            store.add_version(cid, make_draft(case), kind="revised", changes=[{"when": object()}])
        assert len(store.versions(cid)) == 1


def test_update_rename_and_titles(tmp_path: Path) -> None:
    case = make_case()
    with Store(tmp_path / "db.sqlite3") as store:
        cid = store.create_case(case).id
        updated = store.update_case(cid, case.model_copy(update={"target_title": "Staff Analyst"}))
        assert updated.title == "Jordan Lee → Staff Analyst"
        renamed = store.rename_case(cid, "  My   big ask ")
        assert renamed.title == "My big ask"
        store.update_case(cid, case)  # a title the person chose stays
        assert store.case_record(cid).title == "My big ask"
        assert store.get_case(cid) == case
        custom = store.create_case(case, title="Plan B")
        assert custom.title == "Plan B"
        with pytest.raises(StoreError, match="cannot be empty"):
            store.rename_case(cid, "   ")
        with pytest.raises(StoreError, match="at most"):
            store.rename_case(cid, "x" * 500)


def test_duplicate_copies_versions_and_maps_parents(tmp_path: Path) -> None:
    case = make_case()
    with Store(tmp_path / "db.sqlite3") as store:
        original = store.create_case(case, title="Original")
        root = store.add_version(original.id, make_draft(case, "root"), kind="draft")
        left = store.add_version(original.id, make_draft(case, "left"), kind="refined", parent_id=root.id)
        right = store.add_version(original.id, make_draft(case, "right"), kind="edited", parent_id=root.id,
                                  changes=[{"add": "x"}])
        store.add_version(original.id, make_draft(case, "leaf"), kind="revised", parent_id=right.id)

        copy = store.duplicate_case(original.id)
        assert copy.id != original.id and copy.title == "Original (copy)" and copy.version_count == 4
        assert store.last_case() == copy
        old, new = store.versions(original.id), store.versions(copy.id)
        assert {v.id for v in old}.isdisjoint({v.id for v in new})
        new_of = {o.id: n.id for o, n in zip(old, new, strict=True)}
        for o, n in zip(old, new, strict=True):
            assert n.case_id == copy.id
            assert n.parent_id == (new_of[o.parent_id] if o.parent_id else None)
            assert (n.draft, n.kind, n.label, n.changes, n.passed, n.created_at) == (
                o.draft, o.kind, o.label, o.changes, o.passed, o.created_at)
        assert [v.parent_id for v in old] == [None, root.id, root.id, right.id]
        assert left.id in new_of

        # Deleting the original removes it and its versions; the copy is untouched.
        store.delete_case(original.id)
        assert [c.id for c in store.cases()] == [copy.id]
        for v in old:
            with pytest.raises(StoreError, match=f"No version #{v.id}"):
                store.version(v.id)
        assert store.versions(copy.id) == new
        assert store.integrity_check() == []
    with sqlite3.connect(tmp_path / "db.sqlite3") as raw:
        assert raw.execute("SELECT count(*) FROM versions WHERE case_id = ?", (original.id,)).fetchone() == (0,)


def test_unknown_ids_and_bad_input(tmp_path: Path) -> None:
    case = make_case()
    with Store(tmp_path / "db.sqlite3") as store:
        cid = store.create_case(case).id
        other = store.create_case(case).id
        foreign = store.add_version(other, make_draft(case), kind="draft")
        calls = [
            lambda: store.get_case(999), lambda: store.versions(999), lambda: store.latest_version(999),
            lambda: store.rename_case(999, "x"), lambda: store.duplicate_case(999), lambda: store.delete_case(999),
            lambda: store.update_case(999, case), lambda: store.add_version(999, make_draft(case), kind="draft"),
            lambda: store.case_record(999),
        ]
        for call in calls:
            with pytest.raises(StoreError, match=r"No case #999"):
                call()
        with pytest.raises(StoreError, match=r"No version #999"):
            store.version(999)
        with pytest.raises(StoreError, match=rf"No version #{foreign.id} in case #{cid}"):
            store.add_version(cid, make_draft(case), kind="revised", parent_id=foreign.id)
        with pytest.raises(StoreError, match="Unknown kind"):
            store.add_version(cid, make_draft(case), kind="final")  # type: ignore[arg-type]
        assert store.versions(cid) == []
    with pytest.raises(StoreError, match="closed"):
        store.cases()


def test_last_case_after_reopen_and_default_path(isolated_home: Path) -> None:
    case = make_case()
    with Store() as store:
        assert store.path == isolated_home / "promo-ai.sqlite3"
        assert store.last_case() is None and store.cases() == []
        first = store.create_case(case, title="first")
        second = store.create_case(case, title="second")
        assert store.last_case() == second
        saved = store.add_version(first.id, make_draft(case), kind="draft")
    with Store(isolated_home / "promo-ai.sqlite3") as reopened:
        last = reopened.last_case()
        assert last is not None and last.id == first.id and last.version_count == 1
        assert [c.id for c in reopened.cases()] == [first.id, second.id]
        assert reopened.latest_version(first.id) == saved
        assert reopened.get_case(first.id) == case


def test_order_follows_writes_even_in_the_same_microsecond(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import promo_ai.store as store_module

    monkeypatch.setattr(store_module, "_now", lambda: FIXED_TIME)  # a frozen (or stepped-back) clock
    with Store(tmp_path / "db.sqlite3") as store:
        ids = [store.create_case(make_case(), title=f"c{i}").id for i in range(3)]
        store.rename_case(ids[0], "touched")
        assert [c.id for c in store.cases()] == [ids[0], ids[2], ids[1]]


# --- errors a person can act on -------------------------------------------------------------------


def test_corrupt_file_names_the_path(tmp_path: Path) -> None:
    path = tmp_path / "promo-ai.sqlite3"
    path.write_bytes(b"this is a shopping list, not a database\n" * 200)
    with pytest.raises(StoreError) as caught:
        Store(path)
    message = str(caught.value)
    assert str(path) in message and "Move it aside" in message
    assert not isinstance(caught.value.__cause__, sqlite3.Error)


def test_damaged_pages_become_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    case = make_case()
    with Store(path) as store:
        cid = store.create_case(case).id
        for i in range(40):
            store.add_version(cid, make_draft(case, f"v{i}", checks=False), kind="edited")
    with sqlite3.connect(path) as raw:  # fold the WAL into the main file, then scribble over its pages
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2, len(data), 4096):
        data[offset:offset + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError, match="damaged") as caught, Store(path) as store:
        store.versions(cid)  # the damaged pages hold these versions
    assert str(path) in str(caught.value) and "Move it aside" in str(caught.value)


def test_busy_beyond_the_timeout_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    case = make_case()
    with Store(path, timeout=0.2) as store:
        cid = store.create_case(case).id
        blocker = sqlite3.connect(path, isolation_level=None)
        blocker.execute("BEGIN IMMEDIATE")
        started = time.monotonic()
        with pytest.raises(StoreError, match="busy") as caught:
            store.add_version(cid, make_draft(case), kind="draft")
        assert time.monotonic() - started >= 0.15
        assert caught.value.hint and "Try again" in caught.value.hint
        assert store.cases()[0].version_count == 0  # readers are not blocked by a writer (WAL)
        blocker.execute("ROLLBACK")
        blocker.close()
        assert store.add_version(cid, make_draft(case), kind="draft").label == "v1 draft"


def test_unwritable_folder_is_a_store_error(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    with pytest.raises(StoreError, match="Cannot create the folder"):
        Store(blocked / "sub" / "db.sqlite3")


# --- concurrency ----------------------------------------------------------------------------------


def _check_writers(store: Store, shared_case_id: int, names: list[int], count: int) -> None:
    by_title = {c.title: c for c in store.cases()}
    for worker in names:
        record = by_title[f"writer-{worker}"]
        versions = store.versions(record.id)
        assert [v.label for v in versions] == [f"w{worker}-own-{i}" for i in range(count)]
        own_case = make_case(f"Proc{worker} Writer")
        for i, v in enumerate(versions):
            assert v.case_id == record.id
            assert v.draft == make_draft(own_case, f"w{worker}-own-{i}", checks=False)
            assert v.parent_id == (versions[i - 1].id if i else None)
        assert store.get_case(record.id) == own_case
    shared = store.versions(shared_case_id)
    expected = {f"w{w}-shared-{i}" for w in names for i in range(0, count, 2)}
    assert sorted(v.label or "" for v in shared) == sorted(expected)
    for v in shared:
        assert v.draft == make_draft(make_case("Shared Person"), v.label or "", checks=False)
    assert store.get_case(shared_case_id) == make_case("Shared Person")
    assert store.integrity_check() == []


def test_concurrent_processes_and_threads(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    count = 12
    with Store(path) as store:
        shared_id = store.create_case(make_case("Shared Person"), title="shared").id

    go_processes = SPAWN.Event()
    processes = [SPAWN.Process(target=_writer, args=(str(path), w, shared_id, count, go_processes))
                 for w in range(4)]
    for p in processes:
        p.start()

    errors: list[BaseException] = []
    go_threads = threading.Event()
    shared_store = Store(path)  # one Store used by several threads, as Streamlit sessions may

    def run(worker: int, own_store: bool) -> None:
        try:
            if own_store:
                _writer(str(path), worker, shared_id, count, go_threads)
            else:
                _writer_on(shared_store, worker, shared_id, count, go_threads)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(w, w % 2 == 0)) for w in range(10, 16)]
    for t in threads:
        t.start()
    go_processes.set()
    go_threads.set()
    for t in threads:
        t.join(60)
    for p in processes:
        p.join(60)
    shared_store.close()
    assert errors == []
    assert [p.exitcode for p in processes] == [0] * len(processes)

    with Store(path) as store:
        _check_writers(store, shared_id, [0, 1, 2, 3, *range(10, 16)], count)


def _writer_on(store: Store, worker: int, shared_case_id: int, count: int, go: Any) -> None:
    own_case = make_case(f"Proc{worker} Writer")
    shared_case = make_case("Shared Person")
    go.wait()
    own = store.create_case(own_case, title=f"writer-{worker}")
    parent: int | None = None
    for i in range(count):
        parent = store.add_version(own.id, make_draft(own_case, f"w{worker}-own-{i}", checks=False),
                                   kind="draft", label=f"w{worker}-own-{i}", parent_id=parent).id
        if i % 2 == 0:
            store.add_version(shared_case_id, make_draft(shared_case, f"w{worker}-shared-{i}", checks=False),
                              kind="revised", label=f"w{worker}-shared-{i}")


# --- recovery after a killed process --------------------------------------------------------------


def test_killed_while_writing_in_a_loop(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    case = make_case("Crash Test")
    with Store(path) as store:
        case_id = store.create_case(case).id
    rng = random.Random(5)
    last_reported = 0
    for _ in range(3):
        reports = SPAWN.Queue()
        child = SPAWN.Process(target=_loop_writer, args=(str(path), case_id, reports))
        child.start()
        for _ in range(2):  # let it commit a couple of versions, then kill it at a random moment
            last_reported = reports.get(timeout=30)
        time.sleep(rng.uniform(0, 0.05))
        child.kill()
        child.join(10)
        assert child.exitcode == -9
        while not reports.empty():
            last_reported = reports.get_nowait()
        reports.close()

        with Store(path) as store:
            assert store.integrity_check() == []
            versions = store.versions(case_id)
            assert versions[-1].id >= last_reported
            assert store.latest_version(case_id) == versions[-1]
            latest = store.version(versions[-1].id)
            i = int((latest.label or "").removeprefix("big-"))
            assert latest.draft == _big_draft(case, i)
            assert isinstance(Draft.model_validate_json(latest.draft.model_dump_json()), Draft)
            for v in versions:
                assert len(v.draft.notes or "") == 2_000_000


def test_killed_with_a_transaction_open(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    case = make_case()
    with Store(path) as store:
        record = store.create_case(case, title="Before the crash")
        committed = store.add_version(record.id, make_draft(case), kind="draft")
    ready = SPAWN.Event()
    child = SPAWN.Process(target=_half_writer, args=(str(path), record.id, ready))
    child.start()
    assert ready.wait(30)
    wal = path.with_name(path.name + "-wal")
    assert wal.stat().st_size > 1_000_000  # pages of the unfinished write are already on disk
    child.kill()
    child.join(10)
    assert child.exitcode == -9

    with Store(path) as store:
        assert store.integrity_check() == []
        assert store.versions(record.id) == [committed]
        assert store.latest_version(record.id) == committed
        assert store.case_record(record.id).title == "Before the crash"
        # The lock died with the process: writing works straight away.
        again = store.add_version(record.id, make_draft(case, "after"), kind="edited", parent_id=committed.id)
        assert store.latest_version(record.id) == again


def test_unsaved_work_survives_a_reopen(tmp_path: Path) -> None:
    path = tmp_path / "scratch.sqlite3"
    with Store(path) as store:
        assert store.scratch("tab-1") is None
        store.save_scratch("tab-1", {"form": {"name": "Zoë"}, "notes": "title: Lead"})
        store.save_scratch("tab-2", {"form": {"name": "Sam"}})
        store.save_scratch("tab-1", {"form": {"name": "Zoë Ødegård"}, "notes": "title: Lead"})
    with Store(path) as store:
        assert store.scratch("tab-1") == {"form": {"name": "Zoë Ødegård"}, "notes": "title: Lead"}
        assert store.scratch("tab-2") == {"form": {"name": "Sam"}}
