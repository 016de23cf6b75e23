"""A press release's or communiqué's headline, not its letterhead, as the source's title.

Why (N10-32): "Ministry of Economy and Finance of Peru / Press Release No. 214-2026-MEF / Lima,
18 November 2026 / MEF authorises S/ 1,250 million credit transfer …" was titled by its first
line, the letterhead, in every format; every page then cited "[1] “Ministry of Economy and
Finance of Peru”", which says whose release, not which. The letterhead becomes the outlet.
"""

from __future__ import annotations

import re

# "Press Release No. 214-2026-MEF", "Communiqué n° 12", "PRESS RELEASE", "Statement No 4".
_DOCUMENT_LINE = re.compile(
    r"^(?:press\s+release|news\s+release|communiqu[ée](?:\s+de\s+presse)?|press\s+statement|"
    r"statement)\b(?:\s*(?:no\.?|n[°º]|number|#)\s*\S+)?\s*$",
    re.IGNORECASE,
)
# "Lima, 18 November 2026", "Abidjan, 4 mars 2026": a place and a date alone on the line.
_DATE_LINE = re.compile(
    r"^[A-Z][^,]{1,40},\s*(?:\w+\s+)?\d{1,2}\s+\w+\.?\s+\d{4}\.?(?:\s*\(.*\))?$"
)
_HEAD = 6  # the release's header is its first few lines


def release_title(text: str, title: str) -> tuple[str, str] | None:
    """(headline, letterhead) when ``title`` is the letterhead of a release whose header
    (letterhead, document number, place and date) is followed by a headline line; else None."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][:_HEAD]
    if not lines or " ".join(title.split()) != lines[0]:
        return None
    at = 1
    if at < len(lines) and _DOCUMENT_LINE.match(lines[at]):
        at += 1
    else:
        return None
    if at < len(lines) and _DATE_LINE.match(lines[at]):
        at += 1
    if at >= len(lines):
        return None
    headline = lines[at]
    if len(headline) > 150 or (headline.endswith(".") and len(headline.split()) > 20):
        return None  # the body's first sentence, not a headline
    return headline.rstrip("."), lines[0]
