"""One error root; each error knows its exit code and prints as one line."""

from __future__ import annotations

from pathlib import Path


class DeadlinesError(Exception):
    """A problem the user can fix; the CLI prints it as one line and exits with `exit_code`."""

    exit_code = 2

    def further(self) -> list[str]:
        """More problems of the same cause, printed one a line below this one."""
        return []


class UsageError(DeadlinesError):
    """Bad command-line input: an unknown venue, a bad date or zone."""


class ZoneError(DeadlinesError, ValueError):
    """A time-zone label we cannot read without guessing."""


class CatalogError(DeadlinesError):
    """A catalog file that cannot be loaded; names the file and line."""

    def __init__(self, path: Path | str, line: int | None, message: str) -> None:
        self.path = str(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {message}")


class PartialError(DeadlinesError):
    """Some of the work failed and the rest was done (e.g. one source of a refresh)."""

    exit_code = 3
