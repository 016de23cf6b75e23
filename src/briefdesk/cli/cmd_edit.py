"""``draft``, ``set``, ``check``, ``remove-source``: the window's editing operations in a script.

Every write holds the brief's lock (``briefdesk.cli.changing``) while it reads the brief, applies
the edits from ``briefdesk.editing`` and saves through the store (atomic); a brief open in the
window or being changed by another command is waited for, then refused as busy.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefdesk.cli.main import CommandError
from briefdesk.cli.pick import pick_source

if TYPE_CHECKING:
    from briefdesk.editing.edits import Edit
    from briefdesk.model import Brief


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    draft = subparsers.add_parser(
        "draft", help="fill a brief from one of its sources (actors, deal, places, BLUF draft)"
    )
    draft.add_argument("brief", type=Path, metavar="BRIEF")
    draft.add_argument(
        "--source", default="", metavar="ID", help="the source, by id or number (default: 1)"
    )
    draft.add_argument(
        "--no-library",
        action="store_true",
        help="leave the desk's library out (by default, as in the window, a configured library's "
        "confirmed actors are used: roles, countries, a known person's lone surname)",
    )
    draft.set_defaults(func=run_draft)

    from briefdesk.editing.setfield import field_names

    setter = subparsers.add_parser(
        "set",
        help="set fields: title=… marking=TLP:AMBER bluf=… 'source[ID].grade=B2'",
        epilog=f"Fields: {field_names()}. Key judgments, options and recommendations are "
        "lists of records: add and change them with `briefdesk judgments|options|"
        "recommendations add|list|edit|remove`.",
    )
    setter.add_argument("brief", type=Path, metavar="BRIEF")
    setter.add_argument("assignments", nargs="+", metavar="FIELD=VALUE")
    setter.set_defaults(func=run_set)

    check = subparsers.add_parser(
        "check", help="what to fix before export (the window's checks); exit 1 on errors"
    )
    check.add_argument("brief", type=Path, metavar="BRIEF")
    check.add_argument("-t", "--template", default="standard", metavar="TEMPLATE")
    check.set_defaults(func=run_check)

    remove = subparsers.add_parser("remove-source", help="remove a source and every citation of it")
    remove.add_argument("brief", type=Path, metavar="BRIEF")
    remove.add_argument("source", metavar="SOURCE", help="its id (src-…) or number (1, 2, …)")
    remove.set_defaults(func=run_remove_source)


def run_draft(args: argparse.Namespace) -> int:
    from briefdesk.cli.changing import changing
    from briefdesk.cli.cmd_extract import _never_rules
    from briefdesk.editing.draft import Defaults, DraftError, draft_remembering
    from briefdesk.extractrun import ExtractionFailed, extract_isolated, shutdown

    brief = _open(args.brief)
    if not brief.sources:
        raise CommandError(f"{args.brief.name} has no sources: add one with add-source first")
    source = pick_source(brief, args.source, args.brief.name) if args.source else brief.sources[0]
    # Read as the window reads it (the Settings never-suggest list, within the time limit);
    # the draft itself leaves out what the user decided on and remembers what it took, on
    # the same Qt-free path as Ctrl+D, so the window does not offer those suggestions again.
    # The slow reading happens before the lock, so the lock covers only the read-modify-write.
    never = _never_rules([])
    known = () if args.no_library else _window_library()
    try:
        extraction = extract_isolated(source, never=never, known_actors=known)
    except ExtractionFailed as exc:
        raise CommandError(f"source {source.id}: {exc}") from None
    finally:
        shutdown()
    with changing(args.brief) as opened:
        brief = opened.brief
        found = brief.source(source.id)
        if found is None:
            raise CommandError(f"nothing saved: source {source.id} was removed meanwhile")
        source = found
        try:
            edits, remembered = draft_remembering(brief, source.id, extraction, _defaults(Defaults))
        except DraftError as exc:
            raise CommandError(str(exc)) from None
        if not edits:
            print("nothing to add: the brief already has what this source says")
            return 0
        _save(args.brief, brief, opened.stamp, [*edits, *remembered])
    from briefdesk.editing.draft import summary
    from briefdesk.editing.edits import apply_edits

    done = summary(brief, apply_edits(brief, edits), [e.what for e in edits], extraction)
    print(f"drafted {done}")
    if remembered:  # one edit: the drafted source's decided keys, old and new
        taken = len(remembered[0].value) - len(source.dismissed)
        print(f"remembered {taken} suggestion(s) the draft took: not suggested again")
    return 0


def _window_library() -> tuple[Any, ...]:
    """The configured library's confirmed actors, as the window loads them (newcomer19 N19-14:
    the CLI drafted without them); none when no library is set, and a library that cannot
    open is said on stderr and left out, as the window goes on without it."""
    import os
    import sys

    from briefdesk.library import DSN_ENV, LibraryError
    from briefdesk.library.open import open_from_settings
    from briefdesk.settings import load_settings

    settings = load_settings()
    if not (settings.library_folders or settings.library_dsn.strip() or os.environ.get(DSN_ENV)):
        return ()
    try:
        lib = open_from_settings(settings)
        try:
            return tuple(lib.gazetteer())
        finally:
            lib.close()
    except LibraryError as exc:
        print(f"briefdesk draft: the library is left out: {exc}", file=sys.stderr)
        return ()


def run_set(args: argparse.Namespace) -> int:
    from briefdesk.cli.changing import changing
    from briefdesk.editing.edits import apply_edits
    from briefdesk.editing.setfield import SetError, set_field

    with changing(args.brief) as opened:
        edits: list[Edit] = []
        work = opened.brief
        for assignment in args.assignments:
            try:
                found = set_field(work, assignment)
            except SetError as exc:
                raise CommandError(f"nothing saved: {exc}") from None
            work = apply_edits(work, found)
            edits.extend(found)
        _save(args.brief, opened.brief, opened.stamp, edits)
    print(f"set {', '.join(dict.fromkeys(e.what for e in edits))}")
    return 0


def run_check(args: argparse.Namespace) -> int:
    from briefdesk.export import ExportError
    from briefdesk.export.registry import resolve_template
    from briefdesk.review import Severity, review_brief

    try:  # a mistyped name once gave another template's checks, exit 0
        resolve_template(args.template)
    except ExportError as exc:
        raise CommandError(str(exc)) from None
    brief = _open(args.brief)
    findings = review_brief(brief, args.template)
    for finding in findings:
        print(f"{finding.severity.value}: {finding.message}")
    errors = sum(f.severity == Severity.ERROR for f in findings)
    if not findings:
        print(f"{args.brief.name}: ready for export with the {args.template} template")
    else:
        print(f"{errors} to fix, {len(findings) - errors} to consider")
    return 1 if errors else 0


def run_remove_source(args: argparse.Namespace) -> int:
    from briefdesk.cli.changing import changing
    from briefdesk.editing.sources import remove_source

    with changing(args.brief) as opened:
        brief = opened.brief
        source = pick_source(brief, args.source, args.brief.name)
        edits, dropped = remove_source(brief, source.id)
        _save(args.brief, brief, opened.stamp, edits)
    print(f"removed {source.id} “{source.title or source.filename}” and {dropped} citation(s)")
    return 0


def _open(path: Path) -> Brief:
    """The brief as it is on disk, for commands that only read it (open in a window or not);
    commands that change it use ``briefdesk.cli.changing.changing``, which holds its lock."""
    from briefdesk.store import StoreError, open_brief

    try:
        return open_brief(path).brief
    except StoreError as exc:
        raise CommandError(str(exc)) from None


def _save(path: Path, brief: Brief, stamp: Any, edits: list[Edit]) -> None:
    from briefdesk.editing.edits import apply_edits
    from briefdesk.editing.fieldpath import EditRefused
    from briefdesk.model.checks import check_brief
    from briefdesk.store import StoreError, save_brief

    try:
        changed = apply_edits(brief, edits)
    except EditRefused as exc:
        raise CommandError(f"nothing saved: {exc}") from None
    problems = check_brief(changed)
    if problems:
        raise CommandError(f"nothing saved: {problems[0]}")
    changed.modified = dt.datetime.now(dt.UTC).replace(microsecond=0)
    try:
        save_brief(path, changed, expected=stamp)
    except StoreError as exc:
        raise CommandError(f"nothing saved: {exc}") from None


def _defaults(factory: Any) -> Any:
    """The author and marking from Settings, as the window fills them in."""
    from briefdesk.defaults import author_person
    from briefdesk.model import Marking
    from briefdesk.model.codes import MarkingScheme
    from briefdesk.settings import load_settings

    settings = load_settings()
    person = author_person(settings) if settings.author.name.strip() else None
    try:
        marking: Marking | None = Marking(
            scheme=MarkingScheme(settings.marking_scheme),
            level=settings.marking_level,
            caveats=settings.marking_caveats,
        )
    except ValueError:
        marking = None
    if marking is not None and marking.scheme is MarkingScheme.NONE:
        marking = None
    return factory(author=person, marking=marking)
