"""After a command saved a brief: its library entry, through the one core hook."""

from __future__ import annotations

import sys
from pathlib import Path


def update_library(path: Path) -> None:
    """Never fails the command: the brief is saved; a lagging entry is one warning line."""
    from briefdesk.library.on_save import update_entry_from_settings

    warning = update_entry_from_settings(path)
    if warning:
        print(f"warning: library not updated: {warning}", file=sys.stderr)
