"""At the user's level (round 23, newcomer22's leftovers): ``briefdesk draft`` on a made-up
release in which a ministry signs an access agreement with a company, granting it rights."""

from __future__ import annotations

from pathlib import Path

from briefdesk.cli.main import main
from briefdesk.model.codes import DealKind, PartyRole
from briefdesk.model.fileformat import loads

RELEASE = (
    "Ruvia grants Dutch trawler firm fisheries access\n\n"
    "Praia, 3 March 2026 - The Ministry of Maritime Economy of Cabo Verde has signed a fisheries "
    "access agreement with Kuiper Pelagic Trawlers BV, granting the company the right to fish "
    "with four freezer trawlers for two years.\n\n"
    "The company will pay an access fee of EUR 2.1 million.\n"
)


def _drafted(tmp_path: Path, text: str) -> Path:
    article = tmp_path / "release.txt"
    article.write_text(text, encoding="utf-8")
    path = tmp_path / "access.brief"
    assert main(["new", str(path)]) == 0
    assert main(["add-source", str(path), str(article)]) == 0
    assert main(["draft", str(path)]) == 0
    return path


def test_access_agreement_granted_is_drafted_with_grantor_and_concessionaire(
    tmp_path: Path,
) -> None:
    brief = loads(_drafted(tmp_path, RELEASE).read_bytes())
    deal = brief.deals[0]
    assert deal.kind is DealKind.CONCESSION
    sides = {brief.actor(p.actor_id).name: p.role for p in deal.parties}  # type: ignore[union-attr]
    assert sides == {
        "Kuiper Pelagic Trawlers BV": PartyRole.CONCESSIONAIRE,
        "Ministry of Maritime Economy": PartyRole.GRANTOR,
    }
    assert [item.designation for item in deal.items] == ["fisheries access agreement"]
    # A concession's Status word for signed is Granted, and its BLUF says so (N23-09, round 23).
    assert "has granted Kuiper Pelagic Trawlers BV a fisheries access agreement" in brief.bluf
