from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Keep the user's real config and data directory out of every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("DEADLINES_CONFIG", str(home / "config.toml"))
    monkeypatch.setenv("DEADLINES_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("TZ", "UTC")
