"""A name that is a date ("16 October", "Monday", "21 Sep 2026") is no actor (newcomer18 N18-04).

Extraction once offered "16 October" (from "On 16 October Defence Minister …") as an
organisation; New deal from selection made it a seller and the export printed a minister as
"Defence Minister, 16 October". The same date pattern extraction reads dates with tells such a
name, so the deal builder never adds one as a body and Checks flag one already in the brief.
"""

from __future__ import annotations

from briefdesk.extract.dates import DATE_RE


def is_date_name(name: str) -> bool:
    """Whether ``name`` is, whole, a date: a day and month, a month and year, a weekday."""
    words = " ".join(name.split())
    return bool(words) and DATE_RE.fullmatch(words) is not None
