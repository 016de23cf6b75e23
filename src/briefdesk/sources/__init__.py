"""Turn articles (pasted text, .txt/.md, .html, .docx, .pdf, .eml) into Sources. No Qt.

Public API: :func:`import_file`, :func:`import_text`, :func:`find_duplicate`,
:class:`ImportLimits`, :class:`ImportRefused`. Parsers load lazily, so importing this
package is cheap.
"""

from briefdesk.sources.api import import_file, import_text
from briefdesk.sources.dedupe import find_duplicate
from briefdesk.sources.errors import ImportRefused
from briefdesk.sources.limits import DEFAULT_LIMITS, ImportLimits

__all__ = [
    "DEFAULT_LIMITS",
    "ImportLimits",
    "ImportRefused",
    "find_duplicate",
    "import_file",
    "import_text",
]
