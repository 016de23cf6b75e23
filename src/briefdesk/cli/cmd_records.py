"""``judgments``, ``options``, ``recommendations``: the window's record lists in a script.

Each group has ``add``, ``list``, ``edit`` and ``remove``. The edits come from
``briefdesk.editing.records`` and are saved as ``set`` saves them (the brief's own checks, the
store's atomic save, the library entry updated); a bad value changes nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from briefdesk.cli.main import CommandError
from briefdesk.cli.record_help import CITE_HELP, LIKELIHOODS
from briefdesk.cli.record_text import details, evidence_after, line, lines, prose, unique_spans

if TYPE_CHECKING:
    from briefdesk.editing.edits import Edit
    from briefdesk.editing.records import ListKind
    from briefdesk.model import Brief

_T = TypeVar("_T")


@dataclass(frozen=True)
class RecordCli:
    """How another command module's list reads its records from the command line and prints
    them (``cmd_entities``: actors, places, deals); the run_* functions here do the rest."""

    new: Callable[[Brief, argparse.Namespace], Any]
    changed: Callable[[Brief, int, argparse.Namespace], dict[str, Any]]
    line: Callable[[Brief, Any, int], str]
    details: Callable[[Brief, Any], list[str]]
    json_row: Callable[[Brief, Any], dict[str, Any]]
    remove: Callable[[Brief, int, argparse.Namespace], list[Edit]] | None = None
    # Edits outside the record that its changed values bring (a deal's new kind retitles the
    # brief while its title is still as drafted, newcomer21 N21-07) and lines saying so (N24-05).
    follow: Callable[[Brief, int, dict[str, Any]], list[Edit]] | None = None
    said: Callable[[Brief, Brief, int], list[str]] | None = None


HOOKS: dict[str, RecordCli] = {}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    _judgments(subparsers)
    _options(subparsers)
    _recommendations(subparsers)


def group(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    noun: str,
    force: str = "",
    which: str = "or id",
) -> tuple[argparse.ArgumentParser, argparse.ArgumentParser, argparse.ArgumentParser]:
    """The group parser with its ``list`` and ``remove``; returns (add, edit) to be filled.
    ``force``: help for a ``remove --force`` (a record others point at); ``which``: how else
    N may name a record besides its number."""
    group = subparsers.add_parser(name, help=f"add, list, edit and remove {noun}s")
    sub = group.add_subparsers(dest="records_action", metavar="ACTION", required=True)
    add = sub.add_parser("add", help=f"add a {noun} at the end")
    add.add_argument("brief", type=Path, metavar="BRIEF")
    add.set_defaults(func=run_add, kind=name)
    listing = sub.add_parser("list", help=f"the brief's {name}, numbered")
    listing.add_argument("brief", type=Path, metavar="BRIEF")
    listing.add_argument("--json", action="store_true", help="print them as JSON")
    listing.set_defaults(func=run_list, kind=name)
    edit = sub.add_parser("edit", help=f"change fields of a {noun} (only those given)")
    edit.add_argument("brief", type=Path, metavar="BRIEF")
    edit.add_argument("number", metavar="N", help=f"the {noun}'s number in `{name} list`, {which}")
    edit.set_defaults(func=run_edit, kind=name)
    remove = sub.add_parser("remove", help=f"remove a {noun}")
    remove.add_argument("brief", type=Path, metavar="BRIEF")
    remove.add_argument(
        "number", metavar="N", help=f"the {noun}'s number in `{name} list`, {which}"
    )
    remove.set_defaults(func=run_remove, kind=name, force=False)
    if force:
        remove.add_argument("--force", action="store_true", help=force)
    return add, edit, listing


def _judgments(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    add, edit, _ = group(subparsers, "judgments", "key judgment")
    add.add_argument("statement", metavar="STATEMENT", help="e.g. 'We judge that …'")
    edit.add_argument("--statement", default=None)
    for parser in (add, edit):
        parser.add_argument(
            "-l",
            "--likelihood",
            default=None,
            help=f"ICD 203: {LIKELIHOODS}; none clears it; not given: the level the statement's"
            " words state ('very likely'), if any",
        )
        parser.add_argument(
            "-c",
            "--confidence",
            default=None,
            help="high, moderate or low; none clears it; not given: as the words state",
        )
        parser.add_argument(
            "--cite", action="append", default=[], metavar="SRC[:WORDS]", help=CITE_HELP
        )
        parser.add_argument("--rationale", default=None)
        parser.add_argument(
            "--indicator", action="append", default=None, help="an indicator to watch (repeatable)"
        )
    edit.add_argument(
        "--uncite",
        action="append",
        default=[],
        metavar="SRC",
        help="drop every citation of a source",
    )
    edit.add_argument("--no-indicators", action="store_true", help="remove every indicator")
    edit.epilog = (
        "--cite adds to the judgment's citations; --indicator replaces its indicators. "
        "Example: briefdesk judgments edit b.brief 2 -l 'very likely' --cite 'src-1:signed on'"
    )


def _options(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    add, edit, _ = group(subparsers, "options", "option")
    add.add_argument("label", metavar="LABEL", help="e.g. 'A. Note and monitor'")
    edit.add_argument("--label", default=None)
    for parser in (add, edit):
        parser.add_argument("--description", default=None)
        parser.add_argument("--pro", action="append", default=None, help="repeatable")
        parser.add_argument("--con", action="append", default=None, help="repeatable")
    edit.epilog = "--pro/--con replace the option's pros/cons; --pro '' clears them."


def _recommendations(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    add, edit, _ = group(subparsers, "recommendations", "recommendation")
    add.add_argument("text", metavar="TEXT", help="e.g. 'That you approve …'")
    edit.add_argument("--text", default=None)
    for parser in (add, edit):
        parser.add_argument(
            "--choice",
            action="append",
            default=None,
            help="a decision choice (repeatable; default Approve / Disapprove / Discuss)",
        )
        parser.add_argument("--due", default=None, metavar="YYYY-MM-DD", help="none clears it")
    edit.epilog = "--choice replaces the recommendation's choices."


def _save_change(
    args: argparse.Namespace, build: Callable[[Brief], tuple[list[Edit], _T]]
) -> tuple[Brief, list[Edit], _T]:
    """Open the brief under its lock, let ``build`` make the edits, save them.

    Returns (the brief as it was, the edits saved, what ``build`` returned besides); a ``SetError``
    from ``build`` saves nothing and becomes the one-line "nothing saved: …" message.
    """
    from briefdesk.cli.changing import changing
    from briefdesk.cli.cmd_edit import _save
    from briefdesk.editing.setfield import SetError

    with changing(args.brief) as opened:
        try:
            edits, result = build(opened.brief)
        except SetError as exc:
            raise CommandError(f"nothing saved: {exc}") from None
        _save(args.brief, opened.brief, opened.stamp, edits)
    return opened.brief, edits, result


def run_add(args: argparse.Namespace) -> int:
    from briefdesk.editing import records as rec
    from briefdesk.editing.edits import apply_edits
    from briefdesk.editing.library_actor import FilledIn

    kind = rec.KINDS[args.kind]

    def build(brief: Brief) -> tuple[list[Edit], Any]:
        record = _new_record(brief, kind, args)
        if isinstance(record, FilledIn):  # --from-library on an actor it has (N23-16)
            return rec.field_edits(brief, kind, record.index, record.values), record
        return rec.add_edits(brief, kind, record), record

    brief, edits, record = _save_change(args, build)
    if isinstance(record, FilledIn):
        print(record.said)
        return 0
    number = len(rec.records(brief, kind)) + 1
    print(f"added {kind.noun} {number}: {_describe(brief, args.kind, record)}")
    _warn_words(args.kind, apply_edits(brief, edits), number - 1)
    return 0


def _warn_words(kind: str, brief: Brief, index: int) -> None:
    """A judgment saved whose words say another likelihood or confidence: one line each on
    stderr, with the severity `check` gives it (saved all the same: the words or the level are
    fixed next; export refuses it until then)."""
    if kind != "judgments":
        return
    from briefdesk.review import Severity, judgment_word_findings

    for finding in judgment_word_findings(brief, index):
        after = " (saved; `check` fails and export stops until it is fixed)"
        tail = after if finding.severity == Severity.ERROR else ""
        print(f"{finding.severity.value}: {finding.message}{tail}", file=sys.stderr)


def run_edit(args: argparse.Namespace) -> int:
    from briefdesk.editing import records as rec
    from briefdesk.editing.changes import record_changes
    from briefdesk.editing.edits import apply_edits

    kind = rec.KINDS[args.kind]

    def build(brief: Brief) -> tuple[list[Edit], int]:
        index = rec.index_of(brief, kind, args.number)
        values = _changed_values(brief, kind, index, args)
        if not values:
            raise CommandError(
                f"nothing to change: give a field to set (see {args.kind} edit --help)"
            )
        hooks = HOOKS.get(args.kind)
        more = hooks.follow(brief, index, values) if hooks and hooks.follow else []
        return rec.field_edits(brief, kind, index, values) + more, index

    brief, edits, index = _save_change(args, build)
    after = apply_edits(brief, edits)
    changed = rec.records(after, kind)[index]
    print(f"changed {kind.noun} {index + 1}: {_describe(after, args.kind, changed)}")
    _warn_words(args.kind, after, index)
    told = record_changes(rec.records(brief, kind)[index], changed, after)
    hooks = HOOKS.get(args.kind)
    told += hooks.said(brief, after, index) if told and hooks and hooks.said else []
    for change in told or ["nothing: every field given already had that value"]:
        print(f"   {change}")
    if told:
        print(f"   (undo: briefdesk undo {args.brief})")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    from briefdesk.editing import records as rec
    from briefdesk.editing.edits import apply_edits

    kind = rec.KINDS[args.kind]

    def build(brief: Brief) -> tuple[list[Edit], Any]:
        index = rec.index_of(brief, kind, args.number)
        hooks = HOOKS.get(args.kind)
        edits = hooks.remove(brief, index, args) if hooks and hooks.remove else []
        edits += rec.remove_edits(apply_edits(brief, edits), kind, index)  # after references
        return edits, (index, rec.records(brief, kind)[index])

    brief, _, (index, gone) = _save_change(args, build)
    left = len(rec.records(brief, kind)) - 1
    print(f"removed {kind.noun} {index + 1}: {_describe(brief, args.kind, gone)} ({left} left)")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from briefdesk.cli.cmd_edit import _open
    from briefdesk.editing import records as rec

    kind = rec.KINDS[args.kind]
    brief = _open(args.brief)
    items = rec.records(brief, kind)
    hooks = HOOKS.get(args.kind)
    if args.json:
        dump: Callable[[Any], dict[str, Any]] = lambda r: r.model_dump(mode="json")  # noqa: E731
        if hooks is not None:
            dump = lambda r: hooks.json_row(brief, r)  # noqa: E731
        rows = [{"number": n} | dump(r) for n, r in enumerate(items, start=1)]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not items:
        print(f"{args.brief.name} has no {kind.plural} (add one with `{args.kind} add`)")
        return 0
    for number, item in enumerate(items, start=1):
        print(f"{number}. {_describe(brief, args.kind, item, limit=0)}")
        for detail in hooks.details(brief, item) if hooks else details(item):
            print(f"   {detail}")
    return 0


def _new_record(brief: Brief, kind: ListKind, args: argparse.Namespace) -> Any:
    from briefdesk.editing import records as rec

    if args.kind in HOOKS:
        return HOOKS[args.kind].new(brief, args)
    if args.kind == "judgments":
        if not args.statement.strip():
            raise rec.RecordError("the judgment's statement is empty")
        from briefdesk.estimative import stated_confidence, stated_likelihood

        statement = prose(args.statement)
        return kind.factory(  # levels not given follow the words ("very likely": N22-22)
            statement=statement,
            likelihood=(
                rec.likelihood(args.likelihood)
                if args.likelihood is not None
                else stated_likelihood(statement)
            ),
            confidence=(
                rec.confidence(args.confidence)
                if args.confidence is not None
                else stated_confidence(statement)
            ),
            rationale=prose(args.rationale or ""),
            indicators=lines(args.indicator or []),
            evidence=unique_spans([rec.citation(brief, spec) for spec in args.cite]),
        )
    if args.kind == "options":
        if not args.label.strip():
            raise rec.RecordError("the option's label is empty")
        return kind.factory(
            label=args.label.strip(),
            description=prose(args.description or ""),
            pros=lines(args.pro or []),
            cons=lines(args.con or []),
        )
    if not args.text.strip():
        raise rec.RecordError("the recommendation's text is empty")
    extra: dict[str, Any] = {}
    if args.choice is not None:
        extra["choices"] = lines(args.choice)
    return kind.factory(text=prose(args.text), due_by=rec.due_date(args.due or ""), **extra)


def _changed_values(
    brief: Brief, kind: ListKind, index: int, args: argparse.Namespace
) -> dict[str, Any]:
    """Field name → new value, for the options given on the command line only."""
    from briefdesk.editing import records as rec

    if args.kind in HOOKS:
        return HOOKS[args.kind].changed(brief, index, args)
    record = rec.records(brief, kind)[index]
    if args.kind == "judgments":
        return _judgment_changes(brief, record, index, args)
    if args.kind == "options":
        return _option_changes(args)
    return _recommendation_changes(args)


def _judgment_changes(
    brief: Brief, record: Any, index: int, args: argparse.Namespace
) -> dict[str, Any]:
    """A key judgment's changed fields (its evidence after --cite/--uncite)."""
    from briefdesk.editing import records as rec

    values: dict[str, Any] = {}
    if args.statement is not None:
        if not args.statement.strip():
            raise rec.RecordError(f"judgment {index + 1}: the statement cannot be empty")
        values["statement"] = prose(args.statement)
        values |= _levels_following(brief, index, values["statement"])
    if args.likelihood is not None:
        values["likelihood"] = rec.likelihood(args.likelihood)
    if args.confidence is not None:
        values["confidence"] = rec.confidence(args.confidence)
    if args.rationale is not None:
        values["rationale"] = prose(args.rationale)
    if args.no_indicators:
        values["indicators"] = []
    elif args.indicator is not None:
        values["indicators"] = lines(args.indicator)
    if args.cite or args.uncite:
        values["evidence"] = evidence_after(brief, record.evidence, args.cite, args.uncite)
    return values


