"""The window's file session: new, open, save, locks, autosave, recovery, changed on disk."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefdesk.gui import writable
from briefdesk.gui.modules import (
    core,
    model,
    prompts,
    store,
)
from briefdesk.gui.recovery import Recovery, _stamp

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent


class FileSession(Recovery):
    """Mixed into MainWindow: everything about the brief's file."""

    def new_brief_record(self) -> model.Brief:
        """A blank brief pre-filled with the user's author defaults and marking."""
        from briefdesk.defaults import new_brief

        return new_brief(self.settings)

    def maybe_save(self) -> bool:
        """True when it is fine to drop the current brief (saved, discarded, or clean)."""
        if not self.built or not self.doc.dirty or self._same_as_saved():
            return True
        choice = prompts.ask_save_changes(self, self.doc.display_name())
        if choice == prompts.SaveChoice.SAVE:
            return self.save()
        return choice == prompts.SaveChoice.DISCARD

    _saved_image = ""
    read_only = False  # the brief's folder or file cannot be written (title and status say so)

    def _same_as_saved(self) -> bool:
        """Edits that came back to what was saved (typed and deleted, undone past a merge):
        nothing to ask about."""
        return bool(self._saved_image) and self._saved_image == _image(self.doc.brief)

    def new_file(self) -> None:
        if not self.maybe_save():
            return
        self._load(self.new_brief_record(), None, None)

    def open_file(self) -> None:
        from briefdesk.gui.brief_folder import brief_folder

        path = prompts.choose_open_brief(self, str(brief_folder(self.settings)))
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Path, *, ask: bool = True, take_lock: bool = True) -> bool:
        """Open a brief for editing; ``take_lock=False`` only shows it (a screenshot): no lock
        is taken, so one held by another BriefDesk is neither asked about nor disturbed."""
        if ask and not self.maybe_save():
            return False
        path = Path(path)
        try:
            opened = store.open_brief(path)
        except store.StoreError as exc:
            if isinstance(exc, store.Unreadable) and self._put_back_backup(path, exc):
                return self.open_path(path, ask=False, take_lock=take_lock)
            prompts.show_error(self, "Cannot open brief", _window_words(exc))
            if not path.exists():
                self.settings.remove_recent(path)
                self._fill_recent()
            return False
        go_ahead, lock = self._acquire_lock(path, ask=True) if take_lock else (True, None)
        if not go_ahead:
            return False
        self._load(opened.brief, path, opened.stamp, lock)
        if not writable.can_write(path):  # said now, not at the first Ctrl+S (N11-20)
            self.read_only = True
            self._update_title()
            self.show_status(writable.READ_ONLY_NOTE.format(name=path.name), 0)
        self.settings.add_recent(path)
        self._fill_recent()
        self.persist_settings()
        if take_lock:  # editing, not a screenshot: a crash may have left unsaved work for it
            self.offer_file_recovery(path)
        return True

    def _put_back_backup(self, path: Path, damaged: store.Unreadable) -> bool:
        """Offer a damaged brief's good ``.bak`` (N15-41); True once it is back in place."""
        copy = damaged.backup
        if copy is None:
            return False
        kept = store.broken_path(path).name
        question = (
            f"{path.name} cannot be opened: {damaged.reason.removeprefix(f'{path}: ')}.\n\n"
            f"{copy.said()} is a good copy. Put it back and open it? The damaged file is "
            f"kept as {kept}."
        )
        if not prompts.ask_yes_no(self, "Brief is damaged", question):
            return False
        try:
            store.restore_backup(path, copy)
        except store.StoreError as exc:
            prompts.show_error(self, "Cannot put back the backup", str(exc))
            return False
        self.show_status(f"Put back {copy.said()}; the damaged file is kept as {kept}", 0)
        return True

    def _load(
        self, brief: model.Brief, path: Path | None, stamp: Any, lock: store.BriefLock | None = None
    ) -> None:
        # The template listing belongs to the window, not to the brief being replaced.
        listing = self._templates_job
        self.runner.cancel_all(keep=[listing] if listing is not None else [])
        self._release_lock()
        self._discard_snapshot()
        self.lock = lock
        self.read_only = False
        self.suggestions.clear()
        self.found.clear()
        self.extractions.clear()
        self._draft_waiting = ""
        self.paste_wait.forget()
        self._focus_spans = []
        self._reading_queue = []
        self.extracting.clear()
        self.doc.reset(brief, path, stamp)
        self._saved_image = _image(brief)
        self._disk_warned = None
        self._disk_note = ""
        self.editor.refresh_all()
        self.read_all_sources()
        self.library_panel.show_context(brief)
        freeze_long_lived()

    def save(self) -> bool:
        if self.doc.path is None:
            return self.save_as()
        return self._save_to(self.doc.path, self.doc.stamp, force=False)

    def save_as(self) -> bool:
        from briefdesk.gui.brief_folder import brief_folder

        folder = brief_folder(self.settings)  # where briefs live, not the exports (N25-16)
        # An export that also saves the brief proposes that file (N23-13: a second copy).
        pending = str(self.property("pending_brief") or "")
        suggested = str(
            self.doc.path or pending or folder / f"{_safe_name(self.doc.brief.header.title)}.brief"
        )
        path = prompts.choose_save_brief(self, suggested)
        if path is None:
            return False
        # The file dialog already asked before replacing an existing file.
        return self._save_new(path, force=True)

    def save_beside(self, path: Path) -> bool:
        """Export's "also save the brief": a new file, never replacing one silently."""
        if path.exists() and not prompts.ask_yes_no(
            self, "Replace brief", f"“{path.name}” already exists in {path.parent}. Replace it?"
        ):
            return False
        return self._save_new(path, force=True)

    def _save_new(self, path: Path, *, force: bool) -> bool:
        # Saved under another name, the file is another brief (as Word's Save As): a new id,
        # so the library, recovery and related briefs count the two files apart.
        from briefdesk.gui.save_as import as_new_brief

        with as_new_brief(self.doc.brief, self.doc.path, path) as renamed:
            ok = self._save_to(path, _stamp(path), force=force)
            renamed.keep = ok
        if ok and (self.lock is None or not _same_file(self.lock.path, path)):
            self._release_lock()
            _go, self.lock = self._acquire_lock(path, ask=False)
        if ok and renamed.new_id:
            self.library_panel.show_context(self.doc.brief)  # the original is related now
        return ok

    def _save_to(self, path: Path, expected: Any, *, force: bool) -> bool:
        from briefdesk.model.checks import check_brief

        problems = check_brief(self.doc.brief)
        if problems:
            # A file that would not open again is worse than no save: say what to fix.
            first = problems[0]
            reason = f"{self.in_words(str(first))}" if first.path else first.message
            prompts.show_error(self, "Cannot save", f"{path.name}: {reason}")
            self.jump_to(problems[0].path)
            return False
        self.doc.brief.modified = dt.datetime.now(dt.UTC).replace(microsecond=0)
        try:
            stamp = store.save_brief(path, self.doc.brief, expected=expected, force=force)
        except store.ChangedOnDisk:
            if not prompts.ask_changed_on_disk(self, path.name, self._disk_note):
                return False
            return self._save_to(path, expected, force=True)
        except store.StoreError as exc:
            full = isinstance(exc, store.NoSpace)
            if not full and writable.can_write(path):
                prompts.show_error(self, "Cannot save", str(exc))
                return False
            # A read-only folder or a full disk: the way forward is another folder, offered.
            why = "has no room for it" if full else "is read-only"
            if prompts.ask_yes_no(
                self,
                "Cannot save",
                f"{exc}\n\n{path.parent} {why}. Save the brief somewhere else?",
            ):
                return self.save_as()
            return False
        self.doc.mark_saved(path, stamp)
        if self.read_only:
            self.read_only = False
            self.show_status("")
            self._update_title()
        self.library_panel.saved(path)  # never raises: a library problem never fails a save
        self._saved_image = _image(self.doc.brief)
        self._disk_warned = None
        self._disk_note = ""
        self._discard_snapshot()
        self.settings.add_recent(path)
        self._fill_recent()
        self.persist_settings()
        self.show_status(f"Saved {path}")
        return True

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for index, name in enumerate(self.settings.recent_files):
            action = self.recent_menu.addAction(f"&{index + 1} {Path(name).name}")
            action.setToolTip(name)
            action.triggered.connect(lambda _c=False, n=name: self.open_path(Path(n)))
        self.recent_menu.setEnabled(bool(self.settings.recent_files))

    def _acquire_lock(self, path: Path, *, ask: bool) -> tuple[bool, store.BriefLock | None]:
        """(go ahead, lock) for editing ``path``.

        Our own lock on the same file is handed over (reloading must not ask whether the brief
        is "in use" by ourselves); a folder where no lock can be written still opens."""
        if self.lock is not None and _same_file(self.lock.path, path):
            own, self.lock = self.lock, None
            return True, own
        try:
            try:
                return True, store.BriefLock.acquire(path)
            except store.LockedByOther as exc:
                # Both may edit; whoever saves second is warned that the file changed on disk.
                if not ask:
                    self.show_status(str(exc), 10000)
                    return True, None
                if not prompts.ask_yes_no(self, "Brief in use", f"{exc}\n\nOpen it anyway?"):
                    return False, None
                return True, store.BriefLock.acquire(path, force=True)
        except (OSError, store.StoreError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            self.show_status(
                f"{path.name}: cannot mark it as in use ({reason}); "
                "others opening it will not be warned.",
                10000,
            )
            return True, None

    def _release_lock(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    # --- changed on disk ------------------------------------------------------------------------
    def check_disk(self) -> None:
        path = self.doc.path
        if path is None or (not self.isActiveWindow() and not self.isVisible()):
            return
        current = _stamp(path)
        if current == self.doc.stamp or current == self._disk_warned:
            return
        try:
            if not store.changed_on_disk(path, self.doc.stamp):
                return
        except (OSError, store.StoreError):
            return  # the folder went away for a moment (network share): look again later
        self._disk_warned = current
        if current is None:
            self.show_status(
                f"{path.name} was deleted or moved on disk; save to write it again.", 10000
            )
            return
        if not self.doc.dirty and prompts.ask_yes_no(
            self, "Changed on disk", f"“{path.name}” was changed by someone else. Reload it?"
        ):
            self.open_path(path, ask=False)
        else:
            self.show_status(f"{path.name} was changed on disk by someone else.", 10000)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.built:
            event.accept()
            return
        if not self.maybe_save():
            event.ignore()
            return
        self.runner.cancel_all()
        self.runner.wait(3000)
        core.shutdown_workers()
        self.autosave_timer.stop()
        self.disk_timer.stop()
        self._discard_snapshot()
        self._release_lock()
        self.save_window_state()
        event.accept()


def _same_file(a: Path, b: Path) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return Path(a) == Path(b)


def _safe_name(title: str) -> str:
    from briefdesk.gui.export_target import slug

    return slug(title)


def _image(brief: model.Brief) -> str:
    """The brief's content as saved, without the save time."""
    return brief.model_dump_json(exclude={"modified"})


def freeze_long_lived() -> None:
    """Move what exists now (modules, widgets, the brief just opened) out of the collector's
    view: a full collection walks every tracked object, and with a 50-source brief and its
    suggestions that walk stalled the window for 25–100 ms while the user typed."""
    import gc

    gc.freeze()


def _window_words(exc: store.StoreError) -> str:
    """The open error without the command-line hint, which names ``briefdesk undo``."""
    return exc.reason if isinstance(exc, store.Unreadable) else str(exc)
