"""Indexing and rescanning: the files stay the truth, the index follows them."""

from __future__ import annotations

import os
from pathlib import Path

from briefdesk.library.sqlbase import SqlBase
from briefdesk.model import Marking
from briefdesk.model.codes import MarkingScheme
from briefdesk.model.fileformat import dumps
from tests.library.factory import make_brief, write_brief, write_many


def _stamps(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {str(p): (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.rglob("*.brief")}


def test_index_then_rescan_reads_nothing_new(lib: SqlBase, tmp_path: Path) -> None:
    write_many(tmp_path / "desk", 12)
    first = lib.index([tmp_path / "desk"])
    assert (first.added, first.problems) == (12, [])
    again = lib.index([tmp_path / "desk"])
    assert (again.added, again.updated, again.unchanged) == (0, 0, 12)
    assert lib.count() == 12


def test_changed_added_moved_and_deleted_files(lib: SqlBase, tmp_path: Path) -> None:
    desk = tmp_path / "desk"
    paths = write_many(desk, 5)
    lib.index([desk])
    changed = make_brief(0)
    changed.header.title = "Retitled after signature"
    paths[0].write_text(dumps(changed), encoding="utf-8")
    os.utime(paths[0], ns=(1, 1))  # a different stamp even on coarse clocks
    write_brief(desk, make_brief(99))
    moved_to = desk / "archive" / paths[1].name
    moved_to.parent.mkdir()
    paths[1].rename(moved_to)
    paths[2].unlink()
    report = lib.index([desk])
    assert (report.added, report.updated, report.moved, report.removed) == (1, 1, 1, 1)
    assert lib.count() == 5
    assert [h.title for h in lib.search("retitled")] == ["Retitled after signature"]
    hit = lib.search(make_brief(1).header.title, limit=1)[0]
    assert (hit.brief_id, hit.path) == ("brief-000001", str(moved_to.resolve()))


def test_the_index_never_changes_a_brief(lib: SqlBase, tmp_path: Path) -> None:
    write_many(tmp_path, 4)
    before = _stamps(tmp_path)
    lib.index([tmp_path])
    lib.index([tmp_path])
    assert _stamps(tmp_path) == before


def test_corrupt_and_newer_briefs_are_listed_never_half_read(lib: SqlBase, tmp_path: Path) -> None:
    write_many(tmp_path, 2)
    (tmp_path / "broken.brief").write_text('{"format": "briefdesk.brief", "version": 1,', "utf-8")
    newer = make_brief(7).model_dump(mode="json", by_alias=True)
    newer["version"] = 9
    import json

    (tmp_path / "newer.brief").write_text(json.dumps(newer), encoding="utf-8")
    report = lib.index([tmp_path])
    reasons = dict(report.problems)
    assert report.added == 2
    assert "ends early, at line 1" in reasons[str((tmp_path / "broken.brief").resolve())]
    assert "newer BriefDesk" in reasons[str((tmp_path / "newer.brief").resolve())]
    assert lib.search("brief-000007") == [] and lib.count() == 2
    # Still listed on a rescan that does not read them again.
    assert len(lib.index([tmp_path]).problems) == 2


def test_a_brief_that_turns_corrupt_leaves_the_index(lib: SqlBase, tmp_path: Path) -> None:
    path = write_many(tmp_path, 1)[0]
    lib.index([tmp_path])
    path.write_text("not json at all", encoding="utf-8")
    report = lib.index([tmp_path])
    assert lib.count() == 0 and len(report.problems) == 1


def test_a_vanished_folder_gives_one_message_and_keeps_entries(
    lib: SqlBase, tmp_path: Path
) -> None:
    desk = tmp_path / "share"
    write_many(desk, 3)
    lib.index([desk])
    desk.rename(tmp_path / "elsewhere")
    report = lib.index([desk])
    assert len(report.problems) == 1
    assert "library folder not found" in report.problems[0][1]
    assert lib.count() == 3


def test_index_file_after_a_save(lib: SqlBase, tmp_path: Path) -> None:
    brief = make_brief(3)
    path = write_brief(tmp_path, brief)
    assert lib.index_file(path).added == 1
    brief.bluf = "Delivery slipped to the spring."
    path.write_text(dumps(brief), encoding="utf-8")
    assert lib.index_file(path).updated == 1
    assert lib.search("slipped spring")[0].field == "bluf"
    path.unlink()
    assert lib.index_file(path).removed == 1 and lib.count() == 0


def test_same_brief_in_two_files_is_one_entry(lib: SqlBase, tmp_path: Path) -> None:
    brief = make_brief(4)
    write_brief(tmp_path / "a", brief)
    write_brief(tmp_path / "b", brief)
    lib.index([tmp_path])
    assert lib.count() == 1
    (tmp_path / "a" / f"{brief.id}.brief").unlink()
    lib.index([tmp_path])
    assert lib.count() == 1
    assert lib.search("buy")[0].path.endswith(f"b/{brief.id}.brief")


def test_marking_ceiling_withholds_briefs(backend: str, tmp_path: Path) -> None:
    from tests.library.conftest import open_backend

    red = Marking(scheme=MarkingScheme.TLP, level="RED")
    library = open_backend(backend, ceiling="TLP:AMBER")
    try:
        write_brief(tmp_path, make_brief(1))
        path = write_brief(tmp_path, make_brief(2, marking=red))
        report = library.index([tmp_path])
        if library.name == "sqlite":  # the local file keeps everything
            assert (report.added, report.withheld) == (2, 0)
            return
        assert (report.added, report.withheld) == (1, 1)
        assert {h.brief_id for h in library.search("buy")} == {"brief-000001"}
        # A brief sent earlier and re-marked above the ceiling is taken out.
        amber = make_brief(1)
        amber.marking = Marking(scheme=MarkingScheme.UK, level="SECRET")
        write_brief(tmp_path, amber)
        os.utime(path, ns=(5, 5))
        library.index([tmp_path])
        assert library.count() == 0
    finally:
        library.close()


def test_a_library_from_a_newer_briefdesk_is_refused(lib: SqlBase, backend: str) -> None:
    import pytest

    from briefdesk.library.api import LibraryError
    from tests.library.conftest import open_backend

    with lib._tx():
        lib._run("INSERT INTO schema_version (version) VALUES (99)")
    with pytest.raises(LibraryError, match="newer BriefDesk"):
        open_backend(backend)


def test_a_version_1_library_is_migrated(tmp_path: Path) -> None:
    import sqlite3

    from briefdesk.library.sqlite import MIGRATIONS, SqliteLibrary

    path = tmp_path / "old.sqlite3"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    for sql in MIGRATIONS[1]:
        db.execute(sql)
    db.execute("INSERT INTO schema_version VALUES (1)")
    db.commit()
    db.close()
    lib = SqliteLibrary(path)
    assert lib._rows("SELECT max(version) FROM schema_version")[0][0] == 5
    lib.split_actors("a", "b")  # the version-2 table is there
    assert lib._rows("SELECT count(folded) FROM texts")[0][0] == 0  # version 3: folded text
    lib.close()


def test_unreadable_files_are_named_on_every_run_and_counted_once(
    lib: SqlBase, tmp_path: Path
) -> None:
    write_many(tmp_path, 2)
    (tmp_path / "empty.brief").write_text("", "utf-8")
    (tmp_path / "broken.brief").write_text('{"format": "briefdesk.brief",', "utf-8")
    for _run in range(3):
        report = lib.index([tmp_path])
        assert sorted(p for p, _ in report.problems) == sorted(
            str((tmp_path / n).resolve()) for n in ("empty.brief", "broken.brief")
        )
        assert all(reason.startswith(f"{path}: ") for path, reason in report.problems)
        assert report.added + report.unchanged == 2


def test_a_copied_brief_edited_afterwards_is_a_brief_of_its_own(
    lib: SqlBase, tmp_path: Path
) -> None:
    original = make_brief(3)
    original.header.title = "Tanks for Warsaw, first report"
    first = write_brief(tmp_path, original, "first.brief")
    copy = tmp_path / "copy.brief"
    copy.write_bytes(first.read_bytes())  # a copy in the file manager keeps the brief id
    report = lib.index([tmp_path])
    assert report.problems == [] and lib.count() == 1  # identical copies: one entry
    original.header.title = "Tanks for Warsaw, second version"
    copy.write_text(dumps(original), encoding="utf-8")
    os.utime(copy, ns=(1, 1))
    lib.index([tmp_path])
    assert lib.count() == 2
    assert [h.path for h in lib.search("first report")] == [str(first.resolve())]
    assert [h.path for h in lib.search("second version")] == [str(copy.resolve())]
    assert lib.index([tmp_path]).unchanged == 2  # stable keys: nothing moves on a rescan
    first.unlink()
    lib.index([tmp_path])
    assert lib.count() == 1 and [h.path for h in lib.search("tanks")] == [str(copy.resolve())]


def test_copies_of_one_brief_are_said_as_copies_not_moves(lib: SqlBase, tmp_path: Path) -> None:
    """newcomer7 F6: 30 copies of one brief were reported as '29 moved'."""
    import shutil

    first = write_brief(tmp_path / "a", make_brief(1))
    for n in range(3):
        shutil.copy(first, tmp_path / "a" / f"copy{n}.brief")
    report = lib.index([tmp_path / "a"])
    assert (report.added, report.copies, report.moved) == (1, 3, 0)
    assert "3 copies of briefs indexed from another file" in report.summary()
    (tmp_path / "b").mkdir()
    shutil.move(str(tmp_path / "a" / "copy0.brief"), tmp_path / "b" / "copy0.brief")
    again = lib.index([tmp_path / "a", tmp_path / "b"])
    assert (again.moved, again.copies, again.removed) == (0, 1, 0)  # still a copy of a kept one


def test_a_hit_names_the_field_its_words_are_in(lib: SqlBase, tmp_path: Path) -> None:
    """N11-18: words of a judgment's rationale or the subject are not labelled as the
    statement or the title, so a click opens the field that holds them."""
    brief = make_brief(5)
    brief.header.subject = "Quarterly zeppelinfunding review"
    brief.significance.judgments[0].rationale = "The lender called the terms quokkalike."
    write_brief(tmp_path, brief)
    lib.index([tmp_path])
    [rationale] = lib.search("quokkalike")
    assert rationale.field == "significance.judgments[0].rationale"
    [subject] = lib.search("zeppelinfunding")
    assert subject.field == "header.subject"
