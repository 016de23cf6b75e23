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
from briefdesk.store.atomic import atomic_write
from briefdesk.store.files import StoreError, read_brief_bytes
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

    @property
    def orphaned(self) -> bool:
        """True when the process that wrote it is gone: the app crashed or was killed."""
        return not pid_alive(self.pid)


def _meta_path(snapshot_file: Path) -> Path:
    return snapshot_file.with_suffix(".json")


def write_snapshot(
    brief: Brief, original: Path | None, *, pid: int | None = None, folder: Path | None = None
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
        "original": str(original) if original else None,
        "saved_at": saved_at,
        "pid": owner,
    }
    atomic_write(target, dumps(brief).encode("utf-8"))
    atomic_write(_meta_path(target), json.dumps(meta, indent=2).encode("utf-8"))
    return _snapshot_from(target, meta)


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
    )
