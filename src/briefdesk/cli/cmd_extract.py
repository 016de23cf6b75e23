"""``extract``: suggest actors, deals, places and dates from a .brief's sources or an article."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefdesk.cli.main import CommandError

if TYPE_CHECKING:
    from briefdesk.extract import Extraction
    from briefdesk.model import Source


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "extract", help="suggest actors, deals, places and dates from an article or a .brief"
    )
    parser.add_argument(
        "file",
        type=Path,
        metavar="FILE",
        help="a .brief or any importable file; - reads the article from standard input",
    )
    parser.add_argument("--json", action="store_true", help="print the suggestions as JSON")
    parser.add_argument(
        "--source", metavar="ID", help="only this source of a .brief (id or number)"
    )
    parser.add_argument(
        "--never",
        action="append",
        default=[],
        metavar="PATTERN[:KIND]",
        help="never suggest this name or pattern (* and ?), optionally only as KIND "
        "(person, organization, state, international_organization, place, date); repeatable. "
        "The never-suggest list in Settings applies too",
    )
    parser.add_argument(
        "--library",
        action="store_true",
        help="also offer the actors the desk confirmed in earlier briefs (the library in "
        "Settings or BRIEFDESK_LIBRARY_DSN, as 'briefdesk library' uses): their names found "
        "verbatim, with role, affiliation and country where the text gives none",
    )
    parser.add_argument(
        "--published",
        type=_published,
        default=None,
        metavar="YYYY-MM-DD",
        help="the article's date, for 'on Wednesday' or 'by 1 December' (wins over the file's "
        "own date; without either, a date in the text's dateline or byline is used)",
    )
    parser.set_defaults(func=run_extract)


def run_extract(args: argparse.Namespace) -> int:
    import sys

    from briefdesk.extractrun import ExtractionFailed, extract_isolated, shutdown

    never = _never_rules(args.never)
    sources = _sources(args.file, args.source)
    if args.published is not None:  # the user's date wins over the file's and the dateline's
        sources = [s.model_copy(update={"published": args.published}) for s in sources]
    known = _library_gazetteer() if args.library else ()
    # Each source is read in a limited child process: a pathological text gets a one-line
    # "too long to analyse" instead of running for minutes.
    results: list[tuple[Source, Extraction]] = []
    failed: list[str] = []
    try:
        for source in sources:
            try:
                results.append((source, extract_isolated(source, never=never, known_actors=known)))
            except ExtractionFailed as exc:
                failed.append(f"{_label(args.file, source, len(sources))}: {exc}")
    finally:
        shutdown()
    if failed and not results:
        raise CommandError("; ".join(failed))
    results = [(source, _without_own(source, e)) for source, e in results]
    for line in failed:
        print(f"briefdesk extract: {line}", file=sys.stderr)
    from briefdesk.analysis_budget import partial_note

    for source, _extraction in results:  # a cut-off text is said, never a silently short list
        if note := partial_note(source):
            label = _label(args.file, source, len(sources))
            print(f"briefdesk extract: warning: {label}: {note}", file=sys.stderr)
    if args.json:
        if args.file.suffix.lower() == ".brief":
            payload: Any = {
                "sources": [
                    {"source_id": s.id, "title": s.title, **e.to_json()} for s, e in results
                ]
            }
            if len(results) == 1:
                payload = {"source_id": results[0][0].id, **results[0][1].to_json()}
        else:
            payload = results[0][1].to_json()
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 1 if failed else 0
    for source, extraction in results:
        print(_listing(source, extraction))
    return 1 if failed else 0


def _published(value: str) -> Any:
    from briefdesk.cli.cmd_sources import _date

    return _date(value)


def _library_gazetteer() -> tuple[Any, ...]:
    """The configured library's confirmed actors; a library that cannot open stops the command."""
    from briefdesk.library import LibraryError
    from briefdesk.library.open import open_from_settings
    from briefdesk.settings import load_settings

    try:
        lib = open_from_settings(load_settings())
        try:
            return tuple(lib.gazetteer())
        finally:
            lib.close()
    except LibraryError as exc:
        raise CommandError(f"--library: {exc}") from None


