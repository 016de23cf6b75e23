"""What the editor's tab builders use of the editor, declared once for the type checker.

``BriefEditor`` (gui/editor.py) builds its tabs with mixins (gui/editor_header.py,
gui/editor_lists.py); they are typed against this base, a ``QTabWidget`` for mypy and plain
``object`` at run time, like the main window's parts (gui/window_base.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout

    from briefdesk.gui.bindings import ComboBinding
    from briefdesk.gui.document import BriefDocument
    from briefdesk.gui.editor_widgets import MarkingEditor
    from briefdesk.gui.forms import Form
    from briefdesk.gui.records import RecordList

    class EditorBase(QTabWidget):
        """The editor as its tab builders see it."""

        doc: BriefDocument
        forms: list[Form]
        lists: dict[str, RecordList]
        marking: MarkingEditor
        header_form: Form
        summary_form: Form
        bluf_lines: QLabel
        parties: RecordList
        items: RecordList
        grade: Any
        _party_actor: ComboBinding

        def _page(self, title: str, prefixes: list[str]) -> QVBoxLayout: ...
        def _form(self, base: str = "") -> Form: ...
        def _register(self, key: str, records: RecordList) -> RecordList: ...
        def _record_selected(self, path: str) -> None: ...

else:
    EditorBase = object
