"""Autosave snapshots survive a crash and can be listed, restored and discarded."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from briefdesk import paths
from briefdesk.samples import load_sample
from briefdesk.store import (
    discard_snapshot,
    list_snapshots,
    orphaned_snapshots,
    restore_snapshot,
    write_snapshot,
)


def test_snapshot_round_trip_in_the_recovery_folder(tmp_path: Path) -> None:
    brief = load_sample().model_copy(update={"bluf": "unsaved words"})
    snapshot = write_snapshot(brief, tmp_path / "note.brief")
    assert snapshot.path.parent == paths.recovery_dir()
    assert snapshot.original == tmp_path / "note.brief"
    assert list_snapshots() == [snapshot]
    assert restore_snapshot(snapshot) == brief
    assert not snapshot.orphaned
    assert orphaned_snapshots() == []
    discard_snapshot(snapshot)
    assert list_snapshots() == []


def test_snapshot_of_a_crashed_process_is_offered(tmp_path: Path) -> None:
    code = (
        "import os\n"
        "from briefdesk.samples import load_sample\n"
        "from briefdesk.store import write_snapshot\n"
        "write_snapshot(load_sample(), None)\n"
        "os._exit(9)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=False)
    orphans = orphaned_snapshots()
    assert len(orphans) == 1
    assert orphans[0].original is None
    assert restore_snapshot(orphans[0]).header.title == load_sample().header.title


def test_later_snapshot_replaces_the_earlier_one() -> None:
    brief = load_sample()
    write_snapshot(brief, None)
    write_snapshot(brief.model_copy(update={"bluf": "v2"}), None)
    (only,) = list_snapshots()
    assert restore_snapshot(only).bluf == "v2"


def test_unreadable_metadata_is_skipped() -> None:
    (paths.recovery_dir() / "junk.brief").write_text("x")
    (paths.recovery_dir() / "junk.json").write_text("{not json")
    assert list_snapshots() == []


def test_snapshot_knows_whether_its_file_was_written_after_its_work(tmp_path: Path) -> None:
    import json
    import os

    from briefdesk.store import open_brief, save_brief

    path = tmp_path / "note.brief"
    save_brief(path, load_sample())
    opened = open_brief(path)
    snapshot = write_snapshot(opened.brief, path, base=opened.stamp)
    assert list_snapshots()[0].base == opened.stamp  # kept in the metadata
    assert not snapshot.original_changed()
    save_brief(path, opened.brief.model_copy(update={"bluf": "theirs"}), expected=opened.stamp)
    assert list_snapshots()[0].original_changed()
    # A snapshot from before the version was recorded goes by the clock.
    meta = snapshot.path.with_suffix(".json")
    data = json.loads(meta.read_text("utf-8"))
    del data["base"]
    data["saved_at"] = "2000-01-01T00:00:00Z"
    meta.write_text(json.dumps(data), "utf-8")
    assert list_snapshots()[0].base is None
    assert list_snapshots()[0].original_changed()
    os.utime(path, (946_000_000, 946_000_000))  # the file is older than that snapshot
    assert not list_snapshots()[0].original_changed()


def test_a_never_titled_snapshot_says_what_it_holds() -> None:
    """Newcomer15 N15-33: several "Untitled brief" snapshots could not be told apart."""
    from briefdesk.model import Brief, Source

    readout = Source(title="Readout of the Meeting between the Foreign Ministers", text="x")
    untitled = Brief(sources=[readout, Source(title="", text="y")])
    assert write_snapshot(untitled, None).about == (
        "2 sources: Readout of the Meeting between the Foreign Ministers"
    )
    assert list_snapshots()[0].about.startswith("2 sources: Readout")  # kept on disk
    subject = Brief(header={"subject": "Kenya drones"}, sources=[readout])
    assert write_snapshot(subject, None).about == "Kenya drones"
    assert write_snapshot(Brief(bluf="Kenya buys six drones."), None).about == (
        "BLUF: Kenya buys six drones."
    )
    assert write_snapshot(Brief(), None).about == "empty"
    assert write_snapshot(Brief(header={"title": "Kenya"}), None).about == ""  # the title says it
