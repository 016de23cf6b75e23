"""Library work as plain functions of plain data, for the window's background runner.

Each job opens its own connection (SQLite is cheap to open; a thread never shares one) and
closes it, so a search can run while an index job is busy on another thread.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefdesk.library.api import (
    Dossier,
    GazetteerEntry,
    IndexReport,
    OutletGrade,
    PriorJudgment,
    Related,
    SearchFilters,
    SearchHit,
)
from briefdesk.library.markings import not_asked
from briefdesk.library.open import open_library
from briefdesk.model.brief import Brief, Marking


@dataclass(frozen=True)
class Where:
    """Which library: a DSN and ceiling from Settings (blank DSN: the SQLite file)."""

    dsn: str = ""
    ceiling: str = ""
    folders: tuple[str, ...] = ()


@dataclass
class BriefContext:
    """What the library knows around one brief: related briefs, earlier judgments, grades."""

    related: list[Related] = field(default_factory=list)
    history: dict[str, list[PriorJudgment]] = field(default_factory=dict)
    grades: dict[str, OutletGrade] = field(default_factory=dict)  # source id → proposal
    checks: list[str] = field(default_factory=list)  # likelihood changed with no rationale
    not_asked: str = ""  # why nothing was looked up (the brief is above the ceiling)


def index_child_job(where: Where, progress: Callable[[int, str], None], token: Any) -> IndexReport:
    """The window's index run: in a child process (see :mod:`briefdesk.library.child_index`);
    this thread only waits on the pipe and forwards ≤ 10 progress messages a second."""
    from briefdesk import isolation
    from briefdesk.library.child_index import index_in_child, resolve

    target = resolve(where.dsn, where.ceiling, where.folders)
    try:
        return index_in_child(target, progress, lambda: bool(token.cancelled))
    except isolation.Cancelled:
        token.check()  # raises the runner's Cancelled
        raise


def index_job(where: Where, progress: Callable[[int, str], None], token: Any) -> IndexReport:
    """The same run on this thread: how the window ran it before (the benchmark's "thread")."""
    last = 0.0

    def step(done: int, path: str) -> None:
        nonlocal last
        token.check()
        now = time.monotonic()
        if now - last >= 0.1:  # ≤ 10 progress messages a second, like the child
            last = now
            progress(done, path)
        time.sleep(0)  # hand the GIL to the GUI thread between briefs

    lib = open_library(where.dsn, where.ceiling)
    try:
        return lib.index([Path(f).expanduser() for f in where.folders], step)
    finally:
        lib.close()


def saved_job(where: Where, path: Path, token: Any) -> str:
    """After a save, the same core hook as the command line: "" or a one-line warning."""
    from briefdesk.library.on_save import update_entry

    return update_entry(path, where.folders, where.dsn, where.ceiling)


def search_job(where: Where, text: str, filters: SearchFilters, token: Any) -> list[SearchHit]:
    lib = open_library(where.dsn, where.ceiling)
    try:
        from briefdesk.library.copies import with_copies
        from briefdesk.library.whose import with_desks

        return with_desks(lib, with_copies(lib, lib.search(text, filters, limit=50)))
    finally:
        lib.close()


def dossier_job(where: Where, name: str, merge: tuple[str, str], token: Any) -> Dossier | None:
    """``merge``: ("into", other) records a merge, ("apart", other) a split, ("undo", "")
    removes both, ("", "") none."""
    lib = open_library(where.dsn, where.ceiling)
    try:
        if merge[0] == "into":
            lib.merge_actors(name, merge[1])
        elif merge[0] == "apart":
            lib.split_actors(name, merge[1])
        elif merge[0] == "undo":
            lib.unmerge_actors(name)
        return lib.dossier(name)
    finally:
        lib.close()


def stamp_job(where: Where, token: Any) -> tuple[object, ...]:
    """A server library's change stamp (the SQLite file's is read without a job)."""
    lib = open_library(where.dsn, where.ceiling)
    try:
        return lib.change_stamp()
    finally:
        lib.close()


def gazetteer_job(where: Where, token: Any) -> tuple[GazetteerEntry, ...]:
    """The desk's confirmed actors, offered to extraction (a tuple: indexed once, reused)."""
    lib = open_library(where.dsn, where.ceiling)
    try:
        return tuple(lib.gazetteer())
    finally:
        lib.close()


def outlet_grade_job(where: Where, outlet: str, marking: Marking, token: Any) -> OutletGrade | None:
    """The outlet's last grade; not asked for a source of a brief above the ceiling."""
    lib = open_library(where.dsn, where.ceiling)
    try:
        if not_asked(marking, lib.ceiling):
            return None
        return lib.outlet_grade(outlet)
    finally:
        lib.close()


def context_job(
    where: Where, brief: Brief, suggestions: tuple[Any, ...], token: Any
) -> BriefContext:
    """``suggestions``: the extractions of the brief's sources (a source just added counts
    before anything of it is accepted)."""
    return context_at_job(where, brief, suggestions, "", token)


def context_at_job(
    where: Where, brief: Brief, suggestions: tuple[Any, ...], path: str, token: Any
) -> BriefContext:
    """:func:`context_job` for the brief opened from ``path`` ("" never saved): neither that
    file nor a byte-identical copy is related to it or its earlier judgment (C9-18)."""
    from briefdesk.library.history import judgment_history, related_to_brief

    lib = open_library(where.dsn, where.ceiling)
    try:
        from briefdesk.review import likelihood_changes

        if reason := not_asked(brief.marking, lib.ceiling):
            return BriefContext(not_asked=reason)

        related = related_to_brief(lib, brief, suggestions=suggestions, path=path or None)
        context = BriefContext(related, judgment_history(lib, brief, path=path or None))
        context.checks = [_in_words(f) for f in likelihood_changes(brief, context.history)]
        for source in brief.sources:
            if source.outlet.strip() and not source.is_graded:
                grade = lib.outlet_grade(source.outlet)
                if grade is not None:
                    context.grades[source.id] = grade
        return context
    finally:
        lib.close()


def _in_words(finding: Any) -> str:
    """ "key judgment 1: likelihood changed …" — the field path is for the program, not the
    reader of the Related tab."""
    from briefdesk.editing import fieldpath

    parts = fieldpath.parse(finding.path)
    index = parts[2] if parts[:2] == ["significance", "judgments"] and len(parts) > 2 else None
    if not isinstance(index, int):
        return str(finding.message)
    return f"key judgment {index + 1}: {finding.message}"
