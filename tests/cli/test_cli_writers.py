"""Every command that changes a brief holds its lock: writers at once never fail on each other.

Real processes, as a user's shell runs them with ``&``: each writer's change is in the file
(exit 0), or the writer waited and then said "busy …, nothing saved" with the file untouched.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.model.fileformat import loads
from briefdesk.store.lock import lock_path
from tests.lock_holder import hold_lock


def _run(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "briefdesk", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    )


def test_set_and_judgments_at_once_keep_every_change(tmp_path: Path) -> None:
    brief = tmp_path / "k.brief"
    assert main(["new", str(brief)]) == 0
    for round_ in range(4):
        title, bluf, judgment = f"Title {round_}", f"Bluf line {round_}.", f"Judgment {round_}."
        writers = [
            _run("set", str(brief), f"title={title}"),
            _run("judgments", "add", str(brief), judgment, "-l", "likely", "-c", "low"),
            _run("set", str(brief), f"bluf={bluf}"),
            _run("options", "add", str(brief), f"Option {round_}"),
        ]
        results = [(w.wait(timeout=120), *w.communicate()) for w in writers]
        saved = loads(brief.read_bytes())
        kept = [
            saved.header.title == title,
            any(j.statement == judgment for j in saved.significance.judgments),
            saved.bluf == bluf,
            any(o.label == f"Option {round_}" for o in saved.options),
        ]
        for (code, out, err), in_file in zip(results, kept, strict=True):
            assert "changed on disk" not in err, (round_, err)
            if code == 0:
                assert in_file, (round_, out, err)
            else:
                assert "busy" in err and "nothing saved" in err and not in_file, (round_, err)
        assert not lock_path(brief).exists()


def test_a_writer_waits_for_the_window_then_says_busy_and_saves_nothing(tmp_path: Path) -> None:
    brief = tmp_path / "b.brief"
    assert main(["new", str(brief)]) == 0
    before = brief.read_bytes()
    holder = hold_lock(brief)
    try:
        child = _run("judgments", "add", str(brief), "It will rain.", "-l", "likely")
        out, err = child.communicate(timeout=120)
        assert child.returncode == 1
        assert err.strip() == (
            f"briefdesk judgments: {brief}: busy (open in another BriefDesk or command), "
            "nothing saved"
        )
        assert out == ""
        assert brief.read_bytes() == before
    finally:
        holder.kill()
        holder.wait()


def test_check_and_list_read_a_brief_open_in_the_window(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Reading commands work on an open brief, as ``show`` does; only writers wait for it."""
    brief = tmp_path / "b.brief"
    assert main(["new", str(brief), "--title", "Open in the window"]) == 0
    assert main(["judgments", "add", str(brief), "It will rain.", "-l", "likely"]) == 0
    holder = hold_lock(brief)
    try:
        capsys.readouterr()
        code = main(["check", str(brief)])
        out, err = capsys.readouterr()
        assert "already open" not in err and err == ""
        assert "to fix" in out  # the review ran: an empty brief has things to fix
        assert code == 1 and "error:" in out
        assert main(["judgments", "list", str(brief)]) == 0
        assert "1. It will rain." in capsys.readouterr().out
    finally:
        holder.kill()
        holder.wait()
