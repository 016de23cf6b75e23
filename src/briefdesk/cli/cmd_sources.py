"""``import``, ``add-source``, ``sources``: bring articles in and list what a brief cites."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefdesk.cli.main import CommandError

if TYPE_CHECKING:
    from briefdesk.model import Brief, Source
    from briefdesk.sources import Imported

STDIN_ARG = "-"
_GRADE = re.compile(r"^([A-Fa-f])([1-6])$")
_ENCODING_HELP = (
    "read text and HTML files in this encoding instead of their label or a guess "
    "(e.g. cp1250, windows-1257, iso-8859-2, utf-8): when an import says it was unsure"
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    one = subparsers.add_parser(
        "import",
        help="read one article file (- for standard input) and show the source it becomes "
        "(nothing is saved)",
    )
    one.add_argument(
        "file",
        metavar="FILE",
        help="the article file; - reads it from standard input (recorded as pasted text, "
        "titled from its first line; ./- for a file named -)",
    )
    one.add_argument("--json", action="store_true", help="print the source as JSON")
    one.add_argument("--encoding", default=None, metavar="NAME", help=_ENCODING_HELP)
    one.set_defaults(func=run_import)

    add = subparsers.add_parser(
        "add-source",
        help="import article files (- for standard input) into a brief",
        description="Import article files into a brief. Exit status: 0 when every file was "
        "added (or skipped as a duplicate); 1 when any file was refused, each refusal named "
        "on one line of standard error (the files that could be read are still added), as "
        "import does.",
    )
    add.add_argument("brief", type=Path, metavar="BRIEF")
    add.add_argument(
        "files", nargs="+", metavar="FILE", help="article files; - reads one from standard input"
    )
    add.add_argument(
        "--url",
        default="",
        type=_web_url,
        help="the article's http(s) address (overrides what the file says)",
    )
    add.add_argument("--outlet", default="", help="publisher or outlet name")
    add.add_argument("--title", default="", help="the source's title (overrides the file's)")
    add.add_argument("--published", type=_date, default=None, metavar="YYYY-MM-DD")
    add.add_argument(
        "--grade",
        type=_grade,
        default=None,
        metavar="B2",
        help="Admiralty grade: reliability A-F and credibility 1-6",
    )
    add.add_argument("--kind", choices=_kinds(), default=None, help="override the guessed kind")
    add.add_argument(
        "--allow-duplicates",
        action="store_true",
        help="add a file even when the brief already has the same article",
    )
    add.add_argument("--encoding", default=None, metavar="NAME", help=_ENCODING_HELP)
    add.set_defaults(func=run_add_source)

    listing = subparsers.add_parser("sources", help="list the sources of a brief")
    listing.add_argument("brief", type=Path, metavar="BRIEF")
    listing.add_argument("--json", action="store_true", help="print the list as JSON (no text)")
    listing.set_defaults(func=run_sources)


def run_import(args: argparse.Namespace) -> int:
    from briefdesk.sources import ImportRefused

    _check_encoding(args.encoding)
    try:
        found = _read_one(args.file, args.encoding)
    except ImportRefused as exc:
        raise CommandError(str(exc)) from None
    from briefdesk.editing.source_date import with_text_date

    # The source as add-source makes it: a dateline's date too (newcomer8 F13).
    sources = [with_text_date(item.source) for item in found]
    if args.json:
        # One source prints as one object (as always); a mail with several articles as a list.
        rows = [
            source_json(source) | {"warnings": list(item.warnings)}
            for source, item in zip(sources, found, strict=True)
        ]
        shown: Any = rows[0] if len(rows) == 1 else rows
        print(json.dumps(shown, ensure_ascii=False, indent=2))
        return 0
    for number, (source, item) in enumerate(zip(sources, found, strict=True)):
        if number:
            print("\n" + "-" * 40)
        print(_describe(source))
        for warning in item.warnings:
            print(f"warning: {warning}")
        for note in source.notes.splitlines():
            if not note.startswith("Import: "):
                print(f"note: {note}")
        print()
        print(source.text)
    return 0


def run_add_source(args: argparse.Namespace) -> int:
    from briefdesk.cli.changing import changing
    from briefdesk.sources import ImportRefused, find_duplicate
    from briefdesk.store import StoreError, open_brief, save_brief

    try:
        open_brief(args.brief)  # fail fast on a bad brief, before any slow import
    except StoreError as exc:
        raise CommandError(str(exc)) from None
    # Slow work (reading the files) happens before the brief is locked, so the lock is held
    # only for the read-modify-write itself.
    if args.files.count(STDIN_ARG) > 1:
        raise CommandError("standard input (-) can be read only once")
    _check_encoding(args.encoding)
    imported = _imported(args, ImportRefused)
    refused = sum(1 for _, source, _ in imported if source is None)
    report: list[str] = []
    added = skipped = 0
    with changing(args.brief) as opened:
        brief = opened.brief
        for path, source, warnings in imported:
            if source is None:
                continue
            twin = find_duplicate(brief.sources, source)
            if twin is not None and not args.allow_duplicates:
                same = (
                    "the same text as"
                    if twin.content_hash == source.content_hash
                    else "nearly the same text as"
                )
                report.append(
                    f"skipped {_name(path)}: {same} {twin.id} ({twin.title or twin.filename}); "
                    "--allow-duplicates adds it anyway"
                )
                skipped += 1
                continue
            from briefdesk.editing.source_date import with_text_date
            from briefdesk.sources.dedupe import with_update_note

            source = with_text_date(with_update_note(brief.sources, source))
            brief.sources.append(source)
            report.append(f"added {source.id} {_describe(source)}")
            report.extend(
                f"  note: {n.lower()[:1]}{n[1:]}"
                for n in source.notes.splitlines()
                if n.startswith(("Updated version of", "Published date"))
            )
            report.extend(f"  warning: {warning}" for warning in warnings)
            added += 1
        if added:
            brief.modified = dt.datetime.now(dt.UTC).replace(microsecond=0)
            save_brief(args.brief, brief, expected=opened.stamp)
    # Only now is anything reported as done: the change is in the file.
    for line in report:
        print(line)
    print(
        f"{added} added, {skipped} duplicate(s) skipped, {refused} refused; "
        f"the brief has {len(brief.sources)} source(s)"
    )
    # Duplicates are reported, not failures; a refused file is.
    return 1 if refused else 0


def _read_one(spec: str, encoding: str | None = None) -> list[Imported]:
    """The sources in one file, or on standard input for ``-`` (as Unix tools read it)."""
    from briefdesk.sources import import_file_all, import_stream_all

    if spec != STDIN_ARG:
        return import_file_all(Path(spec), encoding=encoding)
    if sys.stdin is None:
        raise CommandError("no standard input to read the article from (-)")
    if sys.stdin.isatty():
        print("Reading the article from standard input; end it with Ctrl+D.", file=sys.stderr)
    return import_stream_all(sys.stdin.buffer, encoding=encoding)


def _check_encoding(name: str | None) -> None:
    """A mistyped --encoding is one line before any file is read, not one per file."""
    from briefdesk.sources.decode import text_codec

    if name is not None:
        try:
            text_codec(name)
        except ValueError as exc:
            raise CommandError(f"--encoding: {exc}") from None


def _imported(
    args: argparse.Namespace, refused: type[Exception]
) -> list[tuple[Path, Source | None, tuple[str, ...]]]:
    """Every source in every file (a mail can hold several); None marks a refused file."""
    found: list[tuple[Path, Source | None, tuple[str, ...]]] = []
    for spec in args.files:
        path = Path("standard input" if spec == STDIN_ARG else spec)
        try:
            items = _read_one(spec, args.encoding)
        except refused as exc:
            print(f"briefdesk add-source: {exc}", file=sys.stderr)
            found.append((path, None, ()))
            continue
        found.extend((path, _with_overrides(i.source, args), i.warnings) for i in items)
    return found


def _name(path: Path) -> str:
    """A file name fit to print, whatever bytes the file system gave us."""
    return path.name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def run_sources(args: argparse.Namespace) -> int:
    from briefdesk.store import StoreError, open_brief

    try:
        brief = open_brief(args.brief).brief
    except StoreError as exc:
        raise CommandError(str(exc)) from None
    if args.json:
        rows = [source_json(s, exclude={"text"}) | {"length": len(s.text)} for s in brief.sources]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    print(_table(brief))
    return 0


def _with_overrides(source: Source, args: argparse.Namespace) -> Source:
    changes: dict[str, Any] = {}
    if args.url:
        changes["url"] = args.url
    if args.outlet:
        changes["outlet"] = args.outlet
    if getattr(args, "title", ""):
        changes["title"] = args.title
    if args.published:
        changes["published"] = args.published
    if args.grade:
        changes["reliability"], changes["credibility"] = args.grade
    if args.kind:
        changes["kind"] = args.kind
    # model_validate (not model_copy) so overrides are checked like any other input.
    return type(source).model_validate(source.model_dump() | changes)


def source_json(source: Source, exclude: set[str] | None = None) -> dict[str, Any]:
    """A source as JSON for scripts: the file's fields, with the grade as given or null.

    The .brief file keeps F6 for a source nobody graded (old briefs stay valid); what a script
    reads says ``"graded": false`` and nulls, never an F6 nobody gave (newcomer17 N17-05).
    """
    row: dict[str, Any] = source.model_dump(mode="json", exclude=exclude)
    graded = source.is_graded
    row["graded"] = graded
    row["grade"] = source.grade if graded else None
    if not graded:
        row["reliability"] = row["credibility"] = None
    return row


def _describe(source: Source) -> str:
    bits = [f"[{source.grade_label}]", f'"{source.title or source.filename or "untitled"}"']
    if source.outlet:
        bits.append(source.outlet)
    if source.published:
        bits.append(source.published.isoformat())
    bits.append(f"{source.kind.value}, {len(source.text):,} characters")
    return " ".join(bits)


def _table(brief: Brief) -> str:
    if not brief.sources:
        return "no sources"
    header = ("ID", "GRADE", "TITLE", "OUTLET", "DATE", "LENGTH")
    rows = [
        (
            s.id,
            s.grade_label,
            _clip(s.title or s.filename, 50),
            _clip(s.outlet, 24),
            s.published.isoformat() if s.published else "-",
            f"{len(s.text):,}",
        )
        for s in brief.sources
    ]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in [header, *rows]
    ]
    return "\n".join(lines)


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _web_url(value: str) -> str:
    from briefdesk.model.weburl import web_url_problem

    if (problem := web_url_problem(value)) is not None:
        raise argparse.ArgumentTypeError(problem)
    return value


def _date(value: str) -> dt.date:
    from briefdesk.model.bounds import year_problem

    try:
        date = dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date like 2026-03-14") from None
    if (problem := year_problem(date)) is not None:
        raise argparse.ArgumentTypeError(problem)
    return date


def _grade(value: str) -> tuple[str, int]:
    match = _GRADE.match(value.strip())
    if not match:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not an Admiralty grade: a letter A-F and a digit 1-6, e.g. B2"
        )
    return match.group(1).upper(), int(match.group(2))


def _kinds() -> list[str]:
    return ["news", "official_statement", "government_document", "social", "other"]
