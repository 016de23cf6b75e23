"""Whose file a team-library hit opens, and whether this computer can open it.

Why (newcomer13 N13-26): on the team database every hit named the path of the desk that
indexed it — desk1's own folder, which on desk2's computer is someone else's home folder or
drive letter — and opening it failed with "no such file" and no word of whose folder it was.
A team database records the login that indexed each file (``files.desk``); a hit says which
desk indexed it and, when the file is not reachable here, says so in one line.
"""

from __future__ import annotations

import os
from dataclasses import replace
from typing import Any

from briefdesk.library.api import SearchHit


def with_desks(lib: Any, hits: list[SearchHit]) -> list[SearchHit]:
    """The hits, each with the login that indexed its file when it is another desk's (team
    database only) and whether the file can be opened from here. ``lib``: a SQL library
    (``_rows`` hidden by Library)."""
    desks: dict[str, str] = {}
    if getattr(lib, "name", "") == "postgresql" and hits:
        paths = sorted({h.path for h in hits})
        with lib._lock:
            rows = lib._rows(
                f"SELECT path, desk FROM files WHERE path IN ({', '.join('?' for _ in paths)})",
                paths,
            )
            me = str(lib._rows("SELECT current_user")[0][0])
        # This desk's own files need no name: "indexed by" names another desk's.
        desks = {str(r[0]): str(r[1] or "") for r in rows if str(r[1] or "") != me}
    return [replace(h, desk=desks.get(h.path, ""), reachable=os.path.exists(h.path)) for h in hits]


def unreachable_line(hit: SearchHit) -> str:
    """One line when the hit's file cannot be opened from this computer, else ""."""
    if hit.reachable:
        return ""
    whose = f"{hit.desk}'s" if hit.desk else "another desk's (or a moved)"
    who = hit.desk or "the desk that indexed it"
    return (
        f"not openable here: {hit.path} is in {whose} folder; the title and snippet are the"
        f" team library's copy — ask {who} for the file (library folders on one share path,"
        " the same on every desk, open from any desk)"
    )
