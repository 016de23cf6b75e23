"""Template checks: everything that can be known about a template before a real brief meets it.

Static checks read the package; dynamic checks dry-run the template in the worker process on a
brief with every field filled and on an empty one, recording every unknown variable on the way.
Results are cached by the template's content hash, so export can run them every time for free.
"""

from __future__ import annotations

import hashlib
import re
import threading
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import ChainableUndefined, UndefinedError

from briefdesk.export import ExportError

_ROW_TAG = re.compile(r"\{[%{#]\s*(tr|tc)\s")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
DRY_RUN_SECONDS = 20.0
STOPPED_MESSAGE = (
    "the check stopped at this syntax error: fix it and check again to see any problems after it"
)


@dataclass(frozen=True)
class TemplateProblem:
    """One problem in a template; ``str()`` is one line naming where it sits.

    A ``warning`` (e.g. a document with no tags at all) is reported but does not stop an export.
    """

    message: str
    where: str = ""
    warning: bool = False

    def __str__(self) -> str:
        text = f"{self.message} ({self.where})" if self.where else self.message
        return f"warning: {text}" if self.warning else text


_cache: dict[str, tuple[TemplateProblem, ...]] = {}
_cache_lock = threading.Lock()


def check_template(path: str | Path, *, timeout: float = DRY_RUN_SECONDS) -> list[TemplateProblem]:
    """Every problem found in the template at ``path``; empty when it is fit to use."""
    from briefdesk.export.templatefile import read_template_bytes

    try:
        data = read_template_bytes(Path(path))  # stat'ed first: size, regular file
    except ExportError as exc:
        return [TemplateProblem(str(exc))]
    return list(check_template_bytes(data, timeout=timeout))


def check_template_bytes(
    data: bytes, *, timeout: float = DRY_RUN_SECONDS
) -> tuple[TemplateProblem, ...]:
    from briefdesk.export import check_cache

    key = hashlib.sha256(data).hexdigest()
    with _cache_lock:
        if key in _cache:
            return _cache[key]
    stored = check_cache.load(key)  # checked by an earlier run: no worker, no two renders
    if stored is not None:
        problems = tuple(TemplateProblem(*row) for row in stored)
        with _cache_lock:
            _cache[key] = problems
        return problems
    from briefdesk.export.worker import WorkerFault, shared_worker

    try:
        # Two probe renders share the budget: the whole check never runs past ``timeout``.
        found = shared_worker().run("dry_run", data, seconds=timeout / 2, timeout=timeout)
    except WorkerFault as fault:
        found = [(str(fault), fault.where)]
    except ExportError as exc:
        # A timeout or a crashed worker is not cached: a later, longer attempt may pass.
        return (TemplateProblem(str(exc)),)
    problems = tuple(TemplateProblem(*item) for item in found)
    with _cache_lock:
        _cache[key] = problems
    check_cache.store(key, [(str(p.message), str(p.where), bool(p.warning)) for p in problems])
    return problems


# ---------------------------------------------------------------- in the worker process


