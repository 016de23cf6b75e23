"""Upgrade older ``.brief`` documents, one format version at a time, before validation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from briefdesk.model.brief import FORMAT_VERSION

Document = dict[str, Any]
Migration = Callable[[Document], Document]

# MIGRATIONS[n] turns a version-n document into a version-(n+1) one. Version 1 is the first
# released format, so nothing is registered yet; the next format change adds MIGRATIONS[1].
MIGRATIONS: dict[int, Migration] = {}


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
