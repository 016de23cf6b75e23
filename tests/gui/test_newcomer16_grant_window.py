"""The window names a grant's sides in its own words (newcomer16 N16-09): the parties table,
the Role drop-down and Add party say Donor and Recipient, never Lender and Borrower."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from briefdesk.gui.fields_dialog import FieldsDialog
from briefdesk.model import Actor, Deal, DealParty
from briefdesk.model.codes import ActorType, DealKind, PartyRole


def _items(combo: Any) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_a_grants_parties_read_donor_and_recipient(
    window: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    from briefdesk.gui import prompts

    donor = Actor(name="Velmora", type=ActorType.STATE)
    port = Actor(name="Ostrava Port Authority", type=ActorType.ORGANIZATION)
    window.doc.insert_record("actors", donor)
    window.doc.insert_record("actors", port)
    parties = [DealParty(actor_id=donor.id, role=PartyRole.LENDER)]
    window.doc.insert_record("deals", Deal(title="Harbour", kind=DealKind.GRANT, parties=parties))
    window.editor.lists["deals"].select_row(0)
    window.editor.parties.select_row(0)
    table = window.editor.parties.table
    assert table.item(0, 1).text() == "Donor"
    assert _items(window.editor._party_role.combo)[:2] == ["Donor", "Recipient"]
    shown: list[FieldsDialog] = []

    def ask(parent: Any, title: str, specs: Any, relabel: Any, validate: Any) -> Any:
        shown.append(FieldsDialog(title, specs, parent, relabel, validate))
        return None

    monkeypatch.setattr(prompts, "ask_fields", ask)
    window.editor.parties.add_record()
    assert shown[0].answers()["role"] == "borrower"  # the missing side, in the model's code
    assert _items(shown[0].widgets["role"])[:2] == ["Donor", "Recipient"]
    window.doc.set_value("deals[0].kind", DealKind.LOAN)  # the same party, now a lender
    assert table.item(0, 1).text() == "Lender"
    window.doc.undo_stack.undo()
    assert table.item(0, 1).text() == "Donor"
    from briefdesk.gui.app import _select_tabs

    assert _select_tabs(window, "Deals", "") == ""
    window.grab().save(str(tmp_path / "grant-parties.png"))
