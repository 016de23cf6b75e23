"""Checks on places: one with no country may not be a place at all.

Why: a draft put "Better" (the first word of a quotation) into Places, printed in every
template's Places line, and no check said a word (newcomer9 N9-17). A real place nearly always
has a country; a region ("West Africa", "Gulf of Guinea") may rightly have none, so this is
to consider, not to fix.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefdesk.model import Brief
    from briefdesk.review import Finding


def place_findings(brief: Brief) -> list[Finding]:
    from briefdesk.review import Finding

    return [
        Finding(
            f"places[{index}].country",
            f"place '{place.name}' has no country: check it is a place (a region may have none)",
        )
        for index, place in enumerate(brief.places)
        if not place.country
    ]
