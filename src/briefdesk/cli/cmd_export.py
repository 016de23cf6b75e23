"""``export`` and ``templates``: Word/PDF/Markdown export and template management from the shell."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from briefdesk.cli.main import CommandError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = subparsers.add_parser(
        "export",
        help="export briefs to Word (.docx), PDF or Markdown",
        description="Export one brief with -o, or many briefs in parallel into a folder with -d.",
    )
    export.add_argument("briefs", nargs="+", type=Path, metavar="BRIEF")
    export.add_argument(
        "-t",
        "--template",
        default="standard",
        help="built-in id (standard, bluf, deal-sheet), user template id or .docx path",
    )
    target = export.add_mutually_exclusive_group(required=True)
    target.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="OUT",
        help="output file: .docx, .pdf or .md (one brief only)",
    )
    target.add_argument(
        "-d",
        "--directory",
        type=Path,
        metavar="OUTDIR",
        help="output folder for many briefs (one file per brief)",
    )
    export.add_argument("--force", action="store_true", help="overwrite existing files")
    export.add_argument("--pdf", action="store_true", help="also write a PDF (needs LibreOffice)")
    export.add_argument(
        "--allow-contradictions",
        action="store_true",
        help="export even when a judgment's words contradict its likelihood or confidence "
        "(an error of `check`: the page would print both)",
    )
    export.add_argument(
        "--allow-no-tags",
        action="store_true",
        help="export through a .docx with no tags at all (an ordinary document: every brief "
        "would come out as its text); refused without this",
    )
    export.add_argument(
        "-j", "--jobs", type=int, default=0, help="parallel exports (default: cores)"
    )
    export.set_defaults(func=run_export)

    templates = subparsers.add_parser("templates", help="list, check or inspect Word templates")
    sub = templates.add_subparsers(dest="templates_command", metavar="ACTION", required=True)
    listing = sub.add_parser("list", help="built-in and user templates")
    listing.set_defaults(func=run_templates_list)
    check = sub.add_parser("check", help="check a .docx template; one line per problem")
    check.add_argument("template", metavar="FILE.docx")
    check.add_argument(
        "--allow-no-tags",
        action="store_true",
        help="pass a document with no tags at all, as 'export --allow-no-tags' exports through it",
    )
    check.set_defaults(func=run_templates_check)
    fields = sub.add_parser(
        "fields", help="every variable and field a template may use, with its kind"
    )
    fields.set_defaults(func=run_templates_fields)
    context = sub.add_parser("context", help="print the template context of a brief as JSON")
    context.add_argument("brief", type=Path, metavar="BRIEF")
    context.set_defaults(func=run_templates_context)


def _load(path: Path) -> Any:
    from briefdesk.store.files import StoreError, open_brief

    try:
        return open_brief(path).brief
    except StoreError as exc:
        raise CommandError(str(exc)) from None


def _warn_unfinished(brief_path: Path, brief: Any, template: str) -> None:
    """What ``briefdesk check`` would make the analyst fix, as warnings: the export still runs
    (a draft may go out for comment), but never silently (a decision brief with no
    recommendation used to export with exit 0 and no word)."""
    from briefdesk.review import Severity, contradictions, review_brief, still_drafted

    # Exported only with --allow-contradictions: still an error, as `check` says.
    clashes = {f.message for f in contradictions(brief)}
    for finding in review_brief(brief, Path(template).stem, spelling=False):
        if finding.severity == Severity.ERROR:
            label = "error" if finding.message in clashes else "warning"
            print(f"briefdesk export: {label}: {brief_path}: {finding.message}", file=sys.stderr)
    for finding in still_drafted(brief):
        print(f"briefdesk export: warning: {brief_path}: {finding.message}", file=sys.stderr)


def _refuse_contradictions(brief_path: Path, brief: Any) -> None:
    """A judgment whose words say another level than its likelihood or confidence: `check`
    calls it an error, and on the page a manager would read "almost certain. Unlikely
    (20–45%)" (newcomer15 N15-43). Nothing is written; the flag says how to export anyway."""
    from briefdesk.review import contradictions

    found = contradictions(brief)
    if not found:
        return
    more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
    raise CommandError(
        f"error: {brief_path}: {found[0].message}{more}; nothing exported "
        "(--allow-contradictions exports it as it is)"
    )


