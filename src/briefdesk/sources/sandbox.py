"""Run one parser job with a time limit, a memory cap and no network.

Isolated jobs run in a fresh child process from :mod:`briefdesk.isolation` (the one helper for
limited child processes): address space capped, network refused, plain data back. The parent
waits at most ``timeout_seconds`` and kills the child after that; a crash or an out-of-memory
kill becomes a refusal like any other. Safe to call from any thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from briefdesk.boundedread import describe_size
from briefdesk.sources import netguard
from briefdesk.sources.errors import ImportCancelled, ImportRefused, Refusal
from briefdesk.sources.limits import ImportLimits


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
    except Exception:  # a parser bug must never reach the user as a traceback
        # Nor its internals ("LookupError: 'rot-13' is not a text encoding; use codecs…").
        return "refused", "could not be read (damaged, or not a kind of file BriefDesk reads)"


def _run_in_child(
    func: Callable[..., Any],
    args: tuple[Any, ...],
    limits: ImportLimits,
    name: str,
    cancel: threading.Event | None,
) -> tuple[str, Any]:
    """One fresh child per file (hostile input: nothing carries over), via ``isolation``."""
    from briefdesk import isolation

    caps = isolation.Limits(seconds=limits.timeout_seconds, memory_bytes=limits.max_memory_bytes)
    try:
        result: tuple[str, Any] = isolation.run_once(
            _call,
            (func, args, limits.max_memory_bytes),
            limits=caps,
            cancel=cancel.is_set if cancel is not None else None,
            name="briefdesk-import",
        )
    except isolation.TimedOut:
        return "refused", f"took longer than {limits.timeout_seconds:g} s to read; gave up"
    except isolation.Cancelled:
        return "cancelled", "import cancelled"
    except isolation.WorkerDied as exc:
        return "refused", _death_reason(exc.exitcode, limits)
    except isolation.CannotStart as exc:
        raise ImportRefused(name, f"cannot start the import worker ({exc})") from None
    except isolation.JobFailed as exc:
        return "refused", exc.reason
    return result


def _death_reason(exitcode: int | None, limits: ImportLimits) -> str:
    if exitcode is not None and exitcode < 0:
        # Killed by a signal: the kernel's OOM killer or a crash inside a C library.
        return (
            f"made the reader crash (signal {-exitcode}); the file is malformed or needs more "
            f"than {describe_size(limits.max_memory_bytes)} of memory"
        )
    return f"made the reader stop unexpectedly (exit code {exitcode})"
