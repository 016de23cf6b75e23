"""``new``, ``sample``, ``validate``, ``show``, ``schema``: commands on whole briefs."""

from __future__ import annotations

import argparse
from pathlib import Path

from briefdesk.model.errors import BriefError
from briefdesk.model.fileformat import loads


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    validate = subparsers.add_parser("validate", help="check one or more .brief files")
    validate.add_argument("briefs", nargs="+", type=Path, metavar="BRIEF")
    validate.set_defaults(func=run_validate)

    schema = subparsers.add_parser("schema", help="print the JSON Schema of the .brief format")
    schema.set_defaults(func=run_schema)


def run_validate(args: argparse.Namespace) -> int:
    failures = 0
    for path in args.briefs:
        try:
            loads(path.read_bytes())
        except OSError as exc:
            print(f"{path}: cannot read: {exc.strerror}")
            failures += 1
        except BriefError as exc:
            print(f"{path}: {exc}")
            failures += 1
        else:
            print(f"{path}: ok")
    return 1 if failures else 0


def run_schema(args: argparse.Namespace) -> int:
    from briefdesk.model.schema import schema_text

    print(schema_text(), end="")
    return 0