def _warn_unmarked_template(brief_path: Path, brief: Any, template: str) -> None:
    """A marked brief through a template that never shows the marking gets the marking stamped
    into its headers and footers by the export (``marking_stamp``): say so, since the page then
    differs from the template (the check is the export's own, cached, so this costs nothing)."""
    from briefdesk.export.marking_context import stamp_note

    shows, pages = stamp_note(brief.marking.label, template)
    if shows:
        print(
            f"briefdesk export: note: {brief_path} is marked {brief.marking.label} and the "
            f"template {Path(template).name} {shows}: BriefDesk printed "
            f"{brief.marking.label} in the header and footer of {pages}",
            file=sys.stderr,
        )


def export_one(
    brief_path: Path,
    template: str,
    out: Path,
    force: bool,
    pdf: bool,
    allow_contradictions: bool = False,
) -> list[Path]:
    """Export one brief to ``out`` (by its suffix); with ``pdf`` also a PDF beside a .docx."""
    from briefdesk.export import ExportError
    from briefdesk.export.render import export_docx, export_markdown, export_pdf

    brief = _load(brief_path)
    if not allow_contradictions:
        _refuse_contradictions(brief_path, brief)
    if not brief.marking.label:
        print(
            f"briefdesk export: warning: {brief_path} has no handling marking; "
            "exporting it unmarked",
            file=sys.stderr,
        )
    _warn_unfinished(brief_path, brief, template)
    suffix = out.suffix.lower()
    try:
        if suffix == ".md":
            from briefdesk.export.markdown import markdown_note

            if note := markdown_note(template):
                print(f"briefdesk export: note: {note}", file=sys.stderr)
            return [export_markdown(brief, out, force=force, template=template)]
        if suffix == ".pdf":
            _warn_unmarked_template(brief_path, brief, template)
            return [export_pdf(brief, template, out, force=force)]
        if suffix != ".docx":
            raise CommandError(f"{out}: the output must end in .docx, .pdf or .md")
        _warn_unmarked_template(brief_path, brief, template)
        written = [export_docx(brief, template, out, force=force)]
        if pdf:
            written.append(export_pdf(brief, template, out.with_suffix(".pdf"), force=force))
        return written
    except ExportError as exc:
        raise CommandError(f"{brief_path}: {exc}") from None


def run_export(args: argparse.Namespace) -> int:
    from briefdesk.export import ExportError
    from briefdesk.export.registry import resolve_template

    try:
        template = str(resolve_template(args.template).path)
    except ExportError as exc:
        raise CommandError(str(exc)) from None
    markdown = args.output is not None and args.output.suffix.lower() == ".md"
    if not markdown and _template_unfit(args.template, template, args.allow_no_tags):
        return 1
    if args.output is not None:
        if len(args.briefs) > 1:
            raise CommandError("-o takes one brief; use -d OUTDIR to export several")
        _make_folder(args.output.parent)  # as -d makes its folder (newcomer9 N9-15)
        allow = args.allow_contradictions
        for path in export_one(args.briefs[0], template, args.output, args.force, args.pdf, allow):
            print(path)
        return 0
    return _export_batch(args, template)


def _make_folder(folder: Path) -> None:
    """Make the output's folder; a folder made is said on stderr, so a typo in the path is
    seen, not silently made into new folders (N12-35; docs/cli.md "Output folders")."""
    if folder.exists() and not folder.is_dir():
        raise CommandError(f"{folder}: is a file, not a folder")
    existed = folder.is_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CommandError(f"{folder}: cannot make the folder ({exc.strerror or exc})") from None
    if not existed:
        print(f"briefdesk export: made folder {folder}", file=sys.stderr)


