"""Warm the export path in the background so the first page preview (or Word export) is quick.

In a freshly started window the first preview used to pay for starting the render worker (the
forkserver, its imports, the template's dry run and compiling it) and the warm LibreOffice on top
of the render. Shortly after the first frame the window starts both in daemon threads: one export
of an empty brief through the preview's template (the dry run's result is then cached in this
process and the compiled template in the worker), and LibreOffice's start. Never on the GUI
thread; failures are ignored (the real export reports its own problems). Qt-free.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable

from briefdesk.export import ExportError

_started = threading.Event()


def warm_export(template: str = "standard") -> None:
    """Render an empty brief once (start the worker, check and compile the template)."""
    from briefdesk.export.render import render_docx_bytes
    from briefdesk.model.brief import Brief

    with contextlib.suppress(ExportError, OSError, ValueError):
        render_docx_bytes(Brief(), template)


def _quietly(job: Callable[[], None]) -> None:
    with contextlib.suppress(ExportError, OSError, ValueError):
        job()


def warm_soon(*jobs: Callable[[], None]) -> list[threading.Thread]:
    """Each job in its own daemon thread, once per process (later calls do nothing)."""
    if _started.is_set():
        return []
    _started.set()
    threads = [
        threading.Thread(target=_quietly, args=(job,), name="export-warm-up", daemon=True)
        for job in jobs
    ]
    for thread in threads:
        thread.start()
    return threads
