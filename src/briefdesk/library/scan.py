"""Walk library folders and bring the index in line with the files, one file at a time.

A file whose size and modification time match the index is skipped unread; one that changed is
hashed, and only a new hash is parsed. Moves are free: the same brief id and hash under a new
path just renames the entry. Nothing of the whole folder is ever held in memory but its paths.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Collection, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from briefdesk.library.api import IndexReport, LibraryError, Progress
from briefdesk.library.copies import entry_key, keep_original, stale_copies
from briefdesk.library.digest import digest_brief
from briefdesk.library.markings import above_ceiling, ceiling_rank
from briefdesk.model.errors import BriefError
from briefdesk.model.fileformat import MAX_BRIEF_BYTES, loads

if TYPE_CHECKING:
    from briefdesk.library.sqlbase import SqlBase
    from briefdesk.model import Brief

BRIEF_SUFFIX = ".brief"


def folder_problem(folder: Path) -> str:
    """One line when a library folder cannot be scanned (a share gone away), else ""."""
    if not folder.exists():
        return f"{folder}: library folder not found (moved, deleted, or a share not connected?)"
    if not folder.is_dir():
        return f"{folder}: library folder is a file, not a folder"
    return ""


def walk_briefs(folder: Path) -> Iterator[os.DirEntry[str]]:
    """Every ``.brief`` below ``folder``, streamed; hidden folders are skipped."""
    stack = [str(folder)]
    while stack:
        with os.scandir(stack.pop()) as entries:
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                if entry.is_dir(follow_symlinks=False):
                    stack.append(entry.path)
                elif entry.name.endswith(BRIEF_SUFFIX) and entry.is_file():
                    yield entry


def scan_folders(
    lib: SqlBase, folders: Iterable[Path], progress: Progress | None = None
) -> IndexReport:
    report = IndexReport()
    over = _sent_above_ceiling(lib)
    done = 0
    for folder in folders:
        folder = Path(folder).expanduser().resolve()
        problem = folder_problem(folder)
        if problem:
            # Keep its entries: a share that is away for a moment must not empty the library.
            report.problems.append((str(folder), problem))
            continue
        known = lib.files_under(str(folder))
        seen: set[str] = set()
        try:
            for entry in walk_briefs(folder):
                seen.add(entry.path)
                st = entry.stat()
                _one(
                    lib, entry.path, st.st_size, st.st_mtime_ns, known.get(entry.path), report, over
                )
                done += 1
                if progress is not None:
                    progress(done, entry.path)
        except OSError as exc:
            report.problems.append(
                (str(folder), f"{folder}: library folder stopped answering: {exc.strerror or exc}")
            )
            continue
        for path in known.keys() - seen:
            if lib.forget_file(path):
                report.removed += 1
    return report


def scan_file(lib: SqlBase, path: Path) -> IndexReport:
    """Bring one file's entry up to date (after a save); a vanished file is forgotten."""
    report = IndexReport()
    path = path.expanduser().resolve()
    try:
        st = path.stat()
    except FileNotFoundError:
        if lib.forget_file(str(path)):
            report.removed += 1
        return report
    except OSError as exc:
        raise LibraryError(f"{path}: cannot read: {exc.strerror or exc}") from None
    row = lib.file_row(str(path))
    _one(lib, str(path), st.st_size, st.st_mtime_ns, row, report, _sent_above_ceiling(lib))
    return report


def _sent_above_ceiling(lib: SqlBase) -> set[str]:
    """Briefs the database holds above its ceiling: sent before the ceiling was lowered (or
    set). Their files are read again even when unchanged, so they are taken out."""
    limit = ceiling_rank(lib.ceiling)
    return set() if limit is None else lib.briefs_above(limit)


def _split_stale(lib: SqlBase, key: str, path: str, sha: str) -> None:
    """The original was edited: copies of its old text become a version of their own."""
    for other in stale_copies(lib, key, path, sha):
        try:
            st = os.stat(other)
        except OSError:
            continue
        _one(lib, other, st.st_size, st.st_mtime_ns, None, IndexReport())


