"""``library``: index folders of briefs, search them, actor dossiers, related briefs."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefdesk.cli.main import CommandError

if TYPE_CHECKING:
    from briefdesk.library import Library


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "library", help="search past briefs, actor dossiers and related briefs"
    )
    sub = parser.add_subparsers(dest="library_command", metavar="ACTION", required=True)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--folder",
        action="append",
        type=Path,
        default=[],
        metavar="DIR",
        help="library folder (repeatable; default: the folders in Settings); rescanned first",
    )
    common.add_argument("--json", action="store_true", help="print the result as JSON")

    index = sub.add_parser("index", parents=[common], help="bring the index up to date")
    index.set_defaults(func=run_index)

    search = sub.add_parser(
        "search",
        parents=[common],
        help="full-text search with snippets",
        epilog=(
            "Every word given must appear (any case; accents and letters such as æ, ø, ß folded:"
            " 'Jaere' finds 'Jære'); 'A OR B' finds either"
            " word, '\"two words\"' finds them side by side, '-word' or '-\"two words\"' leaves"
            " out briefs holding it: 'K9 OR FA-50 Chile -Korea', '\"prime contractor\" Norway'."
        ),
    )
    search.add_argument("text", metavar="TEXT", help="the words to find, e.g. 'K9 Norway'")
    search.add_argument("--from", dest="date_from", type=_date, metavar="YYYY-MM-DD")
    search.add_argument("--to", dest="date_to", type=_date, metavar="YYYY-MM-DD")
    search.add_argument("--marking", default="", help="e.g. TLP:AMBER, OFFICIAL-SENSITIVE")
    search.add_argument("--kind", default="", help="brief kind, e.g. decision")
    search.add_argument("--actor", default="", help="only briefs naming this actor")
    search.add_argument("--country", default="", help="of an actor or place: PK or Pakistan")
    search.add_argument("--deal-kind", default="", help="e.g. 'arms sale' or arms_sale")
    search.add_argument("--limit", type=_count, default=20, help="at most this many briefs")
    search.set_defaults(func=run_search)

    actor = sub.add_parser("actor", parents=[common], help="an actor's dossier across briefs")
    actor.add_argument("name", metavar="NAME")
    actor.add_argument("--merge-into", metavar="OTHER", help="record that NAME is OTHER")
    actor.add_argument("--keep-apart", metavar="OTHER", help="record that NAME is not OTHER")
    actor.add_argument("--unmerge", action="store_true", help="undo merges and splits of NAME")
    actor.set_defaults(func=run_actor)

    related = sub.add_parser(
        "related", parents=[common], help="briefs related to a brief, and earlier judgments"
    )
    related.add_argument("brief", type=Path, metavar="BRIEF")
    related.add_argument("--limit", type=_count, default=10, help="at most this many briefs")
    related.add_argument(
        "--suggestions",
        action="store_true",
        help="also count what its sources' suggestions name (actors, deal items, places), as the"
        " window does for a source just added",
    )
    related.set_defaults(func=run_related)


def _count(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of 1 or more")
    return number


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _open(args: argparse.Namespace) -> tuple[Library, list[Path]]:
    from briefdesk.library import LibraryError
    from briefdesk.library.open import library_folders, open_from_settings
    from briefdesk.settings import load_settings

    settings = load_settings()
    try:
        lib = open_from_settings(settings)
    except LibraryError as exc:
        raise CommandError(str(exc)) from None
    return lib, list(args.folder) or library_folders(settings)


def _print(payload: Any) -> None:
    print(json.dumps(payload, ensure_ascii=False, indent=2))


def run_index(args: argparse.Namespace) -> int:
    from briefdesk.library import LibraryError

    lib, folders = _open(args)
    if not folders:
        raise CommandError("no library folders: choose them in Settings or pass --folder DIR")
    try:
        report = lib.index(folders)
    except LibraryError as exc:
        raise CommandError(str(exc)) from None
    finally:
        lib.close()
    if args.json:
        _print(report.as_json())
    else:
        where = f"{lib.name} (marking ceiling {lib.ceiling})" if lib.ceiling else lib.name
        print(f"{where}: {report.summary()}")
        for _path, reason in report.problems:
            print(reason)
    remembered = _remember_folders(args.folder)
    if remembered and not args.json:
        print(
            f"library folders saved in Settings: {', '.join(remembered)} "
            "('briefdesk library index' alone rescans them)"
        )
    return 0


def _remember_folders(folders: list[Path]) -> list[str]:
    """The first folders indexed become the Settings' library folders when it has none, so a
    later plain ``library index`` (and the window) rescans them instead of refusing while
    search answers from an index growing stale (newcomer8 F8). Returns what was saved."""
    from briefdesk.settings import load_settings, save_settings, settings_path

    target = settings_path()
    if target.exists():
        try:  # a settings file BriefDesk cannot read is never overwritten with defaults
            if not isinstance(json.loads(target.read_text("utf-8")), dict):
                return []
        except (OSError, ValueError):
            return []
    settings = load_settings()
    found = [str(Path(f).expanduser().resolve()) for f in folders if Path(f).is_dir()]
    if settings.library_folders or not found:
        return []
    settings.library_folders = list(dict.fromkeys(found))
    try:
        save_settings(settings)
    except OSError:
        return []
    return settings.library_folders


def _rescanned(args: argparse.Namespace) -> Library:
    """The library, brought up to date first when ``--folder`` names folders."""
    from briefdesk.library import LibraryError

    lib, _ = _open(args)
    if args.folder:
        try:
            report = lib.index(args.folder)
        except LibraryError as exc:
            lib.close()
            raise CommandError(str(exc)) from None
        for _path, reason in report.problems:
            print(f"warning: {reason}", file=sys.stderr)
    return lib


def run_search(args: argparse.Namespace) -> int:
    from briefdesk.library import LibraryError, SearchFilters

    filters = SearchFilters(
        date_from=args.date_from,
        date_to=args.date_to,
        actor=args.actor,
        **_checked_filters(args),
    )
    lib = _rescanned(args)
    try:
        from briefdesk.library.copies import with_copies
        from briefdesk.library.whose import with_desks

        hits = with_desks(lib, with_copies(lib, lib.search(args.text, filters, limit=args.limit)))
        empty = not hits and lib.count() == 0
    except LibraryError as exc:
        raise CommandError(str(exc)) from None
    finally:
        lib.close()
    if args.json:
        _print([{**asdict(h), "snippet": h.snippet_text()} for h in hits])
        return 0
    if empty:
        # "No match" would suggest the desk never wrote about it; say the index has nothing yet
        # (an error, as 'library index' with no folders is).
        raise CommandError(
            f"{lib.name}: no briefs indexed yet: choose library folders in Settings or pass "
            "--folder DIR (then 'briefdesk library index')"
        )
    from briefdesk.library.search_text import unsupported

    if unsupported(args.text):
        print(unsupported(args.text), file=sys.stderr)
    if not hits:
        print(f"no brief matches {args.text!r}")
    from briefdesk.library.whose import unreachable_line

    for h in hits:
        indexed_by = f" · indexed by {h.desk}" if h.desk else ""
        print(f"{h.date}  {h.title}  ({h.path} · {h.field}{indexed_by})")
        print(f"    {h.snippet_text()}")
        if unreachable := unreachable_line(h):
            print(f"    {unreachable}")
        if h.copies:
            print(f"    the same brief is also in: {', '.join(h.copies)}")
        if h.versions:
            print(f"    other versions of this brief (edited apart): {', '.join(h.versions)}")
    return 0


def run_actor(args: argparse.Namespace) -> int:
    from briefdesk.library import LibraryError

    lib = _rescanned(args)
    said = ""
    try:
        if args.unmerge:
            lib.unmerge_actors(args.name)
            said = f"unmerged: {args.name} stands alone again"
        elif args.merge_into:
            note = lib.merge_actors(args.name, args.merge_into)
            said = note or f"merged: {args.name} = {args.merge_into} (undo: --unmerge)"
        elif args.keep_apart:
            lib.split_actors(args.name, args.keep_apart)
            said = f"kept apart: {args.name} ≠ {args.keep_apart} (undo: --unmerge)"
        dossier = lib.dossier(args.name, limit=0)
    except LibraryError as exc:
        raise CommandError(str(exc)) from None
    finally:
        lib.close()
    if said:
        print(said, file=sys.stderr)
    if dossier is None:
        raise CommandError(f"no actor matching {args.name!r} in the library")
    if args.json:
        _print(
            {
                **asdict(dossier),
                "briefs": [asdict(b) for b in dossier.briefs],
            }
        )
        return 0
    from briefdesk.library.render import dossier_text

    print(dossier_text(dossier), end="")
    return 0


def _suggestions(brief: Any) -> list[Any]:
    """Each source's extraction (in the limited child, as ``extract`` reads); one that fails is
    a warning line and counts for nothing."""
    from briefdesk.extractrun import ExtractionFailed, extract_isolated, shutdown

    found = []
    try:
        for source in brief.sources:
            try:
                found.append(extract_isolated(source))
            except ExtractionFailed as exc:
                print(f"warning: no suggestions from {source.id}: {exc}", file=sys.stderr)
    finally:
        shutdown()
    return found


def run_related(args: argparse.Namespace) -> int:
    from briefdesk.library.history import judgment_history, related_to_brief
    from briefdesk.library.markings import not_asked
    from briefdesk.store import StoreError, open_brief

    try:
        brief = open_brief(args.brief).brief
    except StoreError as exc:
        raise CommandError(str(exc)) from None
    suggestions = _suggestions(brief) if args.suggestions else []
    lib = _rescanned(args)
    try:
        if reason := not_asked(brief.marking, lib.ceiling):
            raise CommandError(reason)
        related = related_to_brief(lib, brief, args.limit, suggestions, path=args.brief)
        history = judgment_history(lib, brief, path=args.brief)
        grades = {
            s.id: grade
            for s in brief.sources
            if s.outlet.strip() and not s.is_graded
            for grade in [lib.outlet_grade(s.outlet)]
            if grade is not None
        }
    finally:
        lib.close()
    if args.json:
        _print(
            {
                "related": [asdict(r) for r in related],
                "judgments": {k: [asdict(p) for p in v] for k, v in history.items()},
                "proposed_grades": {k: asdict(g) for k, g in grades.items()},
            }
        )
        return 0
    if not related:
        hint = (
            ""
            if args.suggestions
            else " (--suggestions counts its sources' suggestions too, as the window does)"
        )
        print(f"no related briefs in the library{hint}")
    for r in related:
        print(f"{r.brief.date}  {r.brief.title}  ({r.brief.path})")
        print(f"    shares {', '.join(r.shared)}")
        if r.other_version:
            print("    another version of this brief (same brief id, edited apart)")
    for source_id, grade in grades.items():
        print(
            f"proposed grade for {source_id} ({grade.outlet}): {grade.grade}, as in "
            f"{grade.brief.title} ({grade.brief.date})"
        )
    from briefdesk.review import likelihood_changes

    for finding in likelihood_changes(brief, history):
        print(f"check: {finding}")
    from briefdesk.library.same_judgments import cut_at_word

    for kj in brief.significance.judgments:
        for prior in history.get(kj.id, [])[:3]:
            likelihood = prior.likelihood.replace("_", " ") or "no likelihood"
            # Another judgment on the same deal or actor is named, never passed off as this one.
            theirs = repr(cut_at_word(prior.statement, 50))
            what = f" another judgment, {theirs}:"
            if prior.same_question:  # its own words, when they differ from ours (N12-21)
                same = " ".join(prior.statement.split()) == " ".join(kj.statement.split())
                what = "" if same or not prior.statement.strip() else f" worded {theirs}:"
            when = "same date as" if prior.same_date else "earlier on"
            print(
                f"{when} {cut_at_word(kj.statement, 50)!r}:{what} {likelihood} "
                f"({prior.brief.title}, {prior.brief.date})"
            )
    return 0


def _checked_filters(args: argparse.Namespace) -> dict[str, str]:
    """The filters read the way ``set marking=…`` and ``deals add --kind`` read them, so a
    filter that can match nothing ("GREEN", "arms sale" typed as the docs show) is refused with
    the allowed values rather than answered with "no brief matches"."""
    from briefdesk.editing import entities
    from briefdesk.editing.setfield import SetError, parse_marking
    from briefdesk.model.codes import BriefKind

    try:
        return {
            "marking": parse_marking(args.marking).label if args.marking.strip() else "",
            "kind": entities.choice(BriefKind, args.kind, "--kind").value if args.kind else "",
            "deal_kind": entities.deal_kind(args.deal_kind).value if args.deal_kind else "",
            "country": entities.country(args.country) if args.country else "",
        }
    except SetError as exc:
        raise CommandError(f"search filter: {exc}") from None
