"""The index line after a brief is re-marked above the ceiling says what happened in the
user's terms (round 23, newcomer22 N22-16: "0 removed, 2 unchanged, 1 withheld" puzzled them):
the first run takes it out and names it, every later run says it is not sent and stays on this
desk, and names the file — never "withheld"."""

from __future__ import annotations

from pathlib import Path

from briefdesk.library.api import IndexReport
from briefdesk.model import Marking
from briefdesk.model.codes import MarkingScheme
from tests.library.conftest import open_backend
from tests.library.factory import make_brief, write_brief

GREEN = Marking(scheme=MarkingScheme.TLP, level="GREEN")
RED = Marking(scheme=MarkingScheme.TLP, level="RED")


def test_a_brief_re_marked_above_the_ceiling_is_named_each_run(
    pg_dsn: str, tmp_path: Path
) -> None:
    write_brief(tmp_path, make_brief(1, marking=GREEN))
    write_brief(tmp_path, make_brief(2, marking=GREEN))
    path = str(write_brief(tmp_path, make_brief(3, marking=GREEN)))
    library = open_backend(f"postgresql:{pg_dsn}", ceiling="TLP:AMBER")
    try:
        assert library.index([tmp_path]).added == 3
        write_brief(tmp_path, make_brief(3, marking=RED))  # re-marked, saved again
        first = library.index([tmp_path])
        assert f"1 taken out (now above the marking ceiling: {path})" in first.summary()
        again = library.index([tmp_path])
        said = again.summary()
        assert "withheld" not in said
        assert (
            f"1 not sent (marked above the marking ceiling; it stays on this desk only: {path})"
            in said
        )
        assert "2 unchanged" in said
    finally:
        library.close()


def test_several_kept_back_are_counted_and_named() -> None:
    report = IndexReport(kept_back=["/b/one.brief", "/b/two.brief"])
    assert (
        "2 not sent (marked above the marking ceiling; they stay on this desk only: "
        "/b/one.brief, /b/two.brief)"
    ) in report.summary()


def test_the_counts_follow_the_named_files_and_reach_the_json() -> None:
    # Round 24: the counts are the lists' lengths (they were kept beside them by hand).
    import json

    report = IndexReport(kept_back=["/b/one.brief"])
    report.took_out("/b/two.brief")
    report.took_out("/b/three.brief")
    assert (report.withheld, report.withdrawn) == (1, 2)
    data = json.loads(json.dumps(report.as_json()))
    assert (data["withheld"], data["withdrawn"]) == (1, 2)
    assert data["kept_back"] == ["/b/one.brief"]
    assert data["taken_out"] == ["/b/two.brief", "/b/three.brief"]
