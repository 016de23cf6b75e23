"""Run untrusted template work in a separate, disposable process with a time limit.

A template can loop without producing output (``{% for i in range(9999) %}{% for j in
range(9999) %}…``), so in-process checks cannot always stop it. The worker is a spawned process
kept warm between jobs (start-up costs more than a render); on a timeout it is killed and the
next job starts a fresh one. On POSIX its address space is capped too.
"""

from __future__ import annotations

import importlib
import multiprocessing
import os
import threading
from multiprocessing.connection import Connection
from typing import Any

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


def _limit_memory() -> None:
    try:
        import resource
    except ImportError:  # Windows: the timeout still applies
        return
    try:
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = MEMORY_LIMIT if hard == resource.RLIM_INFINITY else min(MEMORY_LIMIT, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ValueError, OSError):
        pass


def _serve(conn: Connection) -> None:
    _limit_memory()
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        name, args, kwargs = job
        module, attr = _JOBS[name]
        try:
            result = getattr(importlib.import_module(module), attr)(*args, **kwargs)
        except MemoryError:
            conn.send(("error", "MemoryError", "template used more memory than allowed", ""))
        except Exception as exc:  # every failure goes back as one line, never kills the worker
            message = " ".join(str(exc).split()) or type(exc).__name__
            reason = getattr(exc, "reason", message)
            conn.send(("error", type(exc).__name__, reason, getattr(exc, "where", "")))
        else:
            conn.send(("ok", result))


class Worker:
    """One warm worker process; :meth:`run` is thread-safe and kills the process on timeout."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._process: Any = None
        self._conn: Connection | None = None

    def _start(self) -> Connection:
        if self._process is not None and self._process.is_alive() and self._conn is not None:
            return self._conn
        ctx = multiprocessing.get_context("spawn")
        parent, child = ctx.Pipe()
        self._process = ctx.Process(
            target=_serve, args=(child,), daemon=True, name="briefdesk-render"
        )
        self._process.start()
        child.close()
        self._conn = parent
        return parent

    def start(self) -> None:
        """Start the process now (the GUI does this at launch so the first export is quick)."""
        with self._lock:
            self._start()

    def run(self, name: str, *args: Any, timeout: float = DEFAULT_TIMEOUT, **kwargs: Any) -> Any:
        with self._lock:
            conn = self._start()
            try:
                conn.send((name, args, kwargs))
                if not conn.poll(timeout):
                    self.stop()
                    raise ExportError(
                        f"template took longer than {timeout:g} s to render and was stopped"
                    )
                reply = conn.recv()
            except (EOFError, BrokenPipeError, ConnectionResetError):
                self.stop()
                raise ExportError(
                    "the template renderer stopped unexpectedly (out of memory?)"
                ) from None
        if reply[0] == "ok":
            return reply[1]
        raise WorkerFault(reply[1], reply[2], reply[3])

    def stop(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        if self._process is not None:
            if self._process.is_alive():
                self._process.kill()
            self._process.join(5)
            self._process = None


class WorkerPool:
    """Up to ``size`` warm workers; a job takes the most recently used idle one.

    Sequential callers (the GUI) always get the same warm process; parallel callers (a batch
    export on several threads) get one process each, so renders run on every core.
    """

    def __init__(self, size: int) -> None:
        self.size = max(1, size)
        self._idle: list[Worker] = []
        self._count = 0
        self._ready = threading.Condition()

    def _acquire(self) -> Worker:
        with self._ready:
            while not self._idle and self._count >= self.size:
                self._ready.wait()
            if self._idle:
                return self._idle.pop()
            self._count += 1
            return Worker()

    def _release(self, worker: Worker) -> None:
        with self._ready:
            self._idle.append(worker)
            self._ready.notify()

    def start(self) -> None:
        worker = self._acquire()
        try:
            worker.start()
        finally:
            self._release(worker)

    def run(self, name: str, *args: Any, timeout: float = DEFAULT_TIMEOUT, **kwargs: Any) -> Any:
        worker = self._acquire()
        try:
            return worker.run(name, *args, timeout=timeout, **kwargs)
        finally:
            self._release(worker)

    def stop(self) -> None:
        with self._ready:
            for worker in self._idle:
                worker.stop()


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