def _one(
    lib: SqlBase,
    path: str,
    size: int,
    mtime_ns: int,
    known: tuple[int, int, str, str | None, str] | None,
    report: IndexReport,
    over: Collection[str] = (),
) -> None:
    """One brief file into the index: skipped when its size and time (then its hash) match
    what the index knows, else parsed, kept out above the ceiling, and stored."""
    if known is not None and known[3] in over:
        _read_again(lib, path, size, mtime_ns, str(known[3]), report)
        return
    if known is not None and known[0] == size and known[1] == mtime_ns:
        _count_unchanged(path, known, report)
        return
    read = _read(path, size, report)
    if read is None:
        return
    data, reason = read
    sha = hashlib.sha256(data).hexdigest()
    if known is not None and known[2] == sha and not reason:
        lib.put_file((path, size, mtime_ns, sha, known[3], known[4]))
        _count_unchanged(path, known, report)
        return
    brief = None
    if not reason:
        try:
            brief = loads(data)
        except BriefError as exc:
            reason = str(exc)
    if brief is None:
        lib.put_file((path, size, mtime_ns, sha, None, reason))
        report.problems.append((path, f"{path}: {reason}"))
        return
    _store(lib, brief, (path, size, mtime_ns, sha), known, report)


def _read_again(
    lib: SqlBase, path: str, size: int, mtime_ns: int, brief_id: str, report: IndexReport
) -> None:
    """Sent while the ceiling was higher: this file's row out, then read as new (withheld, or
    sent again when the file has since been re-marked lower). The entry itself goes only when
    no other file holds it: another desk's copy, indexed from its own file under its own
    ceiling, is not this desk's to take out (newcomer13 N13-41)."""
    removed = lib.forget_file(path)
    withheld = report.withheld
    _one(lib, path, size, mtime_ns, None, report)
    if removed and report.withheld > withheld:
        del report.kept_back[withheld:]
        report.took_out(path)


def _count_unchanged(
    path: str, known: tuple[int, int, str, str | None, str], report: IndexReport
) -> None:
    """An unchanged file: its old problem said again, or counted as unchanged."""
    if known[4]:
        report.problems.append((path, f"{path}: {known[4]}"))
    else:
        report.unchanged += 1


def _read(path: str, size: int, report: IndexReport) -> tuple[bytes, str] | None:
    """(the file's bytes, "" or why they are no brief); None, with the problem reported,
    when the file cannot be read."""
    try:
        if size > MAX_BRIEF_BYTES:
            raise BriefError(f"the file is {size / 1e6:.0f} MB, too large for a brief")
        return Path(path).read_bytes(), ""
    except BriefError as exc:
        return b"", str(exc)
    except OSError as exc:
        report.problems.append((path, f"{path}: cannot read: {exc.strerror or exc}"))
        return None


def _store(
    lib: SqlBase,
    brief: Brief,
    file: tuple[str, int, int, str],
    known: tuple[int, int, str, str | None, str] | None,
    report: IndexReport,
) -> None:
    """A parsed brief into the index (not even its name above the ceiling), counted by what
    storing it did: added, updated, a copy of one elsewhere, moved or unchanged."""
    path, size, mtime_ns, sha = file
    key = entry_key(lib, brief.id, path, sha)
    if above_ceiling(brief.marking, lib.ceiling):
        # Not even its name goes to a database cleared for less — from this desk. Only this
        # file's row goes: the entry stays while another file (another desk's) holds it.
        if lib.forget_file(path):
            report.took_out(path)
            return
        report.kept_back.append(path)
        report.kept_elsewhere.extend(p for p, _sha in lib.other_files_of(key, path))
        return
    digest = replace(digest_brief(brief, path, sha), brief_id=key)
    outcome = lib.store(digest, (path, size, mtime_ns, sha, key, ""))
    if outcome in ("added", "updated"):
        _split_stale(lib, key, path, sha)
    if outcome == "added":
        report.added += 1
    elif outcome == "updated":
        report.updated += 1
    elif known is None and any(
        os.path.exists(other) for other, _ in lib.other_files_of(brief.id, path)
    ):
        report.copies += 1  # the same brief in another file that is still there
        keep_original(lib, key)  # not whichever copy the scan met last (newcomer9 N9-07)
    elif known is None:
        report.moved += 1
    else:
        report.unchanged += 1
