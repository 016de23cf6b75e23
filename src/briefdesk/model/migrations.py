"""Upgrade older ``.brief`` documents, one format version at a time, before validation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from briefdesk.model.brief import FORMAT_VERSION

Document = dict[str, Any]
Migration = Callable[[Document], Document]


def _v1_to_v2(document: Document) -> Document:
    """Version 2 adds ``sources[].dismissed`` (suggestion keys the user dismissed); none yet."""
    sources = document.get("sources")
    if isinstance(sources, list):
        document["sources"] = [
            {**source, "dismissed": []} if isinstance(source, dict) else source
            for source in sources
        ]
    return document


# MIGRATIONS[n] turns a version-n document into a version-(n+1) one.
MIGRATIONS: dict[int, Migration] = {1: _v1_to_v2}


def migrate(document: Document, *, target: int = FORMAT_VERSION) -> Document:
    """Bring ``document`` up to ``target``; raises ``LookupError`` if a step is missing."""
    version = document["version"]
    while version < target:
        step = MIGRATIONS.get(version)
        if step is None:
            raise LookupError(f"no migration from format version {version}")
        document = step(dict(document))
        version += 1
        document["version"] = version
    return document
