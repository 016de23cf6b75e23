"""An edit is one field set to a new value; the window pushes each as an undo command, the CLI
applies them to the brief it loaded."""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from briefdesk.editing import fieldpath
from briefdesk.model import Brief


@dataclass(frozen=True)
class Edit:
    """Set ``path`` (``deals``, ``header.title``, ``sources[0]``) to ``value``; ``what`` names
    the field in the user's words for the undo menu and messages."""

    path: str
    value: Any
    what: str = ""


def apply_edits(brief: Brief, edits: Iterable[Edit]) -> Brief:
    """A copy of ``brief`` with the edits made (each validated; ``EditRefused`` when invalid)."""
    out = brief.model_copy(deep=True)
    for edit in edits:
        fieldpath.assign(out, edit.path, copy.deepcopy(edit.value))
    return out


def changed_fields(before: Brief, after: Brief, paths: Iterable[tuple[str, str]]) -> list[Edit]:
    """Edits for each (path, words) whose value differs between the two briefs."""
    out = []
    for path, what in paths:
        new = fieldpath.get(after, path)
        if fieldpath.get(before, path) != new:
            out.append(Edit(path, new, what))
    return out
