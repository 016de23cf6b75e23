"""Deals tab: correcting the amount drops the source's words for the old one (newcomer8 F21)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt

from briefdesk.gui.editor_widgets import MoneyBinding
from briefdesk.review import Severity, review_brief

from .conftest import SAMPLE_ARTICLE, select_text, wait_idle


def _money_binding(window: Any) -> MoneyBinding:
    form = window.editor.lists["deals"].form
    [binding] = [b for b in form.bindings if isinstance(b, MoneyBinding)]
    return binding


def test_a_corrected_amount_loses_the_old_words_as_stated(window: Any, qtbot: Any) -> None:
    window.add_source_text(SAMPLE_ARTICLE.read_text("utf-8"))
    wait_idle(qtbot, window)
    select_text(window, "$1.6 billion")
    window.link_deal_value()
    window.editor.lists["deals"].select_row(0)
    money = _money_binding(window)
    assert money.as_stated.text() == "$1.6 billion"

    money.amount.setFocus()
    money.amount.selectAll()
    qtbot.keyClicks(money.amount, "1,700,000,000")
    qtbot.keyClick(money.amount, Qt.Key.Key_Tab)
    value = window.doc.brief.deals[0].value
    assert value is not None and value.amount == Decimal("1700000000")
    assert (value.as_stated, value.evidence) == ("", [])
    assert money.as_stated.text() == ""
    errors = [f for f in review_brief(window.doc.brief) if f.severity is Severity.ERROR]
    assert not [f for f in errors if f.path.startswith("deals[0].value")]

    # Words typed by hand that say the amount are left alone.
    money.as_stated.setText("$1.7 billion")
    money.as_stated.editingFinished.emit()
    value = window.doc.brief.deals[0].value
    assert value is not None and value.as_stated == "$1.7 billion"


def _type_amount(qtbot: Any, money: MoneyBinding, text: str) -> None:
    money.amount.setFocus()
    money.amount.selectAll()
    qtbot.keyClicks(money.amount, text)
    qtbot.keyClick(money.amount, Qt.Key.Key_Tab)


def test_the_amount_takes_money_as_the_article_writes_it(window: Any, qtbot: Any) -> None:
    """newcomer13 N13-12: 'NOK 2.4 billion' was refused; it fills amount, currency, words."""
    from briefdesk.model import Deal

    window.doc.insert_record("deals", Deal(title="Launchers"))
    window.editor.lists["deals"].select_row(0)
    money = _money_binding(window)
    _type_amount(qtbot, money, "NOK 2.4 billion")
    value = window.doc.brief.deals[0].value
    assert value is not None
    assert (value.amount, value.currency, value.as_stated) == (
        Decimal("2400000000"), "NOK", "NOK 2.4 billion"
    )  # fmt: skip
    assert (money.amount.text(), money.currency.text()) == ("2,400,000,000", "NOK")
    assert money.as_stated.text() == "NOK 2.4 billion"

    _type_amount(qtbot, money, "about EUR 420 million")  # a hedge is an estimate
    value = window.doc.brief.deals[0].value
    assert value is not None and (value.currency, value.estimate) == ("EUR", True)

    _type_amount(qtbot, money, "12,500")  # digits alone still work
    value = window.doc.brief.deals[0].value
    assert value is not None and value.amount == Decimal("12500")

    _type_amount(qtbot, money, "lots of money")
    message = window.statusBar().currentMessage()
    assert "type digits (2400000000) or the amount with its currency" in message
    value = window.doc.brief.deals[0].value
    assert value is not None and value.amount == Decimal("12500")  # nothing lost


def test_a_phrase_with_the_same_amount_keeps_the_citation(window: Any, qtbot: Any) -> None:
    window.add_source_text(SAMPLE_ARTICLE.read_text("utf-8"))
    wait_idle(qtbot, window)
    select_text(window, "$1.6 billion")
    window.link_deal_value()
    window.editor.lists["deals"].select_row(0)
    money = _money_binding(window)
    _type_amount(qtbot, money, "about $1.6 billion")
    value = window.doc.brief.deals[0].value
    assert value is not None and value.as_stated == "about $1.6 billion"
    assert value.estimate and value.evidence  # the source's words still cite it
