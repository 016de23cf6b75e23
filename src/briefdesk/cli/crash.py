"""The last line of defence: an unexpected error becomes one line, the traceback goes to a log.

Why: a traceback on the terminal shows Python internals to someone who cannot act on them; the
log keeps what a developer needs.
"""

from __future__ import annotations

import datetime as dt
import traceback


def report(command: str, exc: BaseException) -> str:
    """Write the traceback to ``<log>/errors.log``; the one line to print."""
    try:
        from briefdesk import paths

        log = paths.log_dir() / "errors.log"
        with log.open("a", encoding="utf-8") as handle:
            handle.write(f"--- {dt.datetime.now(dt.UTC).isoformat()} briefdesk {command}\n")
            handle.write("".join(traceback.format_exception(exc)))
        where = f"; details are in {log}"
    except OSError:
        where = ""
    return f"briefdesk {command}: an unexpected internal problem stopped the command{where}"
