"""Read a template file only after checking it is a regular file within the size limit.

Why: a 1.5 GB "template" used to be read whole (4.5 GB in memory) before its size was looked at,
and a FIFO named ``x.docx`` hung the check forever.
"""

from __future__ import annotations

from pathlib import Path

from briefdesk.boundedread import FileRefused, check_regular, read_regular
from briefdesk.export import ExportError

# The same limit the render worker applies to the bytes it is given.
MAX_TEMPLATE_BYTES = 20_000_000


def _message(exc: FileRefused, path: Path) -> str:
    text = str(exc)
    prefix = f"{path}: "
    reason = text[len(prefix) :] if text.startswith(prefix) else text
    reason = reason.replace("can be read", "is allowed for a template")
    return f"cannot read the template {path}: {reason}"


def check_template_file(path: Path) -> None:
    """Raise ``ExportError`` unless ``path`` is a regular file no larger than the limit."""
    try:
        check_regular(Path(path), MAX_TEMPLATE_BYTES)
    except FileRefused as exc:
        raise ExportError(_message(exc, Path(path))) from None


def read_template_bytes(path: Path) -> bytes:
    """The template's bytes; refuses folders, devices, FIFOs and files over the limit."""
    try:
        return read_regular(Path(path), MAX_TEMPLATE_BYTES)
    except FileRefused as exc:
        raise ExportError(_message(exc, Path(path))) from None


def unusable_reason(path: Path) -> str:
    """Why a file in the templates folder cannot be used as a template at all ("" when it can
    be opened as a Word package): cheap — the file and its zip directory only, no render."""
    from briefdesk.export.engine import TemplateFault, check_package

    try:
        check_package(read_template_bytes(path))
    except TemplateFault as fault:
        return fault.reason
    except ExportError as exc:
        return str(exc)
    return ""
