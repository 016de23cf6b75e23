"""Run untrusted template work in a separate, disposable process with a time limit.

A template can loop without producing output (``{% for i in range(9999) %}{% for j in
range(9999) %}…``), so in-process checks cannot always stop it. The worker is a child process
from :mod:`briefdesk.isolation`, kept warm between jobs (start-up costs more than a render); on a
timeout it is killed and the next job starts a fresh one. Its address space is capped and it has
no network.
"""

from __future__ import annotations

import importlib
import os
import threading
from typing import Any

from briefdesk import isolation
from briefdesk.export import ExportError

DEFAULT_TIMEOUT = 30.0
MEMORY_LIMIT = 2 * 1024**3

# Only these functions may be run in the worker: it is not a general remote-execution door.
_JOBS = {
    "render_docx": ("briefdesk.export.engine", "render_docx"),
    "dry_run": ("briefdesk.export.checks", "dry_run"),
}


class WorkerFault(Exception):
    """The job raised an error in the worker; ``str()`` is its one-line message."""

    def __init__(self, kind: str, message: str, where: str = "") -> None:
        super().__init__(message)
        self.kind = kind
        self.where = where


def _job(name: str, *args: Any, **kwargs: Any) -> Any:
    """Runs in the worker: one of the whitelisted functions by name."""
    module, attr = _JOBS[name]
    return getattr(importlib.import_module(module), attr)(*args, **kwargs)


class Worker(isolation.Worker):
    """One warm render worker (compiled templates stay in it between jobs)."""

    def __init__(self) -> None:
        super().__init__(
            isolation.Limits(seconds=DEFAULT_TIMEOUT, memory_bytes=MEMORY_LIMIT),
            name="briefdesk-render",
        )

    def run(  # type: ignore[override]
        self, name: str, *args: Any, timeout: float = DEFAULT_TIMEOUT, **kwargs: Any
    ) -> Any:
        try:
            return super().run(_job, (name, *args), kwargs, time_limit=timeout)
        except isolation.TimedOut:
            raise ExportError(
                f"template took longer than {timeout:g} s to render and was stopped"
            ) from None
        except (isolation.WorkerDied, isolation.CannotStart):
            raise ExportError(
                "the template renderer stopped unexpectedly (out of memory?)"
            ) from None
        except isolation.JobFailed as exc:
            raise WorkerFault(exc.kind, exc.reason, exc.where) from None


class WorkerPool(isolation.WorkerPool):
    """Up to ``size`` warm render workers; see :class:`briefdesk.isolation.WorkerPool`."""

    def __init__(self, size: int) -> None:
        super().__init__(size, Worker)

    def start(self) -> None:
        worker = self.acquire()
        try:
            worker.start()
        finally:
            self.release(worker)

    def run(self, name: str, *args: Any, timeout: float = DEFAULT_TIMEOUT, **kwargs: Any) -> Any:
        worker = self.acquire()
        try:
            assert isinstance(worker, Worker)
            return worker.run(name, *args, timeout=timeout, **kwargs)
        finally:
            self.release(worker)


_shared: WorkerPool | None = None
_shared_lock = threading.Lock()


def warm_up() -> None:
    """Start a worker ahead of the first export; frozen apps need freeze_support()."""
    shared_worker().start()


def shared_worker() -> WorkerPool:
    """The process-wide pool of render workers (one per core at most), started on demand."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = WorkerPool(os.cpu_count() or 1)
        return _shared
