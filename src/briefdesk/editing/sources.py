"""Removing a source together with every citation of it, so the brief stays valid."""

from __future__ import annotations

from briefdesk.editing import linking
from briefdesk.editing.edits import Edit
from briefdesk.model import Brief


def remove_source(brief: Brief, source_id: str) -> tuple[list[Edit], int]:
    """(edits, citations dropped): the citations first, then the sources list without it."""
    from briefdesk.editing import fieldpath

    edits: list[Edit] = []
    dropped = 0
    for path, kept in linking.citation_edits(brief, source_id):
        dropped += len(fieldpath.get(brief, path)) - len(kept)
        edits.append(Edit(path, kept, "citations"))
    remaining = [s for s in brief.sources if s.id != source_id]
    edits.append(Edit("sources", remaining, "sources"))
    return edits, dropped
