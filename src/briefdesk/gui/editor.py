"""The brief editor: one tab per part of the brief, every field bound to its path.

The tabs are built by gui/editor_header.py (Header, Summary) and gui/editor_lists.py (the
record lists); this module places them and moves between them (``focus_path``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QScrollArea, QTabWidget, QVBoxLayout, QWidget

from briefdesk.gui import fieldpath
from briefdesk.gui.document import BriefDocument
from briefdesk.gui.editor_header import HeaderTabs
from briefdesk.gui.editor_lists import ListTabs
from briefdesk.gui.forms import Form
from briefdesk.gui.records import RecordList


def _scroll(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    # The page itself is no Tab stop: from the tab bar, Tab goes straight to the first field
    # (an invisible stop there looked like a lost keyboard).
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area


class BriefEditor(HeaderTabs, ListTabs, QTabWidget):
    """Tabs: Header, Summary, Actors, Deals, Significance, Options, Sources, Places (Ctrl+1…8)."""

    recordSelected = Signal(str)  # path of the record whose evidence should be shown

    def __init__(self, doc: BriefDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setDocumentMode(True)
        self.tabBar().setElideMode(Qt.TextElideMode.ElideNone)
        self.tabBar().setExpanding(False)
        self.forms: list[Form] = []
        self.lists: dict[str, RecordList] = {}
        self._tab_of: dict[str, int] = {}
        self._first_list: dict[int, RecordList] = {}
        self._build_header()
        self._build_summary()
        self._build_actors()
        self._build_deals()
        self._build_significance()
        self._build_options()
        self._build_sources()
        self._build_places()
        for key in ("actors", "places", "deals", "significance.judgments"):
            self.lists[key].enable_citing()
        self.last_record = ""
        self.currentChanged.connect(self._tab_changed)
        from briefdesk.gui.tab_fit import TabFit

        self.tab_fit = TabFit(self)  # a narrow editor keeps every tab in sight

    def _tab_changed(self, index: int) -> None:
        """Showing a tab shows the evidence of the record selected on it."""
        records = self._first_list.get(index)
        if records is not None:
            self._record_selected(records.current_path())

    # --- helpers ------------------------------------------------------------------------------
    def _page(self, title: str, prefixes: list[str]) -> QVBoxLayout:
        page = QWidget()
        layout = QVBoxLayout(page)
        index = self.addTab(_scroll(page), title)
        for prefix in prefixes:
            self._tab_of[prefix] = index
        return layout

    def _form(self, base: str = "") -> Form:
        form = Form(self.doc, base, self)
        self.forms.append(form)
        return form

    def _register(self, key: str, records: RecordList) -> RecordList:
        self.lists[key] = records
        self._first_list.setdefault(self.count() - 1, records)
        records.currentChanged.connect(self._record_selected)
        return records

    def _record_selected(self, path: str) -> None:
        if path:
            self.last_record = path
        self.recordSelected.emit(path)

    # --- navigation ---------------------------------------------------------------------------
    def focus_path(self, path: str) -> bool:
        """Show the tab, select the record and focus the widget for a field path."""
        parts = fieldpath.parse(path) if path else []
        if not parts:
            return False
        head = str(parts[0])
        key = head
        if head == "significance" and len(parts) > 1 and isinstance(parts[1], str):
            key = f"significance.{parts[1]}"
        tab = self._tab_of.get(head)
        if tab is None:
            return False
        self.setCurrentIndex(tab)
        records = self.lists.get(key)
        if records is not None:
            prefix_len = 2 if key.startswith("significance.") else 1
            row = parts[prefix_len] if len(parts) > prefix_len else None
            if isinstance(row, int):
                records.select_row(row)
                nested_key = None
                if key == "deals" and len(parts) > 3 and isinstance(parts[2], str):
                    nested_key = f"deals.{parts[2]}"
                if nested_key in self.lists and len(parts) > 3 and isinstance(parts[3], int):
                    self.lists[nested_key].select_row(parts[3])
                    widget = self.lists[nested_key].form.widget_for(path)
                else:
                    widget = records.form.widget_for(path)
            else:
                widget = records.table
            if widget is None:
                widget = records.table  # a record without a widget of its own: its row
            if head == "sources" and path.endswith((".reliability", ".credibility")):
                widget = self.grade  # both halves of the grade are typed in one field
        else:
            widget = None
            for form in self.forms:
                widget = form.widget_for(path)
                if widget is not None:
                    break
            if widget is None and head == "marking":
                widget = self.marking.scheme
        if widget is None:
            return False
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        current = self.currentWidget()
        if isinstance(current, QScrollArea):
            current.ensureWidgetVisible(widget)
        return True

    def tab_of(self, path: str) -> int:
        """The tab showing ``path`` (-1 when none)."""
        head = path.split(".", 1)[0].split("[", 1)[0]
        return self._tab_of.get(head, -1)

    def selected_record(self) -> str:
        """Path of the record the user last selected (for "cite as evidence")."""
        path = self.last_record
        return path if path and self.doc.exists(path) else ""

    def refresh_all(self) -> None:
        for form in self.forms:
            form.refresh()
        for records in self.lists.values():
            records.reload()
