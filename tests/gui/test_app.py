"""Developer hooks: --screenshot renders the window to PNG; --exit-after-show exits at once."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage

from briefdesk import store
from briefdesk.gui.app import main
from briefdesk.samples import load_sample


def test_screenshot_of_a_brief(qtbot: Any, tmp_path: Path) -> None:
    brief = tmp_path / "sample.brief"
    store.save_brief(brief, load_sample())
    out = tmp_path / "window.png"
    assert main([str(brief), "--screenshot", str(out), "--size", "1200x800", "--tab", "Deals"]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1200, 800)
    assert not (tmp_path / f".~lock.{brief.name}#").exists(), "the lock was left behind"


def test_screenshot_of_a_missing_brief_fails_cleanly(
    qtbot: Any, tmp_path: Path, capsys: Any
) -> None:
    code = main([str(tmp_path / "none.brief"), "--screenshot", str(tmp_path / "x.png")])
    assert code == 1
    err = capsys.readouterr().err
    assert "none.brief" in err and "no such file" in err
    assert not (tmp_path / "x.png").exists()


def test_opening_an_article_starts_a_brief_with_it_as_a_source(
    qtbot: Any, tmp_path: Path, monkeypatch: Any, capsys: Any
) -> None:
    """``briefdesk --screenshot s.png art.txt`` once said "invalid JSON at line 1, column 1"."""
    from briefdesk.gui import app

    article = tmp_path / "art.txt"
    article.write_text(
        "The defence ministry said on Tuesday it had signed a contract worth $120 million for "
        "twelve patrol boats built by Example Yards, officials said.\n",
        encoding="utf-8",
    )
    titles: list[list[str]] = []

    def shoot(_app: object, window: Any, _args: Any) -> int:
        qtbot.waitUntil(lambda: bool(window.doc.brief.sources), timeout=60000)
        titles.append([s.filename for s in window.doc.brief.sources])
        window.doc.undo_stack.setClean()
        window._release_lock()
        window.close()
        return 0

    monkeypatch.setattr(app, "_screenshot", shoot)
    assert main([str(article), "--screenshot", str(tmp_path / "x.png")]) == 0
    assert titles == [["art.txt"]]
    assert "invalid JSON" not in capsys.readouterr().err
    code = main([str(tmp_path / "gone.txt"), "--screenshot", str(tmp_path / "y.png")])
    assert code == 1 and "gone.txt: no such file" in capsys.readouterr().err
    # An article the window would refuse in a dialog is refused on stderr (it used to hang).
    (tmp_path / "empty.txt").write_text("", "utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01PK\x00" * 64)
    for name, reason in (("empty.txt", "is empty"), ("binary.txt", "binary")):
        code = main([str(tmp_path / name), "--screenshot", str(tmp_path / "z.png")])
        err = capsys.readouterr().err
        assert code == 1 and name in err and reason in err, err
    assert titles == [["art.txt"]] and not (tmp_path / "z.png").exists()


def test_exit_after_show_in_a_fresh_process(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BRIEFDESK_HOME": str(tmp_path)}
    src = Path(__file__).resolve().parents[2] / "src"
    env["PYTHONPATH"] = os.pathsep.join([str(src), env.get("PYTHONPATH", "")])
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from briefdesk.gui.app import main; sys.exit(main(sys.argv[1:]))",
            "--exit-after-show",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_no_display_is_one_clear_line(monkeypatch: Any, capsys: Any) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    assert main([]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no display" in err and "--screenshot" in err


def test_unexpected_error_goes_to_log_and_status_bar(window: Any, monkeypatch: Any) -> None:
    from briefdesk import paths
    from briefdesk.gui import app

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app._install_error_hook(window)
    try:
        raise ValueError("boom in a slot")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert "boom in a slot" in window.statusBar().currentMessage()
    log = (paths.log_dir() / "briefdesk.log").read_text("utf-8")
    assert "Traceback" in log and "boom in a slot" in log


FIRST_FRAME_PROBE = """
import sys
from PySide6.QtWidgets import QMainWindow

shown = QMainWindow.showEvent

def probe(self, event):
    # What is loaded when the frame first shows: the heavy core must come after it.
    print(sorted(m for m in sys.modules if m.startswith(("briefdesk.", "pydantic", "pycountry"))))
    shown(self, event)

QMainWindow.showEvent = probe
from briefdesk.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def test_first_frame_through_the_command_loads_no_core(tmp_path: Path) -> None:
    """The ``briefdesk`` command opening a brief shows its frame before reading the brief."""
    brief = tmp_path / "sample.brief"
    store.save_brief(brief, load_sample())
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BRIEFDESK_HOME": str(tmp_path)}
    src = Path(__file__).resolve().parents[2] / "src"
    env["PYTHONPATH"] = os.pathsep.join([str(src), env.get("PYTHONPATH", "")])
    result = subprocess.run(
        [sys.executable, "-c", FIRST_FRAME_PROBE, "--exit-after-show", str(brief)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    loaded = result.stdout.strip().splitlines()[0]
    for heavy in ("briefdesk.store", "briefdesk.model", "pydantic", "pycountry"):
        assert f"'{heavy}" not in loaded, f"{heavy} is imported before the first frame: {loaded}"
    assert "'briefdesk.gui.mainwindow'" in loaded


def test_screenshot_into_a_missing_folder_says_it_made_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """newcomer6 F37 (folders made silently) and newcomer12 N12-35 (export made them, the
    screenshot refused them): one rule, the folder is made and said."""
    out = tmp_path / "nonexistent" / "deeper" / "x.png"
    assert main(["--screenshot", str(out)]) == 0
    assert out.is_file()
    err = capsys.readouterr().err.strip().splitlines()
    assert err[0] == f"briefdesk: made folder {out.parent}"


def test_screenshot_under_a_file_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    afile = tmp_path / "afile"
    afile.write_text("x")
    assert main(["--screenshot", str(afile / "x.png")]) == 1
    assert capsys.readouterr().err.startswith(f"briefdesk: {afile}: cannot make the folder")
