"""File writes that either happen whole or not at all."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from deadlines.errors import DeadlinesError


def atomic_write(path: Path, data: bytes, *, mode: int | None = None) -> None:
    """Write `data` to `path` through a temporary file and a rename.

    A crash or a full disk leaves the previous file as it was. The file is private to its
    owner (0600) unless `mode` says otherwise, e.g. 0o644 for files a web server reads.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise DeadlinesError(f"{path}: cannot write: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            if mode is not None:
                os.fchmod(handle.fileno(), mode)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        Path(tmp).replace(path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            Path(tmp).unlink()
        raise DeadlinesError(
            f"{path}: cannot write: {exc.strerror}; the old file is untouched"
        ) from None
