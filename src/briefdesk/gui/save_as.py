"""Save As makes another brief: the copy under a new name gets a new brief id.

The id is what the library, the recovery folder and "related briefs" know a brief by; two
files with one id would not list each other as related, and share one autosave name. No
widget here: the rule reads in one place and is tested on plain briefs.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from briefdesk.model import Brief
from briefdesk.model.ids import new_id


@dataclass
class Renamed:
    """``new_id`` is the id given ("" when the brief kept its own); ``keep`` is set by the
    caller once the save succeeded, else the old id comes back."""

    old_id: str
    new_id: str = ""
    keep: bool = False


@contextmanager
def as_new_brief(brief: Brief, current: Path | None, target: Path) -> Iterator[Renamed]:
    """Give ``brief`` a new id while it is saved to ``target``, when it already has a file
    of its own elsewhere (a first save, or saving onto its own file, keeps the id)."""
    renamed = Renamed(old_id=brief.id)
    if current is not None and not _same_file(current, target):
        renamed.new_id = new_id("brief")
        brief.id = renamed.new_id
    try:
        yield renamed
    finally:
        if renamed.new_id and not renamed.keep:
            brief.id = renamed.old_id
            renamed.new_id = ""


def _same_file(a: Path, b: Path) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return Path(a) == Path(b)
