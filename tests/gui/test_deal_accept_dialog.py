"""'Edit & accept' for a deal: every field the deal editor has, the editor's party words per
kind (Borrower and Lender for a loan), a box wide enough to read, and what is typed is kept."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit

from briefdesk.extract.results import DealSuggestion, MoneySuggestion
from briefdesk.gui import prompts
from briefdesk.gui.deal_accept import fields, relabel
from briefdesk.gui.fields_dialog import MIN_WIDTH, FieldsDialog

from .conftest import SAMPLE_ARTICLE, wait_idle

EDITOR_FIELDS = [
    "Title", "Kind", "Status", "Item", "Category", "Quantity", "Value", "Currency",
    "As stated", "Estimate", "Buyer", "Seller", "Announced", "Signed", "Delivery", "Note",
]  # fmt: skip


def _sale() -> DealSuggestion:
    value = MoneySuggestion(Decimal("1600000000"), "USD", "$1.6 billion")
    return DealSuggestion(
        kind="arms_sale", item="JF-17C Block-III fighter jets", quantity=24, value=value,
        buyer="Azerbaijan", seller="Pakistan",
    )  # fmt: skip


def _dialog(qtbot: Any, raw: DealSuggestion, title: str = "JF-17C jets") -> FieldsDialog:
    dialog = FieldsDialog("Edit deal and accept", fields(raw, title), None, relabel)
    qtbot.addWidget(dialog)
    return dialog


def _labels(dialog: FieldsDialog) -> list[str]:
    return [label.text() for label in dialog.labels.values()]


def test_a_sale_shows_every_field_of_the_deal_editor(qtbot: Any, tmp_path: Any) -> None:
    dialog = _dialog(qtbot, _sale())
    dialog.show()
    qtbot.waitExposed(dialog)
    assert _labels(dialog) == EDITOR_FIELDS
    answers = dialog.answers()
    assert answers["Kind"] == "arms_sale" and answers["Status"] == "reported"
    assert (answers["Value"], answers["Currency"]) == ("1,600,000,000", "USD")
    assert (answers["Buyer"], answers["Seller"]) == ("Azerbaijan", "Pakistan")
    assert isinstance(dialog.widgets["Kind"], QComboBox)
    assert dialog.width() >= MIN_WIDTH
    for key, widget in dialog.widgets.items():  # nothing suggested is cut off
        if isinstance(widget, QLineEdit) and widget.text():
            needed = widget.fontMetrics().horizontalAdvance(widget.text())
            assert widget.width() > needed, key
    dialog.grab().save(str(tmp_path / "edit-deal.png"))


def test_a_loan_says_borrower_and_lender_as_the_editor_does(qtbot: Any) -> None:
    loan = DealSuggestion(kind="loan", buyer="Pakistan", seller="China", item="")
    dialog = _dialog(qtbot, loan)
    labels = _labels(dialog)
    assert "Borrower" in labels and "Lender" in labels and "Buyer" not in labels
    assert dialog.answers()["Buyer"] == "Pakistan"  # filed under the suggestion's side
    kind = dialog.widgets["Kind"]
    assert isinstance(kind, QComboBox)
    kind.setCurrentIndex(kind.findData("arms_sale"))  # the rows follow the kind
    assert "Buyer" in _labels(dialog) and "Borrower" not in _labels(dialog)


def _fill(dialog: FieldsDialog, values: dict[str, str]) -> None:
    for key, text in values.items():
        widget = dialog.widgets[key]
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(widget.findData(text))
        else:
            widget.setText(text)


@pytest.fixture
def answer_in_dialog(monkeypatch: pytest.MonkeyPatch, qtbot: Any) -> dict[str, Any]:
    """The real dialog, filled as the user would, instead of exec()."""
    state: dict[str, Any] = {"values": {}}

    def ask(
        parent: Any, title: str, specs: Any, relabel: Any = None, validate: Any = None
    ) -> dict[str, str] | None:
        dialog = FieldsDialog(title, specs, parent, relabel, validate)
        qtbot.addWidget(dialog)
        _fill(dialog, state["values"])
        state["labels"] = _labels(dialog)
        dialog.accept()  # OK, as the user presses it: a refused answer keeps the box open
        state["problem"] = dialog.problem.text()
        state["answers"] = dialog.answers()
        return dialog.answers() if dialog.result() == QDialog.DialogCode.Accepted else None

    monkeypatch.setattr(prompts, "ask_fields", ask)
    return state


def _deal_panel(window: Any, qtbot: Any) -> Any:
    window.add_source_text(SAMPLE_ARTICLE.read_text("utf-8"))
    wait_idle(qtbot, window)
    panel = window.suggestions_panel
    panel.select(next(s for s in panel.items if s.kind == "deals"))
    return panel


def test_every_edited_field_reaches_the_deal(
    window: Any, qtbot: Any, answer_in_dialog: dict[str, Any]
) -> None:
    panel = _deal_panel(window, qtbot)
    answer_in_dialog["values"] = {
        "Title": "JF-17C jets for Azerbaijan",
        "Status": "signed",
        "Category": "fighter aircraft",
        "Quantity": "24",
        "Value": "1,700,000,000",
        "Currency": "usd",
        "Estimate": "yes",
        "Announced": "2026-02-20",
        "Delivery": "from 2027",
        "Note": "Second batch after the 2024 order.",
    }
    panel.edit_button.click()
    assert answer_in_dialog["labels"] == EDITOR_FIELDS
    deal = window.doc.brief.deals[0]
    assert (deal.title, deal.status) == ("JF-17C jets for Azerbaijan", "signed")
    assert deal.value is not None
    assert (deal.value.amount, deal.value.currency, deal.value.estimate) == (
        Decimal("1700000000"),
        "USD",
        True,
    )
    assert (deal.items[0].category, deal.items[0].quantity) == ("fighter aircraft", 24)
    assert deal.dates.announced == dt.date(2026, 2, 20) and deal.dates.delivery == "from 2027"
    assert deal.note == "Second batch after the 2024 order."
    window.act_undo.trigger()  # one undo step takes it all back
    assert window.doc.brief.deals == []


def test_a_bad_amount_keeps_the_editor_open_and_nothing_accepted(
    window: Any, qtbot: Any, answer_in_dialog: dict[str, Any], prompt_log: Any
) -> None:
    panel = _deal_panel(window, qtbot)
    answer_in_dialog["values"] = {"Value": "lots", "Note": "typed before the typo"}
    panel.edit_button.click()
    assert answer_in_dialog["problem"] == "Value: 'lots' is not a number"
    assert answer_in_dialog["answers"]["Note"] == "typed before the typo"  # nothing lost
    assert prompt_log.errors == []  # no box over the box
    assert window.doc.brief.deals == []


def test_a_refused_value_keeps_every_edit_and_puts_the_cursor_in_it(qtbot: Any) -> None:
    """newcomer8 F11: one bad value closed the editor and lost every other edit."""
    from briefdesk.gui.deal_accept import apply

    raw = _sale()
    dialog = FieldsDialog(
        "Edit deal", fields(raw, "JF-17C jets"), None, relabel, lambda a: apply(raw, a)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    typed = {
        "Title": "Jets for Baku",
        "Note": "second batch",
        "Value": "-5",
        "Announced": "2026-02-20",
    }
    _fill(dialog, typed)
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.problem.text() == "Value: '-5': amount must not be negative"  # not "Currency"
    assert dialog.focusWidget() is dialog.widgets["Value"]
    assert all(dialog.answers()[key] == text for key, text in typed.items())

    _fill(dialog, {"Announced": "2026-1", "Value": "750m"})
    dialog.accept()
    assert dialog.problem.text() == "Announced: '2026-1' is not a date (YYYY-MM-DD)"
    assert dialog.focusWidget() is dialog.widgets["Announced"]
    assert dialog.widgets["Value"].styleSheet() == ""  # the field put right is no longer red

    _fill(dialog, {"Announced": "2026-02-20"})
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    edited, _extras = apply(raw, dialog.answers())
    assert edited.value.amount == Decimal("750000000")


@pytest.mark.parametrize(
    ("typed", "amount"),
    [("750m", "750000000"), ("1.6bn", "1600000000"), ("2 billion", "2000000000"),
     ("12,500", "12500"), ("40k", "40000")],
)  # fmt: skip
def test_amounts_as_desk_officers_write_them(typed: str, amount: str) -> None:
    from briefdesk.gui.deal_accept import apply

    edited, _extras = apply(_sale(), {"Value": typed})
    assert edited.value.amount == Decimal(amount)


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ({"Currency": "XYZ"}, "Currency: 'XYZ' is not an ISO 4217 currency code"),
        ({"Currency": ""}, "Currency: a value needs its currency, e.g. USD"),
        ({"Announced": "2026-1"}, "Announced: '2026-1' is not a date (YYYY-MM-DD)"),
        ({"Quantity": "two dozen"}, "Quantity: 'two dozen' is not a whole number"),
        ({"Value": "-5"}, "Value: '-5': amount must not be negative"),
        ({"Value": "seven hundred"}, "Value: 'seven hundred' is not a number"),
    ],
)
def test_bad_answers_are_one_line_naming_the_field(answers: dict[str, str], message: str) -> None:
    from briefdesk.gui.deal_accept import apply

    with pytest.raises(ValueError) as refused:
        apply(_sale(), answers)
    assert str(refused.value) == message


HEDGED = (
    "JAKARTA, 20 November 2026 - Indonesia has agreed to buy twelve Meridian fighter jets from "
    "the Aeroluce consortium, in a deal worth around 1.9 billion euros, officials said.\n"
)


def _deal_as_accepted(make_window: Any, qtbot: Any, edit: bool) -> dict[str, Any]:
    window = make_window()
    window.add_source_text(HEDGED)
    wait_idle(qtbot, window)
    panel = window.suggestions_panel
    panel.select(next(s for s in panel.items if s.kind == "deals"))
    (panel.edit_button if edit else panel.accept_button).click()
    deal = window.doc.brief.deals[0].model_dump(mode="json", exclude={"id"})
    source_id = window.doc.brief.sources[0].id  # each window's source has its own id
    return dict(json.loads(json.dumps(deal).replace(source_id, "SOURCE")))


def test_ok_on_an_untouched_editor_changes_no_field(
    make_window: Any, qtbot: Any, answer_in_dialog: dict[str, Any]
) -> None:
    """newcomer13 N13-36: a hedged value ('around …') came back exact after Edit & accept + OK."""
    plain = _deal_as_accepted(make_window, qtbot, edit=False)
    assert plain["value"]["estimate"] is True
    answer_in_dialog["values"] = {}  # the user changes nothing and presses OK
    edited = _deal_as_accepted(make_window, qtbot, edit=True)
    assert answer_in_dialog["answers"]["Estimate"] == "yes"
    assert {k: v for k, v in edited.items() if k != "parties"} == {
        k: v for k, v in plain.items() if k != "parties"
    }
    assert len(edited["parties"]) == len(plain["parties"])


def test_the_estimate_can_still_be_turned_off() -> None:
    from briefdesk.gui.deal_accept import apply

    raw = _sale()
    hedged = MoneySuggestion(Decimal("1600000000"), "USD", "about $1.6 billion", estimate=True)
    raw.value = hedged
    answers = {f.name: f.value for f in fields(raw, "jets")}
    assert answers["Estimate"] == "yes"
    edited, extras = apply(raw, answers | {"Estimate": "no"})
    assert edited.value.estimate is False and extras.estimate is False
    edited, extras = apply(raw, answers)
    assert edited.value.estimate is True and extras.estimate is True
