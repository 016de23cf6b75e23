"""Autosave and crash recovery for the window: snapshots of unsaved work, offered back.

Recovery is offered at start-up (every brief a crash left behind) and whenever a brief is
opened (by name on the command line, File → Open, a recent file) for which a crashed session
left unsaved work. When the file was written by someone else after that work was based on it,
the offer says so, and saving the restored work asks before replacing their version.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefdesk.gui.modules import model, prompts, store
from briefdesk.gui.window_base import WindowBase

CHANGED_SINCE = (
    "the file was changed on disk after this snapshot; saving the restored work replaces "
    "those changes"
)


def _unknown_version() -> store.DiskStamp:
    """A file version nobody has: an old snapshot did not record which version its work was
    based on, so the save is checked against "not the file as it is now"."""
    return store.DiskStamp(size=-1, mtime_ns=0, sha256="")


class Recovery(WindowBase):
    """Mixed into the file session (gui/session.py)."""

    _disk_note = ""  # said when saving over a file changed since the restored work's version

    if TYPE_CHECKING:
        _saved_image: str

        def maybe_save(self) -> bool: ...
        def _acquire_lock(
            self, path: Path, *, ask: bool
        ) -> tuple[bool, store.BriefLock | None]: ...
        def _load(
            self,
            brief: model.Brief,
            path: Path | None,
            stamp: Any,
            lock: store.BriefLock | None = None,
        ) -> None: ...

    # --- autosave ---------------------------------------------------------------------------
    def autosave(self) -> None:
        """Snapshot unsaved work to the recovery folder (serialised off the GUI thread)."""
        if not self.doc.dirty or self.doc.revision == self._snapshot_revision:
            return
        self._snapshot_revision = self.doc.revision
        self.runner.submit(
            "Autosave",
            _write_snapshot,
            self.doc.snapshot(),
            self.doc.path,
            self._base_stamp(),
            on_done=self._snapshot_written,
            on_error=lambda m: self.show_status(f"Autosave failed: {m}"),
        )

    def autosave_now(self) -> store.Snapshot:
        """Synchronous snapshot (tests and quitting)."""
        snapshot = store.write_snapshot(self.doc.snapshot(), self.doc.path, base=self._base_stamp())
        self._snapshot = snapshot
        self._snapshot_revision = self.doc.revision
        return snapshot

    def _base_stamp(self) -> store.DiskStamp | None:
        """The file version the unsaved work is based on (None for a new brief)."""
        stamp = self.doc.stamp
        return stamp if isinstance(stamp, store.DiskStamp) and stamp.size >= 0 else None

    def _snapshot_written(self, snapshot: object) -> None:
        if isinstance(snapshot, store.Snapshot):
            self._snapshot = snapshot

    def _discard_snapshot(self) -> None:
        if self._snapshot is not None:
            store.discard_snapshot(self._snapshot)
            self._snapshot = None
        self._snapshot_revision = -1

    # --- recovery ---------------------------------------------------------------------------
    def offer_recovery(self) -> bool:
        """After a crash: offer the newest orphaned snapshot; True when one was restored."""
        try:
            orphans = store.orphaned_snapshots()
        except OSError:
            return False
        return self._offer(orphans, discard_on_no=orphans)

    def offer_file_recovery(self, path: Path) -> bool:
        """Just opened ``path``: offer unsaved work a crashed session left for this file."""
        try:
            orphans = store.orphaned_snapshots_of(path)
        except OSError:
            return False
        return self._offer(orphans, discard_on_no=orphans)

    def _offer(self, orphans: list[store.Snapshot], *, discard_on_no: list[Any]) -> bool:
        if not orphans:
            return False
        never_saved = sum(1 for s in orphans if s.original is None)
        choice = prompts.ask_restore(self, [_describe(s) for s in orphans], never_saved)
        if choice != "restore":
            if choice == "discard":
                for snapshot in discard_on_no:
                    store.discard_snapshot(snapshot)
            else:  # "later": nothing deleted (newcomer8 F22: No used to delete at once)
                self.show_status(
                    "Unsaved work kept in the recovery folder: File → Recover unsaved work… "
                    "offers it again (and so does the next start).",
                    15000,
                )
            return False
        newest = orphans[0]
        try:
            brief = store.restore_snapshot(newest)
        except store.StoreError as exc:
            prompts.show_error(self, "Cannot restore", str(exc))
            return False
        original = newest.original
        changed = newest.original_changed()
        stamp = _stamp(original) if original else None
        if changed:
            # Saving is checked against the version the work was based on, so it asks first.
            stamp = newest.base or _unknown_version()
        lock = None
        if original is not None and (stamp is not None or changed):
            # The crashed session's lock is stale: take it, so others are warned again.
            _go, lock = self._acquire_lock(original, ask=False)
        self._load(brief, original, stamp, lock)
        self.doc.mark_unsaved()
        self._saved_image = ""  # restored work is on no disk yet: closing must ask
        self._disk_note = CHANGED_SINCE if changed else ""
        if changed and original is not None:
            self._disk_warned = _stamp(original)  # said in the offer: no second status line
        # The snapshot now belongs to this process (same brief id, same file); the other
        # orphans stay in the recovery folder: each is another brief's only unsaved copy.
        self.autosave_now()
        if self._snapshot is None or self._snapshot.path != newest.path:
            store.discard_snapshot(newest)
        others = len(orphans) - 1
        more = (
            f" {others} more unsaved brief{'s are' if others != 1 else ' is'} kept: "
            "File → Recover unsaved work."
            if others
            else ""
        )
        warning = f" Note: {CHANGED_SINCE}." if changed else ""
        self.show_status(
            f"Restored unsaved work from the recovery folder — save it to keep it.{warning}{more}",
            15000,
        )
        return True

    def recover_dialog(self) -> None:
        """File → Recover unsaved work: the next brief a crash left behind."""
        if not self.maybe_save():
            return
        if not self.offer_recovery():
            self.show_status("No unsaved work left to recover.")


def _describe(snapshot: store.Snapshot) -> str:
    # Several never-saved briefs must be told apart (newcomer15 N15-33): say what one holds.
    name = snapshot.title or (
        f"Untitled brief — {snapshot.about}" if snapshot.about else "Untitled brief"
    )
    text = f"{name} (autosaved {_local_time(snapshot.saved_at)}" + (
        f", from {snapshot.original.name})" if snapshot.original else ")"
    )
    if snapshot.original_changed():
        text += f"\n   Warning: {CHANGED_SINCE}."
    return text


def _write_snapshot(
    brief: model.Brief, original: Path | None, base: Any, _token: Any
) -> store.Snapshot:
    try:
        return store.write_snapshot(brief, original, base=base)
    except OSError as exc:
        raise OSError(autosave_failure(exc)) from None


def autosave_failure(exc: OSError) -> str:
    """What a failed autosave tells the user: the folder, the reason in words, and that crash
    recovery is not keeping the work (N12-24: a bare "[Errno 27] File too large" said none)."""
    from briefdesk import paths

    reason = exc.strerror or str(exc)
    if store.no_room(exc):
        reason = f"no room ({reason.lower()})"
    return f"recovery folder {paths.recovery_dir()}: {reason} — your work is only in this window"


def _local_time(stamp: str) -> str:
    """ "2026-11-27T23:05:18Z" → "27 Nov 2026 23:05" in the user's time zone."""
    try:
        moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return f"{moment.day} {moment:%b %Y %H:%M}"


def _stamp(path: Path) -> store.DiskStamp | None:
    """The file's stamp, or None when it cannot be read (gone, or its folder is unreachable)."""
    try:
        return store.read_stamp(path)
    except (OSError, store.StoreError):
        return None
