"""newcomer13 N13-41: on the team library, a desk with a lower marking ceiling indexing its own
copy of a brief (same brief id, e.g. received by mail) removed the entry another desk had indexed
from its own file, on every run, and said only "withheld". A desk's ceiling decides what that
desk sends; removals are counted and named. Run on a real throw-away PostgreSQL cluster."""

from __future__ import annotations

from pathlib import Path

from briefdesk.model import Marking
from briefdesk.model.codes import MarkingScheme
from tests.library.conftest import open_backend
from tests.library.factory import make_brief, write_brief

AMBER = Marking(scheme=MarkingScheme.TLP, level="AMBER")


def _paths(library: object) -> set[str]:
    return {h.path for h in library.search("buy")}  # type: ignore[attr-defined]


def test_a_lower_ceiling_on_one_desk_leaves_the_other_desks_entry(
    pg_dsn: str, tmp_path: Path
) -> None:
    brief = make_brief(3, marking=AMBER)
    original = str(write_brief(tmp_path / "desk1", brief))
    write_brief(tmp_path / "desk2", brief, name="b3-copy.brief")
    desk1 = open_backend(f"postgresql:{pg_dsn}", ceiling="TLP:AMBER")
    desk2 = open_backend(f"postgresql:{pg_dsn}", ceiling="TLP:GREEN")
    try:
        assert desk1.index([tmp_path / "desk1"]).added == 1
        for _ in range(2):  # every run, not only the first
            report = desk2.index([tmp_path / "desk2"])
            assert (report.withheld, report.withdrawn, report.removed) == (1, 0, 0)
            assert _paths(desk1) == {original}
            summary = report.summary()
            assert "1 not sent (marked above the marking ceiling; it stays on this desk" in summary
            assert original in summary and "not this desk's to take out" in summary
            assert "taken out" not in summary
        assert desk1.index([tmp_path / "desk1"]).unchanged == 1
    finally:
        desk1.close()
        desk2.close()


def test_a_desk_that_sent_its_copy_takes_out_only_its_own_file(pg_dsn: str, tmp_path: Path) -> None:
    brief = make_brief(3, marking=AMBER)
    original = str(write_brief(tmp_path / "desk1", brief))
    write_brief(tmp_path / "desk2", brief, name="b3-copy.brief")
    desk1 = open_backend(f"postgresql:{pg_dsn}", ceiling="TLP:AMBER")
    try:
        desk1.index([tmp_path / "desk1"])
        desk2_amber = open_backend(f"postgresql:{pg_dsn}", ceiling="TLP:AMBER")
        try:
            assert desk2_amber.index([tmp_path / "desk2"]).copies == 1
        finally:
            desk2_amber.close()
        desk2 = open_backend(f"postgresql:{pg_dsn}", ceiling="TLP:GREEN")
        try:
            report = desk2.index([tmp_path / "desk2"])  # the same desk, its ceiling lowered
            assert (report.withheld, report.withdrawn) == (1, 0)
            assert original in report.summary()
        finally:
            desk2.close()
        assert _paths(desk1) == {original}
        assert [p for p, _sha in desk1.other_files_of(brief.id, original)] == []
    finally:
        desk1.close()


def test_a_removal_is_counted_and_named(pg_dsn: str, tmp_path: Path) -> None:
    path = str(write_brief(tmp_path / "desk1", make_brief(3, marking=AMBER)))
    wide = open_backend(f"postgresql:{pg_dsn}", ceiling="TLP:AMBER")
    try:
        wide.index([tmp_path / "desk1"])
    finally:
        wide.close()
    narrow = open_backend(f"postgresql:{pg_dsn}", ceiling="TLP:GREEN")
    try:
        report = narrow.index([tmp_path / "desk1"])
        assert (report.withdrawn, report.taken_out) == (1, [path])
        assert f"1 taken out (now above the marking ceiling: {path})" in report.summary()
        assert narrow.count() == 0
    finally:
        narrow.close()
