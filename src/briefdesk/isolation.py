"""Run work in a limited child process: a time limit, a memory cap, cancel, and no network.

The one helper behind importing (a fresh child per file: parsers meet hostile input), template
rendering and checking (warm children that keep compiled templates) and extraction (a warm child
that keeps its gazetteers loaded). A child is started from a *forkserver* on POSIX (never by
forking an app that runs Qt or other threads; a single-threaded command forks directly) or by
*spawn* elsewhere. In the child the
address space is capped (``RLIMIT_AS``, Linux/BSD) and network access is refused by the
audit-hook guard in :mod:`briefdesk.sources.netguard`. The parent waits at most the time limit,
polls ``cancel``, and kills the child for either; a killed or crashed child is replaced by the
next job. Jobs are plain functions with picklable arguments and results; a long job may stream
short progress messages back with :func:`report` (the parent hands them to ``on_message``).
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import os
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# The render worker's engine too (docxtpl, Jinja): every render worker forked from the server
# starts with it loaded (the first preview in a fresh window waited for these imports).
# ``forkserver_guard`` first: the server and its children end with the app (newcomer9 N9-16).
_PRELOAD = ["briefdesk.forkserver_guard", "briefdesk.sources.preload", "briefdesk.export.engine"]
_POLL_SECONDS = 0.1
_context_lock = threading.Lock()
_context: Any = None
_child_conn: Any = None  # in a child: the pipe to the parent, for report()


@dataclass(frozen=True)
class Limits:
    """``seconds`` per job; ``memory_bytes`` on top of what the child uses when it starts."""

    seconds: float
    memory_bytes: int | None = None
    network: bool = False


class IsolationError(Exception):
    """The job did not return a result; ``str()`` is a one-line reason."""


class TimedOut(IsolationError):
    def __init__(self, seconds: float) -> None:
        super().__init__(f"took longer than {seconds:g} s and was stopped")
        self.seconds = seconds


class Cancelled(IsolationError):
    def __init__(self) -> None:
        super().__init__("cancelled")


class WorkerDied(IsolationError):
    """The child ended without answering: killed by the kernel (memory), or a crash in C code."""

    def __init__(self, exitcode: int | None) -> None:
        detail = f"signal {-exitcode}" if exitcode is not None and exitcode < 0 else exitcode
        super().__init__(f"the worker process stopped unexpectedly ({detail})")
        self.exitcode = exitcode


class CannotStart(IsolationError):
    """No child process could be started (resource limits, frozen app without support)."""


class JobFailed(IsolationError):
    """The job raised. ``kind`` is the exception's class name; ``reason`` and ``where`` come from
    its ``reason``/``where`` attributes when it has them, else its one-line message."""

    def __init__(self, kind: str, reason: str, where: str = "") -> None:
        super().__init__(reason)
        self.kind = kind
        self.reason = reason
        self.where = where


CancelCheck = Callable[[], bool]


def context() -> Any:
    """The context a child is started from: a plain *fork* in a single-threaded process with no
    Qt (the command line: no server to start, 0.25-0.4 s sooner), else the shared server.
    Never while a folder guard is held: the child would inherit, and keep, the lock."""
    from briefdesk.store.guard import guards_held

    if (
        "fork" in multiprocessing.get_all_start_methods()
        and threading.active_count() == 1
        and "PySide6.QtCore" not in sys.modules
        and os.environ.get("BRIEFDESK_NO_FORK") != "1"
        and guards_held() == 0
    ):
        return multiprocessing.get_context("fork")
    return _server_context()


def _server_context() -> Any:
    global _context
    with _context_lock:
        if _context is None:
            if "forkserver" in multiprocessing.get_all_start_methods():
                _context = multiprocessing.get_context("forkserver")
                _context.set_forkserver_preload(_PRELOAD)
            else:
                _context = multiprocessing.get_context("spawn")
        return _context


class Worker:
    """One child process that runs jobs one at a time and stays warm between them.

    Thread-safe: concurrent :meth:`run` calls queue on a lock. After a timeout, a cancel or a
    crash the child is killed; the next job starts a fresh one.
    """

    def __init__(self, limits: Limits, *, name: str = "briefdesk-worker") -> None:
        self.limits = limits
        self.name = name
        self._lock = threading.Lock()
        self._process: Any = None
        self._conn: Any = None

    def start(self) -> None:
        """Start the child now (so the first job does not pay for it)."""
        with self._lock:
            self._start()

    def run(
        self,
        func: Callable[..., Any],
        args: tuple[Any, ...] = (),
        kwargs: dict[str, Any] | None = None,
        *,
        time_limit: float | None = None,
        cancel: CancelCheck | None = None,
        on_message: Callable[[Any], None] | None = None,
    ) -> Any:
        """``func(*args, **kwargs)`` in the child; raises an :class:`IsolationError`.

        ``on_message`` gets each :func:`report` the job makes, on this thread, as it comes."""
        limit = self.limits.seconds if time_limit is None else time_limit
        with self._lock:
            if cancel is not None and cancel():
                raise Cancelled()
            conn = self._start()
            try:
                conn.send((func, args, kwargs or {}))
            except (BrokenPipeError, ConnectionResetError, EOFError, OSError):
                exitcode = self._exitcode()
                self.stop()
                raise WorkerDied(exitcode) from None
            deadline = time.monotonic() + limit
            while True:
                left = deadline - time.monotonic()
                if left <= 0:
                    self.stop()
                    raise TimedOut(limit)
                step = left if cancel is None else min(left, _POLL_SECONDS)
                ready = multiprocessing.connection.wait([conn, self._process.sentinel], step)
                if ready:  # an answer, a message, or the child is gone (end-of-file)
                    reply = self._receive(conn)
                    if reply[0] != "message":
                        break
                    if on_message is not None:
                        try:
                            on_message(reply[1])
                        except BaseException:  # the job is still running: end it first
                            self.stop()
                            raise
                if cancel is not None and cancel():
                    self.stop()
                    raise Cancelled()
        if reply[0] == "ok":
            return reply[1]
        raise JobFailed(reply[1], reply[2], reply[3])

    def _receive(self, conn: Any) -> Any:
        try:
            return conn.recv()
        except (EOFError, OSError):
            exitcode = self._exitcode()
            self.stop()
            raise WorkerDied(exitcode) from None

    def stop(self) -> None:
        """Kill the child (if any); safe to call at any time."""
        conn, self._conn = self._conn, None
        process, self._process = self._process, None
        if conn is not None:
            conn.close()
        if process is not None:
            if process.is_alive():
                process.kill()
            process.join(5)

    def _start(self) -> Any:
        if self._process is not None and self._process.is_alive() and self._conn is not None:
            return self._conn
        self.stop()
        ctx = context()
        parent, child = ctx.Pipe()
        process = ctx.Process(
            target=_serve,
            # A forked child holds a copy of the parent's end too: it must close it, or a
            # killed parent never reads as end-of-file there and the child lives on, orphaned.
            args=(
                child,
                self.limits.memory_bytes,
                self.limits.network,
                parent if ctx.get_start_method() == "fork" else None,
                os.getpid(),  # the child ends with this process (``lifeline``)
            ),
            name=self.name,
            daemon=True,
        )
        try:
            process.start()
        except (OSError, RuntimeError) as exc:
            parent.close()
            child.close()
            raise CannotStart(f"cannot start a worker process ({exc})") from None
        child.close()  # so that a dead child shows up as end-of-file
        self._process, self._conn = process, parent
        return parent

    def _exitcode(self) -> int | None:
        if self._process is None:
            return None
        self._process.join(2)
        code: int | None = self._process.exitcode
        return code


def run_once(
    func: Callable[..., Any],
    args: tuple[Any, ...] = (),
    *,
    limits: Limits,
    cancel: CancelCheck | None = None,
    name: str = "briefdesk-job",
) -> Any:
    """``func`` in a fresh child, gone afterwards (hostile input: nothing carries over)."""
    worker = Worker(limits, name=name)
    try:
        return worker.run(func, args, cancel=cancel)
    finally:
        worker.stop()


class WorkerPool:
    """Up to ``size`` warm workers; a job takes the most recently used idle one.

    Sequential callers (the GUI) always get the same warm process; parallel callers (a batch
    export on several threads) get one process each, so work runs on every core.
    """

    def __init__(self, size: int, factory: Callable[[], Worker]) -> None:
        self.size = max(1, size)
        self._factory = factory
        self._idle: list[Worker] = []
        self._count = 0
        self._ready = threading.Condition()

    def acquire(self) -> Worker:
        with self._ready:
            while not self._idle and self._count >= self.size:
                self._ready.wait()
            if self._idle:
                return self._idle.pop()
            self._count += 1
            return self._factory()

    def release(self, worker: Worker) -> None:
        with self._ready:
            self._idle.append(worker)
            self._ready.notify()

    def stop(self) -> None:
        with self._ready:
            for worker in self._idle:
                worker.stop()


# ---------------------------------------------------------------- in the child process


def report(message: Any) -> None:
    """From a job in a child: send a short, picklable ``message`` to the parent's ``on_message``.

    Does nothing outside a worker (the same job can run in-process). Keep them few (≤ 10/s):
    the parent's thread wakes for each one."""
    if _child_conn is not None:
        _child_conn.send(("message", message))


