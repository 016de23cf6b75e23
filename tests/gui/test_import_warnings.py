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


def test_a_mail_with_an_attachment_shows_and_offers_its_own_article(
    window: Any, qtbot: Any, prompt_log: PromptLog, tmp_path: Path
) -> None:
    """newcomer12 N12-14: after adding a newsletter mail with a Word file attached, the window
    showed the attachment and offered Ctrl+D on it; the mail's own article is the one the user
    saw in the mail client."""
    from docx import Document

    attached = tmp_path / "background.docx"
    document = Document()
    document.add_heading("Lithuania takes a loan for its grid", level=1)
    document.add_paragraph("The bank lent Lithuania EUR 200 million for the grid, it said.")
    document.save(str(attached))
    mail = EmailMessage()
    mail["From"] = "Energy Desk <alerts@energy.example.com>"
    mail["Subject"] = "Azerbaijan and Hungary sign gas supply deal"
    mail["Date"] = "Wed, 21 Oct 2026 08:30:00 +0000"
    body = "Azerbaijan will supply Hungary with gas under a contract signed on Tuesday. " * 20
    mail.set_content(body)
    mail.add_alternative(f"<html><body><p>{body}</p></body></html>", subtype="html")
    mail.add_attachment(
        attached.read_bytes(),
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
        filename="background.docx",
    )
    path = tmp_path / "newsletter.eml"
    path.write_bytes(bytes(mail))
    window.new_file()
    window.add_source_files([path])
    wait_idle(qtbot, window)
    assert prompt_log.errors == []
    titles = [s.title for s in window.doc.brief.sources]
    assert titles == [
        "Azerbaijan and Hungary sign gas supply deal",
        "Lithuania takes a loan for its grid",
    ]
    shown = window.current_source()
    assert shown is not None and shown.title == titles[0]
    status = window.statusBar().currentMessage()
    assert status.startswith(f"Added source “{titles[0]}”"), status
    assert f"beside it: “{titles[1]}”" in status and "Press Ctrl+D" in status, status
