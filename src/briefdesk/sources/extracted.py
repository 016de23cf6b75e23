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

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)
