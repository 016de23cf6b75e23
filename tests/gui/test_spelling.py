"""Spelling in the window: underlines as you type, the context menu, Checks jump to the word."""

from __future__ import annotations

from typing import Any

import pytest

from briefdesk.gui import spell_highlighter, spell_suggest
from briefdesk.spelling.dictionaries import SpellingUnavailable, find_dictionary


@pytest.fixture
def bluf(window: Any, qtbot: Any) -> Any:
    try:
        find_dictionary("en-GB")
    except SpellingUnavailable as exc:
        print(f"spelling tests need the Hunspell dictionary: {exc}")
        pytest.fail(f"{exc} (scripts/setup installs hunspell-en-gb and hunspell-en-us)")
    qtbot.waitUntil(lambda: spell_highlighter.service().checker is not None, timeout=30000)
    window.editor.setCurrentIndex(1)
    edit = window.editor.summary_form.widget_for("bluf")
    edit.setFocus()
    return edit


def underlined(edit: Any) -> list[str]:
    """The words the highlighter marked, read back from the text layout."""
    out = []
    block = edit.document().firstBlock()
    while block.isValid():
        for fmt in block.layout().formats():
            out.append(block.text()[fmt.start : fmt.start + fmt.length])
        block = block.next()
    return out


def point_at(edit: Any, word: str) -> Any:
    cursor = edit.textCursor()
    cursor.setPosition(edit.toPlainText().index(word) + 1)
    return edit.cursorRect(cursor).center()


def test_misspelt_words_are_underlined_as_you_type(window: Any, bluf: Any, qtbot: Any) -> None:
    qtbot.keyClicks(bluf, "Teh recieved aggrement arrived.")
    assert window.doc.brief.bluf == "Teh recieved aggrement arrived."
    assert underlined(bluf) == ["Teh", "recieved", "aggrement"]


def test_context_menu_offers_suggestions_add_and_ignore(
    window: Any, bluf: Any, qtbot: Any, briefdesk_home: Any
) -> None:
    window.doc.set_value("bluf", "The recieved note and the Grukhov memo.")
    menu = spell_highlighter.spelling_menu(bluf, point_at(bluf, "recieved"))
    # Suggestions are found off the GUI thread and fill in the open menu.
    qtbot.waitUntil(lambda: menu.actions()[0].text() != spell_suggest.LOOKING, timeout=10000)
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts[0] == "received"
    assert "Add to dictionary" in texts and "Ignore" in texts
    assert any("Copy" in t for t in texts)  # the usual edit actions follow
    menu.actions()[0].trigger()
    assert window.doc.brief.bluf == "The received note and the Grukhov memo."
    assert underlined(bluf) == ["Grukhov"]
    menu = spell_highlighter.spelling_menu(bluf, point_at(bluf, "Grukhov"))
    next(a for a in menu.actions() if a.text() == "Add to dictionary").trigger()
    assert underlined(bluf) == []
    personal = briefdesk_home / "config" / "dictionary.txt"
    assert personal.read_text(encoding="utf-8") == "Grukhov\n"
    window.doc.undo_stack.undo()  # the replacement was one ordinary edit
    assert "recieved" in window.doc.brief.bluf


def test_names_in_the_brief_are_never_flagged(window: Any, bluf: Any, qtbot: Any) -> None:
    from briefdesk.model import Actor

    bluf.setPlainText("Velmorath met Quenby.")
    assert underlined(bluf) == ["Velmorath", "Quenby"]
    window.doc.insert_record("actors", Actor(name="Anya Velmorath", aliases=["Quenby"]))
    qtbot.waitUntil(lambda: underlined(bluf) == [], timeout=5000)


def test_team_dictionary_from_settings(window: Any, bluf: Any, qtbot: Any, tmp_path: Any) -> None:
    team = tmp_path / "team.txt"
    team.write_text("Orbatron\n", encoding="utf-8")
    bluf.setPlainText("The Orbatron array.")
    assert underlined(bluf) == ["Orbatron"]
    window.settings.spelling_team_dictionary = str(team)
    spell_highlighter.service().configure(window.settings)
    qtbot.waitUntil(lambda: spell_highlighter.service().checker is not None, timeout=30000)
    assert underlined(bluf) == []


def test_checks_list_misspelt_words_and_double_click_selects_one(
    window: Any, bluf: Any, qtbot: Any
) -> None:
    bluf.setPlainText("A short note that was recieved late.")
    window.side.setCurrentWidget(window.checks)
    window.checks.refresh()
    findings = window.checks.findings()
    assert ("bluf", "BLUF: 'recieved' is not in the en-GB dictionary") in findings
    row = next(i for i, (_p, t) in enumerate(findings) if "recieved" in t)
    window.checks._activated(window.checks.list.item(row))
    assert bluf.hasFocus() or window.focusWidget() is bluf
    assert bluf.textCursor().selectedText() == "recieved"


def test_slow_suggestions_fill_in_the_open_menu(qtbot: Any) -> None:
    import threading

    from PySide6.QtWidgets import QMenu

    release = threading.Event()

    class SlowChecker:
        def suggest(self, word: str) -> list[str]:
            release.wait(10)  # a slow lookup: the menu must not wait for it
            return ["received", "relieved"]

    menu = QMenu()
    picked: list[str] = []
    checker = SlowChecker()
    anchor = spell_suggest.add_suggestions(menu, checker, "recieved", picked.append)
    menu.addAction("Ignore")
    assert [a.text() for a in menu.actions()] == [spell_suggest.LOOKING, "Ignore"]
    release.set()
    qtbot.waitUntil(lambda: menu.actions()[0].text() == "received", timeout=5000)
    assert [a.text() for a in menu.actions()] == ["received", "relieved", "Ignore"]
    assert anchor not in menu.actions()
    menu.actions()[1].trigger()
    assert picked == ["relieved"]
    # Asked again, the word is answered from the cache at once (the checker would block now).
    release.clear()
    again = QMenu()
    spell_suggest.add_suggestions(again, checker, "recieved", picked.append)
    assert [a.text() for a in again.actions()] == ["received", "relieved"]
    release.set()
