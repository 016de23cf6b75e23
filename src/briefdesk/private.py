"""Files only their owner may read: settings (a connection string), the local library index.

Why (newcomer8 F25): under the default umask settings.json and library.sqlite3 (the full text of
every indexed brief, SECRET ones too) were 0644 in 0755 folders, readable by every account on a
shared workstation. Files are made 0600 and their folders 0700 whatever the umask, and files left
by older versions are tightened when they are next opened. Best effort: a file system without
Unix modes (or a file the user does not own) is left as it is.

The recovery snapshots (``store.recovery``, newcomer8 F12) use it too.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def make_private(path: Path) -> None:
    """A file 0600, a folder 0700, if it exists. A symlink is left alone (its target is not
    ours to change)."""
    with contextlib.suppress(OSError):
        info = os.lstat(path)
        if stat.S_ISLNK(info.st_mode):
            return
        wanted = PRIVATE_FOLDER if stat.S_ISDIR(info.st_mode) else PRIVATE_FILE
        if stat.S_IMODE(info.st_mode) != wanted:
            os.chmod(path, wanted)


def create_private(path: Path) -> None:
    """Create ``path`` empty with mode 0600 when missing, so no library ever creates it wider
    (SQLite makes new databases 0644, and its -wal/-shm files copy the database's mode)."""
    # Any other failure (no folder, no right) is the opener's to report, in its own words.
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
        os.close(fd)
