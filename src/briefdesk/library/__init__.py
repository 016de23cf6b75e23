"""The desk's memory: search, actor dossiers, related briefs and earlier judgments across briefs.

Qt-free. The ``.brief`` files stay the truth; the index is a cache any rescan can rebuild. One
interface (``Library``), two back ends: SQLite in the user data folder (default, no set-up) and
PostgreSQL for a team (a connection string in Settings or ``BRIEFDESK_LIBRARY_DSN``).
"""

from briefdesk.library.api import (
    HL_END,
    HL_START,
    Dossier,
    GazetteerEntry,
    IndexReport,
    Library,
    LibraryError,
    OutletGrade,
    PriorJudgment,
    Related,
    SearchFilters,
    SearchHit,
)
from briefdesk.library.open import DSN_ENV, open_library

__all__ = [
    "DSN_ENV",
    "HL_END",
    "HL_START",
    "Dossier",
    "GazetteerEntry",
    "IndexReport",
    "Library",
    "LibraryError",
    "OutletGrade",
    "PriorJudgment",
    "Related",
    "SearchFilters",
    "SearchHit",
    "open_library",
]
