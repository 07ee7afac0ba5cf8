"""File writes that either happen whole or not at all."""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
from pathlib import Path

from deadlines.errors import DeadlinesError

_TEMP = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.[^.]+\.tmp$")


def umask() -> int:
    """The process's umask, read without changing it (other threads may be creating files)."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    old = os.umask(0o022)  # no /proc: the classic read-by-setting, put straight back
    os.umask(old)
    return old


def read_only(path: Path) -> bool:
    """Whether `path` is an existing file its owner marked read-only (or we cannot write).

    The mode bits are checked too: root may write anything, but a 0444 file says "keep".
    """
    try:
        mode = Path(path).stat().st_mode
    except OSError:
        return False
    return not mode & 0o222 or not os.access(path, os.W_OK)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_stale_temps(path: Path) -> list[Path]:
    """Remove the temporary files that writers of `path` killed mid-write left behind.

    A temporary file names its writer's process id; one whose process is gone is stale.
    """
    removed = []
    with contextlib.suppress(OSError):
        for entry in path.parent.iterdir():
            m = _TEMP.match(entry.name)
            if m and m.group("name") == path.name and not _alive(int(m.group("pid"))):
                with contextlib.suppress(OSError):
                    entry.unlink()
                    removed.append(entry)
    return removed


def atomic_write(path: Path, data: bytes, *, mode: int | None = None) -> None:
    """Write `data` to `path` through a temporary file and a rename.

    A crash or a full disk leaves the previous file as it was. A symlink is followed (its
    target is rewritten, the link stays); a file that exists keeps its permissions and a new
    one gets the umask's (0644 under 0022) unless `mode` says otherwise; a read-only file
    is refused. Temporary files left by a killed writer of the same file are removed.
    """
    given, path = path, Path(os.path.realpath(path))
    try:
        current: os.stat_result | None = path.stat()
    except OSError:
        current = None
    if current is not None and read_only(path):
        raise DeadlinesError(f"{given}: the file is read-only; not written")
    if current is not None:
        mode = stat.S_IMODE(current.st_mode)
    elif mode is None:
        mode = 0o666 & ~umask()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        clean_stale_temps(path)
        fd, tmp = tempfile.mkstemp(
            prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent
        )
    except OSError as exc:
        raise DeadlinesError(f"{given}: cannot write: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), mode)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        Path(tmp).replace(path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            Path(tmp).unlink()
        raise DeadlinesError(
            f"{given}: cannot write: {exc.strerror}; the old file is untouched"
        ) from None
