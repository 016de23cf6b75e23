"""The status-bar line that says what an import added and what to do next."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
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
    warned = import_warnings(source)
    warned += [n for n in source.notes.splitlines() if n.startswith("Updated version of")]
    from briefdesk.gui.glyphs import boxes_note

    if boxes := boxes_note(source.text):  # a "🧵" with no emoji font: say why it is a box
        warned.append(boxes)
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


def import_warnings(source: Source) -> list[str]:
    """What the import warned of ("named .docx but holds plain text …"), kept in the notes."""
    return [n[8:] for n in source.notes.splitlines() if n.startswith("Import: ")]


def first_to_draft(added: Sequence[tuple[Path, Sequence[Source]]]) -> Source:
    """Of the articles several picked files brought in (in the order picked): the first file's
    first article — never a PDF only because its import ended last, and never a mail's article
    (or its attachment) only because it is a mail: the user picked the first file to draft
    from (newcomer15 N15-15). A mail added alone shows its own article (``batch_landing``)."""
    return added[0][1][0]


def batch_line(
    shown: Source,
    brief: Brief,
    added: Sequence[tuple[Path, Sequence[Source]]],
    picked: int = 0,
) -> str:
    """“Added 3 sources ([1] …, [2] …); showing [2] … — Ctrl+D drafts from it.” ``picked``:
    how many files were picked, so the line says how many brought nothing (their reasons are
    in the batch's box)."""
    number = {s.id: i for i, s in enumerate(brief.sources, 1)}
    names = [
        f"[{number.get(s.id, '?')}] {_name(s)}" + _warned(s)
        for _p, sources in added
        for s in sources
    ]
    draft = (
        " Press Ctrl+D to draft the brief from it."
        if not (brief.actors or brief.deals or brief.bluf.strip())
        else ""
    )
    missing = picked - len(added)
    left = f" {missing} of the {picked} files picked added nothing." if missing > 0 else ""
    if len(names) == 1:
        # One source: no order to speak of, and "1 sources" reads as a slip (newcomer15 N15-28).
        return f"Added 1 source: {names[0]}, shown.{left}{draft}"
    return (
        f"Added {len(names)} sources in the order picked: {', '.join(names)}."
        f"{left} Showing [{number.get(shown.id, '?')}] {_name(shown)}.{draft}"
    )


def _warned(source: Source) -> str:
    """ " (named .docx but holds plain text …)" after a source added with a warning (N18-14)."""
    warnings = import_warnings(source)
    return f" ({'; '.join(warnings)})" if warnings else ""


def _name(source: Source) -> str:
    title = source.title.strip()
    if not title:
        return "an untitled source"
    return f"“{title if len(title) <= 50 else title[:49] + '…'}”"
