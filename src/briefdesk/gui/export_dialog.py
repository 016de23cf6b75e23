"""Export: pick a template (built-in, user folder, or a file), a format and where to write."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from briefdesk.gui import core, prompts
from briefdesk.gui.document import BriefDocument
from briefdesk.gui.export_destination import destination_ready
from briefdesk.gui.export_target import (
    EXPORT_FOLDER_KEY,
    FORMATS,
    ExportRequest,
    export_folder,
    export_stem,
    slug,
)
from briefdesk.gui.export_template_state import (
    not_ready,
    read_check,
    readiness_text,
    template_entries,
    template_path,
    worth_a_look,
)
from briefdesk.gui.preview import soffice_path
from briefdesk.gui.runner import TaskRunner
from briefdesk.gui.wheel_guard import guard as guard_wheel
from briefdesk.settings import Settings

# Kept importable from here, as before the split.
__all__ = [
    "EXPORT_FOLDER_KEY",
    "FORMATS",
    "ExportDialog",
    "ExportRequest",
    "export_folder",
]


class ExportDialog(QDialog):
    exported = Signal(str)  # output path
    failed = Signal(str)
    checked = Signal(list)  # template errors (empty: usable; warnings are only shown)

    def __init__(
        self,
        doc: BriefDocument,
        runner: TaskRunner,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export brief")
        self._confirmed: Path | None = None
        self._suggested = ""  # the output path as the dialog last proposed it
        self.doc = doc
        self.runner = runner
        self.settings = settings
        self.template = QComboBox()
        guard_wheel(self.template)
        self.template.setAccessibleName("Template")
        self._builtin: set[str] = set()
        for label, ident, builtin in template_entries(settings):
            self.template.addItem(label, ident)
            if builtin:
                self._builtin.add(ident)
        from briefdesk.gui.export_template_marks import mark_unusable

        mark_unusable(self.template, runner, self._builtin)  # newcomer9 N9-14
        browse_template = QPushButton("&Browse…")
        browse_template.setAutoDefault(False)
        browse_template.clicked.connect(self._browse_template)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template, 1)
        template_row.addWidget(browse_template)

        self.formats = QButtonGroup(self)
        format_row = QHBoxLayout()
        for fmt, label in FORMATS:
            button = QRadioButton(label)
            button.setProperty("fmt", fmt)
            self.formats.addButton(button)
            format_row.addWidget(button)
            if fmt == "pdf" and soffice_path() is None:
                button.setEnabled(False)
                button.setToolTip("PDF needs LibreOffice (soffice), which is not installed")
            if fmt == (settings.last_export_format or "docx") and button.isEnabled():
                button.setChecked(True)
        if self.formats.checkedButton() is None:
            self.formats.buttons()[0].setChecked(True)
        format_row.addStretch(1)

        self.out = QLineEdit()
        self.out.setAccessibleName("Output file")
        browse_out = QPushButton("Choose…")
        browse_out.setAutoDefault(False)
        browse_out.clicked.connect(self._browse_out)
        out_row = QHBoxLayout()
        out_row.addWidget(self.out, 1)
        out_row.addWidget(browse_out)
        self.open_after = QCheckBox("&Open the file after export")
        self.open_after.setChecked(settings.open_after_export)
        # A brief never saved is easily lost after exporting it: offer to keep it beside.
        self.save_brief = QCheckBox("Also save the &brief next to it (.brief)")
        self.save_brief.setObjectName("export-save-brief")
        self.save_brief.setChecked(doc.path is None)
        self.save_brief.setVisible(doc.path is None)

        self.problems = QListWidget()
        self.problems.setAccessibleName("Template problems")
        # Each problem wraps: its place (part, paragraph) is the useful end of the line.
        self.problems.setWordWrap(True)
        self.problems.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problems.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.problems.setMaximumHeight(140)
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.readiness = QLabel()
        self.readiness.setObjectName("export-readiness")
        self.readiness.setWordWrap(True)

        from briefdesk.gui.export_fillin import ExportFillIn

        # The marking and author a new user has not set, asked here (N15-11).
        self.fillin = ExportFillIn(doc, settings)
        self.fillin.marking.currentIndexChanged.connect(lambda _i: self._show_readiness())
        self.fillin.name.textChanged.connect(lambda _t: self._show_readiness())
        form = QFormLayout()
        form.addRow(_buddy("&Template", self.template), template_row)
        form.addRow("Format", format_row)
        form.addRow(_buddy("&Save to", self.out), out_row)
        form.addRow("", self.open_after)
        form.addRow("", self.save_brief)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            "&Export", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.start_export)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.fillin)
        layout.addWidget(self.readiness)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

        last = self.template.findData(settings.last_template)
        if last >= 0:
            self.template.setCurrentIndex(last)
        self.template.currentIndexChanged.connect(lambda _i: self._template_changed())
        self.formats.buttonToggled.connect(lambda *_: self._suggest_out())
        self.formats.buttonToggled.connect(lambda *_: self._check_opener())
        self._check_opener()
        self._template_changed()
        self.setMinimumWidth(640)
        self.adjustSize()

    # --- data in and out ----------------------------------------------------------------------
    def fmt(self) -> str:
        button = self.formats.checkedButton()
        return str(button.property("fmt")) if button else "docx"

    def set_format(self, fmt: str) -> None:
        for button in self.formats.buttons():
            if button.property("fmt") == fmt:
                button.setChecked(True)

    def set_template(self, ident: str) -> None:
        index = self.template.findData(ident)
        if index < 0:
            self.template.addItem(Path(ident).name, ident)
            index = self.template.count() - 1
        self.template.setCurrentIndex(index)

    def request(self) -> ExportRequest:
        return ExportRequest(
            template=str(self.template.currentData() or ""),
            fmt=self.fmt(),
            out=Path(self.out.text().strip()).expanduser(),
            open_after=self.open_after.isChecked() and not self.open_after.isHidden(),
            save_brief=not self.save_brief.isHidden() and self.save_brief.isChecked(),
        )

    # --- behaviour ----------------------------------------------------------------------------
    def _check_opener(self) -> None:
        """Offer "Open the file after export" only when a program would open the format."""
        from briefdesk.gui import open_handler

        suffix = "." + self.fmt()
        answer = open_handler.known(suffix)
        if answer is not None:
            self.open_after.setHidden(not answer)
            return
        self.open_after.hide()  # until asked: an offer that vanishes would be worse
        self.runner.submit(
            "Looking for a program to open the export",
            open_handler.handler_job,
            suffix,
            on_done=lambda has: self._opener(suffix, has),
        )

    def _opener(self, suffix: str, has: bool) -> None:
        if "." + self.fmt() == suffix:
            self.open_after.setHidden(not has)

    def _suggest_out(self) -> None:
        """A name of the user's own follows only the format; one the dialog proposed follows
        the template too (``-memo``, ``-deal-sheet``)."""
        current = self.out.text().strip()
        if current and current != self._suggested:
            self.out.setText(str(Path(current).with_suffix("." + self.fmt())))
            return
        folder = self.doc.path.parent if self.doc.path else export_folder(self.settings)
        stem = self.doc.path.stem if self.doc.path else slug(self.doc.brief.header.title)
        ident = str(self.template.currentData() or "")
        self._suggested = str(folder / f"{export_stem(stem, ident)}.{self.fmt()}")
        self.out.setText(self._suggested)

    def _browse_template(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            "Choose a Word template",
            str(self.settings.user_templates_dir()),
            "Word templates (*.docx)",
        )
        if name:
            self.set_template(name)

    def _browse_out(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, "Export to", self.out.text(), f"*.{self.fmt()}")
        if name:
            self.out.setText(name)
            self._confirmed = Path(name)  # the file dialog already asked before replacing

    def not_ready(self) -> list[str]:
        """What the Checks panel marks "to fix" for this template (export is still allowed)."""
        return not_ready(self.doc.brief, str(self.template.currentData() or ""))

    def warnings(self) -> list[str]:
        """What ``briefdesk check`` warns of beside the errors (no marking, no author), less
        what the marking and author rows above now fill in."""
        brief = self.doc.brief
        marking, author = self.fillin.chosen_marking(), self.fillin.chosen_author()
        if marking is not None or author is not None:
            header = brief.header.model_copy(update={"from_": author or brief.header.from_})
            brief = brief.model_copy(update={"marking": marking or brief.marking, "header": header})
        return worth_a_look(brief, str(self.template.currentData() or ""))

    def _show_readiness(self) -> None:
        missing, warnings = self.not_ready(), self.warnings()
        self.readiness.setVisible(bool(missing or warnings))
        if missing or warnings:
            self.readiness.setText(readiness_text(missing, warnings))

    def _template_changed(self) -> None:
        self._suggest_out()
        self._show_readiness()
        self.problems.clear()
        self.problems.setVisible(False)
        self.problems_label.setText("")
        ident = str(self.template.currentData() or "")
        self.export_button.setEnabled(False)
        if not ident:
            return
        if ident in self._builtin:
            self.export_button.setEnabled(True)
            return
        path = template_path(ident)
        self.problems_label.setText("Checking the template…")
        self.runner.submit(
            "Checking template",
            core.check_template,
            path,
            on_done=partial(self._checked, ident),
            on_error=partial(self._check_failed, ident),
        )

    def _check_failed(self, ident: str, message: str) -> None:
        self._checked(ident, [message])

    def _checked(self, ident: str, problems: object) -> None:
        if ident != self.template.currentData():
            return
        reading = read_check(problems, self.doc.brief)
        self.problems.addItems(reading.found)
        self.problems.setVisible(bool(reading.found))
        self.problems_label.setText(reading.heading)
        self.export_button.setEnabled(not reading.errors)
        self.checked.emit(reading.errors)

    def start_export(self) -> None:
        request = self.request()
        if not request.template:
            prompts.show_error(self, "Export", "Choose a template first.")
            return
        if not request.out.name:
            prompts.show_error(self, "Export", "Choose where to save the exported file.")
            return
        request = request.with_format_suffix()
        if not self._contradictions_accepted():
            return
        if not destination_ready(self, request.out, self._confirmed):
            return
        self.export_button.setEnabled(False)
        self.export_button.setText("Exporting…")  # a grey button alone said nothing (N19-17)
        filled = self.fillin.apply()
        parent = self.parent()
        if filled:
            for name, args in (("persist_settings", ()), ("show_status", (f"Export: {filled}",))):
                call = getattr(parent, name, None)
                if callable(call):
                    call(*args)
        self.settings.last_template = request.template
        self.settings.last_export_format = request.fmt
        if not self.open_after.isHidden():  # no program to open it here: keep the choice
            self.settings.open_after_export = request.open_after
        self.settings.window_state[EXPORT_FOLDER_KEY] = str(request.out.parent)
        if request.save_brief and parent is not None:  # Save As meanwhile proposes it (N23-13)
            parent.setProperty("pending_brief", str(request.out.with_suffix(".brief")))
        self.runner.submit(
            f"Exporting {request.out.name}",
            core.export,
            self.doc.snapshot(),  # taken after the marking and author above went in
            request.template,
            request.out,
            request.fmt,
            on_done=partial(self._done, request),
            on_error=self._failed,
            now=True,  # the user waits on it: never queued behind reading or warm-up (N25-08)
        )

    def _contradictions_accepted(self) -> bool:
        """A judgment whose words contradict its likelihood or confidence is an error of the
        checks and stops `briefdesk export`: here the user is asked first (newcomer15 N15-43)."""
        from briefdesk.review import contradictions

        found = [f.message for f in contradictions(self.doc.brief)]
        if not found:
            return True
        listed = "\n".join(f"• {m[:1].upper()}{m[1:]}." for m in found)
        return prompts.ask_yes_no(
            self,
            "Judgment contradicts its likelihood",
            f"{listed}\n\nThe page would print both. Export anyway?",
        )

    def _done(self, request: ExportRequest, out: Any) -> None:
        self.export_button.setEnabled(True)
        self.export_button.setText("&Export")
        parent = self.parent()
        message = f"Exported {out}"
        if request.open_after and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(out))):
            message = (
                f"Exported {out}, but no program opened it: open it from its folder "
                "(is a word processor installed?)"
            )
            prompts.show_info(self, "Exported", message)
        self.exported.emit(str(out))
        if parent is not None:
            parent.setProperty("pending_brief", "")
        doc = getattr(parent, "doc", None)
        saved_meanwhile = getattr(doc, "path", None) is not None  # no second copy (N23-13)
        if request.save_brief and not saved_meanwhile:
            save_beside = getattr(parent, "save_beside", None)
            if callable(save_beside) and save_beside(Path(out).with_suffix(".brief")):
                message += " and saved the brief next to it"
        show_status = getattr(parent, "show_status", None)
        if callable(show_status):
            show_status(message, 10000)
        self.accept()

    def _failed(self, message: str) -> None:
        if (parent := self.parent()) is not None:
            parent.setProperty("pending_brief", "")
        self.export_button.setEnabled(True)
        self.export_button.setText("&Export")
        self.failed.emit(message)
        prompts.show_error(self, "Export failed", message)


def _buddy(text: str, widget: QWidget) -> QLabel:
    """A form label whose mnemonic (Alt+letter) moves focus to ``widget``."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label
