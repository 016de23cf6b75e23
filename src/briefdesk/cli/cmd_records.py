"""``judgments``, ``options``, ``recommendations``: the window's record lists in a script.

Each group has ``add``, ``list``, ``edit`` and ``remove``. The edits come from
``briefdesk.editing.records`` and are saved as ``set`` saves them (the brief's own checks, the
store's atomic save, the library entry updated); a bad value changes nothing.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from briefdesk.cli.main import CommandError

if TYPE_CHECKING:
    from briefdesk.editing.edits import Edit
    from briefdesk.editing.records import ListKind
    from briefdesk.model import Brief

_T = TypeVar("_T")

_LIKELIHOODS = (
    "almost no chance, very unlikely, unlikely, roughly even chance, likely, very likely, "
    "almost certain"
)
_CITE_HELP = (
    "a source the judgment rests on: SRC:'words of the source' cites those words, SRC alone "
    "its opening line (SRC is an id such as src-1 or the source's number; repeatable)"
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    _judgments(subparsers)
    _options(subparsers)
    _recommendations(subparsers)


def _group(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], name: str, noun: str
) -> tuple[argparse.ArgumentParser, argparse.ArgumentParser, argparse.ArgumentParser]:
    """The group parser with its ``list`` and ``remove``; returns (add, edit) to be filled."""
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
    edit.add_argument("number", metavar="N", help=f"the {noun}'s number in `{name} list`, or id")
    edit.set_defaults(func=run_edit, kind=name)
    remove = sub.add_parser("remove", help=f"remove a {noun}")
    remove.add_argument("brief", type=Path, metavar="BRIEF")
    remove.add_argument("number", metavar="N", help=f"the {noun}'s number in `{name} list`, or id")
    remove.set_defaults(func=run_remove, kind=name)
    return add, edit, listing


def _judgments(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    add, edit, _ = _group(subparsers, "judgments", "key judgment")
    add.add_argument("statement", metavar="STATEMENT", help="e.g. 'We judge that …'")
    edit.add_argument("--statement", default=None)
    for parser in (add, edit):
        parser.add_argument(
            "-l", "--likelihood", default=None, help=f"ICD 203: {_LIKELIHOODS}; none clears it"
        )
        parser.add_argument(
            "-c", "--confidence", default=None, help="high, moderate or low; none clears it"
        )
        parser.add_argument(
            "--cite", action="append", default=[], metavar="SRC[:WORDS]", help=_CITE_HELP
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
    add, edit, _ = _group(subparsers, "options", "option")
    add.add_argument("label", metavar="LABEL", help="e.g. 'A. Note and monitor'")
    edit.add_argument("--label", default=None)
    for parser in (add, edit):
        parser.add_argument("--description", default=None)
        parser.add_argument("--pro", action="append", default=None, help="repeatable")
        parser.add_argument("--con", action="append", default=None, help="repeatable")
    edit.epilog = "--pro/--con replace the option's pros/cons; --pro '' clears them."


def _recommendations(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    add, edit, _ = _group(subparsers, "recommendations", "recommendation")
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

    kind = rec.KINDS[args.kind]

    def build(brief: Brief) -> tuple[list[Edit], Any]:
        record = _new_record(brief, kind, args)
        return rec.add_edits(brief, kind, record), record

    brief, _, record = _save_change(args, build)
    number = len(rec.records(brief, kind)) + 1
    print(f"added {kind.noun} {number}: {_line(record)}")
    return 0


def run_edit(args: argparse.Namespace) -> int:
    from briefdesk.editing import records as rec
    from briefdesk.editing.edits import apply_edits

    kind = rec.KINDS[args.kind]

    def build(brief: Brief) -> tuple[list[Edit], int]:
        index = rec.index_of(brief, kind, args.number)
        values = _changed_values(brief, kind, index, args)
        if not values:
            raise CommandError(
                f"nothing to change: give a field to set (see {args.kind} edit --help)"
            )
        return rec.field_edits(brief, kind, index, values), index

    brief, edits, index = _save_change(args, build)
    changed = rec.records(apply_edits(brief, edits), kind)[index]
    print(f"changed {kind.noun} {index + 1}: {_line(changed)}")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    from briefdesk.editing import records as rec

    kind = rec.KINDS[args.kind]

    def build(brief: Brief) -> tuple[list[Edit], Any]:
        index = rec.index_of(brief, kind, args.number)
        return rec.remove_edits(brief, kind, index), (index, rec.records(brief, kind)[index])

    brief, _, (index, gone) = _save_change(args, build)
    left = len(rec.records(brief, kind)) - 1
    print(f"removed {kind.noun} {index + 1}: {_line(gone)} ({left} left)")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from briefdesk.cli.cmd_edit import _open
    from briefdesk.editing import records as rec

    kind = rec.KINDS[args.kind]
    brief = _open(args.brief)
    items = rec.records(brief, kind)
    if args.json:
        rows = [{"number": n} | r.model_dump(mode="json") for n, r in enumerate(items, start=1)]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not items:
        print(f"{args.brief.name} has no {kind.plural} (add one with `{args.kind} add`)")
        return 0
    for number, item in enumerate(items, start=1):
        print(f"{number}. {_line(item, limit=0)}")
        for detail in _details(item):
            print(f"   {detail}")
    return 0


def _new_record(brief: Brief, kind: ListKind, args: argparse.Namespace) -> Any:
    from briefdesk.editing import records as rec

    if args.kind == "judgments":
        if not args.statement.strip():
            raise rec.RecordError("the judgment's statement is empty")
        return kind.factory(
            statement=_prose(args.statement),
            likelihood=rec.likelihood(args.likelihood or ""),
            confidence=rec.confidence(args.confidence or ""),
            rationale=_prose(args.rationale or ""),
            indicators=_lines(args.indicator or []),
            evidence=_unique([rec.citation(brief, spec) for spec in args.cite]),
        )
    if args.kind == "options":
        if not args.label.strip():
            raise rec.RecordError("the option's label is empty")
        return kind.factory(
            label=args.label.strip(),
            description=_prose(args.description or ""),
            pros=_lines(args.pro or []),
            cons=_lines(args.con or []),
        )
    if not args.text.strip():
        raise rec.RecordError("the recommendation's text is empty")
    extra: dict[str, Any] = {}
    if args.choice is not None:
        extra["choices"] = _lines(args.choice)
    return kind.factory(text=_prose(args.text), due_by=rec.due_date(args.due or ""), **extra)


def _changed_values(
    brief: Brief, kind: ListKind, index: int, args: argparse.Namespace
) -> dict[str, Any]:
    """Field name → new value, for the options given on the command line only."""
    from briefdesk.editing import records as rec

    record = rec.records(brief, kind)[index]
    values: dict[str, Any] = {}
    if args.kind == "judgments":
        if args.statement is not None:
            if not args.statement.strip():
                raise rec.RecordError(f"judgment {index + 1}: the statement cannot be empty")
            values["statement"] = _prose(args.statement)
        if args.likelihood is not None:
            values["likelihood"] = rec.likelihood(args.likelihood)
        if args.confidence is not None:
            values["confidence"] = rec.confidence(args.confidence)
        if args.rationale is not None:
            values["rationale"] = _prose(args.rationale)
        if args.no_indicators:
            values["indicators"] = []
        elif args.indicator is not None:
            values["indicators"] = _lines(args.indicator)
        if args.cite or args.uncite:
            values["evidence"] = _evidence(brief, record.evidence, args.cite, args.uncite)
    elif args.kind == "options":
        for name in ("label", "description"):
            if getattr(args, name) is not None:
                values[name] = _prose(getattr(args, name))
        for name, given in (("pros", args.pro), ("cons", args.con)):
            if given is not None:
                values[name] = _lines(given)
    else:
        if args.text is not None:
            values["text"] = _prose(args.text)
        if args.choice is not None:
            values["choices"] = _lines(args.choice)
        if args.due is not None:
            values["due_by"] = rec.due_date(args.due)
    return values


def _evidence(brief: Brief, spans: list[Any], cite: list[str], uncite: list[str]) -> list[Any]:
    from briefdesk.editing import records as rec

    dropped = set()
    for which in uncite:
        source = rec.find_source(brief, which.strip(), which).id  # named as for --cite
        if not any(s.source_id == source for s in spans):
            raise rec.RecordError(f"uncite {which!r}: the judgment does not cite {source}")
        dropped.add(source)
    kept = [s for s in spans if s.source_id not in dropped]
    return _unique([*kept, *(rec.citation(brief, spec) for spec in cite)])


def _unique(spans: list[Any]) -> list[Any]:
    from briefdesk.editing.linking import has_span

    out: list[Any] = []
    for span in spans:
        if not has_span(out, span):
            out.append(span)
    return out


def _prose(text: str) -> str:
    """``\\n`` typed on a command line is a line break, as ``set`` reads it."""
    return text.replace("\\n", "\n").strip()


def _lines(values: list[str]) -> list[str]:
    return [v.strip() for v in values if v.strip()]


def _line(record: Any, limit: int = 80) -> str:
    """One line per record, in the words the window's lists use (``limit=0``: unclipped)."""
    from briefdesk.model import KeyJudgment, Option

    if isinstance(record, KeyJudgment):
        return _clip(record.statement, limit) + _estimate(record)
    if isinstance(record, Option):
        tail = f" — {_clip(record.description, limit)}" if record.description else ""
        return f"{record.label}{tail}"
    due = f" (due {record.due_by.isoformat()})" if record.due_by else ""
    return f"{_clip(record.text, limit)}{due}"


