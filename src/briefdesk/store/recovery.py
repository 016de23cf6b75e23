"""Crash recovery: autosave snapshots in the state folder, offered back after a crash."""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from briefdesk import paths
from briefdesk.boundedread import FileRefused, read_regular
from briefdesk.model.brief import Brief
from briefdesk.model.errors import BriefError
from briefdesk.model.fileformat import dumps, loads
from briefdesk.private import PRIVATE_FILE, make_private
from briefdesk.store.atomic import atomic_write
from briefdesk.store.files import DiskStamp, StoreError, read_brief_bytes, read_stamp
from briefdesk.store.lock import pid_alive


@dataclass(frozen=True)
class Snapshot:
    """One autosaved brief: where it lives, what it was, and which process wrote it."""

    path: Path
    brief_id: str
    title: str
    original: Path | None
    saved_at: str
    pid: int
    # The original file as the unsaved work last read or wrote it: if the file differs now,
    # someone else wrote it after, and saving the restored work would replace their changes.
    # None for a new brief, and in snapshots written before BriefDesk recorded it.
    base: DiskStamp | None = None
    # What an untitled brief holds, to tell several never-saved ones apart ("1 source:
    # Readout of the Meeting…"); blank when it has a title, and in older snapshots.
    about: str = ""

    def original_changed(self) -> bool:
        """True when the original file was written after this work was based on it."""
        if self.original is None:
            return False
        try:
            current = read_stamp(self.original)
        except (OSError, StoreError):
            return False  # unreachable for now: nothing known to warn about
        if current is None:
            return False  # gone: saving writes it again, replacing nothing
        if self.base is not None:
            return current.size != self.base.size or current.sha256 != self.base.sha256
        saved = datetime.fromisoformat(self.saved_at.replace("Z", "+00:00"))
        return current.mtime_ns > saved.timestamp() * 1e9  # older snapshot: go by the clock

    @property
    def orphaned(self) -> bool:
        """True when the process that wrote it is gone: the app crashed or was killed."""
        return not pid_alive(self.pid)


def _meta_path(snapshot_file: Path) -> Path:
    return snapshot_file.with_suffix(".json")


def write_snapshot(
    brief: Brief,
    original: Path | None,
    *,
    pid: int | None = None,
    folder: Path | None = None,
    base: DiskStamp | None = None,
) -> Snapshot:
    """Autosave ``brief`` (one snapshot per brief id and process, replaced each time).

    The process id is in the name: two windows on one brief never overwrite each other's
    unsaved work, and a crashed one's snapshot is not replaced by the survivor's."""
    folder = folder or paths.recovery_dir()
    owner = os.getpid() if pid is None else pid
    target = folder / f"{brief.id}.{owner}.brief"
    saved_at = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    meta = {
        "brief_id": brief.id,
        "title": brief.header.title,
        "about": "" if brief.header.title.strip() else contents(brief),
        "original": str(original) if original else None,
        "saved_at": saved_at,
        "pid": owner,
        "base": (
            {"size": base.size, "mtime_ns": base.mtime_ns, "sha256": base.sha256} if base else None
        ),
    }
    # A snapshot holds the whole brief (a TLP:RED or SECRET text among them) in a file the user
    # never chose to write: readable by its owner only, whatever the umask (newcomer8 F12).
    make_private(folder)
    atomic_write(target, dumps(brief).encode("utf-8"), mode=PRIVATE_FILE)
    atomic_write(_meta_path(target), json.dumps(meta, indent=2).encode("utf-8"), mode=PRIVATE_FILE)
    return _snapshot_from(target, meta)


def contents(brief: Brief) -> str:
    """A line on what a brief without a title holds: its subject, else its sources (how many,
    the first one's title), else its BLUF's first words; "empty" when it holds nothing."""
    if brief.header.subject.strip():
        return _cut(brief.header.subject)
    if brief.sources:
        count = len(brief.sources)
        first = brief.sources[0].title.strip() or "untitled"
        return f"{count} source{'s' if count != 1 else ''}: {_cut(first)}"
    if brief.bluf.strip():
        return f"BLUF: {_cut(brief.bluf)}"
    return "empty"


def _cut(text: str, limit: int = 60) -> str:
    words = " ".join(text.split())
    return words if len(words) <= limit else words[: limit - 1].rstrip() + "…"


def list_snapshots(*, folder: Path | None = None) -> list[Snapshot]:
    """Every snapshot in the recovery folder, newest first; unreadable metadata is skipped."""
    folder = folder or paths.recovery_dir()
    found = []
    for target in folder.glob("*.brief"):
        try:
            meta = json.loads(read_regular(_meta_path(target), 1_000_000).decode("utf-8"))
            found.append(_snapshot_from(target, meta))
        except (FileRefused, OSError, ValueError, KeyError, TypeError):
            continue
    return sorted(found, key=lambda s: s.saved_at, reverse=True)


def orphaned_snapshots(*, folder: Path | None = None) -> list[Snapshot]:
    """Snapshots left behind by a process that died: what to offer at start-up."""
    return [s for s in list_snapshots(folder=folder) if s.orphaned]


def orphaned_snapshots_of(path: Path, *, folder: Path | None = None) -> list[Snapshot]:
    """Orphaned snapshots of the brief file ``path``, newest first: what to offer on opening it."""
    target = _resolved(path)
    return [
        s
        for s in orphaned_snapshots(folder=folder)
        if s.original is not None and _resolved(s.original) == target
    ]


def _resolved(path: Path) -> Path:
    try:
        return Path(path).resolve()
    except OSError:
        return Path(path).absolute()


def restore_snapshot(snapshot: Snapshot) -> Brief:
    """Load the autosaved brief; the snapshot stays until discarded."""
    try:
        return loads(read_brief_bytes(snapshot.path))
    except BriefError as exc:
        raise StoreError(f"{snapshot.path}: {exc}") from None


def discard_snapshot(snapshot: Snapshot) -> None:
    for target in (snapshot.path, _meta_path(snapshot.path)):
        with contextlib.suppress(FileNotFoundError):
            target.unlink()


def _snapshot_from(target: Path, meta: Mapping[str, object]) -> Snapshot:
    original = meta.get("original")
    return Snapshot(
        path=target,
        brief_id=str(meta["brief_id"]),
        title=str(meta.get("title") or ""),
        original=Path(str(original)) if original else None,
        saved_at=str(meta["saved_at"]),
        pid=int(str(meta["pid"])),
        base=_stamp_from(meta.get("base")),
        about=str(meta.get("about") or ""),
    )


def _stamp_from(value: object) -> DiskStamp | None:
    if not isinstance(value, Mapping):
        return None
    try:
        return DiskStamp(
            size=int(str(value["size"])),
            mtime_ns=int(str(value["mtime_ns"])),
            sha256=str(value["sha256"]),
        )
    except (KeyError, TypeError, ValueError):
        return None
