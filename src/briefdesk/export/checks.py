"""Template checks: everything that can be known about a template before a real brief meets it.

Static checks read the package; dynamic checks dry-run the template in the worker process on a
brief with every field filled and on an empty one, recording every unknown variable on the way.
Results are cached by the template's content hash, so export can run them every time for free.
"""

from __future__ import annotations

import hashlib
import re
import threading
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


@dataclass(frozen=True)
class TemplateProblem:
    """One problem in a template; ``str()`` is one line naming where it sits."""

    message: str
    where: str = ""

    def __str__(self) -> str:
        return f"{self.message} ({self.where})" if self.where else self.message


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
    key = hashlib.sha256(data).hexdigest()
    with _cache_lock:
        if key in _cache:
            return _cache[key]
    from briefdesk.export.worker import WorkerFault, shared_worker

    try:
        # Two probe renders share the budget: the whole check never runs past ``timeout``.
        found = shared_worker().run("dry_run", data, seconds=timeout / 2, timeout=timeout)
    except WorkerFault as fault:
        found = [(str(fault), fault.where)]
    except ExportError as exc:
        # A timeout or a crashed worker is not cached: a later, longer attempt may pass.
        return (TemplateProblem(str(exc)),)
    problems = tuple(TemplateProblem(message, where) for message, where in found)
    with _cache_lock:
        _cache[key] = problems
    return problems


# ---------------------------------------------------------------- in the worker process


def dry_run(data: bytes, *, seconds: float = DRY_RUN_SECONDS) -> list[tuple[str, str]]:
    """Static checks, then a render on a full and an empty brief; (message, where) pairs."""
    from briefdesk.export.context import build_context
    from briefdesk.export.engine import TemplateFault, check_package
    from briefdesk.export.probe import full_brief, minimal_brief

    try:
        check_package(data)
    except TemplateFault as fault:
        return [(fault.reason, fault.where)]
    problems = _static_problems(data)
    from briefdesk.export.fetchscan import scan_package  # every part, fields joined across runs

    problems += [p for p in scan_package(data, plain_external=False) if p not in problems]
    for brief in (full_brief(), minimal_brief()):
        context = build_context(brief)
        unknown = _render_recording(data, context, seconds)
        if isinstance(unknown, TemplateFault):
            if (unknown.reason, unknown.where) not in problems:
                problems.append((unknown.reason, unknown.where))
            break
        for name in unknown:
            problem = (f"unknown variable {name!r}", "")
            if problem not in problems:
                problems.append(problem)
    return problems


def _render_recording(data: bytes, context: dict[str, Any], seconds: float) -> Any:
    from briefdesk.export.engine import TemplateFault, render_docx

    paths = _object_paths(context)
    seen: list[str] = []

    class RecordingUndefined(ChainableUndefined):
        """Renders as nothing and notes what was missing, so one run finds every unknown name."""

        def __init__(
            self, hint: Any = None, obj: Any = None, name: Any = None, exc: Any = UndefinedError
        ) -> None:
            super().__init__(hint, obj, name, exc)
            if isinstance(name, str):
                if isinstance(obj, RecordingUndefined):
                    return  # already reported at its first missing link
                prefix = paths.get(id(obj), "") if obj is not None and not _is_missing(obj) else ""
                full = f"{prefix}.{name}" if prefix else name
                if full not in seen:
                    seen.append(full)

    try:
        render_docx(data, context, seconds=seconds, undefined=RecordingUndefined)
    except TemplateFault as fault:
        return fault
    return seen


def _is_missing(obj: Any) -> bool:
    return type(obj).__name__ == "RecordingUndefined"


def _object_paths(context: dict[str, Any]) -> dict[int, str]:
    """id of every dict/list in the context → its path, e.g. ``deals[].value``."""
    out: dict[int, str] = {}

    def walk(value: Any, path: str) -> None:
        if isinstance(value, dict):
            out[id(value)] = path
            for key, child in value.items():
                walk(child, f"{path}.{key}" if path else key)
        elif isinstance(value, list):
            out[id(value)] = path
            for child in value:
                walk(child, f"{path}[]")

    walk(context, "")
    return out


def _static_problems(data: bytes) -> list[tuple[str, str]]:
    from lxml import etree

    problems: list[tuple[str, str]] = []
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
            for para in root.iter(f"{_W}p"):
                text = "".join(t.text or "" for t in para.iter(f"{_W}t"))
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


def _bytes_io(data: bytes) -> Any:
    import io

    return io.BytesIO(data)
