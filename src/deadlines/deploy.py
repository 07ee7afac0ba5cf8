"""Text for running `deadlines` unattended (pure): a crontab line, a systemd service and
timer, and a GitHub Actions workflow that publishes the static site to GitHub Pages.

Every schedule is in UTC, as `deadlines serve --refresh` is: the crontab sets CRON_TZ, the
timer names UTC, and GitHub runs its schedules in UTC anyway.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from pathlib import Path

from deadlines.errors import UsageError

MINUTE = 17  # off the hour, so many installs do not all poll the sources at :00
PROJECT = "https://github.com/deadlines-tool/deadlines"
NIGHTLY = (3, MINUTE)  # the GitHub workflow's default: 03:17 UTC
AT = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


def parse_at(text: str) -> tuple[int, int]:
    """``03:17`` → (3, 17); anything else is a `UsageError`."""
    m = AT.match(text.strip())
    if not m:
        raise UsageError(f"--at {text!r}: expected a time of day in UTC, HH:MM, e.g. 03:17")
    return int(m.group(1)), int(m.group(2))


@dataclass(frozen=True)
class Job:
    """What a scheduled run does and when: refresh, then build `out`, every `hours` hours
    or daily `at` (UTC); with the same catalogs and config file as the command that made it."""

    exe: str
    out: Path
    hours: int = 6
    at: tuple[int, int] | None = None
    catalogs: tuple[str, ...] = ()
    config: str | None = None  # DEADLINES_CONFIG, when the user's differs from the default
    log: Path | None = None

    @property
    def when(self) -> str:
        if self.at is not None:
            return f"nightly at {self.at[0]:02d}:{self.at[1]:02d} UTC"
        if self.hours == 1:
            return f"every hour at :{MINUTE:02d} (UTC)"
        return f"every {self.hours} hours at :{MINUTE:02d} (UTC)"


def _catalogs(job: Job) -> str:
    return "".join(f" --catalog {shlex.quote(c)}" for c in job.catalogs)


def job_command(job: Job) -> str:
    """The shell command a scheduled run executes: refresh the sources, then rebuild the site.

    `refresh` exits 3 when sources failed: what the others brought (or brought before) is
    still built, so the page's "today" moves on.
    """
    q = shlex.quote
    cats = _catalogs(job)
    return (
        f"({q(job.exe)} refresh{cats} || test $? -eq 3) "
        f"&& {q(job.exe)} build --out {q(str(job.out))}{cats}"
    )


def crontab_line(job: Job) -> str:
    """``17 */6 * * * sh -c '… exec >>LOG 2>&1 && (deadlines refresh || …) && … build …'``."""
    if job.at is not None:
        hour, minute = job.at
        timing = f"{minute} {hour} * * *"
    else:
        timing = f"{MINUTE} {'*' if job.hours == 1 else f'*/{job.hours}'} * * *"
    script = job_command(job)
    if job.log is not None:
        q = shlex.quote
        script = f"mkdir -p {q(str(job.log.parent))} && exec >>{q(str(job.log))} 2>&1 && {script}"
    command = f"sh -c {shlex.quote(script)}"
    if job.config:
        command = f"env DEADLINES_CONFIG={shlex.quote(job.config)} {command}"
    return f"{timing} {command.replace('%', chr(92) + '%')}"  # cron reads % as a newline


def systemd_units(job: Job) -> tuple[str, str]:
    """A oneshot service and the timer that starts it on the job's schedule (UTC)."""
    env = f"Environment=DEADLINES_CONFIG={job.config}\n" if job.config else ""
    log = (
        f"StandardOutput=append:{job.log}\nStandardError=append:{job.log}\n"
        if job.log is not None
        else ""
    )
    service = (
        "[Unit]\n"
        "Description=Refresh paper deadlines and rebuild the calendar feeds\n"
        "Wants=network-online.target\n"
        "After=network-online.target\n"
        "\n"
        "[Service]\n"
        "Type=oneshot\n"
        f"{env}"
        f"ExecStart=/bin/sh -c {shlex.quote(job_command(job))}\n"
        f"{log}"
    )
    if job.at is not None:
        calendar = f"*-*-* {job.at[0]:02d}:{job.at[1]:02d}:00 UTC"
    else:
        calendar = f"*-*-* 00/{job.hours}:{MINUTE:02d}:00 UTC"
    timer = (
        "[Unit]\n"
        f"Description=Refresh paper deadlines {job.when}\n"
        "\n"
        "[Timer]\n"
        f"OnCalendar={calendar}\n"
        "RandomizedDelaySec=10min\n"
        "Persistent=true\n"
        "\n"
        "[Install]\n"
        "WantedBy=timers.target\n"
    )
    return service, timer


