"""A brief that no longer reads, and the good copy beside it (newcomer15 N15-41).

A file cut off by a full disk or a bad copy leaves its last good version in ``name.brief.bak``
(every save keeps one). Saying only "invalid JSON at line 119" leaves the user to find that
copy; the open error names it when it reads, and ``restore_backup`` puts it back, keeping the
damaged file as ``name.brief.broken`` (nothing is deleted: it may hold the only copy of newer
work a person can still pick out by hand).
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from briefdesk.model.brief import Brief


@dataclass(frozen=True)
class GoodCopy:
    """The backup beside a brief that does not read, and when it was saved (local time)."""

    path: Path
    saved: dt.datetime
    brief: Brief

    def said(self) -> str:
        """ "cut.brief.bak (saved 2 Dec 2026 08:36)" """
        when = f"{self.saved.day} {self.saved:%b %Y %H:%M}"
        return f"{self.path.name} (saved {when})"


def good_backup(path: Path) -> GoodCopy | None:
    """The brief's ``.bak`` when it opens cleanly, else None."""
    from briefdesk.store.files import StoreError, backup_path, open_brief

    backup = backup_path(Path(path))
    if not backup.is_file():
        return None
    try:
        brief = open_brief(backup, hint=False).brief
        saved = dt.datetime.fromtimestamp(os.stat(backup).st_mtime)
    except (StoreError, OSError):
        return None
    return GoodCopy(backup, saved, brief)


def backup_hint(path: Path, reason: str) -> tuple[str, GoodCopy | None]:
    """The line naming the good copy, to follow ``reason`` ("" when there is none, or when
    the file is whole but written by a newer BriefDesk: its backup would lose that work)."""
    if "newer BriefDesk" in reason:
        return "", None
    copy = good_backup(path)
    if copy is None:
        return "", None
    return (
        f"; {copy.said()} is a good copy: `briefdesk undo {Path(path).name}` puts it back "
        f"(the damaged file is kept as {broken_path(path).name})",
        copy,
    )


def broken_path(path: Path) -> Path:
    """Where a damaged brief is kept when its backup is put back."""
    path = Path(path)
    return path.with_name(path.name + ".broken")


def restore_backup(path: Path, copy: GoodCopy) -> Path:
    """Put ``copy`` back as ``path`` under its lock, the damaged file kept as ``.broken``;
    returns where the damaged file went. Raises ``StoreError`` (``Busy`` …) and changes nothing
    when it cannot."""
    from briefdesk.store.atomic import atomic_write
    from briefdesk.store.files import StoreError, read_brief_bytes, read_stamp, save_brief
    from briefdesk.store.lock import held_for_writing

    path = Path(path)
    kept = broken_path(path)
    with held_for_writing(path):
        damaged = read_brief_bytes(path)
        stamp = read_stamp(path)
        try:
            atomic_write(kept, damaged)
        except OSError as exc:
            raise StoreError(f"{kept}: cannot keep the damaged file: {exc.strerror}") from None
        # The .bak stays the good copy: the damaged file is in .broken, not in the backup.
        save_brief(path, copy.brief, expected=stamp, keep_backup=False)
    return kept
