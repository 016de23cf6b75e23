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
