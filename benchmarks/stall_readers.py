"""For bench_library_stall.py only: the child-process index read on the GUI thread itself.

The window reads the child's progress on a task-runner thread that blocks on the pipe and
forwards each message through a queued signal. The two other ways of reading it are measured
beside it: a ``QTimer`` polling the pipe every 50 ms, and a ``QSocketNotifier`` on the pipe's file
descriptor. Both reach into ``isolation.Worker``'s private start-up, which is why they live
here and not in the app. The child is started on a plain thread in every mode: started on the
GUI thread, the first start (the forkserver's) stalls the window 0.5-0.6 s by itself.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QSocketNotifier, QTimer

from briefdesk import isolation
from briefdesk.library import child_index
from briefdesk.library.api import IndexReport


class GuiSideIndex:
    """Start the index child and read its pipe on the GUI thread: ``how`` is timer|notifier."""

    def __init__(self, panel: Any, how: str) -> None:
        self.panel = panel
        self.done = False
        where = panel.where()
        target = child_index.resolve(where.dsn, where.ceiling, where.folders)
        self.worker = isolation.Worker(
            isolation.Limits(child_index.INDEX_SECONDS, child_index.INDEX_MEMORY),
            name="briefdesk-library-index",
        )
        self.conn: Any = None
        self.notifier: QSocketNotifier | None = None
        self.how = how

        def start() -> None:
            conn = self.worker._start()
            conn.send((child_index._index_here, (target,), {}))
            self.conn = conn

        threading.Thread(target=start, daemon=True).start()
        panel.status.setText("Indexing…")
        self.timer = QTimer()
        self.timer.setInterval(50 if how == "timer" else 10)
        self.timer.timeout.connect(self._read if how == "timer" else self._attach)
        self.timer.start()

    def _attach(self) -> None:
        """Notifier mode: once the child runs, its pipe wakes the GUI thread itself."""
        if self.conn is None:
            return
        self.timer.stop()
        self.notifier = QSocketNotifier(self.conn.fileno(), QSocketNotifier.Type.Read)
        self.notifier.activated.connect(self._read)
        self._read()

    def _read(self, *_args: object) -> None:
        while not self.done and self.conn is not None and self.conn.poll():
            reply = self.conn.recv()
            if reply[0] == "message":
                self.panel._indexing_step(*reply[1])
                continue
            self._finish(reply)

    def _finish(self, reply: Any) -> None:
        self.done = True
        self.timer.stop()
        if self.notifier is not None:
            self.notifier.setEnabled(False)
        self.worker.stop()
        if reply[0] == "ok" and isinstance(reply[1], IndexReport):
            self.panel._indexed(reply[1])
        else:
            self.panel._index_failed(str(reply[2]))
