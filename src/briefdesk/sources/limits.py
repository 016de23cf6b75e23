"""Size, time and memory limits for one import: sources come from strangers."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class ImportLimits:
    """Caps that keep a hostile or broken file from eating the machine.

    ``isolate=True`` runs the parser in a child process that can be killed at
    ``timeout_seconds`` and whose address space is capped at ``max_memory_bytes``
    (where the OS supports it). ``isolate=False`` parses in the calling thread: same size
    caps, no time or memory cap; meant for tests and trusted text.
    """

    max_file_bytes: int = 50 * MB
    max_text_chars: int = 5_000_000
    max_unzipped_bytes: int = 200 * MB
    max_zip_entries: int = 5_000
    max_pdf_pages: int = 2_000
    timeout_seconds: float = 60.0
    max_memory_bytes: int = 1024 * MB
    isolate: bool = True

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


DEFAULT_LIMITS = ImportLimits()
