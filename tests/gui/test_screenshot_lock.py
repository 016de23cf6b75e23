"""--screenshot of a brief open in another BriefDesk: shown without its lock, never waiting."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage

from briefdesk import store
from briefdesk.gui.app import main
from briefdesk.samples import load_sample
from briefdesk.store.lock import read_owner
from tests.lock_holder import hold_lock

_SRC = Path(__file__).resolve().parents[2] / "src"


def _env(home: Path) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BRIEFDESK_HOME": str(home)}
    env["PYTHONPATH"] = os.pathsep.join([str(_SRC), env.get("PYTHONPATH", "")])
    return env


@pytest.fixture
def held_brief(tmp_path: Path) -> Iterator[tuple[Path, int]]:
    """A brief whose lock another live process (another BriefDesk, as far as the lock says)
    holds; yields (brief, holder pid)."""
    brief = tmp_path / "held.brief"
    store.save_brief(brief, load_sample())
    holder = hold_lock(brief)
    try:
        yield brief, holder.pid
    finally:
        holder.kill()
        holder.wait()


def _lock_pid(brief: Path) -> int | None:
    owner = read_owner(brief)
    return owner.pid if owner else None


def test_screenshot_does_not_ask_about_a_held_lock(
    qtbot: Any, prompt_log: Any, tmp_path: Path, held_brief: tuple[Path, int]
) -> None:
    brief, pid = held_brief
    out = tmp_path / "shot.png"
    assert main([str(brief), "--screenshot", str(out), "--size", "1000x700"]) == 0
    # A "Brief in use" box here is what made the real command wait for ever.
    assert prompt_log.questions == [] and prompt_log.errors == []
    assert QImage(str(out)).width() == 1000
    assert _lock_pid(brief) == pid, "the other process's lock was taken over or removed"


def test_screenshot_command_finishes_while_another_process_holds_the_lock(
    tmp_path: Path, held_brief: tuple[Path, int]
) -> None:
    brief, pid = held_brief
    out = tmp_path / "shot.png"
    # The timeout is a guard against a hang, not a speed assertion (it used to wait for ever).
    result = subprocess.run(
        [sys.executable, "-m", "briefdesk", "--screenshot", str(out), str(brief)],
        capture_output=True,
        text=True,
        env=_env(tmp_path / "home"),
        timeout=240,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert out.is_file() and _lock_pid(brief) == pid
