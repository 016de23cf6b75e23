"""``undo``: put back the version of a brief before its last save, and say what that changed.

Why: a script has no Undo menu, yet ``edit`` may land on a field the user did not mean. Every
save keeps the previous version as ``name.brief.bak``; ``undo`` swaps the two (so a second
``undo`` redoes), under the brief's lock, through the same checks and atomic save as any change.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from briefdesk.cli.main import CommandError


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
    from briefdesk.store import StoreError, backup_path, open_brief, save_brief

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
        try:
            save_brief(args.brief, previous, expected=opened.stamp)
        except StoreError as exc:
            raise CommandError(f"nothing undone: {exc}") from None
    print(f"undid the last save of {args.brief.name}:")
    for change in told:
        print(f"   {change}")
    return 0
