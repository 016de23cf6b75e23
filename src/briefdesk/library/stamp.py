"""A cheap "has the library changed?" stamp, so the window can refresh what it shows from it.

The SQLite library is one local file: its size and modification time (and those of its write-ahead
log while it holds pages) change with every write, from any process, and reading them opens no
connection — cheap enough for a timer on the GUI thread. A server library has no local file: its
stamp is one small query (:meth:`change_stamp` of the back end), run on a worker like any other.
"""

from __future__ import annotations

import os
from pathlib import Path

from briefdesk.library.open import DSN_ENV

Stamp = tuple[object, ...]


def is_local(dsn: str = "") -> bool:
    """True when the library is the SQLite file (no connection string in Settings or env)."""
    return not (os.environ.get(DSN_ENV, "").strip() or dsn.strip())


def _file_stamp(path: Path) -> tuple[int, int]:
    try:
        st = path.stat()
    except OSError:
        return (0, 0)
    return (st.st_size, st.st_mtime_ns)


def local_stamp(path: Path | None = None) -> Stamp:
    """The SQLite file's stamp. An empty log is left out: readers create and remove it as they
    come and go, and a stamp that changed with every read would refresh forever."""
    from briefdesk.library.sqlite import default_path

    db = Path(path) if path else default_path()
    wal = _file_stamp(db.with_name(db.name + "-wal"))
    return (_file_stamp(db), wal if wal[0] else (0, 0))
