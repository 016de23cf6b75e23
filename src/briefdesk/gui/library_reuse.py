"""What the window reuses from the library: the desk's confirmed actors for extraction, and an
outlet's last grade offered for a new, ungraded source of the same outlet.

Both load on the window's ``TaskRunner`` (never on the GUI thread). The gazetteer is cached in
``known`` and loaded again after each index run; an absent library leaves it empty, silently
(extraction then works as without a library).
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton

from briefdesk.extract.known import KnownActor
from briefdesk.library import jobs
from briefdesk.library.api import OutletGrade
from briefdesk.library.open import DSN_ENV


class LibraryReuse(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.known: tuple[KnownActor, ...] = ()
        self._loading = False
        self._again = False
        self._offer: tuple[str, str, OutletGrade] | None = None  # path, outlet, proposal
        self.grade_button = QPushButton()
        self.grade_button.setObjectName("source-use-last-grade")
        self.grade_button.setAutoDefault(False)
        self.grade_button.setToolTip(
            "The grade the desk last gave this outlet, from the library (Ctrl+Z undoes it)"
        )
        self.grade_button.hide()
        self.grade_button.clicked.connect(self.use_grade)
        self.sources = window.editor.lists["sources"]
        self.sources.add_row("", self.grade_button)
        self.sources.currentChanged.connect(self.check_grade)
        window.doc.changed.connect(self._doc_changed)

    def configured(self) -> bool:
        s = self.window.settings
        return bool(s.library_folders or s.library_dsn.strip() or os.environ.get(DSN_ENV, ""))

    # --- the gazetteer --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Load the confirmed actors again (at start and after indexing)."""
        if not self.configured():
            self.known = ()
            return
        if self._loading:
            self._again = True
            return
        self._loading = True
        self.window.runner.submit(
            "Loading the library's actors",
            jobs.gazetteer_job,
            self.window.library_panel.where(),
            on_done=self._loaded,
            on_error=self._not_loaded,
        )

    def _loaded(self, known: tuple[KnownActor, ...]) -> None:
        self.known = known
        self._finished()

    def _not_loaded(self, _message: str) -> None:
        self._finished()  # the library is away: extraction goes on without it

    def _finished(self) -> None:
        self._loading = False
        if self._again:
            self._again = False
            self.refresh()

    # --- an outlet's last grade -----------------------------------------------------------------
    def _doc_changed(self, path: str) -> None:
        current = self.sources.current_path()
        if current and (not path or path.startswith(current)):
            self.check_grade(current)

    def check_grade(self, path: str) -> None:
        """Offer the outlet's last grade when the selected source has an outlet and no grade."""
        source = self._source(path)
        if source is None or source.is_graded or not source.outlet.strip():
            self._hide()
            return
        if self._offer and self._offer[:2] == (path, source.outlet):
            self.grade_button.show()
            return
        self._hide()
        if not self.configured():
            return
        self.window.runner.submit(
            "Looking up the outlet's last grade",
            jobs.outlet_grade_job,
            self.window.library_panel.where(),
            source.outlet,
            self.window.doc.brief.marking,
            on_done=lambda grade: self._proposed(path, source.outlet, grade),
            on_error=lambda _m: None,
        )

    def _proposed(self, path: str, outlet: str, grade: OutletGrade | None) -> None:
        source = self._source(path)
        if (
            grade is None
            or source is None
            or source.is_graded
            or source.outlet != outlet
            or self.sources.current_path() != path
        ):
            return
        self._offer = (path, outlet, grade)
        self.grade_button.setText(f"Use {grade.grade} (last grade for {grade.outlet})")
        self.grade_button.show()

    def use_grade(self) -> None:
        if self._offer is None:
            return
        path, _outlet, grade = self._offer
        source = self._source(path)
        if source is None:
            return
        update = {"reliability": grade.grade[0], "credibility": int(grade.grade[1])}
        self.window.doc.set_value(
            path, source.model_copy(update=update), f"Use {grade.grade} for {grade.outlet}"
        )
        self._hide()

    def _hide(self) -> None:
        self._offer = None
        self.grade_button.hide()

    def _source(self, path: str) -> Any:
        if not path:
            return None
        try:
            return self.window.doc.value(path)
        except (KeyError, IndexError, ValueError, AttributeError):
            return None


def install(window: Any, panel: Any) -> LibraryReuse:
    window.library_panel = panel  # the panel's ``where()`` is the one library the window uses
    reuse = LibraryReuse(window)
    reuse.refresh()
    return reuse
