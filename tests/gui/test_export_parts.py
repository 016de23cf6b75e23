"""The Export dialog's parts, each on its own: the request's suffix, how a template check
reads, and the folder/replace questions asked before writing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from briefdesk.export.marking_context import PARTLY_MESSAGE, UNSHOWN_MESSAGE
from briefdesk.gui.export_destination import destination_ready
from briefdesk.gui.export_target import ExportRequest
from briefdesk.gui.export_template_state import read_check
from briefdesk.model import Brief, Marking
from briefdesk.model.codes import MarkingScheme

from .conftest import PromptLog


def test_the_request_gets_its_format_suffix(tmp_path: Path) -> None:
    request = ExportRequest("standard", "pdf", tmp_path / "note.docx", open_after=False)
    assert request.with_format_suffix().out == tmp_path / "note.pdf"
    same = ExportRequest("standard", "docx", tmp_path / "note.DOCX", open_after=True)
    assert same.with_format_suffix() is same


def test_a_check_reads_errors_warnings_and_the_unshown_marking() -> None:
    warning = f"warning: {UNSHOWN_MESSAGE}"
    unmarked = Brief()
    assert read_check([warning], unmarked).found == []
    assert read_check([warning], unmarked).heading == "Template checked: no problems."
    marked = Brief(marking=Marking(scheme=MarkingScheme.TLP, level="AMBER"))
    reading = read_check([warning, "unknown variable 'x' in paragraph 3"], marked)
    assert reading.errors == ["unknown variable 'x' in paragraph 3"]
    assert "cannot be used" in reading.heading
    assert read_check([warning], marked).heading.startswith("Template checked — you can export")
    assert read_check("not a list", marked).found == []
    # A warning naming only some page kinds (C9-1) is the same warning: aside for an unmarked brief.
    partly = f"warning: {PARTLY_MESSAGE.format(where='section 2 running pages')}"
    assert read_check([partly], unmarked).found == []
    assert read_check([partly], marked).found == [partly]


def test_destination_asks_before_creating_a_folder_or_replacing_a_file(
    qtbot: Any, tmp_path: Path, prompt_log: PromptLog
) -> None:
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    out = tmp_path / "new-folder" / "note.docx"
    prompt_log.yes = False
    assert not destination_ready(parent, out, None)
    assert not out.parent.exists() and "does not exist" in prompt_log.questions[-1]
    prompt_log.yes = True
    assert destination_ready(parent, out, None) and out.parent.is_dir()
    out.write_bytes(b"old")
    prompt_log.yes = False
    assert not destination_ready(parent, out, None)
    assert "already exists" in prompt_log.questions[-1]
    asked = len(prompt_log.questions)
    assert destination_ready(parent, out, out)  # the Save dialog already asked
    assert len(prompt_log.questions) == asked


def test_a_first_export_opens_in_documents_then_where_the_user_last_exported(
    tmp_path: Path,
) -> None:
    import os

    from briefdesk.gui.export_target import EXPORT_FOLDER_KEY, export_folder
    from briefdesk.settings import Settings

    home = Path(os.environ["BRIEFDESK_HOME"])
    assert export_folder(Settings()) == home / "documents"
    assert (home / "documents").is_dir()
    last = tmp_path / "exports"
    last.mkdir()
    assert export_folder(Settings(window_state={EXPORT_FOLDER_KEY: str(last)})) == last
    gone = Settings(window_state={EXPORT_FOLDER_KEY: str(tmp_path / "deleted")})
    assert export_folder(gone) == home / "documents"
