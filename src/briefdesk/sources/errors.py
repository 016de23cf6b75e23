"""The one exception an import raises: a reason the user can read, never a traceback."""

from __future__ import annotations

# One message for a Word file cut short, whether it comes in as a source or as a template
# (newcomer17 N17-12: the template said "not a .docx file (not a zip archive)").
DAMAGED_WORD = (
    "is a damaged or incomplete Word file (cut short in copying or downloading?); "
    "open it in Word and save it again, or get a fresh copy"
)


class ImportRefused(Exception):
    """A file or text could not be turned into a source; ``str()`` is one line naming it."""

    def __init__(self, name: str, reason: str) -> None:
        self.name = name
        self.reason = " ".join(reason.split())  # always one line, whatever a library said
        super().__init__(f"{name}: {self.reason}" if name else self.reason)


class ImportCancelled(ImportRefused):
    """The caller cancelled the import (e.g. the user closed the progress dialog)."""


class Refusal(Exception):
    """Raised deep inside an importer, which does not know the file name; becomes ImportRefused."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


def too_long(chars: int, limit: int) -> str:
    """The refusal for text over the limit: how much there is, the limit, and what to do."""
    return (
        f"has {chars:,} characters of text, over the limit of {limit:,} for one source: "
        "split it into parts "
        "(the sections you need) and add each part as its own source"
    )
