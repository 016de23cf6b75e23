"""Adding several files: one box lists every refused file with its reason; good ones are added."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from tests.gui.conftest import SAMPLE_ARTICLE, PromptLog, wait_idle


def _bad_files(folder: Path) -> list[Path]:
    folder.mkdir()
    bad = [folder / "nowhere.txt"]  # missing
    for i in range(3):
        junk = folder / f"junk{i}.pdf"
        junk.write_bytes(b"%PDF-1.4 not really a pdf" + bytes(range(256)) * 4)
        bad.append(junk)
    for i in range(3):
        empty = folder / f"empty{i}.txt"
        empty.write_text("", encoding="utf-8")
        bad.append(empty)
    return bad


def test_seven_bad_files_of_eight_are_one_box(
    window: Any, qtbot: Any, prompt_log: PromptLog, tmp_path: Path
) -> None:
    good = tmp_path / "article.txt"
    shutil.copy(SAMPLE_ARTICLE, good)
    bad = _bad_files(tmp_path / "bad")
    window.add_source_files([good, *bad])
    wait_idle(qtbot, window)
    assert len(prompt_log.errors) == 1
    box = prompt_log.errors[0]
    assert box.startswith("Could not add 7 of 8 files | 1 file was added.")
    lines = [line for line in box.split("\n") if line.startswith("• ")]
    assert [line[2:].split(":")[0] for line in lines] == [p.name for p in bad]  # as chosen
    assert all(len(line.split(": ", 1)[1]) > 3 for line in lines)  # each with its reason
    assert len(window.doc.brief.sources) == 1


def test_one_bad_file_keeps_the_plain_box(
    window: Any, qtbot: Any, prompt_log: PromptLog, tmp_path: Path
) -> None:
    missing = tmp_path / "nowhere.txt"
    window.add_source_files([missing])
    wait_idle(qtbot, window)
    assert len(prompt_log.errors) == 1
    assert prompt_log.errors[0].startswith("Cannot add source | nowhere.txt: ")


def test_all_good_files_say_nothing(
    window: Any, qtbot: Any, prompt_log: PromptLog, tmp_path: Path
) -> None:
    good = tmp_path / "article.txt"
    shutil.copy(SAMPLE_ARTICLE, good)
    window.add_source_files([good])
    wait_idle(qtbot, window)
    assert prompt_log.errors == [] and len(window.doc.brief.sources) == 1


def test_articles_already_in_the_brief_join_the_one_box(
    window: Any, qtbot: Any, prompt_log: PromptLog, tmp_path: Path
) -> None:
    good = tmp_path / "article.txt"
    shutil.copy(SAMPLE_ARTICLE, good)
    window.add_source_files([good])
    wait_idle(qtbot, window)
    again = [tmp_path / f"copy{i}.txt" for i in range(3)]
    for path in again:
        shutil.copy(SAMPLE_ARTICLE, path)
    window.add_source_files([*again, tmp_path / "nowhere.txt"])
    wait_idle(qtbot, window)
    assert prompt_log.infos == []  # no "Already a source" box per file
    assert len(prompt_log.errors) == 1
    box = prompt_log.errors[0]
    assert box.startswith("Could not add 4 of 4 files | These were not:")
    assert box.count("already in the brief as") == 3 and "nowhere.txt: file not found" in box
    assert len(window.doc.brief.sources) == 1


def test_a_text_file_named_docx_is_added_with_its_warning_said(
    window: Any, qtbot: Any, prompt_log: PromptLog, tmp_path: Path
) -> None:
    """newcomer18 N18-14: the window said nothing of the command line's warning."""
    wrong = tmp_path / "wrong_template.docx"
    wrong.write_text(
        "This is not a template\n\nIt is plain text that someone saved with a .docx name.",
        encoding="utf-8",
    )
    window.add_source_files([wrong, tmp_path / "nowhere.txt"])
    wait_idle(qtbot, window)
    assert len(window.doc.brief.sources) == 1
    box = prompt_log.errors[0]
    assert "Added, with a warning:\n• wrong_template.docx: named .docx but holds plain text" in box
    # The status line's list of what was added says it too (it may be overwritten later
    # by the reading's own line, so it is checked on its own).
    from briefdesk.gui.source_status import batch_line

    added = window.doc.brief.sources[0]
    line = batch_line(added, window.doc.brief, [(wrong, [added])], 2)
    assert "(named .docx but holds plain text" in line