def _levels_following(brief: Brief, index: int, statement: str) -> dict[str, Any]:
    """The likelihood and confidence a new statement's words set, as the window does
    (editing.judgment_follow): only levels unset or set by the old words."""
    from briefdesk.editing.judgment_follow import judgment_follow

    path = f"significance.judgments[{index}].statement"
    edits, _said = judgment_follow(brief, path, statement)
    return {e.path.rsplit(".", 1)[1]: e.value for e in edits if not e.path.endswith("statement")}


def _option_changes(args: argparse.Namespace) -> dict[str, Any]:
    """An option's changed fields."""
    values: dict[str, Any] = {}
    for name in ("label", "description"):
        if getattr(args, name) is not None:
            values[name] = prose(getattr(args, name))
    for name, given in (("pros", args.pro), ("cons", args.con)):
        if given is not None:
            values[name] = lines(given)
    return values


def _recommendation_changes(args: argparse.Namespace) -> dict[str, Any]:
    """A recommendation's changed fields."""
    from briefdesk.editing import records as rec

    values: dict[str, Any] = {}
    if args.text is not None:
        values["text"] = prose(args.text)
    if args.choice is not None:
        values["choices"] = lines(args.choice)
    if args.due is not None:
        values["due_by"] = rec.due_date(args.due)
    return values


def _describe(brief: Brief, kind: str, record: Any, limit: int = 80) -> str:
    hooks = HOOKS.get(kind)
    return hooks.line(brief, record, limit) if hooks else line(record, limit)
