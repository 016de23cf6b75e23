"""Identical copies of one brief file: which one the library opens, and the others named.

Why: with ghana.brief and byte-identical copies (a backup, a colleague's copy) in the library
folder, every search hit opened whichever copy the scan met last (newcomer9 N9-07: g2.brief,
never the ghana.brief being worked on), and the hit did not say which file it was. The library
now keeps the original — the copy on disk longest (oldest modification time; a copy made in the
file manager or with ``cp`` is newer) — unless the user saves one in BriefDesk (that file wins,
as before), and a hit lists the other files holding the same brief.
"""

from __future__ import annotations

import os
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from briefdesk.library.api import SearchHit

if TYPE_CHECKING:
    from briefdesk.library.sqlbase import SqlBase


def keep_original(lib: SqlBase, key: str) -> None:
    """Point the entry ``key`` at the oldest existing file holding its very content."""
    with lib._lock:
        rows = lib._rows(
            "SELECT f.path, f.mtime_ns FROM files f JOIN briefs b ON b.brief_id = f.brief_id"
            " WHERE f.brief_id = ? AND f.sha256 = b.sha256",
            (key,),
        )
    here = [(int(mtime), str(path)) for path, mtime in rows if os.path.exists(path)]
    if here:
        with lib._lock, lib._tx():
            lib._run("UPDATE briefs SET path = ? WHERE brief_id = ?", (min(here)[1], key))


def with_copies(lib: Any, hits: list[SearchHit]) -> list[SearchHit]:
    """The hits, each with ``copies``: the other existing files indexed as the same entry.
    ``lib``: a SQL library (SQLite or PostgreSQL; the ``Library`` protocol hides ``_rows``)."""
    out = []
    with lib._lock:
        for hit in hits:
            rows = lib._rows(
                "SELECT path FROM files WHERE brief_id = ? AND path <> ? ORDER BY path",
                (hit.brief_id, hit.path),
            )
            copies = tuple(str(r[0]) for r in rows if os.path.exists(r[0]))
            out.append(replace(hit, copies=copies))
    return out
