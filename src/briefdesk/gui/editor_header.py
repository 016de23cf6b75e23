"""The editor's Header and Summary tabs: the note's header fields, marking and prose."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout

from briefdesk.gui.bindings import ComboBinding, DateBinding, LineBinding, TextBinding, enum_choices
from briefdesk.gui.editor_base import EditorBase
from briefdesk.gui.editor_widgets import MarkingEditor
from briefdesk.model.codes import BriefKind, BriefStatus
from briefdesk.review import bluf_line_count

PROSE_HINT = "Paragraphs, '- ' bullets, '1.' numbers, **bold**, *italic*"


class HeaderTabs(EditorBase):
    """Mixed into BriefEditor: the tabs of single fields (no record lists)."""

    def _build_header(self) -> None:
        layout = self._page("&Header", ["header", "marking"])
        form = self._form()
        box = QGroupBox("Header")
        grid = QFormLayout(box)
        grid.addRow(
            "&Title", form.add(LineBinding("header.title", placeholder="Headline of the note"))
        )
        grid.addRow("Su&bject", form.add(LineBinding("header.subject")))
        grid.addRow("&Kind", form.add(ComboBinding("header.kind", enum_choices(BriefKind))))
        grid.addRow("&Status", form.add(ComboBinding("header.status", enum_choices(BriefStatus))))
        grid.addRow("Date", form.add(DateBinding("header.date")))  # Alt+D: the Deals tab
        grid.addRow("Critical date", form.add(DateBinding("header.critical_date")))
        grid.addRow("Critical reason", form.add(LineBinding("header.critical_reason")))
        grid.addRow("T&o", form.add(LineBinding("header.to")))
        grid.addRow("Through", form.add(LineBinding("header.through")))
        grid.addRow("Cleared by", form.add(LineBinding("header.cleared_by")))
        grid.addRow("File number", form.add(LineBinding("header.file_number")))
        layout.addWidget(box)

        author = QGroupBox("From")
        grid = QFormLayout(author)
        grid.addRow("Name", form.add(LineBinding("header.from.name")))
        grid.addRow("Title", form.add(LineBinding("header.from.title")))
        grid.addRow("Unit", form.add(LineBinding("header.from.unit")))
        grid.addRow("Phone", form.add(LineBinding("header.from.phone")))
        grid.addRow("Email", form.add(LineBinding("header.from.email")))
        layout.addWidget(author)

        marking = QGroupBox("&Marking")
        marking_layout = QVBoxLayout(marking)
        self.marking = MarkingEditor(self.doc)
        marking_layout.addWidget(self.marking)
        layout.addWidget(marking)
        layout.addStretch(1)
        self.header_form = form

    def _build_summary(self) -> None:
        layout = self._page(
            "S&ummary",
            ["bluf", "purpose", "background", "current_status", "considerations", "notes"],
        )
        form = self._form()
        self.bluf_lines = QLabel()
        self.bluf_lines.setObjectName("bluf-lines")
        bluf = form.add(TextBinding("bluf", "Bottom line up front — at most four lines", 4))
        bluf.setAccessibleName("BLUF")
        layout.addWidget(QLabel("<b>BLUF</b> — bottom line up front"))
        layout.addWidget(bluf)
        layout.addWidget(self.bluf_lines)
        for rel, title in (
            ("purpose", "Purpose / issue"),
            ("background", "Background"),
            ("current_status", "Current status"),
            ("considerations", "Considerations"),
            ("notes", "Notes"),
        ):
            layout.addWidget(QLabel(f"<b>{title}</b>"))
            widget = form.add(TextBinding(rel, PROSE_HINT, 4))
            widget.setAccessibleName(title)
            layout.addWidget(widget)
        layout.addStretch(1)
        self.summary_form = form
        self.doc.changed.connect(self._update_bluf_count)
        self._update_bluf_count("")

    def _update_bluf_count(self, path: str) -> None:
        if path in ("", "bluf"):
            lines = bluf_line_count(self.doc.brief.bluf)
            over = lines > 4
            colour = "#c0392b" if over else "palette(mid)"
            self.bluf_lines.setText(
                f"<span style='color:{colour}'>About {lines} printed line"
                f"{'s' if lines != 1 else ''} (keep to 4)</span>"
            )
