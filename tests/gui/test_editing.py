"""Edits are undo commands: typing, records, linking; undo/redo restores every state."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from briefdesk.gui.document import BriefDocument
from briefdesk.gui.fieldpath import EditRefused
from briefdesk.model import Actor, Brief
from briefdesk.model.codes import ActorType, Likelihood, PartyRole

from .conftest import SAMPLE_ARTICLE, PromptLog, select_text, wait_idle


def test_typing_in_a_field_is_one_undo_step(window: Any, qtbot: Any) -> None:
    window.editor.setCurrentIndex(1)
    bluf = window.editor.summary_form.widget_for("bluf")
    bluf.setFocus()
    qtbot.keyClicks(bluf, "Pakistan sells jets.")
    assert window.doc.brief.bluf == "Pakistan sells jets."
    assert window.doc.undo_stack.count() == 1
    assert window.doc.dirty
    assert "*" in window.title_text()
    window.act_undo.trigger()
    assert window.doc.brief.bluf == ""
    assert bluf.toPlainText() == ""
    assert not window.doc.dirty


def test_undo_redo_across_fields_records_and_links(window: Any, qtbot: Any) -> None:
    doc = window.doc
    before = doc.brief.model_dump()
    doc.set_value("header.title", "Jet sale")
    doc.set_value("header.from.name", "A. Officer")
    window.add_source_text(SAMPLE_ARTICLE.read_text("utf-8"))
    wait_idle(qtbot, window)
    select_text(window, "Hikmet Hajiyev")
    window.link_actor(ActorType.PERSON)
    select_text(window, "$1.6 billion")
    window.link_deal_value()
    select_text(window, "Pakistan")
    window.link_party(PartyRole.SELLER)
    window.editor.lists["deals"].select_row(0)
    doc.insert_record("significance.judgments", _judgment())
    doc.set_value("significance.judgments[0].likelihood", Likelihood.LIKELY)
    after = doc.brief.model_dump()
    steps = doc.undo_stack.count()
    assert steps >= 7

    for _ in range(steps):
        window.act_undo.trigger()
    assert doc.brief.model_dump() == before
    assert window.sources_pane.list.count() == 0
    for _ in range(steps):
        window.act_redo.trigger()
    assert doc.brief.model_dump() == after
    assert [a.name for a in doc.brief.actors] == ["Hikmet Hajiyev", "Pakistan"]
    assert doc.brief.deals[0].value is not None
    assert doc.brief.deals[0].value.as_stated == "$1.6 billion"
    assert str(doc.brief.deals[0].value.amount) == "1600000000"
    assert doc.brief.deals[0].parties[0].role is PartyRole.SELLER


def _judgment() -> Any:
    from briefdesk.model import KeyJudgment

    return KeyJudgment(statement="The sale will go ahead.")


def test_invalid_value_is_refused_not_stored(qtbot: Any) -> None:
    doc = BriefDocument(Brief(actors=[Actor(name="Chile", type=ActorType.STATE)]))
    with qtbot.waitSignal(doc.refused) as signal:
        try:
            doc.set_value("actors[0].country", "XX")
        except EditRefused as exc:
            assert "actors[0].country" in str(exc)
    assert "ISO 3166" in signal.args[0]
    assert doc.brief.actors[0].country == ""
    assert doc.undo_stack.count() == 0


def test_record_list_add_remove_and_detail_form(window: Any, qtbot: Any) -> None:
    actors = window.editor.lists["actors"]
    window.editor.setCurrentIndex(2)
    qtbot.mouseClick(actors.add_button, Qt.MouseButton.LeftButton)
    assert len(window.doc.brief.actors) == 1
    name = actors.form.widget_for("actors[0].name")
    name.selectAll()
    qtbot.keyClicks(name, "Khalil Hashmi")
    assert window.doc.brief.actors[0].name == "Khalil Hashmi"
    assert actors.table.item(0, 0).text() == "Khalil Hashmi"
    qtbot.mouseClick(actors.remove_button, Qt.MouseButton.LeftButton)
    assert window.doc.brief.actors == []
    window.act_undo.trigger()
    assert window.doc.brief.actors[0].name == "Khalil Hashmi"


def test_marking_editor_sets_a_consistent_marking(window: Any) -> None:
    from briefdesk.model.codes import MarkingScheme
    from briefdesk.review import review_brief

    editor = window.editor.marking
    editor.scheme.setCurrentIndex(editor.scheme.findData(MarkingScheme.TLP))
    editor._scheme_changed()
    # newcomer12 N12-11: choosing the scheme saved TLP:CLEAR, the most permissive level,
    # and the "no handling marking" check went quiet; the level is the user's choice.
    assert window.doc.brief.marking.scheme is MarkingScheme.NONE
    assert editor.level.currentIndex() == -1 and editor.level.currentText() == ""
    assert editor.level.placeholderText() == "Choose level"
    assert "no handling marking" in [f.message for f in review_brief(window.doc.brief)]
    editor.level.setCurrentText("AMBER")
    editor.level.activated.emit(editor.level.currentIndex())
    assert window.doc.brief.marking.label == "TLP:AMBER"
    editor.level.setCurrentText("RED")
    editor.commit()
    assert window.doc.brief.marking.label == "TLP:RED"
    window.act_undo.trigger()
    assert window.doc.brief.marking.label == "TLP:AMBER"
    # Back to the same scheme: its level is kept, not cleared.
    editor._scheme_changed()
    assert window.doc.brief.marking.label == "TLP:AMBER"


def test_ctrl_z_in_a_field_undoes_the_brief_not_just_the_widget(window: Any, qtbot: Any) -> None:
    window.editor.setCurrentIndex(0)
    title = window.editor.header_form.widget_for("header.title")
    title.setFocus()
    qtbot.keyClicks(title, "Jets")
    bluf = window.editor.summary_form.widget_for("bluf")
    window.editor.setCurrentIndex(1)
    bluf.setFocus()
    qtbot.keyClicks(bluf, "Sale agreed.")
    assert window.doc.undo_stack.count() == 2
    qtbot.keyClick(bluf, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.doc.brief.bluf == ""
    assert bluf.toPlainText() == ""
    qtbot.keyClick(bluf, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.doc.brief.header.title == ""
    assert title.text() == ""
    qtbot.keyClick(
        bluf, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert window.doc.brief.header.title == "Jets"
    assert title.text() == "Jets"


def test_country_code_is_upper_cased_as_typed(window: Any, qtbot: Any) -> None:
    window.doc.insert_record("actors", Actor(name="Pakistan", type=ActorType.STATE))
    actors = window.editor.lists["actors"]
    window.editor.setCurrentIndex(2)
    actors.select_row(0)
    country = actors.form.widget_for("actors[0].country")
    country.setFocus()
    qtbot.keyClicks(country, "pk")
    assert window.doc.brief.actors[0].country == "PK"
    assert country.styleSheet() == ""


def test_removing_a_cited_source_removes_its_citations(
    window: Any, qtbot: Any, prompt_log: Any, tmp_path: Any
) -> None:
    from briefdesk import store
    from briefdesk.model.checks import check_brief
    from briefdesk.samples import load_sample

    window._load(load_sample(), None, None)
    brief = window.doc.brief
    cited = brief.sources[0].id
    assert any(s.source_id == cited for s in _all_spans(brief))
    before = brief.model_dump()
    prompt_log.yes = False
    assert not window.remove_source("sources", 0)
    assert window.doc.brief.model_dump() == before
    prompt_log.yes = True
    assert window.remove_source("sources", 0)
    assert "cited" in prompt_log.questions[-1]
    assert all(s.source_id != cited for s in _all_spans(window.doc.brief))
    assert check_brief(window.doc.brief) == []
    prompt_log.save_path = tmp_path / "after.brief"
    assert window.save()
    assert store.open_brief(tmp_path / "after.brief").brief.sources[0].id != cited
    window.act_undo.trigger()
    # Saving stamps the modified time (not an edit); everything else is back.
    assert window.doc.brief.model_dump(exclude={"modified"}) == {
        k: v for k, v in before.items() if k != "modified"
    }


def test_removing_an_actor_removes_its_deal_parties(window: Any) -> None:
    from briefdesk.model.checks import check_brief
    from briefdesk.samples import load_sample

    window._load(load_sample(), None, None)
    brief = window.doc.brief
    party_actor = brief.deals[0].parties[0].actor_id
    index = next(i for i, a in enumerate(brief.actors) if a.id == party_actor)
    window.editor.lists["actors"].select_row(index)
    window.editor.lists["actors"].remove_current()
    assert all(p.actor_id != party_actor for p in window.doc.brief.deals[0].parties)
    assert check_brief(window.doc.brief) == []
    window.act_undo.trigger()
    assert window.doc.brief.deals[0].parties[0].actor_id == party_actor


def _all_spans(brief: Any) -> list[Any]:
    from briefdesk.model.checks import iter_spans

    return [span for _path, span in iter_spans(brief)]


def test_a_party_needs_an_actor_first(window: Any, qtbot: Any, prompt_log: PromptLog) -> None:
    from briefdesk.model import Deal

    window.doc.insert_record("deals", Deal(title="Jets"))
    window.editor.lists["deals"].select_row(0)
    with qtbot.waitSignal(window.doc.refused) as refused:
        window.editor.parties.add_record()
    assert "add an actor first" in refused.args[0]
    assert window.doc.brief.deals[0].parties == []
    window.doc.insert_record("actors", Actor(name="Chile", type=ActorType.STATE))
    chile = window.doc.brief.actors[0].id
    prompt_log.fields_answer = {"actor": chile, "role": "buyer"}
    window.editor.parties.add_record()
    assert window.doc.brief.deals[0].parties[0].actor_id == chile


def test_a_new_party_is_chosen_not_filled_and_a_loans_roles_come_first(
    window: Any, monkeypatch: Any
) -> None:
    """newcomer12 N12-10: "Add party" on a loan filled the brief's first actor as "Buyer"."""
    from briefdesk.gui import prompts
    from briefdesk.gui.fields_dialog import FieldsDialog
    from briefdesk.model import Deal, DealParty
    from briefdesk.model.codes import DealKind, PartyRole

    minister = Actor(name="Claire Dumontet", type=ActorType.PERSON)
    bank = Actor(name="Banque Sorel", type=ActorType.ORGANIZATION)
    window.doc.insert_record("actors", minister)
    window.doc.insert_record("actors", bank)
    lender = DealParty(actor_id=bank.id, role=PartyRole.LENDER)
    loan = Deal(title="Rafale financing loan", kind=DealKind.LOAN, parties=[lender])
    window.doc.insert_record("deals", loan)
    window.editor.lists["deals"].select_row(0)
    shown: list[FieldsDialog] = []

    def ask(parent: Any, title: str, fields: Any, relabel: Any, validate: Any) -> Any:
        dialog = FieldsDialog(title, fields, parent, relabel, validate)
        shown.append(dialog)
        return None  # the user cancels

    monkeypatch.setattr(prompts, "ask_fields", ask)
    window.editor.parties.add_record()
    assert window.doc.brief.deals[0].parties == [lender]  # cancelled: nothing added
    answers = shown[0].answers()
    assert answers == {"actor": "", "role": "borrower"}  # no actor chosen; the missing side
    roles = shown[0].widgets["role"]
    assert [roles.itemText(i) for i in range(roles.count())][:2] == ["Lender", "Borrower"]
    assert "Buyer" not in [roles.itemText(i) for i in range(roles.count())]
    actor = shown[0].widgets["actor"]
    assert actor.currentText() == ""  # none chosen: the field waits for part of a name
    assert actor.lineEdit().placeholderText() == "Type any part of a name"
    monkeypatch.setattr(
        prompts, "ask_fields", lambda *_: {"actor": minister.id, "role": "borrower"}
    )
    window.editor.parties.add_record()
    added = window.doc.brief.deals[0].parties[1]
    assert (added.actor_id, added.role) == (minister.id, PartyRole.BORROWER)


