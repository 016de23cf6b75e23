"""Keep the Library panel's Related tab current when the library changes under it.

Another process may index a folder (``briefdesk library index``), a save may add a brief, the
panel's own run may finish: the related briefs shown for the open brief are then stale. The lookup
runs again (on the runner, as always) when the Related tab is shown, when the dock appears or the
window comes back to the front, and on a light timer while the panel is visible — each time only
if the library's change stamp (:mod:`briefdesk.library.stamp`) moved since the last lookup, except
the Related tab, which always asks. The SQLite stamp is two ``stat`` calls; a server library's is
one small query on the runner, asked at most every ``REMOTE_EVERY`` seconds.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QDockWidget

from briefdesk.library import jobs, stamp

CHECK_MS = 3000
REMOTE_EVERY = 30.0


class LibraryWatch(QObject):
    def __init__(self, panel: Any, dock: QDockWidget | None = None) -> None:
        super().__init__(panel)
        self.panel = panel
        self._asked_remote = -REMOTE_EVERY
        self._remote_pending = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        panel.tabs.currentChanged.connect(self._tab_shown)
        if dock is not None:
            dock.visibilityChanged.connect(self._dock_shown)

    def _dock_shown(self, shown: bool) -> None:
        if shown:
            self.check()

    def _tab_shown(self, index: int) -> None:
        if self.panel.tabs.widget(index) is self.panel.related:
            self.panel.refresh_context()

    def check(self) -> None:
        """Ask again when the library changed since the last lookup (cheap when it did not)."""
        panel = self.panel
        if not panel.isVisible() or panel.indexing:  # an own run refreshes when it ends
            return
        if stamp.is_local(panel.settings.library_dsn):
            if stamp.local_stamp() != panel.context_stamp:
                panel.refresh_context()
            return
        if self._remote_pending or time.monotonic() - self._asked_remote < REMOTE_EVERY:
            return
        self._asked_remote = time.monotonic()
        self._remote_pending = True
        panel.runner.submit(
            "Checking the library",
            jobs.stamp_job,
            panel.where(),
            on_done=self._remote,
            on_error=lambda _message: self._remote(None),
        )

    def _remote(self, now: object) -> None:
        self._remote_pending = False
        panel = self.panel
        if now is None:
            return  # a server that is away says so on the next real lookup
        if panel.context_stamp is None:
            panel.context_stamp = now  # the first answer is the baseline
        elif now != panel.context_stamp:
            panel.context_stamp = now
            panel.refresh_context()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate:
            self.check()
        return False


def install(window: Any, panel: Any, dock: QDockWidget) -> LibraryWatch:
    watch = LibraryWatch(panel, dock)
    window.installEventFilter(watch)
    return watch
