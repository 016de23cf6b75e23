"""Round 17: deals a first-time user met that the extraction missed (newcomer16 N16-01, N16-07,
N16-08). Made-up sentences only, positives and negatives."""

from __future__ import annotations

from briefdesk.extract import extract_text


def _deals(text: str, kind: str) -> list[tuple[str, str, str]]:
    """(buyer slot, seller slot, status) of each deal of ``kind``."""
    return [(d.buyer, d.seller, d.status) for d in extract_text(text).deals if d.kind == kind]


# --- N16-01: a package of sanctions adopted on named targets --------------------------------


def test_sanctions_package_on_a_named_firm() -> None:
    text = (
        "The European Union on Thursday adopted a package of sanctions against Halvor Dynamics, "
        "a maker of guidance kits, freezing its assets in the bloc."
    )
    assert _deals(text, "sanctions") == [("Halvor Dynamics", "European Union", "approved")]


def test_sanctions_targets_listed_in_the_next_sentence() -> None:
    text = (
        "Canada has imposed new sanctions on four Ostrian shipping companies over oil cargoes. "
        "The designated companies include Brask Tankers Ltd, Molvey Shipping and Irtel Marine, "
        "the foreign ministry said."
    )
    deals = _deals(text, "sanctions")
    assert deals == [("Brask Tankers Ltd", "Canada", "approved")]


def test_sanctions_proposed_are_proposed() -> None:
    text = "The United Kingdom proposed sanctions against Corvane Metals over the mine disaster."
    assert _deals(text, "sanctions") == [("Corvane Metals", "United Kingdom", "proposed")]


def test_headline_and_lead_make_one_sanctions_deal() -> None:
    text = (
        "EU adopts sanctions on Drevna Avionics\n\n"
        "BRUSSELS (Wire) - The European Union on Monday adopted sanctions against Drevna "
        "Avionics for supplying drone engines."
    )
    assert len(_deals(text, "sanctions")) == 1


def test_no_sanctions_deal_when_lifted_threatened_or_past() -> None:
    for text in (
        "Washington lifted sanctions on Corvane Metals on Friday.",
        "The EU threatened to impose sanctions on Corvane Metals if the shipments go on.",
        "Corvane Metals has been hit by sanctions imposed in 2019 on its parent.",
        "Serevia dropped the offer after the European Union warned of secondary sanctions.",
        "The European Union adopted sanctions against three Ostrian companies on Monday.",
    ):
        assert _deals(text, "sanctions") == [], text


def test_sanctions_deal_leaves_the_other_deal_of_the_story_as_it_was() -> None:
    sale = (
        "Separately, the government of Vantia signed a 210 million euro contract to buy six "
        "patrol boats from Dutch shipbuilder Damen."
    )
    text = "Japan on Friday adopted sanctions against Pelkor Arms Ltd, its ministry said. " + sale
    alone = [(d.kind, d.buyer, d.seller) for d in extract_text(sale).deals]
    together = [(d.kind, d.buyer, d.seller) for d in extract_text(text).deals]
    assert together == [*alone, ("sanctions", "Pelkor Arms Ltd", "Japan")]


# --- N16-07: a concession held, "granted by" a named body, told in another deal's sentence ---


def test_concession_held_under_rights_granted_by_a_body() -> None:
    text = (
        "The credit will pay for new cranes at the terminal, which Harbour Link Terminals Ltd "
        "operates under a 25-year concession granted by the Ostrian Ports Authority in 2023."
    )
    deals = [(d.kind, d.item, d.buyer, d.seller, d.status) for d in extract_text(text).deals]
    assert (
        "concession",
        "25-year concession",
        "Harbour Link Terminals Ltd",
        "Ostrian Ports Authority",
        "signed",
    ) in deals


def test_no_concession_without_a_named_grantor_or_told_twice() -> None:
    assert (
        _deals("Harbour Link Terminals Ltd runs the port under a concession.", "concession") == []
    )
    twice = (
        "The Ostrian Ports Authority granted a 25-year concession for the port to Harbour Link "
        "Terminals Ltd. Harbour Link Terminals Ltd operates the port under a 25-year concession "
        "granted by the Ostrian Ports Authority."
    )
    assert len(_deals(twice, "concession")) == 1


def test_no_sanctions_target_from_a_word_that_describes_it() -> None:
    for text in (
        "The United States on Tuesday imposed sanctions on a Ostrian shipping company.",
        "Britain on Monday imposed sanctions on a Canada-registered fuel trader.",
        "The United States imposed sanctions on Chile's state copper company on Friday.",
    ):
        assert _deals(text, "sanctions") == [], text
