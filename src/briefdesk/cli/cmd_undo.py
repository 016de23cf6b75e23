"""``undo``: put back the version of a brief before its last save, and say what that changed.

Why: a script has no Undo menu, yet ``edit`` may land on a field the user did not mean. Every
save keeps the previous version as ``name.brief.bak``; ``undo`` swaps the two (so a second
``undo`` redoes), under the brief's lock, through the same checks and atomic save as any change.
A second ``undo`` said "undid" although it redid (N11-25): the digest of what an undo wrote is
kept in the state folder, so the next run can tell that the file is still the undo's result.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from briefdesk.cli.main import CommandError

if TYPE_CHECKING:
    from briefdesk.store import Unreadable

_MEMORY = "undone.json"  # brief path -> sha256 of the version an undo wrote


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    undo = subparsers.add_parser(
        "undo",
        help="put back the brief as it was before its last save (again: redo)",
        epilog="Undoes the last save by any command or the window; the version it replaces "
        "becomes the one a second undo puts back.",
    )
    undo.add_argument("brief", type=Path, metavar="BRIEF")
    undo.set_defaults(func=run_undo)


def run_undo(args: argparse.Namespace) -> int:
    from briefdesk.cli.changing import changing
    from briefdesk.editing.changes import brief_changes
    from briefdesk.store import StoreError, Unreadable, backup_path, open_brief, save_brief

    try:
        open_brief(args.brief)
    except Unreadable as exc:
        if exc.backup is not None:
            return _put_back(args.brief, exc)
    except StoreError:
        pass  # said by ``changing`` as every command says it
    with changing(args.brief) as opened:
        previous_path = backup_path(args.brief)
        if not previous_path.exists():
            raise CommandError(
                f"nothing to undo: {args.brief.name} has no previous version ({previous_path.name})"
            )
        try:
            previous = open_brief(previous_path).brief
        except StoreError as exc:
            raise CommandError(
                f"nothing undone: the previous version cannot be read: {exc}"
            ) from None
        told = brief_changes(opened.brief, previous)
        if not told:
            raise CommandError(
                f"nothing to undo: {previous_path.name} holds the same brief as {args.brief.name}"
            )
        redo = _undo_wrote(args.brief, opened.stamp.sha256)
        try:
            written = save_brief(args.brief, previous, expected=opened.stamp)
        except StoreError as exc:
            raise CommandError(f"nothing {'redone' if redo else 'undone'}: {exc}") from None
        _remember(args.brief, "" if redo else written.sha256)
    if redo:
        print(f"redid the save that the last undo took back, in {args.brief.name}:")
    else:
        print(f"undid the last save of {args.brief.name}:")
    for change in told:
        print(f"   {change}")
    return 0


def _put_back(brief: Path, damaged: Unreadable) -> int:
    """``undo`` of a brief that does not read: its good ``.bak`` back, the damaged file kept
    beside it (N15-41: ``undo`` refused exactly when it was needed)."""
    from briefdesk.cli.changing import read_only_line
    from briefdesk.store import LockUnavailable, StoreError, restore_backup

    copy = damaged.backup
    assert copy is not None
    try:
        kept = restore_backup(brief, copy)
    except LockUnavailable as exc:
        raise CommandError(read_only_line(exc, "nothing restored")) from None
    except StoreError as exc:
        raise CommandError(f"nothing restored: {exc}") from None
    _remember(brief, "")
    reason = damaged.reason.removeprefix(f"{brief}: ").split(" (it is cut off")[0]
    print(
        f"put back {copy.said()} as {brief.name}: {brief.name} did not read ({reason}); "
        f"the damaged file is kept as {kept.name}"
    )
    return 0


def _undo_wrote(brief: Path, sha256: str) -> bool:
    """True when the file on disk is still what the last ``undo`` of it wrote."""
    return bool(sha256) and _memory().get(str(brief.resolve())) == sha256


def _remember(brief: Path, sha256: str) -> None:
    """Keep (or, with "", forget) the digest of what an undo wrote; best effort."""
    import contextlib
    import json

    from briefdesk.paths import state_dir
    from briefdesk.store.atomic import atomic_write

    memory = _memory()
    key = str(brief.resolve())
    if sha256:
        memory[key] = sha256
    else:
        memory.pop(key, None)
    # Best effort: without it the next message may say "undid" for a redo; the brief is saved.
    with contextlib.suppress(OSError):
        atomic_write(state_dir() / _MEMORY, json.dumps(memory, indent=1).encode("utf-8"))


def _memory() -> dict[str, str]:
    import json

    from briefdesk.paths import state_dir

    try:
        found = json.loads((state_dir() / _MEMORY).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in found.items()} if isinstance(found, dict) else {}
