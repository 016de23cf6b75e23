"""One answer for one "Add source files…": the files that could not be added, in one box.

Each file imports as its own job off the GUI thread; the batch lands each file's articles as
soon as they are read (newcomer21 N21-11: a good file no longer waits behind a huge one picked
before it), placed among the batch's sources in the order the files were picked, so the
sources' numbers and the one shown at the end never depend on which job ended first
(newcomer14 N14-13, N14-22). When the last has
answered it shows a single box listing every refused file with its one-line reason — as the
command line ends with one summary — instead of one modal box per file. A batch whose jobs were
cancelled (another brief opened) never speaks.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any


def _named(path: Path, message: str) -> str:
    """``name: reason`` — the importer often names the file itself (never say it twice); the
    whole path would make every line of the list wrap, and they all came from one choice."""
    for said in (f"{path}:", f"{path.name}:"):
        if message.startswith(said):
            message = message[len(said) :].lstrip()
            break
    return f"{path.name}: {message}"


class ImportBatch:
    def __init__(
        self,
        paths: list[Path],
        report: Callable[[str, str], None],
        left_out: list[str] | None = None,
        note: str = "",
        land: Callable[[Path, list[object], int], None] | None = None,
        finished: Callable[[], None] | None = None,
    ) -> None:
        """``left_out``: "name: reason" lines of files never imported (a dropped folder's
        non-articles), listed in the same box; ``note``: a closing paragraph (files over the
        cap, sub-folders); ``land(path, found, position)``: adds one file's articles as soon
        as they are read (``before_id(position)`` says where they go); ``finished()``: after the
        last file landed, before the box."""
        self.paths = list(paths)
        self._land = land
        self._finished = finished
        self._answered_at: set[int] = set()  # positions whose job has answered
        self._added: dict[int, tuple[Path, list[Any]]] = {}  # position → (file, its sources)
        self._report = report  # (title, text) → the window's error box
        self._waiting = len(self.paths)
        self._refused: dict[int, str] = {}  # position in the choice → "name: reason"
        self._left_out = list(left_out or [])
        self._note = note
        self._warned: dict[int, str] = {}  # position → "name: warning" of a file added

    def warned(self, path: Path, warnings: list[str]) -> None:
        """A file added with import warnings ("named .docx but holds plain text"): listed in
        the box too, as the command line prints them (newcomer18 N18-14)."""
        if warnings:
            at = self.paths.index(path)
            self._warned[at] = _named(path, "; ".join(warnings))

    def done(self, _path: Path) -> None:
        self._answered()

    def arrived(self, path: Path, found: list[object]) -> None:
        """One file's import ended: its articles land now, whatever is still being read."""
        at = self._position(path)
        if self._land is not None:
            self._land(path, found, at)
        self._answered()

    def failed(self, path: Path, message: str) -> None:
        self._refused[self._position(path)] = _named(path, message)
        self._answered()

    def landed(self, position: int, path: Path, sources: list[Any]) -> None:
        """The sources one file added (called by ``land``)."""
        self._added[position] = (path, sources)

    @property
    def added(self) -> list[tuple[Path, list[Any]]]:
        """(file, its sources) in the order the files were picked, not the order they ended."""
        return [self._added[i] for i in sorted(self._added)]

    def before_id(self, position: int) -> str | None:
        """The id of the first source landed from a file picked after ``position`` (the new
        ones go before it), or None: after every source."""
        later = [i for i in sorted(self._added) if i > position and self._added[i][1]]
        return str(self._added[later[0]][1][0].id) if later else None

    def _position(self, path: Path) -> int:
        """The first not-yet-answered position of ``path`` (a file picked twice has two)."""
        spots = [i for i, p in enumerate(self.paths) if p == path]
        at = next((i for i in spots if i not in self._answered_at), spots[0])
        self._answered_at.add(at)
        return at

    def skipped(self, path: Path, message: str) -> None:
        """An article of ``path`` that was not added (already a source): listed, not counted as
        an answer — the file's job still ends with :meth:`done`."""
        at = self.paths.index(path)
        line = _named(path, message)
        self._refused[at] = (
            f"{self._refused[at]}; {line.split(': ', 1)[1]}" if at in self._refused else line
        )

    @property
    def refused(self) -> list[str]:
        """In the order the files were chosen, not the order the jobs happened to end."""
        return [self._refused[i] for i in sorted(self._refused)]

    def _answered(self) -> None:
        self._waiting -= 1
        if self._waiting != 0:
            return
        if self._finished is not None:
            self._finished()
        refused = self.refused + self._left_out
        warned = [self._warned[i] for i in sorted(self._warned)]
        if refused:
            title, text = summary(refused, len(self.paths) + len(self._left_out))
            self._report(title, f"{text}{_warned_text(warned)}\n\n{self._note}".strip())
        elif self._note:
            self._report("Some files were not imported", f"{self._note}{_warned_text(warned)}")


def summary(refused: list[str], total: int) -> tuple[str, str]:
    """The box's title and text: one line per refused file, the added count when some were."""
    if total == 1:
        return "Cannot add source", refused[0]
    added = total - len(refused)
    title = f"Could not add {len(refused)} of {total} files"
    head = f"{added} file{'s were' if added != 1 else ' was'} added. " if added else ""
    lines = "\n".join(f"• {line}" for line in refused)
    return title, f"{head}These were not:\n{lines}"


def _warned_text(warned: list[str]) -> str:
    """The files added with a warning, after the refused ones ("" when none)."""
    if not warned:
        return ""
    return "\n\nAdded, with a warning:\n" + "\n".join(f"• {line}" for line in warned)
