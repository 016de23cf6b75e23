"""The Library panel: index in the background, search, open a hit, dossier, related briefs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl

from briefdesk.settings import load_settings
from tests.gui.conftest import wait_idle
from tests.library.factory import write_many


@pytest.fixture(autouse=True)
def _no_team_library(monkeypatch: pytest.MonkeyPatch) -> None:
    """A DSN in the developer's shell must not send test briefs to a real team database."""
    monkeypatch.delenv("BRIEFDESK_LIBRARY_DSN", raising=False)


def _window(make_window: Any, tmp_path: Path) -> Any:
    settings = load_settings()
    settings.library_folders = [str(tmp_path / "desk")]
    window = make_window(settings)
    write_many(tmp_path / "desk", 12)
    return window


def test_index_search_and_open_at_the_hit(make_window: Any, qtbot: Any, tmp_path: Path) -> None:
    window = _window(make_window, tmp_path)
    panel = window.library_panel
    panel.index_now()
    wait_idle(qtbot, window)
    assert "12 added" in panel.status.text()
    panel.query.setText("squadron")
    panel.search()
    wait_idle(qtbot, window)
    html = panel.results.toHtml()
    assert "squadron" in html and "background-color:#ffe98a" in html
    first = sorted((tmp_path / "desk").rglob("*.brief"))[0]
    panel._link(QUrl(f"open:{first}#bluf"))
    wait_idle(qtbot, window)
    assert window.doc.path == first
    related = window.library_panel.related.toPlainText()
    assert "Related briefs" in related and "shares actor" in related


def test_dossier_merge_and_save_hook(make_window: Any, qtbot: Any, tmp_path: Path) -> None:
    window = _window(make_window, tmp_path)
    panel = window.library_panel
    panel.index_now()
    wait_idle(qtbot, window)
    panel.show_dossier("Pakistan")
    wait_idle(qtbot, window)
    text = panel.dossier.toPlainText()
    assert "Pakistan" in text and "first seen" in text and "Briefs" in text

    path = sorted((tmp_path / "desk").rglob("*.brief"))[0]
    assert window.open_path(path)
    wait_idle(qtbot, window)
    window.doc.set_value("bluf", "Kamra squadron handed over.")
    assert window.save()
    wait_idle(qtbot, window)
    panel.query.setText("Kamra")
    panel.search()
    wait_idle(qtbot, window)
    assert "Kamra" in panel.results.toPlainText()


