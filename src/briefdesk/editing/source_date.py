"""A source added with no published date takes the date its own text gives.

Wire copy, pasted articles and plain files often carry their date only in the text ("WARSAW,
20 November 2026 —", a date line under the headline, a byline). Extraction already reads it as
the reference for "on Wednesday" (``extract.dateline_date``); the source keeps it too, so the
sources list, the export's citations and the library's dossiers ("roles over time", "earlier
judgments") show the article's date rather than none. A note says where it came from; a date
the file's metadata or the user gives always wins, and a date more than two days ahead of
today is left out with a note (a typo, a scheduled event or a wrong clock: N11-03).
"""

from __future__ import annotations

import datetime as dt

from briefdesk.extract.dateline_date import text_date
from briefdesk.model.brief import Source

_AHEAD = dt.timedelta(days=2)


def with_text_date(source: Source, today: dt.date | None = None) -> Source:
    """``source`` with ``published`` read from its text when it had none, and a note saying so;
    unchanged when it has a date or its text gives none."""
    if source.published is not None:
        return source
    found = text_date(source.text)
    if found is None:
        return source
    today = today or dt.date.today()
    if found.date > today + _AHEAD:
        note = (
            f"No published date: the text's date {found.date.isoformat()} ({found.stated!r}) "
            f"is after today's date ({today.isoformat()}); set it if the date or this "
            "computer's clock is right"
        )
        return source.model_copy(update={"notes": "\n".join(n for n in (source.notes, note) if n)})
    note = (
        f"Published date {found.date.isoformat()} read from the text ({found.stated!r});"
        " change it if the article's own date differs"
    )
    notes = "\n".join(n for n in (source.notes, note) if n)
    return source.model_copy(update={"published": found.date, "notes": notes})
