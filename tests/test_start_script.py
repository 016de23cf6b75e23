"""scripts/start never opens a window on a Qt platform nobody can see (N11-11): with
QT_QPA_PLATFORM=offscreen it ran for ever with an invisible window."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

START = Path(__file__).resolve().parents[1] / "scripts" / "start"


def _run(tmp_path: Path, **env: str) -> tuple[str, str]:
    """scripts/start in a copy whose setup, python and briefdesk only say how they were run."""
    (tmp_path / "scripts").mkdir()
    shutil.copy(START, tmp_path / "scripts" / "start")
    (tmp_path / "scripts" / "setup").write_text("#!/bin/sh\nexit 0\n")
    bin_dir = tmp_path / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "python").write_text("#!/bin/sh\nexit 0\n")  # "the GUI can be imported"
    (bin_dir / "briefdesk").write_text('#!/bin/sh\necho "briefdesk $*"\n')
    for name in ("scripts/start", "scripts/setup", ".venv/bin/python", ".venv/bin/briefdesk"):
        (tmp_path / name).chmod(0o755)
    clean = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    clean.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(
        [str(tmp_path / "scripts" / "start")],
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout, done.stderr


@pytest.mark.parametrize("platform", ["offscreen", "minimal", "offscreen:fontengine=freetype"])
def test_an_invisible_platform_prints_the_sample(tmp_path: Path, platform: str) -> None:
    out, err = _run(tmp_path, QT_QPA_PLATFORM=platform)
    assert out.splitlines()[-1] == "briefdesk show out/sample.brief"
    assert "a window would be invisible" in err and "--screenshot" in err


def test_a_display_opens_the_window(tmp_path: Path) -> None:
    out, _err = _run(tmp_path, DISPLAY=":0")
    assert out.splitlines()[-1] == "briefdesk out/sample.brief"