def test_a_missing_library_never_breaks_a_save(
    make_window: Any, qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    window = _window(make_window, tmp_path)
    monkeypatch.setenv("BRIEFDESK_LIBRARY_DSN", "host=127.0.0.1 port=1 dbname=none")
    path = sorted((tmp_path / "desk").rglob("*.brief"))[0]
    assert window.open_path(path)
    wait_idle(qtbot, window)
    window.doc.set_value("bluf", "Saved while the team library is away.")
    assert window.save()
    wait_idle(qtbot, window)
    assert "Saved while the team library is away." in path.read_text(encoding="utf-8")
    assert "Library" in window.library_panel.status.text()


def _index_children() -> list[str]:
    import multiprocessing

    return [p.name for p in multiprocessing.active_children() if "library-index" in p.name]


def test_indexing_runs_in_a_child_and_shows_progress(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    window = _window(make_window, tmp_path)
    panel = window.library_panel
    shown: list[str] = []
    buttons: list[str] = []
    panel.progressed.connect(lambda _done: shown.append(panel.status.text()))
    # Read while progress arrives: 12 briefs may be done before the test looks again.
    panel.progressed.connect(lambda _done: buttons.append(panel.index_button.text()))
    with qtbot.waitSignal(panel.progressed, timeout=30000):
        panel.index_now()
    assert buttons[0] == "&Stop indexing"
    wait_idle(qtbot, window)
    assert shown and shown[0].startswith("Indexing… ") and "briefs checked" in shown[0]
    assert "12 added" in panel.status.text()
    assert panel.index_button.text() == "&Index library folders"
    assert _index_children() == []


def test_stop_indexing_kills_the_child(make_window: Any, qtbot: Any, tmp_path: Path) -> None:
    window = _window(make_window, tmp_path)
    write_many(tmp_path / "desk", 300, start=12)
    panel = window.library_panel
    with qtbot.waitSignal(panel.progressed, timeout=30000):
        panel.index_now()
    panel.index_now()  # the same button, now "Stop indexing"
    wait_idle(qtbot, window)
    assert panel.status.text() == "Indexing stopped."
    assert _index_children() == []
    panel.index_now()  # the next run resumes: what was written is whole and kept
    wait_idle(qtbot, window)
    assert panel.status.text().startswith("Library: ") and "0 removed" in panel.status.text()


def test_closing_the_window_stops_the_index(make_window: Any, qtbot: Any, tmp_path: Path) -> None:
    window = _window(make_window, tmp_path)
    write_many(tmp_path / "desk", 300, start=12)
    panel = window.library_panel
    with qtbot.waitSignal(panel.progressed, timeout=30000):
        panel.index_now()
    window.close()
    assert window.runner.wait(10000)
    assert _index_children() == []


def test_an_unreachable_team_library_is_one_line(
    make_window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefdesk.library.api import LibraryError
    from briefdesk.library.open import open_library

    dsn = "host=127.0.0.1 port=1 dbname=none connect_timeout=2"
    with pytest.raises(LibraryError) as direct:
        open_library(dsn).close()
    window = _window(make_window, tmp_path)
    monkeypatch.setenv("BRIEFDESK_LIBRARY_DSN", dsn)
    window.library_panel.index_now()
    wait_idle(qtbot, window)
    assert window.library_panel.status.text() == f"Indexing stopped: {direct.value}"


def test_a_pasted_source_shows_related_briefs_before_accepting(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    from PySide6.QtGui import QGuiApplication

    window = _window(make_window, tmp_path)
    window.library_panel.index_now()
    wait_idle(qtbot, window)
    window.new_file()
    QGuiApplication.clipboard().setText(
        "Bola Adeyemi, Nigeria's Chief of Air Staff, said on Monday that Nigeria would buy "
        "twelve K-8 trainer aircraft from China. The agreement was signed in Abuja."
    )
    window.act_paste_source.trigger()
    wait_idle(qtbot, window)
    assert window.doc.brief.actors == []  # nothing accepted
    related = window.library_panel.related.toPlainText()
    assert "Related briefs" in related and "Bola Adeyemi" in related


def test_a_hit_in_a_source_shows_its_words_in_the_article(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    """newcomer7 F17: the click opened the brief on the Sources tab with nothing shown."""
    from briefdesk.model import content_hash
    from tests.library.factory import make_brief, write_brief

    window = _window(make_window, tmp_path)
    brief = make_brief(900, words=5)
    text = "Guns reached Rena. Later the Łódź depot said the prime contractor had paid."
    brief.sources[0].text, brief.sources[0].content_hash = text, content_hash(text)
    path = write_brief(tmp_path / "desk", brief)
    panel = window.library_panel
    panel.index_now()
    wait_idle(qtbot, window)
    panel.query.setText('"prime contractor" lodz')
    panel.search()
    wait_idle(qtbot, window)
    assert "open:" in panel.results.toHtml() and "?%22prime" in panel.results.toHtml()
    panel._link(QUrl(f"open:{path}#sources%5B0%5D.text?%22prime%20contractor%22%20lodz"))
    wait_idle(qtbot, window)
    assert window.doc.path == path
    article = window.sources_pane.article
    shown = [
        article.toPlainText()[s.cursor.selectionStart() : s.cursor.selectionEnd()]
        for s in article.extraSelections()
    ]
    assert "Łódź" in shown and "prime contractor" in shown
    assert article.textCursor().position() == text.index("Łódź")  # scrolled to the first


def test_a_hit_whose_file_is_not_here_says_so_instead_of_failing(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    """newcomer13 N13-26: clicking a hit whose file is another desk's (or moved) gave a box
    "Cannot open brief … no such file"; the hit and the click now say whose file it is."""
    window = _window(make_window, tmp_path)
    panel = window.library_panel
    panel.index_now()
    wait_idle(qtbot, window)
    gone = sorted((tmp_path / "desk").rglob("*.brief"))[0]
    gone.unlink()  # as on another desk's computer: the indexed path is not here
    panel.query.setText("squadron")
    panel.search()
    wait_idle(qtbot, window)
    assert "not openable here" in panel.results.toPlainText()
    before = window.doc.path
    panel._link(QUrl(f"open:{gone}#bluf"))
    wait_idle(qtbot, window)
    assert window.doc.path == before
    assert panel.status.text().startswith(f"not openable here: {gone} is in")
