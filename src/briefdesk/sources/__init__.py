"""Turn articles (pasted text, .txt/.md, .html, .docx, .pdf, .eml) into Sources. No Qt.

Public API: :func:`import_file`, :func:`import_file_all` (several sources, warnings),
:func:`import_text`, :func:`import_stream_all` (standard input), :func:`find_duplicate`,
:class:`ImportLimits`, :class:`ImportRefused` (and its subclass :class:`ImportCancelled`),
``SUPPORTED_SUFFIXES``. Parsers load lazily, so importing this package is cheap.
"""

from briefdesk.sources.api import (
    Imported,
    import_file,
    import_file_all,
    import_stream_all,
    import_text,
)
from briefdesk.sources.dedupe import find_duplicate
from briefdesk.sources.errors import ImportCancelled, ImportRefused
from briefdesk.sources.limits import DEFAULT_LIMITS, ImportLimits
from briefdesk.sources.sniff import SUPPORTED_SUFFIXES as _SUFFIX_FORMATS

# File-name endings the import reads, for open-file dialogs and drop filters.
SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(_SUFFIX_FORMATS)

__all__ = [
    "DEFAULT_LIMITS",
    "SUPPORTED_SUFFIXES",
    "ImportCancelled",
    "ImportLimits",
    "ImportRefused",
    "Imported",
    "find_duplicate",
    "import_file",
    "import_file_all",
    "import_stream_all",
    "import_text",
]
