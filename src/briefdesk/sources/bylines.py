"""A wire story's byline and dated dateline, read from the top of a plain text.

"By Ingrid Halvorsen, Nordlys Wire Service" above "OSLO, 14 October 2026 — …" left author and
outlet empty and the kind "other" (newcomer9 N9-19), though extraction found both names. The
byline gives the author and the outlet; a dateline with a date marks a news story.
"""

from __future__ import annotations

import re

_TOP_LINES = 5
# "By Ingrid Halvorsen, Nordlys Wire Service", "By Ana Berg | Reuters", "BY JOHN SMITH".
_NAME = r"[A-ZÀ-Þ][\w'’.-]+(?:\s+(?:[A-ZÀ-Þ][\w'’.-]+|de|van|von|der|da|al|bin|el)){1,4}"
_BYLINE = re.compile(
    # "By Marco Bellini and Yasmine El-Sayed": two reporters (N14-35)
    rf"^(?:By|BY)\s+(?P<who>{_NAME}(?:\s+(?:and|&)\s+{_NAME})?)"
    rf"(?:\s*[,|/—–-]\s*(?P<outlet>[A-Z][\w&.'’ -]{{2,60}}?))?\s*$"
)
_OUTLET_WORDS = re.compile(
    r"\b(wire|news|service|press|agency|times|post|journal|herald|daily|weekly|tribune|"
    r"gazette|reuters|bloomberg|afp|ap|bbc|radio|tv|television|media|magazine|review)\b",
    re.I,
)
_DATE = r"(?:\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})"
# "OSLO, 14 October 2026 —", "WASHINGTON, March 3, 2026 -"
DATED_DATELINE = re.compile(rf"^[A-Z][A-Z .'’-]{{2,40}},\s+{_DATE}\s*[-—–]\s", re.M)


def byline(text: str) -> tuple[str, str]:
    """(author, outlet) from a byline among the first lines; "" for what it does not say.
    The part after the comma counts as the outlet only when it reads as one ("… Wire
    Service", "Reuters"): "By Ana Berg, Defence Correspondent" names a role."""
    for line in [ln.strip() for ln in text.splitlines() if ln.strip()][:_TOP_LINES]:
        match = _BYLINE.match(line)
        if match is None:
            continue
        outlet = (match.group("outlet") or "").strip()
        return match.group("who").strip(), outlet if _OUTLET_WORDS.search(outlet) else ""
    return "", ""


def is_byline(line: str) -> bool:
    """Whether ``line`` is a byline ("By MARIA GARCIA, Associated Press"), never a headline."""
    return _BYLINE.match(" ".join(line.split())) is not None