def test_deals_table_shows_the_corrected_amount_not_stale_source_words(window: Any) -> None:
    from decimal import Decimal

    from briefdesk.model import Deal, Money

    value = Money(amount=Decimal("1600000000"), currency="USD", as_stated="$1.6 billion")
    window.doc.insert_record("deals", Deal(title="Jets", value=value))
    table = window.editor.lists["deals"].table
    value_column = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())].index(
        "Value"
    )
    assert table.item(0, value_column).text() == "USD 1.6 billion"
    window.doc.set_value("deals[0].value.amount", Decimal("2100000000"))
    assert table.item(0, value_column).text() == "USD 2.1 billion"


def test_a_negative_quantity_is_refused_with_the_right_reason(window: Any, qtbot: Any) -> None:
    from briefdesk.model import Deal, DealItem

    window.doc.insert_record("deals", Deal(title="Jets", items=[DealItem(designation="JF-17")]))
    window.editor.focus_path("deals[0].items[0].quantity")
    quantity = window.editor.items.form.widget_for("deals[0].items[0].quantity")
    qtbot.keyClicks(quantity, "-3")
    qtbot.keyClick(quantity, Qt.Key.Key_Tab)
    assert window.doc.brief.deals[0].items[0].quantity is None
    assert "negative" in window.statusBar().currentMessage()
    quantity.setFocus()
    quantity.selectAll()
    qtbot.keyClicks(quantity, "12")
    qtbot.keyClick(quantity, Qt.Key.Key_Tab)
    assert window.doc.brief.deals[0].items[0].quantity == 12


def test_a_custom_marking_can_be_typed_from_the_keyboard(window: Any, qtbot: Any) -> None:
    from briefdesk.model.codes import MarkingScheme

    window.activateWindow()
    editor = window.editor.marking
    editor.scheme.setFocus()
    # Choose "Custom text" as a user does (keyboard on the combo), then type the words.
    while editor.scheme.currentData() != MarkingScheme.CUSTOM:
        qtbot.keyClick(editor.scheme, Qt.Key.Key_Down)
    assert editor.level.isEditable(), "no way to type the custom marking"
    editor.level.setFocus()
    qtbot.keyClicks(editor.level, "COMPANY CONFIDENTIAL")
    qtbot.keyClick(editor.level, Qt.Key.Key_Return)
    assert window.doc.brief.marking.scheme is MarkingScheme.CUSTOM
    assert window.doc.brief.marking.level == "COMPANY CONFIDENTIAL"