def dry_run(data: bytes, *, seconds: float = DRY_RUN_SECONDS) -> list[tuple[Any, ...]]:
    """Static checks, then a render on a full and an empty brief.

    Each problem is ``(message, where)`` or ``(message, where, True)`` for a warning.
    """
    from briefdesk.export.authoring import (
        layout_problems,
        tagless_warning,
        without_faulty_tables,
    )
    from briefdesk.export.context import build_context
    from briefdesk.export.engine import TemplateFault, check_package
    from briefdesk.export.package import normalise_template
    from briefdesk.export.probe import full_brief, minimal_brief

    original = data
    try:
        check_package(data)
        data = normalise_template(data)
    except TemplateFault as fault:
        return [(fault.reason, fault.where)]
    except (ValueError, KeyError, zipfile.BadZipFile) as exc:
        return [(f"cannot read the template: {exc}", "")]
    problems: list[tuple[Any, ...]] = list(_static_problems(data))
    from briefdesk.export.fetchscan import scan_package  # every part, fields joined across runs

    problems += [p for p in scan_package(data, plain_external=False) if p not in problems]
    # Comments never reach an export (export.comments), but a fetching field hidden in one is
    # still the author's to know about.
    problems += [
        p
        for p in scan_package(original, plain_external=False)
        if "comment" in str(p[1]).lower() and p not in problems
    ]
    layout = layout_problems(data)
    if layout:
        # docxtpl would only report a confusing error about a paragraph the author cannot find;
        # the rest of the template is still checked, with the faulty tables left out (N11-12).
        trimmed = without_faulty_tables(data)
        if trimmed is None:
            return problems + layout
        problems += layout
        data = trimmed
    warning = tagless_warning(data)
    from briefdesk.export.taglint import blank_paragraph, lint_template, table_places

    # Every syntax error at once; the dry runs read the rest with those paragraphs blanked.
    loops = _loop_names(data)
    syntax, data = lint_template(data)
    problems += syntax
    rendered: dict[str, bytes] = {}  # the full brief's output, to see whether it is marked
    missing_at: set[tuple[str, str]] = set()
    started = time.monotonic()
    for brief in (full_brief(), minimal_brief()):
        context = build_context(brief)
        unknown = _render_recording(data, context, seconds, rendered)
        while isinstance(unknown, TemplateFault):
            if (unknown.reason, unknown.where) not in problems:
                problems.append((unknown.reason, unknown.where))
            if unknown.reason.startswith("syntax error"):
                problems.append((STOPPED_MESSAGE, ""))
                break
            # A refused expression: blank its paragraph and render again, so the one check
            # reports the unknown names after it as well (within half the time budget).
            blanked = blank_paragraph(data, unknown.where) if unknown.where else None
            if blanked is None or time.monotonic() - started > seconds:
                break
            data = blanked
            unknown = _render_recording(data, context, seconds, rendered)
        if isinstance(unknown, TemplateFault):
            break
        for name, message, where in unknown:
            if syntax and name in loops and message.startswith("unknown variable"):
                continue  # the loop that names it was blanked for its syntax error (N15-20)
            problem = (message, where)
            # The empty brief may word one mistake differently (an empty text has no path).
            if problem not in problems and (name, where) not in missing_at:
                missing_at.add((name, where))
                problems.append(problem)
    places = table_places(data)
    from briefdesk.export.tag_places import place_of

    problems = [(p[0], place_of(p[1], places), *p[2:]) for p in problems]
    # A document with no tags matters only once it is otherwise fit to use.
    if warning and not problems:
        return [warning]
    if not problems and "docx" in rendered:
        from briefdesk.export.marking_context import unshown_message

        unshown = unshown_message(rendered["docx"], full_brief().marking)
        if unshown:
            problems.append((unshown, "", True))
    return problems


def _render_recording(
    data: bytes, context: dict[str, Any], seconds: float, rendered: dict[str, bytes]
) -> Any:
    """The unknown names met while rendering (or the fault); the first output kept in
    ``rendered["docx"]``."""
    from jinja2.utils import missing

    from briefdesk.export.engine import TemplateFault, _paragraph_at, render_docx
    from briefdesk.export.fieldnames import describe_missing, value_paths

    paths = value_paths(context)
    seen: list[tuple[str, str, str, str]] = []  # (full name, name, message, where)
    holder: dict[str, Any] = {}

    class RecordingUndefined(ChainableUndefined):
        """Renders as nothing and notes what was missing, so one run finds every unknown name."""

        def __init__(
            self, hint: Any = None, obj: Any = None, name: Any = None, exc: Any = UndefinedError
        ) -> None:
            super().__init__(hint, obj, name, exc)
            if isinstance(name, str):
                if isinstance(obj, RecordingUndefined):
                    return  # already reported at its first missing link
                owner = None if obj is None or obj is missing else obj
                full, message = describe_missing(name, owner, paths.get(id(obj), ""), context)
                if all(full != known for known, *_ in seen):
                    seen.append((full, name, message, _where_now(holder, _paragraph_at)))

    try:
        output = render_docx(
            data,
            context,
            seconds=seconds,
            undefined=RecordingUndefined,
            on_template=lambda doc: holder.__setitem__("doc", doc),
        )
    except TemplateFault as fault:
        return fault
    rendered.setdefault("docx", output)
    return [(name, message, where) for _, name, message, where in seen]


