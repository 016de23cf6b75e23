"""Moving about the window with the keyboard: editor tabs and side panels.

A tab opens where work waits (the first thing the checks flag on it); a side panel takes the
keyboard at once; only the shown preview panel renders.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from briefdesk.gui.window_base import WindowBase


class Navigation(WindowBase):
    """Mixed into MainWindow: Ctrl+1…8 (editor tabs), Alt+1…4 (side panels)."""

    def _show_side(self, index: int) -> None:
        """Show a side panel and put the keyboard in it (arrows, Enter, Delete work at once)."""
        self.side.setCurrentIndex(index)
        panel = self.side.widget(index)
        targets: dict[QWidget, QWidget] = {
            self.suggestions_panel: self.suggestions_panel.tree,
            self.checks: self.checks.list,
            self.preview: self.preview.view,
            self.pages: self.pages.button,
        }
        if panel is self.suggestions_panel:
            self.suggestions_panel.focus_list()
        elif panel is not None:
            targets.get(panel, panel).setFocus()

    def _show_tab(self, index: int) -> None:
        """Show a tab with the keyboard where work is waiting: the first thing the checks flag
        on it (an ungraded source, a drafted BLUF), else its first field; the Header tab opens
        at its Title."""
        from briefdesk.review import review_brief

        self.editor.setCurrentIndex(index)
        if index == self.editor.tab_of("header") and self.editor.focus_path("header.title"):
            # The Header's first field, always: an empty From name once took the key, and the
            # title typed over it became the note's author (newcomer8 F5).
            _cursor_to_end(self.focusWidget())
            return
        findings = review_brief(self.doc.brief)
        # The source shown (the one Ctrl+D drafted from) first: Ctrl+7 and "A1" once graded
        # source [1] while the deal rested on [2] (newcomer14 N14-14).
        shown = next(
            (
                f"sources[{i}]."
                for i, s in enumerate(self.doc.brief.sources)
                if s.id == self.sources_pane.current_id()
            ),
            None,
        )
        if shown is not None:
            findings.sort(key=lambda f: not f.path.startswith(shown))
        for finding in findings:
            here = self.editor.tab_of(finding.path) == index
            cited = finding.path.endswith(".evidence")  # needs words from the article
            if here and not cited and self.editor.focus_path(finding.path):
                _cursor_to_end(self.focusWidget())
                return
        self.editor.currentWidget().setFocus()
        self.editor.focusNextChild()

    def _template_chosen(self, _index: int) -> None:
        """The page preview renders with the template the checks are for."""
        self.pages.template = str(self.checks.template.currentData() or "standard")
        self.preview.template = self.pages.template
        self.preview.schedule()

    def _side_changed(self, index: int) -> None:
        self.preview.set_active(self.side.widget(index) is self.preview)
        self.pages.set_active(self.side.widget(index) is self.pages)


def _cursor_to_end(widget: Any) -> None:
    """In a text field reached from a check, typing goes on after what is there. Only text
    fields: a list's or table's ``moveCursor`` is another thing (a traceback on Ctrl+4 from the
    Suggestions list, newcomer13 N13-11)."""
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        widget.moveCursor(QTextCursor.MoveOperation.End)
    elif isinstance(widget, QLineEdit):
        widget.end(False)
