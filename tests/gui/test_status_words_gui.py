"""The window says a deal's status in its kind's words (N14-37): the deal editor's Status
drop-down and the Deals table, re-worded when the kind changes (and back on undo), and the
Edit & accept box the moment its Kind says so; the file keeps the one scale."""

from __future__ import annotations

from typing import Any

from briefdesk.extract.results import DealSuggestion
from briefdesk.gui.deal_accept import apply, fields, relabel
from briefdesk.gui.fields_dialog import FieldsDialog
from briefdesk.model import Deal
from briefdesk.model.codes import DealKind, DealStatus


def _items(combo: Any) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_the_editor_words_follow_the_kind_and_undo(window: Any, tmp_path: Any) -> None:
    deal = Deal(title="Asset freeze", kind=DealKind.ARMS_SALE, status=DealStatus.SIGNED)
    window.doc.insert_record("deals", deal)
    deals = window.editor.lists["deals"]
    deals.select_row(0)
    status = window.editor._deal_status.combo
    assert status.currentText() == "Signed" and "In delivery" in _items(status)
    window.doc.set_value("deals[0].kind", DealKind.SANCTIONS)
    assert status.currentText() == "Adopted"
    assert {"In force", "Lifted"} <= set(_items(status))
    assert deals.table.item(0, 3).text() == "Adopted"
    assert window.doc.brief.deals[0].status is DealStatus.SIGNED  # the file keeps the scale
    window.doc.undo_stack.undo()
    assert status.currentText() == "Signed"
    window.grab().save(str(tmp_path / "status-words.png"))


def test_edit_and_accept_rewords_the_statuses_when_kind_changes(qtbot: Any) -> None:
    raw = DealSuggestion(kind=DealKind.ARMS_SALE, status=DealStatus.SIGNED, item="freeze")
    dialog = FieldsDialog("Edit deal and accept", fields(raw, "Freeze"), None, relabel)
    qtbot.addWidget(dialog)
    status, kind = dialog.widgets["Status"], dialog.widgets["Kind"]
    assert status.currentText() == "Signed"
    kind.setCurrentIndex(kind.findData("sanctions"))
    assert status.currentText() == "Adopted" and "Lifted" in _items(status)
    answers = dialog.answers()
    assert answers["Status"] == "signed"
    new, _extras = apply(raw, answers)
    assert new.status is DealStatus.SIGNED and new.kind is DealKind.SANCTIONS
