"""Use as deal item (Ctrl+Alt+I) and value say what they did on the status line, as every other
Ctrl+Alt key does (newcomer19 N19-13: the line kept the previous message)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QGuiApplication

from briefdesk.model import Deal
from briefdesk.model.codes import DealKind

from .conftest import select_text, wait_idle


def test_item_and_value_links_say_what_they_did(window: Any, qtbot: Any) -> None:
    window.new_file()
    QGuiApplication.clipboard().setText(
        "Harbour deal\n\nThe Marsh Ministry will buy six patrol boats from Kessel Yards for "
        "EUR 80 million, the ministry said on Monday.\n"
    )
    window.act_paste_source.trigger()
    wait_idle(qtbot, window)
    window.doc.insert_record("deals", Deal(kind=DealKind.ARMS_SALE, title="Boats for Marsh"))
    window.show_status("something earlier")
    select_text(window, "six patrol boats")
    window.act_item.trigger()
    said = window.statusBar().currentMessage()
    assert "six patrol boats" in said and "item of" in said, said
    select_text(window, "EUR 80 million")
    window.link_deal_value()
    said = window.statusBar().currentMessage()
    assert "EUR 80 million" in said and "value of" in said, said
