"""Checks on sources' titles: one that looks cut off is asked for before export.

Why: a PDF's two-line headline came in as "Mongolia signs copper smelter concession with";
the window showed it and the export quietly printed "News (untitled)" instead (newcomer15
N15-34). The export now prints the title the brief holds, and this check says it looks cut off
while the user can still complete it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefdesk.model import Brief
    from briefdesk.review import Finding


def cut_title_findings(brief: Brief) -> list[Finding]:
    from briefdesk.export.house import looks_cut_off
    from briefdesk.review import Finding

    return [
        Finding(
            f"sources[{index}].title",
            f"source [{index + 1}]'s title “{' '.join(source.title.split())}” looks cut off "
            "(it ends on a word no headline ends on): complete it; it is printed as it stands",
        )
        for index, source in enumerate(brief.sources)
        if looks_cut_off(" ".join(source.title.split()))
    ]
