"""Safe storage of briefs: atomic saves, backups, locks, changed-on-disk checks, recovery."""

from briefdesk.store.atomic import atomic_write
from briefdesk.store.broken import GoodCopy, broken_path, restore_backup
from briefdesk.store.files import (
    Busy,
    ChangedOnDisk,
    DiskStamp,
    NoSpace,
    OpenedBrief,
    StoreError,
    Unreadable,
    backup_path,
    changed_on_disk,
    no_room,
    open_brief,
    read_stamp,
    save_brief,
)
from briefdesk.store.lock import (
    BriefLock,
    LockedByOther,
    LockUnavailable,
    check_not_locked,
    held_for_writing,
)
from briefdesk.store.recovery import (
    Snapshot,
    discard_snapshot,
    list_snapshots,
    orphaned_snapshots,
    orphaned_snapshots_of,
    restore_snapshot,
    write_snapshot,
)

__all__ = [
    "BriefLock",
    "Busy",
    "ChangedOnDisk",
    "DiskStamp",
    "GoodCopy",
    "LockUnavailable",
    "LockedByOther",
    "NoSpace",
    "OpenedBrief",
    "Snapshot",
    "StoreError",
    "Unreadable",
    "atomic_write",
    "backup_path",
    "broken_path",
    "changed_on_disk",
    "check_not_locked",
    "discard_snapshot",
    "held_for_writing",
    "list_snapshots",
    "no_room",
    "open_brief",
    "orphaned_snapshots",
    "orphaned_snapshots_of",
    "read_stamp",
    "restore_backup",
    "restore_snapshot",
    "save_brief",
    "write_snapshot",
]
