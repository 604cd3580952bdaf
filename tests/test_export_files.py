"""Files written whole (promo_ai.files.write_atomic): a failed write leaves the old file as it was
and no temporary file behind, and says what to do."""

from __future__ import annotations

import errno
import os
import stat
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from promo_ai import files
from promo_ai.errors import ExportError
from promo_ai.files import write_atomic

OLD = b"the old export, complete\n" * 100


class _OsWith:
    """The os module with some functions replaced, as promo_ai.files sees it (nothing else is touched)."""

    def __init__(self, **replaced: Callable[..., Any]) -> None:
        self._replaced = replaced

    def __getattr__(self, name: str) -> Any:
        return self._replaced.get(name, getattr(os, name))


def only(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


def test_writes_bytes_and_text(tmp_path: Path) -> None:
    write_atomic(tmp_path / "a.eml", b"\x00\xffbytes")
    write_atomic(str(tmp_path / "b.txt"), "Zoë Ødegård\n")
    assert (tmp_path / "a.eml").read_bytes() == b"\x00\xffbytes"
    assert (tmp_path / "b.txt").read_bytes() == "Zoë Ødegård\n".encode()
    assert stat.S_IMODE((tmp_path / "b.txt").stat().st_mode) == 0o666 & ~umask()
    assert only(tmp_path) == ["a.eml", "b.txt"]


def test_replaces_a_file_and_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "email.txt"
    target.write_bytes(OLD)
    target.chmod(0o600)
    write_atomic(target, "new")
    assert target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert only(tmp_path) == ["email.txt"]


def test_disk_full_half_way_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "email.docx"
    target.write_bytes(OLD)
    written: list[int] = []

    def half_then_full(fd: int, data: Any) -> int:
        if not written:  # the first call writes half, as a filling disk does, then the disk is full
            written.append(os.write(fd, bytes(data[: len(data) // 2])))
            return written[0]
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files, "os", _OsWith(write=half_then_full))
    with pytest.raises(ExportError, match="is full") as caught:
        write_atomic(target, b"x" * 10_000)
    assert written == [5_000]
    assert "unchanged" in caught.value.message and caught.value.hint and "Free some space" in caught.value.hint
    assert target.read_bytes() == OLD
    assert only(tmp_path) == ["email.docx"]


@pytest.mark.parametrize(("step", "code", "words"), [
    ("fsync", errno.ENOSPC, "is full"), ("fsync", errno.EDQUOT, "is full"), ("replace", errno.EACCES, "permission"),
    ("replace", errno.EROFS, "permission"), ("replace", errno.EIO, "Could not write"),
])
def test_a_failure_at_any_step_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  step: str, code: int, words: str) -> None:
    target = tmp_path / "email.eml"
    target.write_bytes(OLD)

    def fail(*args: Any) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(files, "os", _OsWith(**{step: fail}))
    with pytest.raises(ExportError, match=words) as caught:
        write_atomic(target, b"new content")
    assert str(target) in caught.value.message and caught.value.hint
    assert target.read_bytes() == OLD
    assert only(tmp_path) == ["email.eml"]


def test_interrupted_mid_write_leaves_no_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "email.md"
    target.write_bytes(OLD)

    def interrupted(fd: int, data: Any) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(files, "os", _OsWith(write=interrupted))
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, b"new")
    assert target.read_bytes() == OLD
    assert only(tmp_path) == ["email.md"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write to a read-only folder")
def test_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "email.txt").write_bytes(OLD)
    folder.chmod(0o555)
    try:
        with pytest.raises(ExportError, match="permission"):
            write_atomic(folder / "email.txt", b"new")
        assert (folder / "email.txt").read_bytes() == OLD
        assert only(folder) == ["email.txt"]
    finally:
        folder.chmod(0o755)


def test_missing_folder_and_a_folder_as_the_target(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist") as caught:
        write_atomic(tmp_path / "nowhere" / "email.txt", b"x")
    assert caught.value.hint and "Create the folder" in caught.value.hint
    (tmp_path / "a-file").write_text("")
    with pytest.raises(ExportError, match="does not exist or is not a folder"):
        write_atomic(tmp_path / "a-file" / "email.txt", b"x")
    with pytest.raises(ExportError, match="it is a folder"):
        write_atomic(tmp_path, b"x")
    assert only(tmp_path) == ["a-file"]


def test_a_symbolic_link_is_followed(tmp_path: Path) -> None:
    real = tmp_path / "real.txt"
    real.write_bytes(OLD)
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    write_atomic(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"
    assert only(tmp_path) == ["link.txt", "real.txt"]


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="needs /dev/null")
def test_a_device_is_written_in_place_not_replaced() -> None:
    before = set(os.listdir("/dev"))
    write_atomic("/dev/null", b"nothing to see")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    assert set(os.listdir("/dev")) - before == set()


def test_concurrent_writers_leave_one_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "email.txt"
    payloads = [bytes([65 + i]) * 200_000 for i in range(6)]
    errors: list[BaseException] = []

    def write(payload: bytes) -> None:
        try:
            for _ in range(5):
                write_atomic(target, payload)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(p,)) for p in payloads]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert target.read_bytes() in payloads
    assert only(tmp_path) == ["email.txt"]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_real_full_device_gives_the_full_disk_message() -> None:
    with pytest.raises(ExportError, match="disk is full") as caught:
        write_atomic("/dev/full", b"x" * 10_000)
    assert caught.value.hint and "Free some space" in caught.value.hint
