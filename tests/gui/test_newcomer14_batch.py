"""Several files at once land in the order picked and the one to draft from is shown (N14-13/22)."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path
from typing import Any

from briefdesk.gui import core

from .conftest import SAMPLE_ARTICLE, wait_idle

CASES = Path(__file__).parents[1] / "data" / "sources" / "cases"


def _first_file_ends_last(monkeypatch: Any, first: Path) -> None:
    """The first file's import waits until another one has ended: the worst order."""
    real = core.import_all_checked
    other_done = threading.Event()

    def slow_first(path: Path, *args: Any, **kwargs: Any) -> Any:
        if Path(path) == first:
            other_done.wait(30)
            return real(path, *args, **kwargs)
        try:
            return real(path, *args, **kwargs)
        finally:
            other_done.set()

    monkeypatch.setattr(core, "import_all_checked", slow_first)


def _titles(window: Any) -> list[str]:
    return [s.title for s in window.doc.brief.sources]


def test_sources_land_in_the_order_picked_and_the_first_is_shown(
    window: Any, qtbot: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    article = tmp_path / "a_article.txt"
    shutil.copy(SAMPLE_ARTICLE, article)
    pdf = tmp_path / "b_columns.pdf"
    shutil.copy(CASES / "p3_two_columns.pdf", pdf)
    _first_file_ends_last(monkeypatch, article)
    window.add_source_files([article, pdf])
    wait_idle(qtbot, window)
    sources = window.doc.brief.sources
    assert len(sources) == 2
    assert "JF-17" in sources[0].text and sources[1].title == _only_title(pdf)
    assert window.current_source().id == sources[0].id
    message = window.statusBar().currentMessage()
    assert "in the order picked" in message and f"Showing [1] “{sources[0].title}" in message
    window.draft_from_source()  # Ctrl+D: from the source shown, and says which
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: "Drafted" in window.statusBar().currentMessage(), timeout=60000)
    drafted = window.doc.brief.sources[0].title
    assert window.statusBar().currentMessage().startswith(f"Drafted from [1] “{drafted}”")


def test_the_first_file_picked_stays_shown_before_a_mail_picked_later(
    window: Any, qtbot: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    """newcomer15 N15-15 (replaces round 14's "a mail's article is shown before a PDF picked
    first"): of several files, the first picked is shown and drafted from, and the mail's
    forwarded attachment is never called "the mail's own article"."""
    pdf = tmp_path / "a_columns.pdf"
    shutil.copy(CASES / "p3_two_columns.pdf", pdf)
    mail = tmp_path / "b_readout.eml"
    shutil.copy(CASES / "e2_forward_as_attachment.eml", mail)
    _first_file_ends_last(monkeypatch, pdf)
    window.add_source_files([pdf, mail])
    wait_idle(qtbot, window)
    sources = window.doc.brief.sources
    assert sources[0].title == _only_title(pdf)  # the PDF keeps number [1], as picked
    shown = window.current_source()
    assert shown.id == sources[0].id  # the first file picked, not the mail's attachment
    message = window.statusBar().currentMessage()
    assert f"Showing [1] “{sources[0].title[:40]}" in message, message
    assert "mail's own article" not in message


def _only_title(path: Path) -> str:
    from briefdesk.sources import import_file_all

    return import_file_all(path)[0].source.title


def test_one_source_of_several_files_is_one_source(
    window: Any, qtbot: Any, prompt_log: Any, tmp_path: Path
) -> None:
    """Newcomer15 N15-28: six files picked, five refused, the line said "Added 1 sources"."""
    article = tmp_path / "a_article.txt"
    shutil.copy(SAMPLE_ARTICLE, article)
    empty = tmp_path / "b_empty.txt"
    empty.write_text("", encoding="utf-8")
    window.add_source_files([article, empty])
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: bool(prompt_log.errors), timeout=30000)
    title = window.doc.brief.sources[0].title
    message = window.statusBar().currentMessage()
    assert message.startswith(f"Added 1 source: [1] “{title}”, shown.")
    assert "1 of the 2 files picked added nothing." in message
    assert "sources" not in message and "order picked" not in message
    assert "b_empty.txt" in prompt_log.errors[-1]
