"""One writer at a time: two real processes changing one brief never lose a change."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.model.fileformat import loads
from briefdesk.store import (
    Busy,
    ChangedOnDisk,
    StoreError,
    held_for_writing,
    open_brief,
    save_brief,
)
from briefdesk.store.lock import lock_path
from tests.lock_holder import hold_lock

ARTICLE = "The Ministry of Defence of {n} confirmed on Tuesday that it will buy {m} tanks. " * 4


def _add_source(brief: Path, article: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "briefdesk", "add-source", str(brief), str(article)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    )


def test_two_add_source_at_once_never_lose_a_source(tmp_path: Path) -> None:
    brief = tmp_path / "b.brief"
    assert main(["new", str(brief)]) == 0
    for round_ in range(6):
        a = tmp_path / f"a{round_}.txt"
        b = tmp_path / f"b{round_}.txt"
        a.write_text(ARTICLE.format(n=f"Poland {round_}", m=round_ * 10 + 1))
        b.write_text(ARTICLE.format(n=f"Chile {round_}", m=round_ * 10 + 2) + " Extra.")
        children = [_add_source(brief, a), _add_source(brief, b)]
        results = [(c.wait(timeout=120), *c.communicate()) for c in children]
        names = {s.filename for s in loads(brief.read_bytes()).sources}
        for (code, out, err), article in zip(results, (a, b), strict=True):
            if code == 0:
                # Exit 0 means the change is in the file.
                assert article.name in names, (round_, out, err)
                assert "added" in out
            else:
                assert "nothing saved" in err and article.name not in names, err
                assert "added" not in out
        assert not lock_path(brief).exists()


def test_second_writer_waits_then_says_busy_and_saves_nothing(tmp_path: Path) -> None:
    brief = tmp_path / "b.brief"
    assert main(["new", str(brief)]) == 0
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE.format(n="Poland", m=1))
    before = brief.read_bytes()
    holder = hold_lock(brief)
    try:
        child = _add_source(brief, article)
        out, err = child.communicate(timeout=120)
        assert child.returncode == 1
        assert err.strip() == (
            f"briefdesk add-source: {brief}: busy (open in another BriefDesk or command), "
            "nothing saved"
        )
        assert "added" not in out
        assert brief.read_bytes() == before
    finally:
        holder.kill()
        holder.wait()


def test_stale_stamp_with_same_size_and_time_is_still_refused(tmp_path: Path) -> None:
    brief = tmp_path / "b.brief"
    assert main(["new", str(brief), "--title", "aaaa"]) == 0
    opened = open_brief(brief)
    mtime = brief.stat().st_mtime_ns
    brief.write_bytes(brief.read_bytes().replace(b'"aaaa"', b'"bbbb"'))
    os.utime(brief, ns=(mtime, mtime))  # same size, same time: only the content differs
    with pytest.raises(ChangedOnDisk):
        save_brief(brief, opened.brief, expected=opened.stamp)


def test_held_for_writing_excludes_a_second_holder(tmp_path: Path) -> None:
    brief = tmp_path / "b.brief"
    assert main(["new", str(brief)]) == 0
    code = (
        "from briefdesk.store import held_for_writing, Busy\n"
        "try:\n"
        f"    with held_for_writing({str(brief)!r}, wait=0.3):\n"
        "        print('got it')\n"
        "except Busy as exc:\n"
        "    print(exc)\n"
    )
    with held_for_writing(brief):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout
    assert "busy (open in another BriefDesk or command), nothing saved" in out
    with pytest.raises(Busy), held_for_writing(brief), held_for_writing(brief, wait=0.2):
        pass


def test_symlinked_brief_is_written_through_and_the_link_kept(tmp_path: Path) -> None:
    real_dir = tmp_path / "real"
    real_dir.mkdir()
    target = real_dir / "t.brief"
    assert main(["new", str(target), "--title", "old"]) == 0
    link = tmp_path / "link.brief"
    link.symlink_to(target)
    opened = open_brief(link)
    opened.brief.header.title = "new"
    save_brief(link, opened.brief, expected=opened.stamp)
    assert link.is_symlink() and Path(os.readlink(link)) == target
    assert loads(target.read_bytes()).header.title == "new"
    assert (real_dir / "t.brief.bak").exists()
    assert not [p for p in real_dir.iterdir() if p.name.endswith(".tmp")]


def test_add_source_through_a_symlink_changes_the_real_file(tmp_path: Path) -> None:
    target = tmp_path / "t.brief"
    assert main(["new", str(target)]) == 0
    link = tmp_path / "link.brief"
    link.symlink_to(target)
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE.format(n="Peru", m=3))
    assert main(["add-source", str(link), str(article)]) == 0
    assert link.is_symlink()
    assert [s.filename for s in loads(target.read_bytes()).sources] == ["a.txt"]


def test_backup_that_is_a_folder_is_named_and_nothing_saved(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    brief = tmp_path / "b.brief"
    assert main(["new", str(brief)]) == 0
    (tmp_path / "b.brief.bak").mkdir()
    before = brief.read_bytes()
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE.format(n="Peru", m=3))
    capsys.readouterr()
    assert main(["add-source", str(brief), str(article)]) == 1
    out, err = capsys.readouterr()
    assert "added" not in out
    assert err.strip() == (
        f"briefdesk add-source: {tmp_path / 'b.brief.bak'}: is a folder, so the "
        "previous version cannot be kept there; nothing saved (move or rename it)"
    )
    assert brief.read_bytes() == before
    opened = open_brief(brief)
    with pytest.raises(StoreError, match=r"b\.brief\.bak: is a folder"):
        save_brief(brief, opened.brief, expected=opened.stamp)


def test_two_windows_on_one_brief_keep_separate_recovery_snapshots(tmp_path: Path) -> None:
    from briefdesk.model import Brief, Header
    from briefdesk.store import list_snapshots, write_snapshot

    brief = Brief(header=Header(title="mine"))
    theirs = brief.model_copy(deep=True)
    theirs.header.title = "theirs"
    write_snapshot(brief, tmp_path / "b.brief", pid=111_111)
    write_snapshot(theirs, tmp_path / "b.brief", pid=222_222)
    assert sorted(s.title for s in list_snapshots()) == ["mine", "theirs"]
