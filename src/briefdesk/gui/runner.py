"""The one way to run background work (house rule 3).

A job is a plain function of plain data (a Source, a Brief copy, a Path) — never a widget. It runs
on a worker thread; its result or one-line error comes back on the GUI thread through signals.
Cancelling marks the job so its result is dropped; the job may also poll ``token.cancelled``.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Cancelled(Exception):
    """Raised inside a job that noticed it was cancelled."""


@dataclass
class CancelToken:
    _event: threading.Event = field(default_factory=threading.Event)

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def cancel(self) -> None:
        self._event.set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()


@dataclass
class Job:
    id: int
    label: str
    token: CancelToken
    on_done: Callable[[Any], None] | None
    on_error: Callable[[str], None] | None


class _Relay(QObject):
    """Lives on the GUI thread; worker emits are queued to it."""

    done = Signal(int, object)
    failed = Signal(int, str)


class _Task(QRunnable):
    def __init__(
        self,
        job_id: int,
        fn: Callable[..., Any],
        args: tuple[Any, ...],
        token: CancelToken,
        relay: _Relay,
    ):
        super().__init__()
        self.setAutoDelete(True)
        self._job_id = job_id
        self._fn = fn
        self._args = args
        self._token = token
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn(*self._args, self._token)
        except Cancelled:
            self._relay.failed.emit(self._job_id, "")
        except Exception as exc:
            self._relay.failed.emit(self._job_id, one_line(exc))
        else:
            self._relay.done.emit(self._job_id, result)


def one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


class TaskRunner(QObject):
    """Submit jobs; ``busyChanged`` drives the status-bar progress."""

    busyChanged = Signal(bool, str)  # busy, label of the newest running job
    jobFinished = Signal(int)

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        # What the user just asked for (a library search, a dossier) never queues behind the
        # background work on ``_pool`` (newcomer23 N23-17: a search waited 11 s behind
        # "Finding related briefs"): its own threads.
        self._now_pool = QThreadPool(self)
        self._now_pool.setMaxThreadCount(2)
        self._relay = _Relay(self)
        self._relay.done.connect(self._done)
        self._relay.failed.connect(self._failed)
        self._jobs: dict[int, Job] = {}
        self._ids = itertools.count(1)

    def submit(
        self,
        label: str,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        now: bool = False,
    ) -> Job:
        """Run ``fn(*args, token)`` on a worker; callbacks run on the GUI thread. ``now``: a
        short job the user is waiting for, started at once beside any background work."""
        job = Job(next(self._ids), label, CancelToken(), on_done, on_error)
        self._jobs[job.id] = job
        pool = self._now_pool if now else self._pool
        pool.start(_Task(job.id, fn, args, job.token, self._relay))
        self.busyChanged.emit(True, label)
        return job

    def cancel(self, job: Job) -> None:
        job.token.cancel()

    def cancel_all(self, keep: Collection[Job] = ()) -> None:
        """Cancel every job but those in ``keep`` (work that outlives the current brief)."""
        for job in self._jobs.values():
            if job not in keep:
                job.token.cancel()

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def wait(self, msecs: int = -1) -> bool:
        """Block until workers finish (closing the window, tests)."""
        now_done = bool(self._now_pool.waitForDone(msecs))
        return bool(self._pool.waitForDone(msecs)) and now_done

    def _finish(self, job_id: int) -> Job | None:
        job = self._jobs.pop(job_id, None)
        label = next(iter(self._jobs.values())).label if self._jobs else ""
        self.busyChanged.emit(bool(self._jobs), label)
        self.jobFinished.emit(job_id)
        return job

    def _done(self, job_id: int, result: object) -> None:
        job = self._finish(job_id)
        if job is None or job.token.cancelled or job.on_done is None:
            return
        job.on_done(result)

    def _failed(self, job_id: int, message: str) -> None:
        job = self._finish(job_id)
        if job is None or job.token.cancelled or not message or job.on_error is None:
            return
        job.on_error(message)
