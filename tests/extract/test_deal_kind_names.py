"""An "other" deal the extractor already reads as rights granted or a stake sold gets the
brief's own kind (newcomer12 N12-17), its sides in that kind's words; made-up sentences."""

from __future__ import annotations

import pytest

from briefdesk.editing.deal_sentence import deal_sentence
from briefdesk.extract import extract_text
from briefdesk.model.codes import PartyRole

CONCESSION = (
    "The Ministry of Mines of Zambora granted Copperline Resources Ltd a 25-year mining licence "
    "for the Kasoma deposit, in a deal worth $300 million."
)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (CONCESSION, "concession"),
        (
            "Ruritania's port authority signed a 30-year concession worth $450 million with "
            "Harbour Group Ltd to run the Eastport container terminal.",
            "concession",
        ),
        (
            "Kestrel Mining agreed to sell its 30% stake in the Lobo mine to Andes Copper "
            "Partners for $210 million.",
            "acquisition",
        ),
        # Negatives: an offtake buys output (no rights granted); goods stay a sale.
        (
            "Nordoil signed a $900 million offtake agreement with Petrozora for crude from the "
            "Azul field.",
            "other",
        ),
        ("Poland signed a $2.1 billion contract with Hanwha for 48 K9 howitzers.", "arms_sale"),
    ],
)
def test_rights_and_stakes_get_their_own_kind(text: str, kind: str) -> None:
    assert [str(d.kind) for d in extract_text(text).deals] == [kind]


def test_a_concessions_sides_are_the_concessionaire_and_the_grantor() -> None:
    deal = extract_text(CONCESSION).deals[0]
    out = deal.to_json()
    assert (out["concessionaire"], out["grantor"]) == (
        "Copperline Resources Ltd",
        "Ministry of Mines of Zambora",
    )
    ids = {"Copperline Resources Ltd": "a-1", "Ministry of Mines of Zambora": "a-2"}
    parties = deal.to_deal("src-1", CONCESSION, ids).parties
    assert {(p.actor_id, p.role) for p in parties} == {
        ("a-1", PartyRole.CONCESSIONAIRE),
        ("a-2", PartyRole.GRANTOR),
    }
    assert any(r.rule == "deal.kind_named" for r in deal.why)
    # A concession's Status word for signed is Granted, and its sentence says so (N23-09).
    signed = "has granted Copperline Resources Ltd the 25-year mining licence"
    assert signed in deal_sentence(deal)


def test_a_named_kind_keeps_the_key_a_dismissal_was_filed_under() -> None:
    """Dismissed as "other" before format 3, the same suggestion stays dismissed."""
    assert extract_text(CONCESSION).deals[0].key.startswith("deal:other:")


def test_a_draft_from_a_concession_files_its_sides_as_grantor_and_concessionaire() -> None:
    """Ctrl+D on a concession article: the deal, its parties in the kind's words, the BLUF."""
    from briefdesk.editing.draft import draft
    from briefdesk.editing.edits import apply_edits
    from briefdesk.extract import extract_source
    from briefdesk.model import Brief, Source

    headline = "Zambora grants copper licence"
    source = Source(id="src-1", text=f"{headline}\n\n{CONCESSION}\n")
    brief = Brief(sources=[source])
    drafted = apply_edits(brief, draft(brief, "src-1", extract_source(source)))
    deal = drafted.deals[0]
    names = {p.role: drafted.actor(p.actor_id).name for p in deal.parties}  # type: ignore[union-attr]
    assert names == {
        PartyRole.CONCESSIONAIRE: "Copperline Resources Ltd",
        PartyRole.GRANTOR: "Ministry of Mines of Zambora",
    }
    assert str(deal.kind) == "concession"
    assert "has granted Copperline Resources Ltd the 25-year mining licence" in drafted.bluf
    # (round 14: the concession names its rights as item, so the title is made from the deal)
    assert drafted.header.title == (
        "Ministry of Mines of Zambora grants 25-year mining licence to Copperline Resources Ltd"
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Ministry of Energy of Zambora awarded Ridgeline Grid Builders Ltd a $400 million EPC "
        "contract for a 330 kV transmission line.",
        "Harbour Authority signed a $120 million contract with Coastline Works Ltd to build a new "
        "breakwater at Eastport.",
        "The Kaluma Roads Authority signed a civil works contract worth $75 million with "
        "Meridian Contractors Ltd for the town's bypass.",
    ],
)
def test_works_built_under_contract_are_construction_with_client_and_contractor(
    text: str,
) -> None:
    """newcomer13 N13-24: format 4's construction kind for an EPC or works contract."""
    (deal,) = extract_text(text).deals
    assert str(deal.kind) == "construction"
    out = deal.to_json()
    assert (out["client"], out["contractor"]) == (deal.buyer, deal.seller)
    assert deal.buyer and deal.seller


@pytest.mark.parametrize(
    "text",
    [
        # Goods bought, output bought, rights granted: no works.
        "Nordoil signed a $900 million offtake agreement with Petrozora for crude from the Azul "
        "field.",
        "Poland signed a $2.1 billion contract with Hanwha for 48 K9 howitzers.",
        "Zambora signed a $50 million contract with Orbital Systems Ltd for two weather "
        "satellites.",
    ],
)
def test_contracts_for_goods_or_output_are_not_construction(text: str) -> None:
    assert "construction" not in [str(d.kind) for d in extract_text(text).deals]


@pytest.mark.parametrize(
    "text",
    [
        "Falcon Metals acquired its 51% stake from Lundar Mining for US$212 million in March.",
        "Brightwater Energy sold a 20 per cent stake in the Tamar field to Coastal Gas Ltd for "
        "$310 million.",
        "Orion Ports bought the remaining 49% stake from Harbour Group Ltd for €90 million.",
    ],
)
def test_a_stake_bought_or_sold_in_any_tense_is_an_acquisition(text: str) -> None:
    """newcomer14 N14-32: 'acquired its 51% stake from X for' was kind other."""
    assert [str(d.kind) for d in extract_text(text).deals] == ["acquisition"]


def test_shares_traded_on_a_market_are_no_stake_told() -> None:
    text = "Norsk Hydrogen bought two electrolysers from Elyse Power for $45 million."
    assert "acquisition" not in [str(d.kind) for d in extract_text(text).deals]
