"""Lines a browser copies from a page's menus rather than from its article.

A page copied as text starts "Skip to main content / Menu / Search GOV.UK / Home > …": import
must not take them for the headline (N11-07) and the date reader must not spend its few head
lines on them (N11-16). Shared by sources/ and extract/, so it sits in neither.
"""

from __future__ import annotations

import re

# What a browser copies before the article: skip links, menus, search boxes, breadcrumbs.
_FURNITURE = re.compile(
    r"^(?:skip\s+to\s+(?:main\s+)?content|(?:main\s+)?menu|search(?:\s+\S+){0,3}|home"
    r"|home\s*(?:>|›|»|/|\|).*|sign\s+in|log\s+in|cookies?\b.{0,60}|accept\s+(?:all\s+)?cookies)$",
    re.IGNORECASE,
)


def is_page_furniture(line: str) -> bool:
    """True for a line a browser copies from a page's menus, not from its article."""
    return bool(_FURNITURE.match(" ".join(line.split())))