def _where_now(holder: dict[str, Any], paragraph_at: Any) -> str:
    """Part and paragraph of the template line being rendered right now."""
    import sys

    part, src = getattr(holder.get("doc"), "current", ("", ""))
    frame: Any = sys._getframe(1)
    while frame is not None:
        template = frame.f_globals.get("__jinja_template__")
        if template is not None:
            paragraph = paragraph_at(src, template.get_corresponding_lineno(frame.f_lineno))
            return f'{part}, paragraph "{paragraph}"' if paragraph else part
        frame = frame.f_back
    return part


def _static_problems(data: bytes) -> list[tuple[Any, ...]]:
    from lxml import etree

    from briefdesk.export.fixed_index import fixed_index_warnings
    from briefdesk.export.judgment_words import judgment_words_warning

    problems: list[tuple[Any, ...]] = []
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    with zipfile.ZipFile(_bytes_io(data)) as archive:
        for name in archive.namelist():
            if name.endswith(".rels"):
                root = etree.fromstring(archive.read(name), parser)
                for rel in root.iter(f"{_REL}Relationship"):
                    target = rel.get("Target", "")
                    if rel.get("TargetMode") == "External" and not rel.get("Type", "").endswith(
                        "/hyperlink"
                    ):
                        problems.append(
                            (
                                f"links to an external resource {target!r} that Word would fetch",
                                name,
                            )
                        )
            if not re.fullmatch(r"word/(document|header\d*|footer\d*)\.xml", name):
                continue
            root = etree.fromstring(archive.read(name), parser)
            if name == "word/document.xml":  # N14-20: a judgment printed without its words
                whole = "".join(t.text or "" for t in root.iter(f"{_W}t"))
                if warning := judgment_words_warning(whole):
                    problems.append((warning, name, True))
            for para in root.iter(f"{_W}p"):
                text = "".join(t.text or "" for t in para.iter(f"{_W}t"))
                for warning in fixed_index_warnings(text):  # N10-21
                    problems.append((warning, f'{name}, paragraph "{text.strip()[:120]}"', True))
                match = _ROW_TAG.search(text)
                if not match:
                    continue
                needs = f"{_W}{match.group(1)}"
                if not any(a.tag == needs for a in para.iterancestors()):
                    kind = "table-row" if match.group(1) == "tr" else "table-cell"
                    snippet = text.strip()[:120]
                    problems.append(
                        (
                            f"{kind} tag outside a table {kind.removeprefix('table-')}",
                            f'{name}, paragraph "{snippet}"',
                        )
                    )
    return problems


_LOOP = re.compile(r"\{%-?[ptrc]?\s*for\s+(\w+)(?:\s*,\s*(\w+))?\s+in\b")


def _loop_names(data: bytes) -> set[str]:
    """The names the template's own ``for`` tags bind ("j" of ``{%p for j in judgments %}``):
    with a loop's paragraph blanked for a syntax error, its uses are no second mistake."""
    with zipfile.ZipFile(_bytes_io(data)) as archive:
        parts = [n for n in archive.namelist() if re.fullmatch(r"word/[\w.]+\.xml", n)]
        text = " ".join(
            re.sub(r"<[^>]+>", "", archive.read(n).decode("utf-8", "replace")) for n in parts
        )
    return {name for match in _LOOP.finditer(text) for name in match.groups() if name}


def _bytes_io(data: bytes) -> Any:
    import io

    return io.BytesIO(data)