def _template_unfit(name: str, template: str, allow_no_tags: bool = False) -> bool:
    """Every problem of the template, one line each, before any brief is read: an export would
    stop at the first, and a batch would repeat it for every brief; its warnings too, once.
    (Checks are cached by the template's content: the export's own check then costs nothing.)"""
    from briefdesk.export.authoring import is_tagless
    from briefdesk.export.checks import check_template
    from briefdesk.export.fieldnames import FIELDS_HINT, is_name_problem
    from briefdesk.export.marking_context import is_unshown_warning

    found = check_template(template)
    problems = [p for p in found if not p.warning]
    # A usable template's warnings as ``templates check`` gives them (a document with no tags:
    # an article saved as .docx exports the same text for every brief) are said here too
    # (newcomer16 N16-12); the marking one has its own note, worded for the brief exported.
    warnings = [p for p in found if p.warning and not is_unshown_warning(p)]
    for problem in problems or warnings:
        print(f"briefdesk export: {name}: {problem}", file=sys.stderr)
    if any(is_name_problem(p) for p in problems):
        print(f"briefdesk export: note: {FIELDS_HINT}", file=sys.stderr)
    # An ordinary document as template writes a file holding none of the brief, exit 0, and a
    # warning a script never reads (newcomer17 N17-13): refused, as `templates check` warns.
    if not problems and not allow_no_tags and any(is_tagless(p) for p in warnings):
        print(
            f"briefdesk export: {name}: nothing exported: it is an ordinary document, not a "
            "template (--allow-no-tags exports through it anyway)",
            file=sys.stderr,
        )
        return True
    return bool(problems)


def _batch_job(job: tuple[Path, str, Path, bool, bool, bool]) -> tuple[str, list[str], str]:
    brief_path, template, out, force, pdf, allow = job
    try:
        return (
            str(brief_path),
            [str(p) for p in export_one(brief_path, template, out, force, pdf, allow)],
            "",
        )
    except CommandError as exc:
        return str(brief_path), [], str(exc)
    except OSError as exc:  # e.g. the output folder vanished mid-batch
        return str(brief_path), [], f"{brief_path}: {exc.strerror or exc}"


def _export_batch(args: argparse.Namespace, template: str) -> int:
    from concurrent.futures import ThreadPoolExecutor, as_completed

    outdir: Path = args.directory
    _make_folder(outdir)  # made as -o makes a file's folder (newcomer8 F13), and said
    suffix = ".docx"
    stems: dict[str, Path] = {}
    for path in args.briefs:
        if path.stem in stems:
            raise CommandError(
                f"{path} and {stems[path.stem]} would both write {path.stem}{suffix}"
            )
        stems[path.stem] = path
    allow = args.allow_contradictions
    jobs = [
        (p, template, outdir / f"{p.stem}{suffix}", args.force, args.pdf, allow)
        for p in args.briefs
    ]
    workers = max(1, min(args.jobs or os.cpu_count() or 1, len(jobs)))
    progress = _Progress(len(jobs)) if sys.stderr.isatty() else None
    failures: list[str] = []
    if workers == 1:
        results = (_batch_job(job) for job in jobs)
        failures = _collect(results, progress)
    else:
        # The render workers are already a pool of processes, one per core; threads here only
        # load briefs, build contexts and write files while those processes render. (A
        # ProcessPoolExecutor on top needed a second process per core and measured slower.)
        from briefdesk.export.worker import shared_worker

        shared_worker().size = max(shared_worker().size, workers)
        with ThreadPoolExecutor(workers) as threads:
            futures = [threads.submit(_batch_job, job) for job in jobs]
            failures = _collect((f.result() for f in as_completed(futures)), progress)
    if progress:
        progress.done()
    for line in failures:
        print(f"briefdesk export: {line}", file=sys.stderr)
    print(f"{len(jobs) - len(failures)} of {len(jobs)} exported to {outdir}")
    return 1 if failures else 0


