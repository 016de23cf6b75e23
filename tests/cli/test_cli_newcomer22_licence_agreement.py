"""At the user's level (round 22, newcomer22 N22-02 and N22-11): ``briefdesk draft`` on a
made-up fisheries release drafts the agreement signed by name as itself, with both states as
signatories, the headline as title and a BLUF that says what was signed; the licence granted in
the same release is suggested as a concession whose acceptance gives the holder as
concessionaire, the ministry's state as grantor and the licence fee as value."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.editing.accept import accept_deal
from briefdesk.editing.deal_sentence import deal_sentence
from briefdesk.extract import extract_text
from briefdesk.model.codes import DealKind, PartyRole
from briefdesk.model.fileformat import loads

RELEASE = (
    "Mauritius and Seychelles sign fisheries access agreement\n\n"
    "Port Louis, 3 March 2026 - The Minister of Fisheries of Mauritius, Tomas Renhart, and the "
    "Minister of Marine Resources of Seychelles, Ilsa Oberlin, today signed in Port Louis a "
    "fisheries access agreement between the Republic of Mauritius and the Republic of "
    "Seychelles.\n\n"
    "Under the agreement, up to 30 Seychellois vessels may fish in Mauritius's waters for four "
    "years.\n\n"
    "The Ministry of Fisheries has also granted a three-year fishing licence to Baltoro Marine "
    "Ltd of Norway for two longliners. The company will pay a licence fee of EUR 1.8 million "
    "and land a fifth of its catch in Port Louis.\n"
)


def _drafted(tmp_path: Path) -> Path:
    article = tmp_path / "release.txt"
    article.write_text(RELEASE, encoding="utf-8")
    path = tmp_path / "fish.brief"
    assert main(["new", str(path)]) == 0
    assert main(["add-source", str(path), str(article)]) == 0
    assert main(["draft", str(path)]) == 0
    return path


def test_draft_names_the_agreement_signed_and_says_so_in_the_bluf(tmp_path: Path) -> None:
    brief = loads(_drafted(tmp_path).read_bytes())
    deal = brief.deals[0]
    assert deal.kind is DealKind.OTHER
    assert [item.designation for item in deal.items] == ["fisheries access agreement"]
    assert {p.role for p in deal.parties} == {PartyRole.SIGNATORY}
    assert brief.header.title == "Mauritius and Seychelles sign fisheries access agreement"
    assert "have signed a fisheries access agreement" in brief.bluf
    assert "contract" not in brief.bluf


def test_the_licence_suggested_is_a_concession_with_its_fee(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _drafted(tmp_path)
    capsys.readouterr()
    assert main(["extract", str(path)]) == 0
    out = capsys.readouterr().out
    assert "[concession, signed] three-year fishing licence EUR 1.8 million" in out


def test_accepting_the_licence_gives_concessionaire_grantor_and_fee(tmp_path: Path) -> None:
    brief = loads(_drafted(tmp_path).read_bytes())
    source = brief.sources[0]
    extraction = extract_text(source.text)
    licence = next(d for d in extraction.deals if d.kind.value == "concession")
    deal = accept_deal(brief, licence, extraction, source)
    names = {brief.actor(p.actor_id).name: p.role for p in deal.parties}  # type: ignore[union-attr]
    assert names["Baltoro Marine Ltd"] is PartyRole.CONCESSIONAIRE
    assert PartyRole.GRANTOR in names.values()
    assert deal.value is not None and deal.value.as_stated == "EUR 1.8 million"
    assert [item.designation for item in deal.items] == ["three-year fishing licence"]
    assert "Baltoro Marine Ltd" in deal_sentence(licence)


def test_an_agreement_item_and_a_goods_item_are_worded_apart() -> None:
    agreement = next(
        d for d in extract_text(RELEASE).deals if d.item == "fisheries access agreement"
    )
    assert "signed a fisheries access agreement" in deal_sentence(agreement)
    goods = extract_text("Business news\n\nKenya signed a deal to buy 40 trucks from Tatra.\n")
    assert all("signed a 40 trucks" not in deal_sentence(d) for d in goods.deals)


@pytest.mark.parametrize(
    ("said", "worth"),
    [
        ("Ruvia will pay EUR 6.5 million a year for access.", "worth EUR 6.5 million a year."),
        ("Ruvia will pay EUR 6.5 million for access.", "worth EUR 6.5 million."),
    ],
)
def test_a_yearly_value_of_an_agreement_is_said_to_be_yearly(said: str, worth: str) -> None:
    from decimal import Decimal

    from briefdesk.extract.results import DealSuggestion, MoneySuggestion
    from briefdesk.model.codes import DealStatus

    at = said.index("EUR")
    value = MoneySuggestion(Decimal(6_500_000), "EUR", "EUR 6.5 million", [(at, at + 15)])
    deal = DealSuggestion(
        kind=DealKind.OTHER,
        item="fisheries access agreement",
        value=value,
        buyer="Ruvia",
        seller="Tamoa",
        status=DealStatus.SIGNED,
    )
    sentence = deal_sentence(deal, said)
    assert "signed a fisheries access agreement" in sentence
    assert sentence.endswith(worth)
