"""``implications``: the Significance tab's implications in a script (domain and text).

Why: the export prints them and the window edits them, but ``set`` had no field for them, so a
scripted brief could not fill that section. Built and run by ``cmd_records`` like every list.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from briefdesk.cli import cmd_records as records
from briefdesk.cli import record_text

if TYPE_CHECKING:
    from briefdesk.model import Brief


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    add, edit, _ = records.group(subparsers, "implications", "implication")
    add.add_argument("text", metavar="TEXT", help="e.g. 'Raises Chile's leverage in …'")
    edit.add_argument("--text", default=None)
    for parser in (add, edit):
        parser.add_argument("--domain", default=None, help="e.g. Defence, Trade, Regional")
    records.HOOKS["implications"] = records.RecordCli(_new, _changes, _line, _details, _dump)


def _new(brief: Brief, args: argparse.Namespace) -> Any:
    from briefdesk.editing.records import RecordError
    from briefdesk.model import Implication

    if not args.text.strip():
        raise RecordError("the implication's text is empty")
    return Implication(
        domain=record_text.prose(args.domain or ""), text=record_text.prose(args.text)
    )


def _changes(brief: Brief, index: int, args: argparse.Namespace) -> dict[str, Any]:
    from briefdesk.editing.records import RecordError

    values: dict[str, Any] = {}
    if args.text is not None:
        if not args.text.strip():
            raise RecordError(f"implication {index + 1}: the text cannot be empty")
        values["text"] = record_text.prose(args.text)
    if args.domain is not None:
        values["domain"] = record_text.prose(args.domain)
    return values


def _line(brief: Brief, implication: Any, limit: int) -> str:
    domain = f"{implication.domain}: " if implication.domain else ""
    return f"{domain}{record_text.clip(implication.text, limit)}"


def _details(brief: Brief, implication: Any) -> list[str]:
    return []


def _dump(brief: Brief, implication: Any) -> dict[str, Any]:
    row: dict[str, Any] = implication.model_dump(mode="json")
    return row
