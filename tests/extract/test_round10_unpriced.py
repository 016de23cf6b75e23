"""Deals told without a price, of the kinds the retired blind sets showed (issue 10, round 10):
made-up paraphrases that the articles do not contain, and sentences that must not give a deal."""

from __future__ import annotations

import pytest

from tests.extract.deal_rows import deals

# A priced deal first, as in an article: the unpriced deal is a second one beside it.
_LEAD = (
    "Harbour Lines Ltd signed a $40 million contract to buy two ferries from Nordfjord Yards "
    "AS, the companies said on Monday.\n\n"
)


def _unpriced(sentence: str) -> list[tuple[str, str, str, str]]:
    """(buyer, seller, kind, status) of each deal without a price."""
    return [(b, s, k, st) for b, s, k, v, st in deals(_LEAD + sentence) if v is None]


@pytest.mark.parametrize(
    ("sentence", "buyer", "seller", "status"),
    [
        (  # a licence taken away: its holder and the authority that granted it
            "The Ministry of Mines has revoked the exploration licence of Kalahari Copper Ltd "
            "after it missed two work programmes.",
            "Kalahari Copper Ltd",
            "Ministry of Mines",
            "cancelled",
        ),
        (
            "The Ministry of Mines has suspended the mining licence of Kalahari Copper Ltd over "
            "the Lobo project.",
            "Kalahari Copper Ltd",
            "Ministry of Mines",
            "suspended",
        ),
        (  # "stripped X of its permit"
            "The Tanzanian government stripped Atlas Uranium SA of its permit for the Tassa "
            "deposit.",
            "Atlas Uranium SA",
            "Tanzania",
            "cancelled",
        ),
        (  # a provider picked for a job, no contract noun
            "Separately, Kivu Energy has signed with Tianhe Hydropower Engineering Co for the "
            "installation of two turbines at the Ruzizi plant.",
            "Kivu Energy",
            "Tianhe Hydropower Engineering Co",
            "signed",
        ),
        (
            "The Ministry of Transport issued a notice of award to Kobe Marine Works Ltd for "
            "four patrol boats.",
            "Ministry of Transport",
            "Kobe Marine Works Ltd",
            "",
        ),
        (  # work done by one firm under a contract with another
            "The engines will be supplied by Rhine Motoren GmbH under a subcontract with Baltic "
            "Yards AS.",
            "Baltic Yards AS",
            "Rhine Motoren GmbH",
            "",
        ),
        (  # an asset sold outright
            "Separately, Kestrel Mining agreed to sell its 30% stake in the Lobo mine to Andes "
            "Copper Partners.",
            "Andes Copper Partners",
            "Kestrel Mining",
            "",
        ),
    ],
)
def test_unpriced_deal_told_by_its_own_verb(
    sentence: str, buyer: str, seller: str, status: str
) -> None:
    found = _unpriced(sentence)
    assert [(b, s) for b, s, _k, _st in found] == [(buyer, seller)]
    if status:
        assert found[0][3] == status


def test_a_contract_signed_last_month_is_still_news() -> None:
    found = _unpriced(
        "Separately, Kivu Energy has booked the launch with Ariane Orbital Services, in a "
        "contract signed last month."
    )
    assert [(b, s) for b, s, _k, _st in found] == [("Kivu Energy", "Ariane Orbital Services")]