def _serve(
    conn: Any,
    memory_bytes: int | None,
    network: bool,
    parents_end: Any = None,
    app_pid: int = 0,
) -> None:
    global _child_conn
    if parents_end is not None:  # (fork only) so the parent's death reaches ``recv`` as EOF
        parents_end.close()
    from briefdesk.lifeline import die_with

    die_with(app_pid)  # even in the middle of a job (before the memory cap: a thread's stack)
    if memory_bytes is not None:
        _cap_memory(memory_bytes)
    from briefdesk.sources import netguard

    _child_conn = conn

    while True:
        try:
            func, args, kwargs = conn.recv()
        except (EOFError, OSError):
            return
        try:
            if network:
                reply: tuple[Any, ...] = ("ok", func(*args, **kwargs))
            else:
                with netguard.no_network():
                    reply = ("ok", func(*args, **kwargs))
        except MemoryError:
            reply = ("error", "MemoryError", "needed more memory than allowed", "")
        except RecursionError:
            reply = ("error", "RecursionError", "is nested too deeply to handle", "")
        except Exception as exc:  # every failure goes back as one line, never a traceback
            message = " ".join(str(exc).split()) or type(exc).__name__
            reason = getattr(exc, "reason", None)
            reply = (
                "error",
                type(exc).__name__,
                reason if isinstance(reason, str) else message,
                str(getattr(exc, "where", "") or ""),
            )
        try:
            conn.send(reply)
        except OSError:
            return
        except Exception:  # too large, or not picklable
            conn.send(("error", "MemoryError", "result is too large to hand back", ""))
        del reply


def _cap_memory(limit: int) -> None:
    """Cap the address space at what the child uses now plus ``limit`` (Linux; best effort)."""
    try:
        import resource
    except ImportError:  # Windows: the time limit and size caps still apply
        return
    try:
        in_use = 0
        if sys.platform.startswith("linux"):
            with open("/proc/self/statm", encoding="ascii") as statm:
                in_use = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        cap = in_use + limit
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            cap = min(cap, hard)
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (OSError, ValueError):
        pass