def digest_line(job: Job, papers: Path) -> str:
    """``0 8 * * 1 deadlines digest --papers FILE``: Monday mornings (UTC); cron mails what a
    job prints to MAILTO, so the digest reaches the lab without a mail command."""
    q = shlex.quote
    command = f"{q(job.exe)} digest --papers {q(str(papers))}{_catalogs(job)}"
    if job.config:
        command = f"env DEADLINES_CONFIG={q(job.config)} {command}"
    return f"0 8 * * 1 {command}"


def format_cron(job: Job, papers: Path | None = None) -> str:
    """What `deadlines cron` prints: the crontab lines (with a papers file, also the weekly
    digest), then the systemd units."""
    service, timer = systemd_units(job)
    log = f"; output goes to {job.log}" if job.log is not None else ""
    digest = (
        "# the weekly digest of the lab's papers, Mondays 08:00 UTC, mailed by cron to MAILTO:\n"
        f"{digest_line(job, papers)}\n"
        if papers is not None
        else ""
    )
    return (
        f"# Refresh the sources and rebuild {job.out} {job.when}{log}.\n"
        "# crontab -e, then add (CRON_TZ makes cronie read the time as UTC; with another\n"
        "# cron, set the machine's zone to UTC or shift the hour):\n"
        "CRON_TZ=UTC\n"
        f"{crontab_line(job)}\n"
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


def github_workflow(job: Job) -> str:
    """A GitHub Actions workflow that refreshes, builds and publishes the static site to
    GitHub Pages on the job's schedule: one lab's feeds for many subscribers, no server.

    The catalogs and the config file are paths inside the repository; the scraped overlay
    is carried from run to run in the Actions cache.
    """
    if job.at is not None:
        cron = f"{job.at[1]} {job.at[0]} * * *"
    else:
        cron = f"{MINUTE} {'*' if job.hours == 1 else f'*/{job.hours}'} * * *"
    cats = _catalogs(job)
    config = (
        f"  DEADLINES_CONFIG: {job.config}\n"
        if job.config
        else "  # DEADLINES_CONFIG: deadlines.toml   # a config file kept in the repository\n"
    )
    return (
        "# .github/workflows/deadlines.yml: refresh the sources, build the page and feeds,\n"
        f"# publish them on GitHub Pages {job.when}. In the repository's settings, set\n"
        '# Pages > Source to "GitHub Actions". Subscribers then use\n'
        "# https://OWNER.github.io/REPO/deadlines.ics (the page lists every feed).\n"
        "name: deadlines\n"
        '"on":\n'
        "  schedule:\n"
        f'    - cron: "{cron}"   # UTC\n'
        "  workflow_dispatch: {}\n"
        "permissions:\n"
        "  contents: read\n"
        "  pages: write\n"
        "  id-token: write\n"
        "concurrency:\n"
        "  group: deadlines\n"
        "  cancel-in-progress: false\n"
        "env:\n"
        "  DEADLINES_DATA_DIR: ${{ github.workspace }}/.deadlines-data\n"
        f"{config}"
        "jobs:\n"
        "  publish:\n"
        "    runs-on: ubuntu-latest\n"
        "    environment:\n"
        "      name: github-pages\n"
        "      url: ${{ steps.deploy.outputs.page_url }}\n"
        "    steps:\n"
        "      - uses: actions/checkout@v4\n"
        "      - uses: actions/setup-python@v5\n"
        "        with:\n"
        '          python-version: "3.12"\n'
        f'      - run: pip install "deadlines @ git+{PROJECT}"\n'
        "      - uses: actions/cache@v4   # the scraped overlay, carried from run to run\n"
        "        with:\n"
        "          path: .deadlines-data\n"
        "          key: deadlines-data-${{ github.run_id }}\n"
        "          restore-keys: deadlines-data-\n"
        f"      - run: deadlines refresh{cats} || test $? -eq 3\n"
        "      - run: >-\n"
        f"          deadlines build --out _site{cats}\n"
        "          --base-url https://${{ github.repository_owner }}.github.io/"
        "${{ github.event.repository.name }}/\n"
        "      - uses: actions/upload-pages-artifact@v3\n"
        "        with:\n"
        "          path: _site\n"
        "      - id: deploy\n"
        "        uses: actions/deploy-pages@v4\n"
    )
