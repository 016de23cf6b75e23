"""Words selected in the article are cited and added whole, and the keyboard can select them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from briefdesk.gui.word_snap import snap_to_words
from briefdesk.model import KeyJudgment
from briefdesk.model.codes import ActorType

from .conftest import SAMPLE_ARTICLE, select_text, wait_idle


def test_snap_extends_both_ends_to_word_boundaries() -> None:
    text = "Costs could raise dredging costs by 20%."
    start = text.index("ould")
    end = text.index("dredging c") + len("dredging c")
    a, b = snap_to_words(text, start, end)
    assert text[a:b] == "could raise dredging costs"


def test_snap_completes_cut_words_and_numbers_but_not_joined_names() -> None:
    text = "Pakistan's JF-17C jets cost $1.6 billion in the Azerbaijan-Pakistan deal."
    whole = text.index("JF-17C")
    assert snap_to_words(text, whole, whole + len("JF-17C")) == (whole, whole + 6)
    assert _snapped(text, whole + 1, whole + 4) == "JF-17C"
    pak = text.index("akistan")
    assert _snapped(text, pak, pak + 3) == "Pakistan"  # not the possessive
    money = text.index("1.6")
    assert _snapped(text, money, money + 2) == "1.6"
    name = text.index("Azerbaijan")
    assert _snapped(text, name, name + len("Azerbaijan")) == "Azerbaijan"


def _snapped(text: str, start: int, end: int) -> str:
    a, b = snap_to_words(text, start, end)
    return text[a:b]


def _article(window: Any, qtbot: Any) -> Any:
    window.add_source_text(SAMPLE_ARTICLE.read_text("utf-8"))
    wait_idle(qtbot, window)
    return window.sources_pane.article


def test_citing_a_selection_that_cuts_words_cites_whole_words(window: Any, qtbot: Any) -> None:
    _article(window, qtbot)
    window.doc.insert_record(
        "significance.judgments", KeyJudgment(statement="The sale goes ahead.")
    )
    select_text(window, "ighter jet sale agree")  # a sloppy drag: cut at both ends
    window.cite_for("significance.judgments[0]")
    evidence = window.doc.brief.significance.judgments[0].evidence
    assert [span.quote for span in evidence] == ["fighter jet sale agreement"]
    text = window.sources_pane.article.source.text
    assert text[evidence[0].start : evidence[0].end] == "fighter jet sale agreement"


def test_adding_a_cut_selection_as_actor_adds_the_whole_name(window: Any, qtbot: Any) -> None:
    _article(window, qtbot)
    select_text(window, "ikmet Hajiy")
    window.link_actor(ActorType.PERSON)
    assert [actor.name for actor in window.doc.brief.actors] == ["Hikmet Hajiyev"]


def test_keyboard_extends_the_selection_in_the_article(window: Any, qtbot: Any) -> None:
    article = _article(window, qtbot)
    article.setFocus()
    qtbot.waitUntil(article.hasFocus)
    cursor = article.textCursor()
    cursor.setPosition(0)
    article.setTextCursor(cursor)
    words = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(article, Qt.Key.Key_Right, words)
    qtbot.keyClick(article, Qt.Key.Key_Right, words)
    assert article.textCursor().selectedText() == "Hikmet Hajiyev"
    qtbot.keyClick(article, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(article, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    span = article.selected_span()
    assert span is not None and span.quote == "Hikmet Hajiyev"
    assert window.act_person.isEnabled()  # the selection made by keyboard can be linked
