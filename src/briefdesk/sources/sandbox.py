"""Run one parser job with a time limit, a memory cap and no network.

Isolated jobs run in a child process started from a *forkserver* (POSIX) or by *spawn*
(Windows), never by forking the app itself: forking a process that has Qt and other
threads running is unsafe. The child caps its own address space (``RLIMIT_AS``, Linux),
forbids network access, and sends back plain data. The parent waits at most
``timeout_seconds`` and kills the child after that; a crash or an out-of-memory kill
becomes a refusal like any other. Safe to call from any thread.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import os
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from briefdesk.sources import netguard
from briefdesk.sources.errors import ImportCancelled, ImportRefused, Refusal
from briefdesk.sources.limits import ImportLimits, describe_size

_PRELOAD = ["briefdesk.sources.preload"]
_CANCEL_POLL_SECONDS = 0.1
_context_lock = threading.Lock()
_context: Any = None


def run_job(
    func: Callable[..., Any],
    args: tuple[Any, ...],
    limits: ImportLimits,
    name: str,
    cancel: threading.Event | None = None,
) -> Any:
    """``func(*args)`` under the limits; any failure becomes ImportRefused naming ``name``.

    Setting ``cancel`` kills an isolated job at once (ImportCancelled); an inline job
    cannot be interrupted and is only checked before it starts.
    """
    if cancel is not None and cancel.is_set():
        raise ImportCancelled(name, "import cancelled")
    if not limits.isolate:
        status, payload = _call(func, args, limits.max_memory_bytes)
    else:
        status, payload = _run_in_child(func, args, limits, name, cancel)
    if status == "ok":
        return payload
    if status == "cancelled":
        raise ImportCancelled(name, payload)
    raise ImportRefused(name, payload)


def _call(func: Callable[..., Any], args: tuple[Any, ...], memory_limit: int) -> tuple[str, Any]:
    """Run the job here and map every failure to a one-line reason (never a traceback)."""
    try:
        with netguard.no_network():
            return "ok", func(*args)
    except Refusal as exc:
        return "refused", exc.reason
    except MemoryError:
        return "refused", f"needs more memory than the import limit ({describe_size(memory_limit)})"
    except RecursionError:
        return "refused", "is nested too deeply to read (malformed or hostile file?)"
    except Exception as exc:  # a parser bug must never reach the user as a traceback
        detail = " ".join(str(exc).split())[:200]
        return "refused", f"could not be read ({type(exc).__name__}: {detail})"


def _child_main(
    conn: Any, func: Callable[..., Any], args: tuple[Any, ...], memory_limit: int
) -> None:
    _cap_memory(memory_limit)
    result = _call(func, args, memory_limit)
    try:
        conn.send(result)
    except MemoryError:
        conn.send(("refused", "result is too large to hand back"))
    finally:
        conn.close()


def _run_in_child(
    func: Callable[..., Any],
    args: tuple[Any, ...],
    limits: ImportLimits,
    name: str,
    cancel: threading.Event | None,
) -> tuple[str, Any]:
    ctx = _get_context()
    reader, writer = ctx.Pipe(duplex=False)
    process = ctx.Process(
        target=_child_main,
        args=(writer, func, args, limits.max_memory_bytes),
        name="briefdesk-import",
        daemon=True,
    )
    try:
        process.start()
    except (OSError, RuntimeError) as exc:
        reader.close()
        writer.close()
        raise ImportRefused(name, f"cannot start the import worker ({exc})") from exc
    writer.close()  # so that a dead child shows up as end-of-file
    try:
        deadline = time.monotonic() + limits.timeout_seconds
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return "refused", f"took longer than {limits.timeout_seconds:g} s to read; gave up"
            step = left if cancel is None else min(left, _CANCEL_POLL_SECONDS)
            if multiprocessing.connection.wait([reader, process.sentinel], step):
                break
            if cancel is not None and cancel.is_set():
                return "cancelled", "import cancelled"
        try:
            result: tuple[str, Any] = reader.recv()
        except (EOFError, OSError):
            process.join(2)
            return "refused", _death_reason(process.exitcode, limits)
        return result
    finally:
        reader.close()
        if process.is_alive():
            process.kill()
        process.join(5)


def _death_reason(exitcode: int | None, limits: ImportLimits) -> str:
    if exitcode is not None and exitcode < 0:
        # Killed by a signal: the kernel's OOM killer or a crash inside a C library.
        return (
            f"made the reader crash (signal {-exitcode}); the file is malformed or needs more "
            f"than {describe_size(limits.max_memory_bytes)} of memory"
        )
    return f"made the reader stop unexpectedly (exit code {exitcode})"


def _get_context() -> Any:
    global _context
    with _context_lock:
        if _context is None:
            methods = multiprocessing.get_all_start_methods()
            if "forkserver" in methods:
                _context = multiprocessing.get_context("forkserver")
                _context.set_forkserver_preload(_PRELOAD)
            else:
                _context = multiprocessing.get_context("spawn")
        return _context


def _cap_memory(limit: int) -> None:
    """Cap the child's address space at what it uses now plus ``limit`` (Linux only)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import resource

        with open("/proc/self/statm", encoding="ascii") as statm:
            in_use = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        cap = in_use + limit
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            cap = min(cap, hard)
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (OSError, ValueError, ImportError):
        pass  # best effort: the time limit and the size caps still apply