def _collect(results: Any, progress: _Progress | None) -> list[str]:
    failures = []
    for _brief, _written, error in results:
        if error:
            failures.append(error)
        if progress:
            progress.step()
    return failures


class _Progress:
    """A one-line progress bar on stderr, redrawn in place (terminals only)."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.count = 0
        self.draw()

    def draw(self) -> None:
        width = 30
        filled = width * self.count // max(self.total, 1)
        bar = "#" * filled + "." * (width - filled)
        sys.stderr.write(f"\rexport [{bar}] {self.count}/{self.total}")
        sys.stderr.flush()

    def step(self) -> None:
        self.count += 1
        self.draw()

    def done(self) -> None:
        sys.stderr.write("\n")
        sys.stderr.flush()


def run_templates_list(args: argparse.Namespace) -> int:
    from briefdesk.export.registry import builtin_aliases, list_templates
    from briefdesk.export.template_marks import check_problems
    from briefdesk.export.templatefile import unusable_reason

    infos = list_templates()
    # A broken or hostile template is said so here, not only once chosen (newcomer9 N9-14).
    checked = check_problems(
        [i.path for i in infos if not i.builtin and not unusable_reason(i.path)]
    )
    for info in infos:
        kind = "built-in" if info.builtin else str(info.path)
        reason = "" if info.builtin else unusable_reason(info.path) or checked.get(info.path, "")
        # A file that is no Word package is listed (it is in the folder) but said unusable.
        also = builtin_aliases(info.id, infos) if info.builtin else []
        tail = f"\tNOT USABLE: {reason}" if reason else ""
        tail += f"\talso: {', '.join(also)}" if also else ""  # "-t memo" works (N18-15)
        print(f"{info.id}\t{info.name}\t{kind}{tail}")
    return 0


def run_templates_check(args: argparse.Namespace) -> int:
    from briefdesk.export import ExportError
    from briefdesk.export.checks import check_template
    from briefdesk.export.fieldnames import FIELDS_HINT, is_name_problem
    from briefdesk.export.registry import resolve_template

    try:
        info = resolve_template(args.template)
    except ExportError as exc:
        raise CommandError(str(exc)) from None
    problems = check_template(info.path)
    import zipfile

    if not zipfile.is_zipfile(info.path):  # no template at all: the command's error, on stderr
        raise CommandError("; ".join(f"{args.template}: {p}" for p in problems) or "not a .docx")
    for problem in problems:
        print(f"{args.template}: {problem}")
    if not problems:
        print(f"{args.template}: ok")
    elif any(is_name_problem(p) for p in problems):
        print(f"{args.template}: note: {FIELDS_HINT}")
    # Warnings are worth reading but do not make the check fail; an ordinary document (no tags
    # at all) does, as export refuses it (newcomer19 N19-16: a script that checked templates
    # first accepted one).
    from briefdesk.export.authoring import is_tagless

    if not args.allow_no_tags and any(is_tagless(p) for p in problems):
        print(
            f"{args.template}: not a template: export refuses an ordinary document "
            "(--allow-no-tags passes it)"
        )
        return 1
    return 1 if any(not p.warning for p in problems) else 0


def run_templates_fields(args: argparse.Namespace) -> int:
    from briefdesk.export.context import build_context
    from briefdesk.export.fieldnames import field_lines
    from briefdesk.export.probe import full_brief

    # The probe brief fills every field, so every name a template may use is in its context.
    print("\n".join(field_lines(build_context(full_brief()))))
    return 0


def run_templates_context(args: argparse.Namespace) -> int:
    import json

    from briefdesk.export.context import build_context

    print(json.dumps(build_context(_load(args.brief)), ensure_ascii=False, indent=2))
    return 0
