"""Before an export writes: the folder exists (or the user agrees to create it) and an existing
file is replaced only when the user says so. Asks through ``prompts``, so tests answer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from briefdesk.gui import prompts


def destination_ready(parent: QWidget, out: Path, confirmed: Path | None) -> bool:
    """True when ``out`` may be written; ``confirmed`` is a file the Save dialog already asked
    about replacing."""
    if not out.parent.is_dir():
        if not prompts.ask_yes_no(
            parent,
            "Create folder",
            f"The folder {out.parent} does not exist. Create it and export there?",
        ):
            return False
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            prompts.show_error(
                parent, "Export", f"Cannot create {out.parent}: {exc.strerror or exc}"
            )
            return False
    return not (
        out.exists()
        and out != confirmed
        and not prompts.ask_yes_no(
            parent,
            "Replace file",
            f"“{out.name}” already exists in {out.parent}. Replace it? "
            "Changes made to it in Word would be lost.",
        )
    )