def test_a_stake_sold_is_no_energy_supply() -> None:
    found = _unpriced(
        "Separately, the state oil company Petrolia agreed to sell its 20% stake in an offshore "
        "gas project to Lagoon Gas Ventures for an undisclosed amount."
    )
    # An acquisition since brief format 3 (N12-17; "other" before): a stake, not gas.
    assert [(b, s, k) for b, s, k, _st in found] == [
        ("Lagoon Gas Ventures", "Petrolia", "acquisition")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # a plan, a rumour or a past deal told as background gives no deal
        "Kestrel Mining plans to sell its 30% stake in the Lobo mine to Andes Copper Partners.",
        "The press has reported that Kestrel Mining has agreed to sell its stake in the Lobo "
        "mine to Andes Copper Partners.",
        "The Ministry of Mines revoked the exploration licence of Kalahari Copper Ltd in 2019.",
        # the licence's owner named as a modifier holds no licence
        "The Ministry of Mines has suspended the licence of the Chinese-owned Solton Gold "
        "company for six months.",
        # "signed with X" for no job
        "Kivu Energy has signed with Tianhe Hydropower Engineering Co to study the river.",
        # a licence's holder not named
        "The Ministry of Mines has revoked three exploration licences over unpaid fees.",
        # a denied report, an agreement said not to exist, an order book, a past deal
        "The army on Monday denied press reports that Kivu Energy had signed a contract to buy "
        "12 transformers from Tianhe Hydropower Engineering Co.",
        "There is no contract under which Kestrel Mining will sell copper to Andes Copper "
        "Partners.",
        "A previous design contract with Dutch firm Zeeland Naval Design was terminated last "
        "year after a dispute.",
    ],
)
def test_no_unpriced_deal(sentence: str) -> None:
    assert _unpriced(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "buyer", "seller", "kind"),
    [
        (  # "a separate five-year agreement to buy ... a year": a deal, not a habit
            "Separately, Hallam Cells Ltd signed a separate five-year agreement to buy up to "
            "20,000 tonnes a year of the concentrate from Orinoco Nickel Materials SA.",
            "Hallam Cells Ltd",
            "Orinoco Nickel Materials SA",
            "",
        ),
        (  # the seller described as a joint venture: no joint-venture deal
            "Separately, Tonga Power Limited has signed a 20-year power purchase agreement with "
            "Nuku Solar Pte Ltd, a joint venture of Vava'u Holdings and Pacific Sun Partners, "
            "for a 12 MW solar farm.",
            "Tonga Power Limited",
            "Nuku Solar Pte Ltd",
            "energy_supply",
        ),
    ],
)
def test_unpriced_deal_the_sentence_gate_let_through(
    sentence: str, buyer: str, seller: str, kind: str
) -> None:
    found = _unpriced(sentence)
    assert [(b, s) for b, s, _k, _st in found] == [(buyer, seller)]
    if kind:
        assert found[0][2] == kind


def test_a_price_after_another_contract_is_not_folded_into_the_deal_before() -> None:
    text = (
        "Lobo Graphite Lda signed a five-year offtake agreement with Hallam Anode Co, a maker "
        "of battery anodes, for 40,000 tonnes a year of flake concentrate.\n\n"
        "A week later the company signed a lump-sum contract with an engineering house to build "
        "the processing plant. The contractor, Witbank Process Engineering (Pty) Ltd, built two "
        "plants in the region. The contract is worth US$96 million."
    )
    rows = deals(text)
    priced = [row for row in rows if row[3] == "US$96 million"]
    assert priced and (priced[0][0], priced[0][1]) != ("Hallam Anode Co", "Lobo Graphite Lda")
    assert ("Hallam Anode Co", "Lobo Graphite Lda") in [(r[0], r[1]) for r in rows if r[3] is None]


def test_framework_agreement_with_a_named_firm_is_a_purchase() -> None:
    found = _unpriced(
        "Separately, the Procurement Centre has concluded a three-year framework agreement with "
        "the Czech manufacturer Brnoarms a.s. for 120 mm mortar ammunition."
    )
    assert [(s, k) for _b, s, k, _st in found] == [("Brnoarms a.s.", "arms_sale")]


def test_framework_memorandum_stays_a_memorandum() -> None:
    found = _unpriced(
        "Separately, the two ministries signed a memorandum of understanding on a framework "
        "agreement with the Czech manufacturer Brnoarms a.s. for mortar bombs."
    )
    assert all(kind == "mou" for _b, _s, kind, _st in found)


@pytest.mark.parametrize(
    ("sentence", "buyer", "seller", "kind", "status"),
    [
        (  # goods a state hands over: a grant delivered
            "Separately, Australia has handed over the patrol boat Tarawa Star to Kiribati under "
            "its maritime security programme.",
            "Kiribati",
            "Australia",
            "grant",
            "delivered",
        ),
        (  # "donated by X, was handed over to Y"
            "A shipment of 20 tonnes of flour, donated by the Indian government, was handed over "
            "to the National Emergency Office at the port.",
            "National Emergency Office",
            "India",
            "grant",
            "delivered",
        ),
        (  # taken on a lease from an owner
            "The Omani Air Force has taken two cargo aircraft on a two-year dry lease from "
            "Altair Aviation Services.",
            "Omani Air Force",
            "Altair Aviation Services",
            "",
            "signed",
        ),
    ],
)
def test_goods_handed_over_or_leased(
    sentence: str, buyer: str, seller: str, kind: str, status: str
) -> None:
    found = _unpriced(sentence)
    assert [(b, s) for b, s, _k, _st in found] == [(buyer, seller)]
    if kind:
        assert found[0][2] == kind
    assert found[0][3] == status


