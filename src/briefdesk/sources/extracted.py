"""What an importer hands back: text and whatever metadata the format carried."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(slots=True)
class Extracted:
    """Raw result of one importer, before normalisation and kind guessing.

    Plain data only (no model objects): it crosses the process boundary by pickling.
    """

    text: str
    format: str
    title: str = ""
    outlet: str = ""
    author: str = ""
    url: str = ""
    published: dt.date | None = None
    language: str = ""
    # Hints for guessing the kind: e.g. "article" page type, sender domain, document category.
    hints: dict[str, str] = field(default_factory=dict)
    # What the user should know about this import ("2 comments not imported"); kept in the
    # source's notes and printed by ``import --json``.
    warnings: list[str] = field(default_factory=list)
    # Context worth keeping that is not the article (a forwarding cover note).
    notes: list[str] = field(default_factory=list)
    # True once :func:`briefdesk.sources.normalize.normalize_extracted` has run on it.
    normalized: bool = False

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)
