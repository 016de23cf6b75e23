"""The only place the window calls the core's heavier pieces (import, extraction, export).

Every function here takes and returns plain data and runs inside a background job, so the core
modules are imported lazily — they never slow down start-up.
"""

from __future__ import annotations

import atexit
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefdesk.gui.runner import CancelToken
from briefdesk.model import Brief, Source


def import_file(path: Path, token: CancelToken) -> Source:
    from briefdesk.sources import import_file as _import_file

    token.check()
    return _import_file(path)


def import_text(text: str, token: CancelToken) -> Source:
    from briefdesk.sources import import_text as _import_text

    token.check()
    return _import_text(text)


def import_checked(
    what: Path | str, existing: list[Source], token: CancelToken
) -> tuple[Source, Source | None]:
    """Import a file (Path) or pasted text (str) and find any source it duplicates, off-thread."""
    source = import_file(what, token) if isinstance(what, Path) else import_text(what, token)
    token.check()
    return source, find_duplicate(existing, source)


def import_pasted_checked(
    text: str, existing: list[Source], token: CancelToken, html: str = ""
) -> tuple[Source, Source | None]:
    """Pasted text, read from its ``html`` like an opened web page when the clipboard held a
    copied page (N15-35), and any source it duplicates; off-thread."""
    if not html.strip():
        return import_checked(text, existing, token)
    from briefdesk.sources.pasted_page import import_pasted

    source = import_pasted(text, html)
    token.check()
    return source, find_duplicate(existing, source)


def import_all_checked(
    path: Path, existing: list[Source], token: CancelToken, encoding: str | None = None
) -> list[tuple[Source, Source | None]]:
    """Every source in a file (a mail may forward several articles), each with its duplicate."""
    from briefdesk.sources import import_file_all

    token.check()
    found = [item.source for item in import_file_all(path, encoding=encoding)]
    token.check()
    return [(source, find_duplicate(existing, source)) for source in found]


def find_duplicate(sources: list[Source], candidate: Source) -> Source | None:
    try:
        from briefdesk.sources import find_duplicate as _find_duplicate
    except ImportError:
        return next((s for s in sources if s.content_hash == candidate.content_hash), None)
    found = _find_duplicate(sources, candidate)
    return found if isinstance(found, Source) else None


def extract(
    source: Source, token: CancelToken, never: tuple[Any, ...] = (), known: tuple[Any, ...] = ()
) -> Any:
    """Extraction in a warm child process (:mod:`briefdesk.extractrun`): its first run loads
    gazetteers with the GIL held for ~0.3 s, which in a thread would freeze the window; in a
    process it cannot. It stops past the time limit ("too long to analyse") and on cancel.
    ``known``: the library's confirmed actors (the window's cached gazetteer)."""
    from briefdesk import extraction_cache, isolation
    from briefdesk.extractrun import ExtractionFailed, extract_isolated

    token.check()
    # A source read before with the same code and lists (a brief reopened): its stored result,
    # without waiting for the worker (newcomer25 N25-05: 12 s of an empty panel).
    stored = extraction_cache.load(source, never, known)
    if stored is not None:
        return stored
    try:
        found = extract_isolated(
            source, never=never, known_actors=known, cancel=lambda: token.cancelled
        )
    except isolation.Cancelled:
        token.check()
        raise
    except ExtractionFailed as exc:
        raise RuntimeError(str(exc)) from None
    extraction_cache.store(source, found, never, known)
    return found


# What the first Ctrl+D and Ctrl+Alt+N import in the window's own process: about a second of
# regular expressions and tables that froze the window on the first draft (round 18).
DRAFT_MODULES = ("briefdesk.editing.draft", "briefdesk.editing.deal_from_text")
# What a source landing in the window imports on the GUI thread (its date line, staff credits,
# the library's stamp): a paste during the warm-up froze the window ~0.5 s under load (round 26).
LANDING_MODULES = (
    "briefdesk.editing.source_date",
    "briefdesk.editing.source_staff",
    "briefdesk.sources.dedupe",
    "briefdesk.sources.charset_symbols",
    "briefdesk.library.stamp",
)


