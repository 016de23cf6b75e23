"""The window adds every article a file holds and shows what the import could not bring in."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path
from typing import Any

from .conftest import PromptLog, wait_idle


def _forward(path: Path) -> Path:
    outer = EmailMessage()
    outer["From"] = "Alex <alex@example.org>"
    outer["Subject"] = "Fwd: two releases"
    outer["Date"] = "Tue, 03 Mar 2026 10:02:00 +0000"
    outer.set_content("FYI\n")
    for subject in ("Poland signs K2 contract for 180 tanks", "Romania picks the Piranha 5"):
        inner = EmailMessage()
        inner["From"] = "Press <press@mod.example.gov>"
        inner["Subject"] = subject
        inner.set_content(f"{subject}, the ministry said on Tuesday in a statement.\n")
        outer.add_attachment(inner)
    path.write_bytes(bytes(outer))
    return path


def test_forwarded_articles_all_added_with_their_warnings_shown(
    window: Any, qtbot: Any, prompt_log: PromptLog, tmp_path: Path
) -> None:
    window.new_file()
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    window.add_source_files([_forward(tmp_path / "fwd.eml")])
    wait_idle(qtbot, window)
    assert prompt_log.errors == []
    titles = [s.title for s in window.doc.brief.sources]
    assert titles == ["Poland signs K2 contract for 180 tanks", "Romania picks the Piranha 5"]
    assert any("one of 2 articles in this message" in m for m in messages), messages
    assert "Cover note from Alex" in window.doc.brief.sources[0].notes


def test_misread_letters_are_said_in_a_box_with_the_windows_way_to_fix_them(
    window: Any, qtbot: Any, prompt_log: PromptLog, tmp_path: Path
) -> None:
    """newcomer10 N10-19: a garbled import was said only in a status-bar line (cut off at the
    window's edge) naming a command-line option."""
    window.new_file()
    path = tmp_path / "pariz.html"
    body = "ParИs and BerЛin signed the accord in Dakar on Tuesday.".encode("koi8_r")
    path.write_bytes(b'<html><head><meta charset="koi8-r"></head><body><p>' + body + b"</p>")
    window.add_source_files([path])
    wait_idle(qtbot, window)
    assert prompt_log.errors == []
    boxes = prompt_log.infos  # "title | message" each
    assert any("“ParИs”" in b and "File → Add source in encoding…" in b for b in boxes), boxes