def test_craft_built_by_a_firm_and_handed_over_are_no_grant() -> None:
    found = _unpriced(
        "Two fast patrol craft built by Goa Marine Works Ltd were handed over to the Seychelles "
        "Coast Guard at Victoria last month."
    )
    assert all(kind != "grant" for _b, _s, kind, _st in found)


def test_a_convention_told_again_before_its_price_is_folded() -> None:
    text = (
        "Guinea's government has granted a 25-year bauxite mining concession to Boke Alumina "
        "Partners SA, a company backed by Gulf investors.\n\n"
        "The mines minister signed the mining convention with the company's chairman in Conakry "
        "on Wednesday. Boke Alumina Partners has committed to invest $1.1 billion in the mine."
    )
    rows = deals(text)
    assert [(r[0], r[1], r[3]) for r in rows] == [
        ("Boke Alumina Partners SA", "Guinea", "$1.1 billion")
    ]


def _kinds(text: str) -> list[str]:
    return [kind for _b, _s, kind, _v, _st in deals(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The two Presidents held talks in Astana.\n\n"
        "A Memorandum of Understanding on fisheries research was signed by the two ministers.",
        "The leaders met in Male.\n\nThe leaders witnessed the exchange of a Memorandum of "
        "Understanding on port development at Gan.",
        "The Parties met in Baku.\n\nThe Parties welcomed the signing, in the presence of the "
        "Presidents, of the Memorandum of Understanding on a regional power corridor.",
        "The summit ended on Friday.\n\nWe welcome the Memorandum of Understanding on joint "
        "training of coast guards signed today by our ministers.",
    ],
)
def test_memorandum_welcomed_witnessed_or_capitalised(text: str) -> None:
    assert _kinds(text) == ["mou"]


def test_memoranda_listed_under_an_exchanged_lead_in() -> None:
    text = (
        "The Prime Ministers held talks.\n\n"
        "3. The following documents were exchanged in the presence of the two leaders:\n"
        "(i) Memorandum of Understanding on cooperation in fisheries between the two ministries;\n"
        "(ii) Memorandum of Understanding on visa exemption for holders of official passports.\n"
    )
    assert _kinds(text) == ["mou", "mou"]


def test_memoranda_listed_under_a_signed_lead_in() -> None:
    text = (
        "The Ministers reviewed cooperation.\n\n"
        "The following documents were signed during the visit:\n"
        "(a) Memorandum of Understanding on cooperation in tourism between the two ministries;\n"
        "(b) a Memorandum of Understanding in the field of water management;\n"
        "(c) Programme of cultural exchanges for 2026-2028.\n"
    )
    assert _kinds(text) == ["mou", "mou"]


@pytest.mark.parametrize(
    "lead_in",
    [
        "3. The two sides witnessed the signing of the following instruments:",
        "The two sides welcomed the signing, in the presence of the two Heads of State, of the "
        "following documents:",
        "The Ministers noted the exchange of the following agreements:",
    ],
)
def test_memoranda_listed_under_a_witnessed_signing(lead_in: str) -> None:
    """Round 20: the lead-in welcomes or witnesses the signing of a list of documents."""
    text = (
        "The Presidents held talks at the palace.\n\n"
        f"{lead_in}\n"
        "(a) a Memorandum of Understanding on tourism promotion between the Kelvor Tourism Board "
        "and the Amsel Travel Council;\n"
        "(b) a memorandum of understanding on cooperation in meteorology;\n"
        "(c) a programme of cultural exchanges for 2027-2029.\n"
    )
    assert _kinds(text) == ["mou", "mou"]


@pytest.mark.parametrize(
    ("lead_in", "kinds"),
    [
        ("The two sides welcomed the signing of the following instruments:", ["mou", "mou"]),
        ("The following documents were signed:", ["mou", "mou"]),
        ("The two sides discussed the following instruments:", []),
    ],
)
def test_memoranda_under_roman_numerals(lead_in: str, kinds: list[str]) -> None:
    """Round 20: the sentence splitter cuts "ii." off as the end of the item before."""
    text = (
        "The two Heads of State held talks.\n\n"
        f"{lead_in}\n"
        "i. Agreement on the Avoidance of Double Taxation;\n"
        "ii. Memorandum of Understanding on cooperation in higher education;\n"
        "iii. Memorandum of Understanding on cooperation in tourism.\n\n"
        "The Amir thanked the President.\n"
    )
    assert _kinds(text) == kinds


