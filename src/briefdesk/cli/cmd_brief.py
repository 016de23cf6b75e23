"""``new``, ``sample``, ``validate``, ``show``, ``schema``, ``paths``: commands on whole briefs."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from briefdesk.cli.main import CommandError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    new = subparsers.add_parser("new", help="create an empty brief")
    new.add_argument("out", type=Path, metavar="OUT.brief")
    new.add_argument("--title", default="", help="the brief's title")
    new.add_argument("--force", action="store_true", help="overwrite an existing file")
    new.set_defaults(func=run_new)

    sample = subparsers.add_parser("sample", help="write the built-in sample brief")
    sample.add_argument("out", type=Path, metavar="OUT.brief")
    sample.add_argument("--force", action="store_true", help="overwrite an existing file")
    sample.set_defaults(func=run_sample)

    validate = subparsers.add_parser("validate", help="check one or more .brief files")
    validate.add_argument("briefs", nargs="+", type=Path, metavar="BRIEF")
    validate.set_defaults(func=run_validate)

    show = subparsers.add_parser("show", help="print a readable summary of a brief")
    show.add_argument("brief", type=Path, metavar="BRIEF")
    show.set_defaults(func=run_show)

    schema = subparsers.add_parser("schema", help="print the JSON Schema of the .brief format")
    schema.set_defaults(func=run_schema)

    where = subparsers.add_parser("paths", help="print the folders BriefDesk uses")
    where.set_defaults(func=run_paths)


def run_new(args: argparse.Namespace) -> int:
    from briefdesk.defaults import new_brief
    from briefdesk.model.fileformat import dumps
    from briefdesk.settings import load_settings

    brief = new_brief(load_settings(), title=args.title)
    _write_new(args.out, dumps(brief).encode("utf-8"), force=args.force)
    print(args.out)
    return 0


def run_sample(args: argparse.Namespace) -> int:
    from briefdesk.samples import sample_bytes

    _write_new(args.out, sample_bytes(), force=args.force)
    print(args.out)
    return 0


def _write_new(out: Path, data: bytes, *, force: bool) -> None:
    from briefdesk.cli.changing import read_only_line
    from briefdesk.store import Busy, LockUnavailable, StoreError, atomic_write, held_for_writing

    if out.exists() and not force:
        raise CommandError(f"{out} already exists (use --force to overwrite it)")
    if out.is_dir():
        raise CommandError(f"{out} is a folder")
    if not out.parent.exists():
        raise CommandError(f"{out.parent} does not exist")
    try:
        # Overwriting a brief someone has open would pull it from under them: hold its lock.
        with held_for_writing(out):
            atomic_write(out, data, backup=None)
    except LockUnavailable as exc:
        raise CommandError(
            read_only_line(exc, "nothing written", "choose a writable folder")
        ) from None
    except (Busy, StoreError) as exc:
        raise CommandError(str(exc)) from None
    except OSError as exc:
        raise CommandError(f"cannot write {out}: {exc.strerror or 'error'}") from None
    from briefdesk.cli.after_save import update_library

    update_library(out)


def run_validate(args: argparse.Namespace) -> int:
    from briefdesk.model.errors import BriefError
    from briefdesk.model.fileformat import loads
    from briefdesk.store import StoreError
    from briefdesk.store.files import read_brief_bytes

    failures = 0
    for path in args.briefs:
        try:
            # Stat'ed before it is read: /dev/zero or a FIFO is refused at once.
            brief = loads(read_brief_bytes(path))
        except StoreError as exc:  # reasons go to stderr, "ok" lines to stdout
            print(exc, file=sys.stderr)
            failures += 1
        except BriefError as exc:
            print(f"{path}: {exc}", file=sys.stderr)
            for problem in exc.problems[1:]:
                print(f"{path}: {problem}", file=sys.stderr)
            failures += 1
        else:
            print(f"{path}: ok")
            if not brief.marking.label:
                print(f"{path}: warning: no handling marking", file=sys.stderr)
    return 1 if failures else 0


def run_show(args: argparse.Namespace) -> int:
    from briefdesk.store import StoreError, open_brief
    from briefdesk.summary import summarize

    try:
        opened = open_brief(args.brief)
    except StoreError as exc:
        raise CommandError(str(exc)) from None
    print(summarize(opened.brief), end="")
    return 0


def run_schema(args: argparse.Namespace) -> int:
    from briefdesk.resources_access import read_resource_text

    print(read_resource_text("brief.schema.json"), end="")
    return 0


def run_paths(args: argparse.Namespace) -> int:
    from briefdesk.paths import all_dirs

    for name, folder in all_dirs().items():
        made = "" if folder.is_dir() else "  (not made yet: made when first needed)"
        print(f"{name:10} {folder}{made}")
    return 0