def _estimate(judgment: Any) -> str:
    parts = []
    if judgment.likelihood is not None:
        low, high = judgment.likelihood.percent_range
        parts.append(f"{judgment.likelihood.words} ({low}–{high}%)")
    if judgment.confidence is not None:
        parts.append(f"{judgment.confidence.value} confidence")
    return f" [{', '.join(parts)}]" if parts else " [no likelihood or confidence yet]"


def _details(record: Any) -> list[str]:
    from briefdesk.model import KeyJudgment, Option

    out = []
    if isinstance(record, KeyJudgment):
        for span in record.evidence:
            out.append(f"cites {span.source_id}: “{_clip(span.quote, 60)}”")
        if not record.evidence:
            out.append("cites no source")
        if record.rationale:
            out.append(f"rationale: {_clip(record.rationale, 0)}")
        out.extend(f"indicator: {_clip(i, 0)}" for i in record.indicators)
    elif isinstance(record, Option):
        out.extend(f"pro: {_clip(p, 0)}" for p in record.pros)
        out.extend(f"con: {_clip(c, 0)}" for c in record.cons)
    else:
        out.append(f"choices: {' / '.join(record.choices) or '(none)'}")
    return out


def _clip(text: str, limit: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if not limit or len(flat) <= limit else flat[: limit - 1].rsplit(" ", 1)[0] + "…"
