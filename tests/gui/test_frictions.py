"""Small frictions of issue 13: export folder and name, Save dialog folder, no needless
"Save changes?", focus after Add judgment."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from briefdesk.gui.export_dialog import ExportDialog
from briefdesk.gui.export_target import slug as _slug

from .conftest import PromptLog, wait_idle


def test_export_creates_a_missing_folder_and_the_save_dialog_keeps_to_the_briefs(
    window: Any, qtbot: Any, tmp_path: Path, prompt_log: PromptLog
) -> None:
    window.doc.set_value("header.title", "Jets for Baku")
    window.doc.set_value("bluf", "Pakistan sells jets.")
    window.settings.open_after_export = False
    dialog = ExportDialog(window.doc, window.runner, window.settings, window)
    qtbot.addWidget(dialog)
    out = tmp_path / "new" / "folder" / "jets.docx"
    dialog.out.setText(str(out))
    dialog.save_brief.setChecked(False)
    dialog.start_export()
    wait_idle(qtbot, window)
    assert out.exists()
    assert any("does not exist. Create it" in q for q in prompt_log.questions)
    assert window.doc.path is None  # not asked to save the brief too
    prompt_log.save_path = None
    window.save_as()
    # N25-16: a brief goes where briefs live, not into the export folder
    from briefdesk.paths import documents_dir

    proposed = documents_dir() / "Briefs" / "Jets-for-Baku.brief"
    assert str(proposed) in prompt_log.questions[-1]
    assert str(out.parent) not in prompt_log.questions[-1]


def test_export_saves_a_new_brief_next_to_it(window: Any, qtbot: Any, tmp_path: Path) -> None:
    window.doc.set_value("header.title", "Jets")
    window.settings.open_after_export = False
    dialog = ExportDialog(window.doc, window.runner, window.settings, window)
    qtbot.addWidget(dialog)
    dialog.out.setText(str(tmp_path / "jets.docx"))
    assert dialog.save_brief.isChecked()
    dialog.start_export()
    wait_idle(qtbot, window)
    assert window.doc.path == tmp_path / "jets.brief" and not window.doc.dirty


def test_default_export_name_is_cut_between_words() -> None:
    title = (
        "Pakistan to sell JF-17C Block-III fighter jets and trainers to Azerbaijan in a "
        "landmark deal for the Azerbaijani Air Force"
    )
    name = _slug(title)
    assert len(name) <= 60 and title.replace(" ", "-").startswith(name)
    assert name.endswith("jets-and-trainers")  # not on "…-trainers-to"
    assert not name.endswith("-")


def test_a_long_drafted_title_makes_a_name_near_60_characters() -> None:
    """N17-09: a 92-character title was a 92-character file name; cut at a word near 60,
    with no cut word and no punctuation left at its end."""
    title = "Defence Materiel Directorate awards Kestrel Marine Systems Ltd contract for vessels."
    name = _slug(title)
    assert name == "Defence-Materiel-Directorate-awards-Kestrel-Marine-Systems"
    assert _slug("Talks on the ferry loan: what next?") == "Talks-on-the-ferry-loan-what-next"
    assert _slug("Loan - Harlow -") == "Loan-Harlow"


def test_a_drafted_title_is_the_whole_file_name() -> None:
    """N10-27: "…-Grot-M-armoured-carriers-to-Armament" lost "Agency" at 60 characters."""
    title = "Vistula Defence to sell Grot-M armoured carriers to Armament Agency"
    assert _slug(title) == title.replace(" ", "-")


def test_no_save_question_when_the_brief_is_as_saved(
    window: Any, tmp_path: Path, prompt_log: PromptLog
) -> None:
    prompt_log.save_path = tmp_path / "a.brief"
    window.doc.set_value("header.title", "Saved")
    assert window.save()
    window.doc.set_value("header.title", "Saved and changed")
    window.doc.set_value("header.title", "Saved")  # typed back
    assert window.doc.dirty
    questions = len(prompt_log.questions)
    window.new_file()
    assert len(prompt_log.questions) == questions
    assert window.doc.brief.header.title == ""


def test_add_judgment_puts_the_cursor_in_the_statement(window: Any, qtbot: Any) -> None:
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    judgments = window.editor.lists["significance.judgments"]
    window.editor.setCurrentIndex(window.editor.tab_of("significance"))
    judgments.add_button.click()
    statement = judgments.form.widget_for("significance.judgments[0].statement")
    assert QApplication.focusWidget() is statement


def test_title_placeholder_is_not_confused_with_the_subject_field(window: Any) -> None:
    """The Title field once said "Subject line" right above a separate Subject field."""
    from PySide6.QtWidgets import QLineEdit

    hints = [edit.placeholderText() for edit in window.editor.findChildren(QLineEdit)]
    assert "Subject line" not in hints
    assert "Headline of the note" in hints


def test_the_proposed_export_name_follows_the_template_but_a_typed_one_stays(
    window: Any, qtbot: Any, tmp_path: Path
) -> None:
    """newcomer12 N12-12: after exporting the standard note (which saved b1.brief beside it),
    choosing the memo kept "b1.docx", and Enter replaced the note with the memo."""
    window.doc.set_value("header.title", "Jets")
    window.doc.path = tmp_path / "b1.brief"
    window.settings.last_template = "standard"
    dialog = ExportDialog(window.doc, window.runner, window.settings, window)
    qtbot.addWidget(dialog)
    dialog.set_format("docx")
    assert dialog.out.text() == str(tmp_path / "b1.docx")
    dialog.set_template("bluf")
    assert dialog.out.text() == str(tmp_path / "b1-memo.docx")
    dialog.set_template("deal-sheet")
    assert dialog.out.text() == str(tmp_path / "b1-deal-sheet.docx")
    dialog.set_format("md")
    assert dialog.out.text() == str(tmp_path / "b1-deal-sheet.md")
    dialog.set_template("standard")
    assert dialog.out.text() == str(tmp_path / "b1.md")
    # A name the user typed is theirs: only its suffix follows the format.
    dialog.out.setText(str(tmp_path / "for-the-minister.md"))
    dialog.set_template("bluf")
    dialog.set_format("docx")
    assert dialog.out.text() == str(tmp_path / "for-the-minister.docx")
