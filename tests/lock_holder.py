"""Another process holding a brief's lock, as the window does while the brief is open."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def hold_lock(brief: Path) -> subprocess.Popen[str]:
    """A child process that has taken ``brief``'s lock; kill it to let the lock go."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys\nfrom briefdesk.store import BriefLock\n"
            f"BriefLock.acquire({str(brief)!r})\nprint('locked', flush=True)\nsys.stdin.read()\n",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    return holder
