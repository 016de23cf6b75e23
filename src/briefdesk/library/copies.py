"""Identical copies of one brief file: which one the library opens, and the others named.

Why: with ghana.brief and byte-identical copies (a backup, a colleague's copy) in the library
folder, every search hit opened whichever copy the scan met last (newcomer9 N9-07: g2.brief,
never the ghana.brief being worked on), and the hit did not say which file it was. The library
now keeps the original — the copy on disk longest (oldest modification time; a copy made in the
file manager or with ``cp`` is newer) — unless the user saves one in BriefDesk (that file wins,
as before), and a hit lists the other files holding the same brief.
"""

from __future__ import annotations

import hashlib
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
    """The hits, each with ``copies`` (the other existing files holding the very same brief)
    and ``versions`` (the files of the other versions of its brief id, the original first);
    the versions of one brief stand together where the first of them ranked, the original
    leading (C9-14: an edited copy used to rank above the original it was copied from).
    ``lib``: a SQL library (SQLite or PostgreSQL; the ``Library`` protocol hides ``_rows``)."""
    out = []
    with lib._lock:
        for hit in hits:
            rows = lib._rows(
                "SELECT f.path FROM files f JOIN briefs b ON b.brief_id = f.brief_id"
                " WHERE f.brief_id = ? AND f.path <> ? AND f.sha256 = b.sha256 ORDER BY f.path",
                (hit.brief_id, hit.path),
            )
            copies = tuple(str(r[0]) for r in rows if os.path.exists(r[0]))
            base = hit.brief_id.split("~", 1)[0]
            family = sorted(
                (key != base, key, path)
                for key, path, _sha in _family(lib, base)
                if key != hit.brief_id
            )
            versions = tuple(path for _o, _k, path in family)
            out.append(replace(hit, copies=copies, versions=versions))
    first: dict[str, int] = {}
    for n, hit in enumerate(out):
        first.setdefault(hit.brief_id.split("~", 1)[0], n)
    return sorted(
        out,
        key=lambda h: (first[h.brief_id.split("~", 1)[0]], "~" in h.brief_id),
    )


def _family(lib: Any, brief_id: str) -> list[tuple[str, str, str]]:
    """(key, path, sha256) of every entry holding this brief id: the brief and its versions."""
    from briefdesk.library.sqlite import SqliteLibrary

    # A range on the key ("id~" up to "id\x7f"), so the primary key index answers it instead of
    # reading every brief on each file indexed; byte order spelt out for PostgreSQL.
    c = "" if isinstance(lib, SqliteLibrary) else ' COLLATE "C"'
    with lib._lock:
        rows = lib._rows(
            f"SELECT brief_id, path, sha256 FROM briefs WHERE brief_id = ?"
            f" OR (brief_id{c} >= ? AND brief_id{c} < ?)",
            (brief_id, f"{brief_id}~", f"{brief_id}\x7f"),
        )
    return [
        (str(r[0]), str(r[1]), str(r[2]))
        for r in rows
        if r[0] == brief_id or str(r[0]).startswith(f"{brief_id}~")
    ]


def entry_key(lib: SqlBase, brief_id: str, path: str, sha: str) -> str:
    """The index key of a brief file: its brief id, unless it is a copy that has since changed.

    A ``.brief`` copied in the file manager keeps its brief id. Identical copies are one entry
    held by several files. The original (the file the entry opens) keeps the plain id when it is
    edited — the copies still holding the old text become a version of their own (C9-14: the
    edited original used to lose its place to its ``(copy)``); a copy edited while the
    original is still there gets a key of its own (id + a digest of its path)."""
    family = _family(lib, brief_id)
    same = sorted(key for key, _p, s in family if s == sha)
    if same:
        return brief_id if brief_id in same else same[0]  # byte-identical: one entry
    row = lib.file_row(path)
    if (
        row is not None
        and row[3] == brief_id
        and any(key == brief_id and p == path for key, p, _s in family)
    ):
        return brief_id  # the original itself was edited
    for other_path, other_sha in lib.other_files_of(brief_id, path):
        if other_sha != sha and os.path.exists(other_path):
            return f"{brief_id}~{hashlib.sha256(path.encode()).hexdigest()[:8]}"
    return brief_id


def stale_copies(lib: SqlBase, key: str, path: str, sha: str) -> list[str]:
    """Other existing files still indexed under ``key`` whose text is no longer the entry's."""
    with lib._lock:
        rows = lib._rows(
            "SELECT path FROM files WHERE brief_id = ? AND path <> ? AND sha256 <> ? ORDER BY path",
            (key, path, sha),
        )
    return [str(r[0]) for r in rows if os.path.exists(r[0])]


def self_key(lib: Any, brief_id: str, path: str | os.PathLike[str] | None) -> str:
    """The entry of the brief in ``path`` (the file it was opened from): a brief is never
    related to itself, nor to byte-identical copies of it (C9-18). Its own file's entry, else
    the entry holding the very same bytes, else the brief id."""
    if path:
        where = os.path.realpath(os.fspath(path))
        row = lib.file_row(where)
        if row is not None and row[3]:
            return str(row[3])
        try:
            with open(where, "rb") as handle:
                sha = hashlib.sha256(handle.read()).hexdigest()
        except OSError:
            return brief_id
        same = sorted(key for key, _p, s in _family(lib, brief_id) if s == sha)
        if same:
            return brief_id if brief_id in same else same[0]
    return brief_id
