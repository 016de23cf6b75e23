"""Saving is atomic with a backup; stale overwrites and unreadable files are refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefdesk.model import Brief, Header
from briefdesk.model.fileformat import dumps
from briefdesk.samples import load_sample, sample_bytes
from briefdesk.store import (
    ChangedOnDisk,
    StoreError,
    backup_path,
    changed_on_disk,
    open_brief,
    save_brief,
)


def test_save_then_open_gives_the_same_brief(tmp_path: Path) -> None:
    target = tmp_path / "note.brief"
    brief = load_sample()
    stamp = save_brief(target, brief)
    opened = open_brief(target)
    assert opened.brief == brief
    assert opened.stamp.sha256 == stamp.sha256
    assert not changed_on_disk(target, opened.stamp)


def test_save_keeps_the_previous_version_as_backup(tmp_path: Path) -> None:
    target = tmp_path / "note.brief"
    first = save_brief(target, Brief(header=Header(title="first")))
    save_brief(target, Brief(header=Header(title="second")), expected=first)
    assert open_brief(backup_path(target)).brief.header.title == "first"
    assert open_brief(target).brief.header.title == "second"


def test_save_leaves_no_temp_files_behind(tmp_path: Path) -> None:
    target = tmp_path / "note.brief"
    stamp = save_brief(target, Brief())
    save_brief(target, Brief(), expected=stamp)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["note.brief", "note.brief.bak"]


def test_new_file_refuses_to_replace_an_existing_one(tmp_path: Path) -> None:
    target = tmp_path / "note.brief"
    target.write_text("precious")
    with pytest.raises(ChangedOnDisk, match="already exists"):
        save_brief(target, Brief(), expected=None)
    assert target.read_text() == "precious"


def test_save_refuses_when_someone_else_changed_the_file(tmp_path: Path) -> None:
    target = tmp_path / "note.brief"
    target.write_bytes(sample_bytes())
    opened = open_brief(target)
    other = opened.brief.model_copy(update={"bluf": "changed elsewhere"})
    target.write_text(dumps(other))
    assert changed_on_disk(target, opened.stamp)
    with pytest.raises(ChangedOnDisk, match="changed on disk since it was opened"):
        save_brief(target, opened.brief, expected=opened.stamp)
    assert open_brief(target).brief.bluf == "changed elsewhere"
    save_brief(target, opened.brief, expected=opened.stamp, force=True)
    assert open_brief(target).brief == opened.brief


def test_touching_the_file_without_changing_it_is_not_a_change(tmp_path: Path) -> None:
    target = tmp_path / "note.brief"
    stamp = save_brief(target, Brief())
    target.write_bytes(target.read_bytes())
    assert not changed_on_disk(target, stamp)


def test_deleted_file_counts_as_changed(tmp_path: Path) -> None:
    target = tmp_path / "note.brief"
    stamp = save_brief(target, Brief())
    target.unlink()
    assert changed_on_disk(target, stamp)


def test_failed_open_never_modifies_the_file(tmp_path: Path) -> None:
    target = tmp_path / "broken.brief"
    original = sample_bytes().replace(b'"USD"', b'"USX"')
    target.write_bytes(original)
    with pytest.raises(StoreError, match=r"broken\.brief: deals\[0\]\.value\.currency"):
        open_brief(target)
    assert target.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.brief"]


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: None, "no such file"),
        (lambda p: p.mkdir(), "is a folder"),
    ],
)
def test_unopenable_paths_give_one_line(tmp_path: Path, make, reason: str) -> None:
    target = tmp_path / "x.brief"
    make(target)
    with pytest.raises(StoreError, match=reason):
        open_brief(target)


def test_save_into_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot save"):
        save_brief(tmp_path / "nope" / "x.brief", Brief())


def test_stamp_of_a_path_under_a_file_is_none_and_unreadable_is_a_store_error(
    tmp_path: Path,
) -> None:
    from briefdesk.store import read_stamp

    afile = tmp_path / "afile"
    afile.write_text("x")
    assert read_stamp(afile / "x.brief") is None
    assert changed_on_disk(afile / "x.brief", None) is False
    with pytest.raises(StoreError, match="is a folder"):
        read_stamp(tmp_path)  # a folder cannot be read as a brief
