"""One way for a command to change a brief: lock, read, change, save, unlock.

Why: without the lock across the whole read-modify-write, two commands (or a command and the
window) both read the same version and the second save is refused as "changed on disk"; with it,
the second writer waits its turn and then reads the first one's result, or is told "busy".
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from briefdesk.cli.main import CommandError

if TYPE_CHECKING:
    from briefdesk.store import LockUnavailable, OpenedBrief


@contextlib.contextmanager
def changing(path: Path) -> Iterator[OpenedBrief]:
    """Hold ``path``'s lock, open it, and let the caller save it before the lock is released.

    After a save, the brief's library entry is updated (once the lock is released).
    A brief open in a window or changed by another command is waited for a few seconds, then
    refused with "busy …, nothing saved"; a store failure becomes a one-line ``CommandError``.
    """
    from briefdesk.store import (
        Busy,
        LockedByOther,
        LockUnavailable,
        StoreError,
        held_for_writing,
        open_brief,
    )

    try:
        open_brief(path)  # a bad or missing brief is said as `show` says it, before any lock
    except StoreError as exc:
        raise CommandError(str(exc)) from None
    try:
        with held_for_writing(path):
            opened = open_brief(path)  # again: another writer may have saved while we waited
            yield opened
    except Busy as exc:
        raise CommandError(str(exc)) from None
    except LockUnavailable as exc:
        raise CommandError(read_only_line(exc, "nothing saved")) from None
    except (StoreError, LockedByOther) as exc:
        message = str(exc)
        if "nothing saved" not in message:
            message = f"nothing saved: {message}"
        raise CommandError(message) from None
    if _saved(path, opened):  # the library entry follows, outside the lock
        from briefdesk.cli.after_save import update_library

        update_library(path)


def read_only_line(
    exc: LockUnavailable, outcome: str, hint: str = "copy the brief to a writable folder"
) -> str:
    """ "<folder> is read-only: nothing saved (copy the brief to a writable folder)" when the
    folder takes no writes; otherwise the store's own line, with ``outcome`` said first."""
    if exc.read_only is not None:
        return f"{exc.read_only} is read-only: {outcome} ({hint})"
    message = str(exc)
    return message if outcome in message else f"{outcome}: {message}"


def _saved(path: Path, opened: OpenedBrief) -> bool:
    from briefdesk.store import StoreError, changed_on_disk

    try:
        return changed_on_disk(path, opened.stamp)
    except StoreError:
        return False
