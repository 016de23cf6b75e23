"""Kinds a first-time user met on invented documents after the round-15 freeze (newcomer15
N15-06/N15-31, ...), each with made-up sentences in several wordings and negatives."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _deals(text: str) -> list[tuple[str, str, str]]:
    return [(d.kind.value, d.seller, d.buyer) for d in extract_text(text).deals]


# N15-06: rights granted "to a consortium led by X" (or "to a joint venture of X and Y"): the
# leader is the concessionaire, the deal a concession, and a state named later only as where
# goods go today is no side.
@pytest.mark.parametrize(
    ("text", "grantor", "holder"),
    [
        (
            "The Government of Peru has granted a 25-year concession to build and run a zinc "
            "refinery at Ilo to a consortium led by Andorra Metals Group, the ministry said. "
            "The consortium will invest about $900 million. The refinery will treat ore from "
            "mines that now sell most of their output to Japan.",
            "Peru",
            "Andorra Metals Group",
        ),
        (
            "Ghana awarded a 20-year concession to operate the Takoradi grain terminal to a "
            "joint venture of Baltimar Logistics and a local partner on Monday. The partners "
            "will invest $310 million. Most of the grain arriving there now comes from Canada.",
            "Ghana",
            "Baltimar Logistics",
        ),
        (
            "Zambia has given a 30-year mining concession for the Kasempa copper deposit to a "
            "group headed by Orvik Resources Ltd. The group will invest $1.2 billion, and the ore "
            "now goes by rail to South Africa.",
            "Zambia",
            "Orvik Resources Ltd",
        ),
    ],
)
def test_a_consortium_leader_holds_the_concession(text: str, grantor: str, holder: str) -> None:
    deals = _deals(text)
    assert ("concession", grantor, holder) in deals


@pytest.mark.parametrize(
    "text",
    [
        # a consortium that buys goods is no concession
        "A consortium led by Orvik Resources agreed to buy two dredgers from Denmark's Havn "
        "Marine for $80 million.",
        # a plain grant of money to a consortium: no rights
        "Kenya signed a $40 million contract with a consortium led by Baltimar Logistics to "
        "upgrade the Mombasa rail yard.",
    ],
)
def test_no_concession_without_rights(text: str) -> None:
    assert all(kind != "concession" for kind, _s, _b in _deals(text))


# N15-05: "agreed to buy X from Y for $N, financed by a loan from Z": the amount is the price,
# the purchase's sides are the buyer and the supplier; the loan clause names no amount.
@pytest.mark.parametrize(
    ("text", "seller", "buyer"),
    [
        (
            "Niger agreed to buy a weather radar network from Norway's Vindal Systems AS for "
            "65 million dollars, financed by a loan from the Islamic Development Bank.",
            "Vindal Systems AS",
            "Niger",
        ),
        (
            "Chad has purchased two cargo aircraft from Ukraine's Poltava Aero Ltd for "
            "$120 million, to be funded through export credit from a French bank.",
            "Poltava Aero Ltd",
            "Chad",
        ),
        (
            "Laos ordered three river ferries from Vietnam's Ha Long Shipyard JSC for about "
            "$48 million, partly financed with a concessional loan from Japan.",
            "Ha Long Shipyard JSC",
            "Laos",
        ),
    ],
)
def test_a_financed_purchase_keeps_its_price(text: str, seller: str, buyer: str) -> None:
    deals = _deals(text)
    assert any(s == seller and b == buyer and k != "loan" for k, s, b in deals), deals


@pytest.mark.parametrize(
    "text",
    [
        # the amount is the loan's own, inside the financing clause
        "Niger will buy a radar network from Norway, financed by a $65 million loan from the "
        "Islamic Development Bank.",
        # no purchase: a loan financed by another credit line stays a loan
        "The Islamic Development Bank approved a $65 million loan to Niger for weather radars, "
        "financed by a credit line from Saudi Arabia.",
    ],
)
def test_a_loan_amount_stays_a_loan(text: str) -> None:
    assert "loan" in [k for k, _s, _b in _deals(text)]


def _statuses(text: str) -> list[tuple[str, str]]:
    deals = extract_text(text).deals
    return [(d.value.as_stated if d.value else "", d.status.value) for d in deals]


# N15-04: a deal its own sentence says one side negotiates ("X negotiates a $N concession") is
# proposed; a revocation told in the sentence before belongs to another deal.
@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "The licence of Kivu Gold was revoked in March. The ruling comes as Congo negotiates "
            "a $450 million cobalt concession with Norway's Fjell Mining AS.",
            "$450 million",
        ),
        (
            "The concession was revoked after the audit. Chile negotiates a $700 million copper "
            "concession with Peru's Andina Metals SA, which analysts say is close.",
            "$700 million",
        ),
        (
            "The earlier contract was suspended. Tanzania now negotiates an $800 million rail "
            "deal with Turkey's Yapi Merkezi, the ministry said.",
            "$800 million",
        ),
    ],
)
def test_a_deal_under_negotiation_is_proposed(text: str, amount: str) -> None:
    assert (amount, "proposed") in _statuses(text)


@pytest.mark.parametrize(
    ("text", "amount", "status"),
    [
        # negotiated, then signed: the signature is the status
        (
            "After negotiating a $300 million deal for two years, Peru signed the contract with "
            "Korea's Hanjin Marine on Monday.",
            "$300 million",
            "signed",
        ),
        # a cancellation in the deal's own sentence still stands
        (
            "Bolivia has cancelled a $600 million lithium concession with Andes Lithium Ltd.",
            "$600 million",
            "cancelled",
        ),
    ],
)
def test_negotiation_does_not_override_a_status(text: str, amount: str, status: str) -> None:
    assert (amount, status) in _statuses(text)


def _orgs(text: str) -> set[str]:
    return {a.name for a in extract_text(text).actors if a.type.value == "organization"}


# N15-05: "the Rosatom subsidiary Uranium One": owner and unit are both companies, and the unit
# (not its owner) is the party the rights go to.
@pytest.mark.parametrize(
    ("text", "owner", "unit"),
    [
        (
            "Gabon granted a 20-year manganese concession at Okondja to the Halvor subsidiary "
            "Brenna Metals on Friday.",
            "Halvor",
            "Brenna Metals",
        ),
        (
            "Guinea awarded a 10-year bauxite concession at Boffa to the Tessaro affiliate "
            "Lumeo Minerals, displacing a Canadian firm.",
            "Tessaro",
            "Lumeo Minerals",
        ),
        (
            "Namibia has given a 15-year port concession at Luderitz to Kestrel's subsidiary "
            "Orvane Terminals, the ministry said.",
            "Kestrel",
            "Orvane Terminals",
        ),
    ],
)
def test_an_owned_unit_and_its_owner_are_firms(text: str, owner: str, unit: str) -> None:
    assert {unit} <= _orgs(text)
    holders = [b for k, _s, b in _deals(text) if k == "concession"]
    assert unit in holders and owner not in holders


@pytest.mark.parametrize(
    "text",
    [
        # no name after the word for the unit: nothing is coined
        "The Rosatom subsidiary will build the plant, the minister said.",
        # a plain common-noun phrase is no owner
        "The state subsidiary Malta handed over the keys.",
    ],
)
def test_no_unit_without_two_names(text: str) -> None:
    assert "Rosatom" not in _orgs(text) and "Malta" not in _orgs(text)


def _kinds(text: str) -> list[str]:
    return [d.kind.value for d in extract_text(text).deals]


# N15-44: an arms word that opens a company's name in a sentence-case line ("Rocket Lab rival")
# says nothing about the goods; the same word as a noun, or in a title-case headline, still does.
@pytest.mark.parametrize(
    "text",
    [
        "Chile picks Rocket Lab rival for Atacama launch services in $120 million deal\n\n"
        "Chile's space agency has awarded a $120 million contract to Orbex Launch Ltd to run "
        "commercial launches from the Atacama site for eight years.",
        "Kenya hires Drone Harbor Logistics for $15 million medical deliveries contract\n\n"
        "Kenya's health ministry signed a $15 million contract with Drone Harbor Logistics Ltd "
        "to carry blood samples between clinics.",
        "Ghana signs $40 million deal with Tank Farm Services Ltd for fuel depots at Tema, "
        "the energy ministry said.",
    ],
)
def test_a_name_opened_by_an_arms_word_is_no_arms_sale(text: str) -> None:
    kinds = _kinds(text)
    assert kinds and "arms_sale" not in kinds


@pytest.mark.parametrize(
    "text",
    [
        "Chile buys rocket launchers from Brazil's Avibras in a $120 million deal.",
        "Poland Buys Rocket Artillery From Korea In $3 Billion Deal",
        "Kenya signed a $15 million contract for six armed drones from Turkey's Baykar.",
    ],
)
def test_arms_words_as_nouns_still_make_an_arms_sale(text: str) -> None:
    assert "arms_sale" in _kinds(text)


# N15-10: a memorandum "under which X will supply Y with N goods ..., valued at $M" tells a
# priced supply: the deal has the two sides, not only signatories.
@pytest.mark.parametrize(
    ("text", "sellers", "buyer"),
    [
        (
            "The two ministers signed a memorandum of understanding under which Spain will "
            "supply Peru with four coastal patrol boats, valued at about €90 million.",
            {"Spain"},
            "Peru",
        ),
        (
            "Officials initialled an MoU under which Korea is to sell Chile two training "
            "aircraft worth $60 million, the ministry said.",
            {"South Korea"},
            "Chile",
        ),
        (
            "A letter of intent was signed under which Turkey will deliver six armed drones to "
            "Kenya for $95 million.",
            {"Turkey"},
            "Kenya",
        ),
    ],
)
def test_a_memorandum_of_a_priced_supply_has_sides(
    text: str, sellers: set[str], buyer: str
) -> None:
    assert any(s in sellers and b == buyer for _k, s, b in _deals(text)), _deals(text)


@pytest.mark.parametrize(
    "text",
    [
        # no supply under the memorandum: it stays a memorandum
        "Spain and Peru signed a memorandum of understanding on port security worth "
        "€5 million, the ministry said.",
        # a supply with no count: no priced order of goods
        "Spain and Peru signed an MoU under which they will cooperate on shipbuilding, valued "
        "at €90 million.",
    ],
)
def test_other_memoranda_stay_memoranda(text: str) -> None:
    assert "mou" in [k for k, _s, _b in _deals(text)]


def _places(text: str) -> set[str]:
    return {p.name for p in extract_text(text).places}


# N15-40: "Q (Reuters):" opens a reporter's question in a press-conference transcript; the
# one-letter label is no town, whatever agency follows it.
@pytest.mark.parametrize(
    "text",
    [
        "BRIEFING — Ministry of Defence of Ghana\nAccra, 3 May 2026\n\n"
        "Q (Bloomberg): Minister, is the drone order signed?\n\n"
        "MINISTER KWAME OSEI: Yes, we signed it this morning.\n\n"
        "OSEI: The first two arrive in June.",
        "Q (AFP): Will Chile buy the frigates?\nA: The navy is still evaluating offers.\n\n"
        "MINISTER SOTO: We will decide in March.\n\nSOTO: Nothing is signed yet.",
        "Q (Kyodo): What about the radars?\n\nSPOKESMAN LIN: The transfer is on schedule.\n\n"
        "LIN: The last one arrives in March.",
    ],
)
def test_a_question_label_is_no_place(text: str) -> None:
    places = _places(text)
    assert "Q" not in places and "A" not in places


def test_a_wire_dateline_is_still_a_place() -> None:
    text = "ACCRA, May 3 (Reuters) - Ghana signed a $40 million contract with Turkey's Baykar."
    assert "Accra" in _places(text)


def _dates(text: str) -> list[tuple[str, int, str]]:
    return [(d.text, d.resolved.year, d.precision) for d in extract_text(text).dates]


# N15-09: "the March quarter of 2028" is a quarter of 2028 named by its last month, not March of
# the coming year.
@pytest.mark.parametrize(
    ("text", "period", "year"),
    [
        (
            "Perth, 2 May 2026 - Commissioning is due in the June quarter of 2027.",
            "June quarter of 2027",
            2027,
        ),
        (
            "Brisbane, 9 October 2026 - First ore is expected in the December quarter 2028, "
            "the company said.",
            "December quarter 2028",
            2028,
        ),
        (
            "Sydney, 1 December 2026 - Shipments start in the March quarter of 2028.",
            "March quarter of 2028",
            2028,
        ),
    ],
)
def test_a_quarter_named_by_its_month_is_a_period(text: str, period: str, year: int) -> None:
    dates = _dates(text)
    assert (period, year, "year") in dates
    assert all(t != period.split()[0] for t, _y, _p in dates)


def test_a_month_alone_stays_a_month() -> None:
    dates = _dates("Sydney, 1 December 2026 - Shipments start in March, and the quarter ends.")
    assert ("March", 2027, "month") in dates


# N15-07: goods a loan or package pays for ("covers armoured vehicles from Otokar") are bought;
# the name after "<goods> from" is their seller, a firm, not a place.
@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("The loan also covers armoured vehicles from Pendrak and their spare parts.", "Pendrak"),
        ("The package includes four patrol boats from Valmarine and training.", "Valmarine"),
        ("The credit finances six locomotives from Stadlerova, officials said.", "Stadlerova"),
    ],
)
def test_the_seller_of_goods_paid_for_is_a_firm(text: str, firm: str) -> None:
    assert firm in _orgs(text) and firm not in _places(text)


def test_goods_from_a_place_without_a_purchase_stay_a_place() -> None:
    assert "Valmarine" in _places("The exhibition shows paintings from Valmarine.")


def _awards(text: str) -> list[tuple[str, str, str]]:
    deals = extract_text(text).deals
    return [(d.seller, d.buyer, d.value.as_stated if d.value else "") for d in deals]


# N15-04: "ordered X to pay $N (plus interest) to Y": the payee after the sum; a headline's award
# told again in the lead is one award.
@pytest.mark.parametrize(
    ("text", "payer", "payee"),
    [
        (
            "Court orders Peru to pay $90m to Andina Copper\n\n"
            "A tribunal has ordered Peru to pay US$90 million plus interest to Andina Copper "
            "Holdings BV for the 2022 cancellation of its licence.",
            "Peru",
            "Andina Copper Holdings BV",
        ),
        (
            "An ICSID panel ordered Ghana to pay $35 million in damages to Volta Quarry Ltd, "
            "the parties said.",
            "Ghana",
            "Volta Quarry Ltd",
        ),
        (
            "The arbitration court directed Kenya to pay EUR 12 million to Baltimar Logistics "
            "over the port lease.",
            "Kenya",
            "Baltimar Logistics",
        ),
    ],
)
def test_an_award_paid_to_a_payee_after_the_sum(text: str, payer: str, payee: str) -> None:
    awards = [a for a in _awards(text) if a[0] == payer]
    assert len(awards) == 1 and awards[0][1] == payee, _awards(text)


def test_the_payee_before_the_sum_still_reads() -> None:
    text = "The tribunal ordered Tanzania to pay Kilwa Gold Ltd US$143 million in damages."
    assert [(s, b) for s, b, _v in _awards(text)] == [("Tanzania", "Kilwa Gold Ltd")]