def _never_rules(given: list[str]) -> list[Any]:
    """``--never`` rules (a bad one stops the command, named) and the Settings list (a bad
    entry there is named on stderr and skipped: the list is not this command's input)."""
    import sys

    from briefdesk.editing.memory import never_rules, parse_never
    from briefdesk.settings import load_settings

    rules = []
    for text in given:
        try:
            rules.append(parse_never(text))
        except ValueError as exc:
            raise CommandError(f"--never: {exc}") from None
    stored, problems = never_rules(load_settings().never_suggest)
    for problem in problems:
        print(f"briefdesk extract: settings: {problem} (skipped)", file=sys.stderr)
    return [*rules, *stored]


def _label(path: Path, source: Source, count: int) -> str:
    return f"{path} source {source.id}" if count > 1 or path.suffix == ".brief" else str(path)


def _sources(path: Path, source_id: str | None) -> list[Source]:
    if path.suffix.lower() == ".brief":
        from briefdesk.model.errors import BriefError
        from briefdesk.model.fileformat import loads
        from briefdesk.store import StoreError
        from briefdesk.store.files import read_brief_bytes

        try:
            brief = loads(read_brief_bytes(path))
        except StoreError as exc:
            raise CommandError(str(exc)) from None
        except BriefError as exc:
            raise CommandError(f"{path}: {exc}") from None
        sources = brief.sources
        if source_id is not None:
            from briefdesk.cli.pick import pick_source

            sources = [pick_source(brief, source_id, str(path))]
        if not sources:
            raise CommandError(f"{path}: the brief has no sources to extract from")
        return sources
    if source_id is not None:
        raise CommandError("--source only applies to a .brief file")
    from briefdesk.sources import ImportRefused, import_file

    try:
        if str(path) == "-":  # standard input, as import and add-source read it (N10-18)
            from briefdesk.cli.cmd_sources import _read_one

            return [item.source for item in _read_one("-")]
        return [import_file(path)]
    except ImportRefused as exc:
        raise CommandError(str(exc)) from None


def _without_own(source: Source, extraction: Extraction) -> Extraction:
    """The extraction without the source's own writer and outlet ("KHERLAN, Jan 12 (CPA)":
    the agency CPA), as the window's suggestions and the draft leave them out (N21-13)."""
    import dataclasses

    from briefdesk.editing.source_own import source_own

    kept = [a for a in extraction.actors if not source_own([a.name, *a.aliases], source)]
    if len(kept) == len(extraction.actors):
        return extraction
    return dataclasses.replace(extraction, actors=kept)


def _listing(source: Source, extraction: Extraction) -> str:
    from briefdesk.extract.known_fill import library_note

    title = source.title or source.filename or source.id
    lines = [f"Source {source.id}: {title}"]
    lines.append("  Actors:" if extraction.actors else "  Actors: none found")
    for actor in extraction.actors:
        alias = f"  (also: {', '.join(actor.aliases)})" if actor.aliases else ""
        kind = actor.type.replace("_", " ")
        taken = library_note(actor.why)  # the library's details are said (N23-21)
        alias += f"  [{taken}]" if taken else ""
        lines.append(f"    - [{kind}] {actor.label}{alias}")
    lines.append("  Deals:" if extraction.deals else "  Deals: none found")
    for deal in extraction.deals:
        lines.append(f"    - [{deal.kind.replace('_', ' ')}, {deal.status}] {deal.label}")
    places = ", ".join(p.name for p in extraction.places) or "none found"
    lines.append(f"  Places: {places}")
    dates = ", ".join(d.label for d in extraction.dates) or "none found"
    lines.append(f"  Dates: {dates}")
    if extraction.significance:
        lines.append("  Significance:")
        lines.extend(f"    - {s.sentence}" for s in extraction.significance)
    return "\n".join(lines)
