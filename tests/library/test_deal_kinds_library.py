"""The library indexes the kinds beyond sales (newcomer12 N12-17): a search filtered on
"concession" finds the brief, and a dossier names the actor's role in plain words."""

from __future__ import annotations

from pathlib import Path

from briefdesk.library.api import SearchFilters
from briefdesk.library.render import dossier_text
from briefdesk.library.sqlbase import SqlBase
from briefdesk.model import DealParty
from briefdesk.model.codes import DealKind, PartyRole
from tests.library.factory import make_brief, write_brief


def test_a_sanctions_deal_is_found_by_kind_and_its_roles_read_plainly(
    lib: SqlBase, tmp_path: Path
) -> None:
    brief = make_brief(7)
    brief.header.title = "EU asset freeze"
    brief.actors[0].name, brief.actors[0].country = "Pakistan", "PK"
    deal = brief.deals[0]
    deal.kind = DealKind.SANCTIONS
    deal.parties = [DealParty(actor_id=brief.actors[0].id, role=PartyRole.IMPOSING_PARTY)]
    write_brief(tmp_path / "desk", brief)
    assert lib.index([tmp_path / "desk"]).added == 1
    found = lib.search("Pakistan", SearchFilters(deal_kind="sanctions"))
    assert [h.title for h in found] == ["EU asset freeze"]
    assert lib.search("Pakistan", SearchFilters(deal_kind="concession")) == []
    dossier = lib.dossier("Pakistan")
    assert dossier is not None and [d.kind for d in dossier.deals] == ["sanctions"]
    assert "imposing party · " in dossier_text(dossier)


def test_a_works_contract_is_found_by_kind_and_the_contractor_read_plainly(
    lib: SqlBase, tmp_path: Path
) -> None:
    """newcomer13 N13-24: a construction contract is indexed as one (a format-4 brief), not as
    an arms sale; the dossier says the actor was the contractor."""
    brief = make_brief(8)
    brief.header.title = "Grid link awarded"
    brief.actors[0].name, brief.actors[0].country = "Andes Grid Builders", ""
    deal = brief.deals[0]
    deal.kind = DealKind.CONSTRUCTION
    deal.parties = [DealParty(actor_id=brief.actors[0].id, role=PartyRole.CONTRACTOR)]
    write_brief(tmp_path / "desk", brief)
    assert lib.index([tmp_path / "desk"]).added == 1
    found = lib.search("Andes", SearchFilters(deal_kind="construction"))
    assert [h.title for h in found] == ["Grid link awarded"]
    assert lib.search("Andes", SearchFilters(deal_kind="arms_sale")) == []
    assert lib.search("Andes", SearchFilters(deal_kind="procurement")) == []
    dossier = lib.dossier("Andes Grid Builders")
    assert dossier is not None and [d.kind for d in dossier.deals] == ["construction"]
    assert [d.role for d in dossier.deals] == ["contractor"]
    assert "contractor · " in dossier_text(dossier)


def test_a_lease_is_found_by_kind_and_the_lessee_read_plainly(lib: SqlBase, tmp_path: Path) -> None:
    """Round 22 (newcomer21 N21-02): a lease (a format-5 brief) is indexed as one, not as an
    arms sale or "other"; the dossier says the actor was the lessee."""
    brief = make_brief(9)
    brief.header.title = "Transports leased"
    brief.actors[0].name, brief.actors[0].country = "Calveran Air Force", ""
    deal = brief.deals[0]
    deal.kind = DealKind.LEASE
    deal.parties = [DealParty(actor_id=brief.actors[0].id, role=PartyRole.LESSEE)]
    write_brief(tmp_path / "desk", brief)
    assert lib.index([tmp_path / "desk"]).added == 1
    found = lib.search("Calveran", SearchFilters(deal_kind="lease"))
    assert [h.title for h in found] == ["Transports leased"]
    assert lib.search("Calveran", SearchFilters(deal_kind="arms_sale")) == []
    assert lib.search("Calveran", SearchFilters(deal_kind="other")) == []
    dossier = lib.dossier("Calveran Air Force")
    assert dossier is not None and [d.kind for d in dossier.deals] == ["lease"]
    assert [d.role for d in dossier.deals] == ["lessee"]
    assert "lessee · " in dossier_text(dossier)
