"""Text for running `deadlines` unattended: a crontab line, a systemd service and timer (pure)."""

from __future__ import annotations

import shlex
from pathlib import Path

MINUTE = 17  # off the hour, so many installs do not all poll the sources at :00


def job_command(exe: str, out: Path) -> str:
    """The shell command a scheduled run executes: refresh the sources, then rebuild the site.

    `refresh` exits 3 when only some sources failed: what the others brought is still built.
    """
    q = shlex.quote
    return f"({q(exe)} refresh || test $? -eq 3) && {q(exe)} build --out {q(str(out))}"


def crontab_line(exe: str, out: Path, hours: int) -> str:
    """``17 */6 * * * (deadlines refresh || …) && deadlines build --out DIR``."""
    every = "*" if hours == 1 else f"*/{hours}"
    return f"{MINUTE} {every} * * * {job_command(exe, out)}"


def systemd_units(exe: str, out: Path, hours: int) -> tuple[str, str]:
    """A oneshot service and the timer that starts it every `hours` hours."""
    service = (
        "[Unit]\n"
        "Description=Refresh paper deadlines and rebuild the calendar feeds\n"
        "Wants=network-online.target\n"
        "After=network-online.target\n"
        "\n"
        "[Service]\n"
        "Type=oneshot\n"
        f"ExecStart=/bin/sh -c {shlex.quote(job_command(exe, out))}\n"
    )
    timer = (
        "[Unit]\n"
        "Description=Refresh paper deadlines every few hours\n"
        "\n"
        "[Timer]\n"
        f"OnCalendar=*-*-* 00/{hours}:{MINUTE:02d}:00\n"
        "RandomizedDelaySec=10min\n"
        "Persistent=true\n"
        "\n"
        "[Install]\n"
        "WantedBy=timers.target\n"
    )
    return service, timer


def digest_line(exe: str, papers: Path) -> str:
    """``0 8 * * 1 deadlines digest --papers FILE``: Monday mornings; cron mails the output."""
    q = shlex.quote
    return f"0 8 * * 1 {q(exe)} digest --papers {q(str(papers))}"


def format_cron(exe: str, out: Path, hours: int, papers: Path | None = None) -> str:
    """What `deadlines cron` prints: the crontab line (and, for a lab with a papers file, the
    weekly digest), then the systemd units."""
    service, timer = systemd_units(exe, out, hours)
    digest = (
        "\n# the weekly digest of the lab's papers, mailed by cron to MAILTO (set it above):\n"
        f"{digest_line(exe, papers)}\n"
        if papers is not None
        else ""
    )
    return (
        "# crontab -e, then add (times are the machine's local time):\n"
        f"{crontab_line(exe, out, hours)}\n"
        f"{digest}"
        "\n"
        "# or with systemd: ~/.config/systemd/user/deadlines.service\n"
        f"{service}"
        "\n"
        "# ~/.config/systemd/user/deadlines.timer\n"
        f"{timer}"
        "\n"
        "# then: systemctl --user daemon-reload && systemctl --user enable --now deadlines.timer\n"
    )
