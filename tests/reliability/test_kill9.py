"""``kill -9`` during save and export: the brief is whole, and no temporary files outlive it."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from briefdesk.model import Brief, Header
from briefdesk.store import open_brief, save_brief
from briefdesk.tempfiles import clean_stale, temp_root

SAVER = (
    "import sys\n"
    "from briefdesk.model import Brief, Header\n"
    "from briefdesk.store import open_brief, save_brief\n"
    "target = sys.argv[1]\n"
    "print('ready', flush=True)\n"
    "for i in range(1000):\n"
    "    stamp = open_brief(target).stamp\n"
    "    save_brief(target, Brief(header=Header(title=str(i) * 200000)), expected=stamp)\n"
)


def _kill_after(command: list[str], delay: float, env: dict[str, str]) -> None:
    child = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    try:
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(30)


def test_kill_during_saves_leaves_a_whole_brief_and_the_next_save_cleans_up(
    tmp_path: Path,
) -> None:
    target = tmp_path / "note.brief"
    save_brief(target, Brief(header=Header(title="first")))
    for delay in (0.6, 0.9, 1.3):
        _kill_after([sys.executable, "-c", SAVER, str(target)], delay, dict(os.environ))
        opened = open_brief(target)  # whole: the old version or a new one, never torn
        leftovers = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
        # The next save removes temp files of the killed writer.
        save_brief(target, opened.brief, expected=opened.stamp)
        assert not [p for p in leftovers if p.exists()]
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def _own_children_with(marker: str) -> list[int]:
    """Process ids whose command line mentions ``marker`` (LibreOffice started by our export)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if marker in command and int(entry.name) != os.getpid():
            found.append(int(entry.name))
    return found


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_kill_during_export_leaves_no_temporary_folders_after_the_next_start(
    suffix: str, tmp_path: Path, briefdesk_home: Path
) -> None:
    if suffix == ".pdf" and shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed; PDF export cannot be tested")
    brief = tmp_path / "b.brief"
    subprocess.run(
        [sys.executable, "-m", "briefdesk", "sample", str(brief)], check=True, capture_output=True
    )
    system_tmp = tmp_path / "system-tmp"  # the children's TMPDIR: nothing may land there
    system_tmp.mkdir()
    env = {**os.environ, "BRIEFDESK_HOME": str(briefdesk_home), "TMPDIR": str(system_tmp)}
    root = temp_root()
    try:
        for delay in (0.8, 1.6, 2.5):
            out = tmp_path / f"out{suffix}"
            command = [sys.executable, "-m", "briefdesk", "export", str(brief), "-t", "standard"]
            _kill_after([*command, "-o", str(out), "--force"], delay, env)
            # Never a half-written output: absent, or a whole file.
            if out.exists() and suffix == ".docx":
                assert zipfile.is_zipfile(out)
        # A killed export's worker ends with it (its pipe reads end-of-file), never orphaned.
        deadline = time.monotonic() + 10
        while _own_children_with(str(brief)) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert _own_children_with(str(brief)) == [], "a killed export left its worker running"
    finally:
        for pid in _own_children_with(str(root)):
            os.kill(pid, signal.SIGKILL)
    time.sleep(0.5)
    assert [p.name for p in system_tmp.iterdir() if p.name.startswith("briefdesk")] == []
    # The next start removes what the killed runs left in the cache folder.
    clean_stale()
    assert list(root.iterdir()) == []
    command = [sys.executable, "-m", "briefdesk", "export", str(brief), "-t", "standard"]
    out = tmp_path / f"out{suffix}"
    done = subprocess.run(
        [*command, "-o", str(out), "--force"], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert list(root.iterdir()) == []
    # Temp files a killed export left beside the output are gone after the next export there.
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