@pytest.mark.parametrize(
    "lead_in",
    [
        "The two sides looked forward to the signing of the following documents:",
        "The two sides agreed to prepare the following documents for signing:",
        "The two sides welcomed progress on the following documents:",
    ],
)
def test_no_memoranda_under_a_signing_not_yet_held(lead_in: str) -> None:
    text = (
        "The Presidents held talks at the palace.\n\n"
        f"{lead_in}\n"
        "(a) a Memorandum of Understanding on tourism promotion;\n"
        "(b) a memorandum of understanding on cooperation in meteorology.\n"
    )
    assert "mou" not in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        # a memorandum to be signed, or only being discussed, is no deal
        "The leaders met in Male.\n\nThe leaders expect to sign a Memorandum of Understanding "
        "on port development at Gan next year.",
        # a list of documents not (yet) signed
        "The Ministers reviewed cooperation.\n\nThe following documents are under discussion:\n"
        "(a) Memorandum of Understanding on cooperation in tourism;\n"
        "(b) Memorandum of Understanding on water management.\n",
        # a memorandum under which something happens is background
        "Training will continue under the Memorandum of Understanding of 2019.",
    ],
)
def test_no_memorandum_deal(text: str) -> None:
    assert "mou" not in _kinds(_LEAD + text)  # (a priced deal first, as in an article)


@pytest.mark.parametrize(
    ("sentence", "buyer", "seller"),
    [
        (  # the provider alone: round 16 gives a subcontract the first deal's seller as buyer
            # (deal_subcontract), even when the goods differ from the lead's
            "Local firm Andina Cableworks will make cabling and shelters for the launchers under "
            "a subcontract that neither company priced.",
            "Nordfjord Yards AS",
            "Andina Cableworks",
        ),
        (
            "Hull blocks for the second ship will be fabricated by state shipbuilder Surabaya "
            "Dockworks in Java under a work-share agreement.",
            "Nordfjord Yards AS",
            "Surabaya Dockworks",
        ),
        (  # "placed the order" is no order told again
            "Serra Azul Aero has placed the order for seven engines from Laurentide Aero Engines, "
            "but neither company would give a price.",
            "Serra Azul Aero",
            "Laurentide Aero Engines",
        ),
        (  # goods transferred at no cost: a grant
            "On 17 November Ireland approved the transfer, at no cost, of two decommissioned "
            "patrol vessels to the Armed Forces of Malta.",
            "Armed Forces of Malta",
            "Ireland",
        ),
    ],
)
def test_provider_named_alone_or_goods_transferred(sentence: str, buyer: str, seller: str) -> None:
    assert [(b, s) for b, s, _k, _st in _unpriced(sentence)] == [(buyer, seller)]


def test_an_older_contract_signed_later_in_the_text_does_not_move_the_status() -> None:
    text = (
        "The Asian Development Bank has approved a US$12 million grant to Tonga for cyclone "
        "recovery.\n\n"
        "Separately, the government has suspended the wharf contract with Pacific Harbour Works "
        "Ltd while engineers assess damage. The contract was signed in March 2024."
    )
    rows = {row[3]: row[4] for row in deals(text)}
    assert rows["US$12 million"] == "approved"


def test_a_contract_signed_on_friday_still_moves_the_status() -> None:
    text = (
        "The Ministry of Transport will buy four patrol boats from Kobe Marine Works Ltd for "
        "$80 million.\n\nThe contract was signed on Friday in Tokyo."
    )
    rows = {row[3]: row[4] for row in deals(text)}
    assert rows["$80 million"] == "signed"


@pytest.mark.parametrize(
    ("sentence", "buyer", "seller"),
    [
        (
            "Separately, Kivu Energy has selected Tianhe Hydropower Engineering Co to build two "
            "turbines at the Ruzizi plant.",
            "Kivu Energy",
            "Tianhe Hydropower Engineering Co",
        ),
        (
            "Separately, Tianhe Hydropower Engineering Co said it has been selected by Kivu "
            "Energy to supply two turbines for the Ruzizi plant.",
            "Kivu Energy",
            "Tianhe Hydropower Engineering Co",
        ),
    ],
)
def test_selected_for_a_job(sentence: str, buyer: str, seller: str) -> None:
    assert [(b, s) for b, s, _k, _st in _unpriced(sentence)] == [(buyer, seller)]


def test_selected_to_lead_is_no_job() -> None:
    assert (
        _unpriced("Kivu Energy has selected Tianhe Hydropower Engineering Co to lead talks.") == []
    )
