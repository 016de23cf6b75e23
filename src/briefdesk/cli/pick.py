"""The source a command names, by id or by its number counting from 1.

``show`` lists sources as [1], [2] and ``--cite 1:…`` takes that number; ``draft --source 1``,
``extract --source 1`` and ``remove-source`` refused it (N11-15). Every ``--source`` now goes
through here, so one rule and one message serve them all.
"""

from __future__ import annotations

from briefdesk.cli.main import CommandError
from briefdesk.model.brief import Brief, Source


def pick_source(brief: Brief, which: str, where: str) -> Source:
    """The source whose id is ``which``, else the ``which``-th; CommandError naming both ways."""
    which = which.strip()
    found = brief.source(which)
    if found is not None:
        return found
    if which.isdigit() and 1 <= int(which) <= len(brief.sources):
        return brief.sources[int(which) - 1]
    if not brief.sources:
        raise CommandError(f"no source {which!r} in {where}: it has none (add one with add-source)")
    known = ", ".join(s.id for s in brief.sources)
    raise CommandError(f"no source {which!r} in {where} (sources: {known}; or 1, 2, …)")
