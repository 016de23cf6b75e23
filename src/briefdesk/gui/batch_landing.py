"""Several picked files' articles landing in the window, in the order picked (N14-13, N14-22)."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any


def land(window: Any, batch: Any, path: Path, found: list[object], position: int) -> None:
    """Add one file's articles as soon as they are read, before those of files picked after
    it (N21-11), so the order picked holds whichever import ends first."""
    # Several files: an article already in the brief is a line of the batch's one box.
    several = len(batch.paths) > 1
    already = partial(batch.skipped, path) if several else None
    one = len(found) == 1 and not several
    before = batch.before_id(position)
    added = [
        s for r in found if (s := window._source_imported(r, already, announce=one, before=before))
    ]
    if added:
        batch.landed(position, path, added)
        if several:  # one file alone says its warnings in the status line (added_line)
            from briefdesk.gui.source_status import import_warnings

            batch.warned(path, [w for s in added for w in import_warnings(s)])
    if not several and len(found) > 1 and added:
        # A mail's own article comes first, its attachments after it: the user saw that
        # article's Subject in the mail client, so it is the one shown and offered.
        from briefdesk.gui.source_status import added_line

        window.sources_pane.select(added[0].id)
        window.show_status(added_line(added[0], window.doc.brief, added[1:]), 15000)


def finished(window: Any, batch: Any) -> None:
    """Several files picked at once: show the one to draft from — the first article of the
    first file picked — and say which, with its number."""
    if len(batch.paths) < 2 or not batch.added:
        return
    from briefdesk.gui.source_status import batch_line, first_to_draft

    shown = first_to_draft(batch.added)
    window.sources_pane.select(shown.id)
    window.show_status(batch_line(shown, window.doc.brief, batch.added, len(batch.paths)), 20000)
