"""Whether a brief's file can be written where it is: a read-only share or mount is said when
the brief opens and offered Save As when a save fails (N11-20), not found out at Ctrl+S."""

from __future__ import annotations

import os
from pathlib import Path


def can_write(path: Path) -> bool:
    """True when ``path`` (or, for a new file, its folder) accepts writes; a read-only mount
    says no even to root."""
    folder = path.parent if str(path.parent) else Path(".")
    if not os.access(folder, os.W_OK):
        return False
    return not path.exists() or os.access(path, os.W_OK)


READ_ONLY_NOTE = (
    "{name} is in a read-only folder: edits cannot be saved there; "
    "use File > Save As… to keep them"
)
