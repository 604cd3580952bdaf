"""Files written whole: `write_atomic` writes to a temporary file beside the target, flushes it to
the disk and renames it over the target, so a reader sees the old file or the new one, never half of
one. On any failure the old file is untouched, no temporary file is left, and an ExportError says
what to do.
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
import sys
from contextlib import suppress
from pathlib import Path
from typing import Any

from promo_ai.errors import ExportError

_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_DENIED = {errno.EACCES, errno.EPERM, errno.EROFS}


def write_atomic(path: Path | str, data: bytes | str) -> None:
    """Write `data` (text as UTF-8) to `path` all at once: temporary file in the same folder,
    fsync, `os.replace`. A new file gets the usual permissions (0666 less the umask); a file that
    is replaced keeps its own. A symbolic link is followed, so the file it points to is replaced.
    A device or pipe (/dev/stdout, a FIFO) cannot be replaced and is written to directly."""
    target = Path(os.path.realpath(path))
    payload = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    try:
        existing: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        existing = None
    except OSError as exc:
        raise _error(exc, Path(path)) from None
    if existing is not None and stat.S_ISDIR(existing.st_mode):
        raise ExportError(f"Cannot write {path}: it is a folder.", hint="Give a file name inside it instead.")
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        _write_in_place(target, payload, Path(path))
        return
    temporary: Path | None = None
    try:
        temporary, fd = _create_beside(target)
        with os.fdopen(fd, "wb") as handle:
            _write_all(handle.fileno(), payload)
            os.fsync(handle.fileno())
        if existing is not None:
            os.chmod(temporary, stat.S_IMODE(existing.st_mode))
        os.replace(temporary, target)
        temporary = None
        _sync_folder(target.parent)
    except OSError as exc:
        raise _error(exc, Path(path)) from None
    finally:
        if temporary is not None:
            with suppress(OSError):
                os.unlink(temporary)


def _create_beside(target: Path) -> tuple[Path, int]:
    """A new, empty, hidden file next to `target` (mode 0666 less the umask), opened for writing."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
        try:
            return temporary, os.open(temporary, flags, 0o666)
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free name for a temporary file", str(target.parent))  # pragma: no cover


def _write_all(fd: int, payload: bytes) -> None:
    view = memoryview(payload)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _write_in_place(target: Path, payload: bytes, shown: Path) -> None:
    try:
        fd = os.open(target, os.O_WRONLY | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "wb") as handle:
            _write_all(handle.fileno(), payload)
    except OSError as exc:
        raise _error(exc, shown) from None


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); where a folder cannot be opened, the rename stands."""
    if not hasattr(os, "O_DIRECTORY"):  # pragma: no cover - Windows
        return
    with suppress(OSError):
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _error(exc: OSError, path: Path) -> ExportError:
    try:
        kept = "; the file that was there is unchanged" if path.is_file() else ""
    except OSError:
        kept = ""
    if exc.errno in _FULL:
        return ExportError(f"The disk is full, so {path} was not written{kept}.",
                           hint="Free some space, or write to another folder, and try again.")
    if exc.errno in _DENIED:
        return ExportError(f"You do not have permission to write {path}{kept}.",
                           hint="Choose a folder you can write to, or check the permissions of the file and folder.")
    if exc.errno in {errno.ENOENT, errno.ENOTDIR}:
        return ExportError(f"Cannot write {path}: the folder {path.parent} does not exist or is not a folder.",
                           hint="Create the folder first, or choose another place.")
    return ExportError(f"Could not write {path} ({exc.strerror or exc}){kept}.",
                       hint="Check the disk and the file name, then try again.")


def read_limited(path: Path | str, limit: int, *, what: str, stdin: Any = None) -> bytes:
    """The bytes of a regular file (or of standard input for "-"), refused past `limit` bytes without
    reading on: a FIFO, a device like /dev/zero or a huge file cannot hang or exhaust memory."""
    from promo_ai.errors import PromoAIError

    if str(path) == "-":
        stream = stdin if stdin is not None else sys.stdin
        raw = stream.buffer.read(limit + 1) if hasattr(stream, "buffer") else stream.read(limit + 1)
        data = raw.encode("utf-8") if isinstance(raw, str) else raw
    else:
        try:
            info = os.stat(path)
            if not stat.S_ISREG(info.st_mode):
                raise PromoAIError(f"{path}: not a regular file, so it is not read as {what}.",
                                   hint="Give the path of a file (or - for standard input).")
            with open(path, "rb") as handle:
                data = handle.read(limit + 1)
        except FileNotFoundError:
            raise PromoAIError(f"{path}: no such file.") from None
        except IsADirectoryError:
            raise PromoAIError(f"{path}: is a folder, not {what}.") from None
        except OSError as exc:
            raise PromoAIError(f"{path}: cannot read it ({exc.strerror or exc}).") from None
    if len(data) > limit:
        raise PromoAIError(f"{'Standard input' if str(path) == '-' else path} is too large to be {what} "
                           f"(over {limit // 1000:,} kB).", hint="Check you gave the right file.")
    return data
