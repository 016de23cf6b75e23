"""Warm the export path in the background so the first page preview (or Word export) is quick.

In a freshly started window the first preview used to pay for starting the render worker (the
forkserver, its imports, the template's dry run and compiling it: 2.2–3.9 s on a busy 2-core
machine) on top of the render. One export of an empty brief through the preview's template, in a
daemon thread shortly after the first frame, pays all of that before the user asks: the dry
run's result is cached in this process and the compiled template in the worker. The window then
starts the page preview's warm LibreOffice the same way (converting is the rest of the first
render). Never on the GUI thread; failures are ignored (the real export reports its own
problems). Qt-free.
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


def warm_export_soon(
    template: str = "standard", then: Callable[[], None] | None = None
) -> threading.Thread | None:
    """:func:`warm_export` in a daemon thread, once per process, then ``then`` (in that thread:
    e.g. start the warm LibreOffice, which would otherwise compete with the worker's start for
    the two cores); None when already started."""
    if _started.is_set():
        return None
    _started.set()

    def work() -> None:
        warm_export(template)
        if then is not None:
            then()

    thread = threading.Thread(target=work, name="export-warm-up", daemon=True)
    thread.start()
    return thread