def warm_up(token: CancelToken) -> None:
    """Start the extraction worker and load its data before the first source arrives; meanwhile
    import the draft's and a landing source's modules here, on the runner's thread, so neither
    the first draft nor the first paste does it on the GUI thread. The worker's warm-up mostly
    waits on its child (round 26: the imports used to wait for it, ~10 s under load, and a
    paste landing before then imported them on the GUI thread)."""
    import importlib
    import threading

    from briefdesk.extractrun import warm_up as _warm_up

    worker = threading.Thread(target=_warm_up, name="extract-warm-up", daemon=True)
    worker.start()
    for name in (*DRAFT_MODULES, *LANDING_MODULES):
        if token.cancelled:
            break
        importlib.import_module(name)
    worker.join()


def shutdown_workers() -> None:
    from briefdesk.extractrun import shutdown

    shutdown()


atexit.register(shutdown_workers)


def render_preview(brief: Brief, token: CancelToken, template: str = "standard") -> tuple[str, str]:
    """("html", text) from the export's HTML preview, else ("markdown", text) as a fallback."""
    token.check()
    try:
        from briefdesk.export.preview import render_html
    except ImportError:
        from briefdesk.export.render import render_markdown

        return "markdown", render_markdown(brief)
    return "html", str(render_html(brief, template))


def list_templates() -> list[Any]:
    from briefdesk.export.registry import list_templates as _list

    return list(_list())


@dataclass(frozen=True)
class TemplateEntry:
    """One line of a template picker: what the user reads and what export is given."""

    label: str
    ident: str  # a built-in or registry id, or the path of a .docx in the user's folder
    builtin: bool


def template_entries(folder: Path | None) -> list[TemplateEntry]:
    """Every template a picker offers, built-ins first: the registry's listing, then the .docx
    files of ``folder`` (the templates folder chosen in Settings) that the registry does not
    list itself. The Export dialog and the Checks panel both show exactly this."""
    from briefdesk.export import ExportError
    from briefdesk.export.registry import resolve_template

    entries: list[TemplateEntry] = []
    registered = list_templates()
    for info in registered:
        label = str(info.name) if info.builtin else f"{info.name} (my templates)"
        entries.append(TemplateEntry(label, str(info.id), bool(info.builtin)))
    listed = {Path(info.path).resolve() for info in registered}
    try:
        names = sorted(folder.iterdir(), key=lambda p: p.name.lower()) if folder else []
    except OSError:
        names = []  # a folder that went away (network share) lists nothing, not an error
    for path in names:
        if path.suffix.lower() != ".docx" or path.name.startswith(("~$", ".")):
            continue
        if not path.is_file() or path.resolve() in listed:
            continue
        try:
            info = resolve_template(path)
        except ExportError:  # gone between listing and reading
            continue
        entries.append(TemplateEntry(f"{info.name} (my templates)", str(path), False))
    return entries


def template_choices(folder: Path | None, token: CancelToken) -> list[tuple[str, str]]:
    """(label, id) of every usable template for pickers (see :func:`template_entries`)."""
    token.check()
    return [(entry.label, entry.ident) for entry in template_entries(folder)]


def check_template(path: Path, token: CancelToken | None = None) -> list[str]:
    """One line per problem; runs a dry render, so call it from a background job."""
    from briefdesk.export.checks import check_template as _check

    return [str(p) for p in (_check(path) or [])]


def export(brief: Brief, template: str, out: Path, fmt: str, token: CancelToken) -> Path:
    from briefdesk.export import render as export_render

    token.check()
    # The dialog already asked before replacing an existing file, hence force.
    if fmt == "md":
        return Path(export_render.export_markdown(brief, out, force=True, template=template))
    if fmt == "pdf":
        return Path(export_render.export_pdf(brief, template, out, force=True))
    return Path(export_render.export_docx(brief, template, out, force=True))
