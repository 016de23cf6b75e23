"""The status-bar line that says what an import added and what to do next."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefdesk.model import Brief, Source


def added_line(source: Source, brief: Brief, beside: Sequence[Source] = ()) -> str:
    """“Added source …” for ``source``, the one shown; ``beside``: the other articles the same
    file brought in (a mail's attachments), named so the user knows they are there."""
    offer = (
        " Press Ctrl+D to draft the brief from it."
        if not (brief.actors or brief.deals or brief.bluf.strip())
        else ""
    )
    warned = [n[8:] for n in source.notes.splitlines() if n.startswith("Import: ")]
    warned += [n for n in source.notes.splitlines() if n.startswith("Updated version of")]
    if beside:
        others = ", ".join(f"“{s.title}”" if s.title else "an untitled source" for s in beside)
        warned.append(f"also added beside it: {others}")
    # Named as the Sources list shows it (no title: "an untitled source").
    return (
        (f"Added source “{source.title}” " if source.title else "Added an untitled source ")
        + f"({len(source.text):,} characters)"
        + (f" — {'; '.join(warned)}" if warned else "")
        + f".{offer}"
    )
