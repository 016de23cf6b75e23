"""Shared fixtures: every test runs with its user folders in a temporary BRIEFDESK_HOME."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def briefdesk_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Keep every test away from the real user folders."""
    home = tmp_path_factory.mktemp("briefdesk-home")
    monkeypatch.setenv("BRIEFDESK_HOME", str(home))
    from briefdesk import spelling

    spelling.reset()  # its personal dictionary lives in this test's home
    yield home
