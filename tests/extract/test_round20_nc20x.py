"""Newcomer20's deals (round 20): a contract for a service on goods is no sale of the goods
(N20-03). Made-up sentences in several wordings, with the sales that must stay sales."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _deal(text: str) -> tuple[str, str, int | None]:
    """(kind, item, quantity) of the one priced deal of ``text``."""
    found = [d for d in extract_text(text).deals if d.value]
    assert len(found) == 1, found
    return found[0].kind, found[0].item, found[0].quantity


@pytest.mark.parametrize(
    ("text", "item"),
    [
        (  # a noun with two modifiers, the goods counted and owned ("the Navy's")
            "BOGOTA - Ruritania's Ministry of Defence has cancelled a EUR 74 million contract "
            "with the shipyard Nordwerft for the mid-life maintenance of the Navy's two Type 209 "
            "submarines, ARC Uno and ARC Dos, after a court ruled the tender void.",
            "mid-life maintenance of the Navy's two Type 209 submarines",
        ),
        (  # awarded to, "overhaul"
            "The Ruritanian Navy awarded a USD 30 million contract to Norlake Shipyard for the "
            "overhaul of four patrol boats.",
            "overhaul of four patrol boats",
        ),
        (  # a verb: "to upgrade"
            "Ruritania signed a $120 million deal with Avionix to upgrade 24 F-16 fighter jets.",
            "upgrade 24 F-16 fighter jets",
        ),
        (  # "repair", the amount before the deal word
            "The army awarded Tessaro Defence a EUR 15 million contract for the repair of 40 "
            "Leopard tanks.",
            "repair of 40 Leopard tanks",
        ),
        (  # two services joined
            "Velmark Aero won a $55 million contract for the overhaul and upgrade of 12 Mi-17 "
            "helicopters of the Ruritanian Air Force.",
            "overhaul and upgrade of 12 Mi-17 helicopters of the Ruritanian Air Force",
        ),
    ],
)
def test_a_service_on_arms_is_no_sale_of_them(text: str, item: str) -> None:
    assert _deal(text) == ("other", item, None)


@pytest.mark.parametrize(
    ("text", "item", "quantity"),
    [
        (  # the goods bought: a sale
            "Ruritania signed a $120 million deal with Avionix to buy 24 F-16 fighter jets.",
            "F-16 fighter jets",
            24,
        ),
        (  # supply and maintenance: the goods are sold with the service
            "The ministry signed a $9 million contract with Kovar Systems for the supply and "
            "maintenance of 12 howitzers.",
            "howitzers",
            12,
        ),
        (  # the goods, then their maintenance
            "The ministry signed a $9 million contract with Kovar Systems for 12 howitzers and "
            "their maintenance.",
            "howitzers",
            12,
        ),
        (  # a sale that includes training
            "Kovar Systems will sell 12 howitzers to Ruritania for $9 million, including the "
            "training of 40 crews.",
            "howitzers",
            12,
        ),
    ],
)
def test_a_sale_with_a_service_stays_a_sale(text: str, item: str, quantity: int) -> None:
    assert _deal(text) == ("arms_sale", item, quantity)


def _loan(text: str) -> tuple[str, str, list[str]]:
    """(lender, borrower, guarantors) of the one loan of ``text``."""
    found = [d for d in extract_text(text).deals if d.kind == "loan"]
    assert len(found) == 1, found
    return found[0].seller, found[0].buyer, found[0].guarantors


@pytest.mark.parametrize(
    ("text", "guarantor"),
    [
        (  # the subject of "has guaranteed", an apposition between (N20-09)
            "Exportia, Ruritania's export-credit agency, has guaranteed 85 per cent of a US$160 "
            "million loan that Banque Lorient will make to the Ministry of Finance.",
            "Exportia",
        ),
        (  # "is guaranteed by", in a second clause
            "Nordbank will lend $50 million to the Ministry of Finance, and the loan is "
            "guaranteed by the Export Credits Guarantee Board.",
            "Export Credits Guarantee Board",
        ),
        (  # "backed by a guarantee from"
            "Kovar Bank signed a $20 million loan with Velmark Industries, backed by a guarantee "
            "from the World Bank.",
            "World Bank",
        ),
        (  # "under a guarantee from"
            "Nordbank will lend $50 million to Velmark Power under a guarantee from the Ministry "
            "of Finance.",
            "Ministry of Finance",
        ),
    ],
)
def test_a_loans_guarantor_is_read(text: str, guarantor: str) -> None:
    lender, _, guarantors = _loan(text)
    assert guarantors == [guarantor]
    assert lender and lender != guarantor


@pytest.mark.parametrize(
    "text",
    [
        # a speaker, an adviser, a guarantee not needed: no guarantor
        "Exportia said Nordbank will lend $50 million to Velmark Power.",
        "Nordbank will lend $50 million to Velmark Power, which Kovar Bank advised on the deal.",
        "Nordbank will lend $50 million to Velmark Power; the Ministry of Finance said the loan "
        "would not need a guarantee.",
        # the lender guarantees its own loan: no third party
        "Nordbank will lend $50 million to Velmark Power and Nordbank has guaranteed the rate.",
    ],
)
def test_no_guarantor_without_one(text: str) -> None:
    assert _loan(text)[2] == []


def test_a_guarantor_is_in_the_json_and_the_deal_with_its_role() -> None:
    text = (
        "Exportia, Ruritania's export-credit agency, has guaranteed 85 per cent of a US$160 "
        "million loan that Banque Lorient will make to the Ministry of Finance."
    )
    deal = next(d for d in extract_text(text).deals if d.kind == "loan")
    shown = deal.to_json()
    assert shown["guarantors"] == ["Exportia"]
    assert any(r.rule == "guarantor.cue" and "Exportia" in r.text for r in deal.why)
    ids = {"Exportia": "a1", "Banque Lorient": "a2", "Ministry of Finance": "a3"}
    roles = {(p.actor_id, str(p.role)) for p in deal.to_deal("s1", text, ids).parties}
    assert roles == {("a1", "guarantor"), ("a2", "lender"), ("a3", "borrower")}


def test_a_state_owning_the_guarantor_is_not_it() -> None:
    text = (
        "Velmark Gas signed a EUR 500 million loan from Banca Nordica, guaranteed by Ruritania's "
        "export credit agency, to pay for compressor stations."
    )
    assert _loan(text)[2] == []


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Dr Ilse Vantongeren, Senior Fellow | 2 November 2026", ""),  # a titled writer
        ("Prof Marta Kellerman | 2 November 2026", ""),
        ("Maritime Asia Weekly | 2 November 2026", "Maritime Asia Weekly"),  # still an outlet
    ],
)
def test_a_titled_writer_in_a_dated_head_line_is_no_organisation(line: str, outlet: str) -> None:
    text = (
        f"Ruritania buys a launch\n{line}\n\nThe Ruritanian Space Agency signed a US$185 million "
        "contract with Arvelle Launch Services."
    )
    orgs = {a.name for a in extract_text(text).actors if a.type != "person"}
    assert not {n for n in orgs if "Vantongeren" in n or "Kellerman" in n}
    if outlet:
        assert outlet in orgs
    assert "Arvelle Launch Services" in orgs


_TABLE = (
    "| {head} | Spectrum | {price} |\n| --- | --- | --- |\n"
    "| Volta Mobile | 100 MHz | US$62.5 million |\n| Ashanti Telecom | 80 MHz | US$48 million |\n"
)


def _rows(lead: str, head: str = "Winner", price: str = "Price paid") -> list[tuple[str, ...]]:
    text = f"# Notes\n\n{lead}\n\n{_TABLE.format(head=head, price=price)}"
    return [
        (d.kind, d.buyer, d.seller, d.value.as_stated if d.value else "")
        for d in extract_text(text).deals
    ]


@pytest.mark.parametrize(
    ("lead", "head", "price"),
    [
        (  # an auction closed by an authority, its winners (N20-05)
            "- The National Spectrum Authority (NSA) closed the first 5G spectrum auction on 27 "
            "November 2026.",
            "Winner",
            "Price paid",
        ),
        (  # licences awarded, a licensee column
            "The National Spectrum Authority awarded the following licences on 3 May 2026:",
            "Licensee",
            "Licence fee",
        ),
    ],
)
def test_a_table_of_auction_winners_gives_each_a_concession(
    lead: str, head: str, price: str
) -> None:
    assert _rows(lead, head, price) == [
        ("concession", "Volta Mobile", "National Spectrum Authority", "US$62.5 million"),
        ("concession", "Ashanti Telecom", "National Spectrum Authority", "US$48 million"),
    ]


def test_a_table_of_contracts_awarded_keeps_its_winners_selling() -> None:
    """No rights granted: the winners are contractors the ministry buys from, as before."""
    rows = _rows("The Ministry of Works awarded the following contracts:", "Winner", "Value")
    assert [(buyer, seller) for _, buyer, seller, _ in rows] == [
        ("Ministry of Works", "Volta Mobile"),
        ("Ministry of Works", "Ashanti Telecom"),
    ]
    assert all(kind != "concession" for kind, *_ in rows)


@pytest.mark.parametrize(
    ("text", "name", "organisation"),
    [
        (  # a rocket's name, said bare in the next sentence (N20-08)
            "Ruritania will put two satellites into orbit on a single Corvus rocket. Corvus has "
            "flown only four times.",
            "Corvus",
            False,
        ),
        (  # a launcher type
            "The army ordered the Kestrel launcher last year. Kestrel has failed twice in tests.",
            "Kestrel",
            False,
        ),
        (  # a firm that flies, named as no type
            "Orbex has flown twice. Orbex signed a launch deal with Ruritania.",
            "Orbex",
            True,
        ),
        (  # the firm builds the rocket: "the rocket" is no type name after it
            "Kestrel will build the rocket. Kestrel has won the contract for a launch pad.",
            "Kestrel",
            True,
        ),
    ],
)
def test_a_rockets_name_is_no_organisation(text: str, name: str, organisation: bool) -> None:
    orgs = {a.name for a in extract_text(text).actors if a.type == "organization"}
    assert (name in orgs) is organisation


def test_export_licences_granted_are_no_rights_won() -> None:
    """Round 18's export-licence table keeps its exporters selling to their end users."""
    text = (
        "Export licences granted by Ruritania's export control agency, 2027\n\n"
        "Exporter | End user | Equipment\n"
        "Kongsvik | Armed Forces of Ostia | Anti-ship missiles\n"
    )
    got = [(d.kind, d.buyer, d.seller) for d in extract_text(text).deals]
    assert got == [("arms_sale", "Armed Forces of Ostia", "Kongsvik")]
