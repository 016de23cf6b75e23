"""Is there a program to open an exported file? Asked before offering "Open the file after export".

On Windows and macOS the desktop always has a default (Word, Preview, a browser). On Linux and
the BSDs ``xdg-open`` hands the file to the desktop's default for its type; without ``xdg-open``,
or when ``xdg-mime`` says no program is registered for the type, nothing would open and the user
would get an extra "no program opened it" box after every export. The answer is cached per file
type; the first one runs ``xdg-mime`` (a shell script, tens of milliseconds), so the dialog asks
on its runner, never on the GUI thread. Qt-free.
"""

from __future__ import annotations

import mimetypes
import shutil
import subprocess
import sys
import threading
from typing import Any

_known: dict[str, bool] = {}
_lock = threading.Lock()


def known(suffix: str) -> bool | None:
    """The cached answer for ``suffix`` (".docx"), or None when not asked yet."""
    with _lock:
        return _known.get(suffix.lower())


def forget() -> None:
    """Drop cached answers (tests; a program installed while the app runs)."""
    with _lock:
        _known.clear()


def has_handler(suffix: str) -> bool:
    """True when the desktop would open a ``suffix`` file; True too when it cannot be told."""
    cached = known(suffix)
    if cached is not None:
        return cached
    answer = _ask(suffix.lower())
    with _lock:
        _known[suffix.lower()] = answer
    return answer


def handler_job(suffix: str, token: Any) -> bool:
    """For the runner."""
    return has_handler(suffix)


def _ask(suffix: str) -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    if shutil.which("xdg-open") is None:
        return False
    mime = mimetypes.guess_type(f"file{suffix}")[0]
    xdg_mime = shutil.which("xdg-mime")
    if mime is None or xdg_mime is None:
        return True  # xdg-open is there; which program it picks cannot be told
    try:
        done = subprocess.run(
            [xdg_mime, "query", "default", mime],
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return True
    return bool(done.stdout.strip())
