"""Kinds a first-time user met on invented documents in round 21 (newcomer21 N21-01, N21-02,
N21-03, N21-07, N21-08, N21-09, N21-13), each with made-up sentences in several wordings and
negatives (never the newcomer's own sentences)."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text
from briefdesk.extract.deal_barter import barter_kind


def _orgs(text: str) -> set[str]:
    return {a.name for a in extract_text(text).actors if a.type == "organization"}


def _places(text: str) -> set[str]:
    return {p.name for p in extract_text(text).places}


# N21-01: goods paid for with goods are a trade agreement, signed alike by both sides; a
# currency or debt swap, a gas or power swap, "in exchange for" a stake are not.
@pytest.mark.parametrize(
    "sentence",
    [
        "Corvella Steel Works signed a barter agreement with Ostrava Chemicals.",
        "The mill will deliver 40,000 tonnes of rebar in exchange for 12,000 tonnes of ammonia.",
        "Under the counter-trade deal, the state trader ships cotton to the refinery's owners.",
        "Pellmark Foods swaps 30,000 tonnes of rice for 5,000 tonnes of fishmeal with Orsk.",
        "The two companies will settle the deal through countertrade rather than in cash.",
    ],
)
def test_barter_is_a_trade_agreement(sentence: str) -> None:
    assert barter_kind(sentence, sentence) == "trade_agreement"


@pytest.mark.parametrize(
    "sentence",
    [
        "The central banks signed a three-year currency swap worth 5 billion dollars.",
        "The debt-for-nature swap retires $300 million of bonds.",
        "QazaqGaz will ship gas north under a barter, taking Uzbek gas back in winter.",
        "Kyrgyzstan will swap 200 million kilowatt-hours of power for Uzbek gas.",
        "Vestra Capital took a 30 percent stake in exchange for $40 million of new shares.",
        "The ministry bought 40,000 tonnes of wheat from Orsk Trading for $12 million.",
        "The exchange rate weakened after the announcement.",
    ],
)
def test_not_a_barter(sentence: str) -> None:
    assert barter_kind(sentence, sentence) == ""


def test_value_sentence_points_back_to_the_barter() -> None:
    text = (
        "Corvella Steel Works signed a barter agreement on 3 March with Dravo Agrochemicals of "
        "Pellaria under which it will deliver 40,000 tonnes of rebar in exchange for 12,000 "
        "tonnes of ammonia. The exchange is valued at about $30 million."
    )
    (deal,) = extract_text(text).deals
    assert deal.kind == "trade_agreement"
    assert deal.signatories == ["Corvella Steel Works", "Dravo Agrochemicals"]
    assert not (deal.buyer or deal.seller)


def test_value_sentence_with_no_pointer_keeps_its_own_reading() -> None:
    text = (
        "Corvella Steel Works signed a barter agreement with Dravo Agrochemicals last year. "
        "Separately, the Tarsk Port Authority bought two cranes from Holm Lifting for $30 million."
    )
    deals = extract_text(text).deals
    priced = [d for d in deals if d.value]
    assert priced and priced[0].kind != "trade_agreement"
    assert priced[0].buyer == "Tarsk Port Authority"


# N21-01: a company "of <place>" after a trade word ends before "of", even when the gazetteer
# does not know the place; no place is made of an unknown word; "Group of Seven", "Bank of X"
# stay whole.
@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("The mill signed on Friday with Dravo Agrochemicals of Pellaria.", "Dravo Agrochemicals"),
        ("Tarsk Port hired Vantor Shipping of Eldria on Monday.", "Vantor Shipping"),
        ("The airline signed on Friday with Kolm Leasing of Ostmark.", "Kolm Leasing"),
    ],
)
def test_firm_of_an_unknown_place(text: str, org: str) -> None:
    assert org in _orgs(text)
    assert not {p for p in _places(text) if p not in {"Tarsk Port"}}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Leaders of the Group of Seven met on Friday.", "Group of Seven"),
        ("The Bank of Pellaria raised rates on Friday.", "Bank of Pellaria"),
    ],
)
def test_firm_of_place_negatives(text: str, org: str) -> None:
    assert org in _orgs(text)


# N21-02 / N21-07: aircraft or ships leased or chartered are no arms sale (the golds kind leases
# and charters `other`: lessee or charterer the buyer, lessor or owner the seller); a training
# package the amount itself heads is a service. A weapon leased, a training package listed with
# the goods, "a chartered aircraft" carrying aid stay as they were.
@pytest.mark.parametrize(
    "text",
    [
        "The Tarsk Air Force will lease two Orlan C-90 military transport aircraft from Dovra "
        "Leasing for six years under a EUR 80 million contract.",
        "The Tarsk Navy signed a $30 million bareboat charter of an offshore patrol vessel from "
        "Holmvik Offshore AS.",
        "Orlan Aerospace will train 30 pilots under a separate EUR 9 million training package "
        "for the Tarsk Air Force.",
    ],
)
def test_lease_or_charter_of_military_craft_is_other(text: str) -> None:
    # since round 22 a lease or charter is named "lease" (scored as the gold's "other"),
    # a training package stays "other"
    kinds = [d.kind for d in extract_text(text).deals if d.value]
    assert kinds == (["other"] if "training" in text else ["lease"])


@pytest.mark.parametrize(
    "text",
    [
        "The Tarsk Air Force will lease two Orlan F-9 fighter jets from Dovra Leasing under a "
        "EUR 80 million contract.",
        "The EUR 900 million contract covers six Orlan C-90 transport aircraft, a training "
        "package for crews and spares.",
        "The Tarsk Air Force signed a EUR 900 million contract for six Orlan C-90 military "
        "transport aircraft from Orlan Aerospace.",
    ],
)
def test_arms_sale_stays(text: str) -> None:
    kinds = [d.kind for d in extract_text(text).deals if d.value]
    assert kinds == ["arms_sale"]


def test_lessee_and_lessor_are_the_sides() -> None:
    text = (
        "The Tarsk Air Force will lease two Orlan C-90 military transport aircraft from Dovra "
        "Leasing for six years under a EUR 80 million contract."
    )
    (deal,) = extract_text(text).deals
    assert (deal.buyer, deal.seller) == ("Tarsk Air Force", "Dovra Leasing")


# N21-03: a small dateline town gives its gazetteer state only when the text names that state;
# a capital or a large city always does.
def _dateline_countries(text: str) -> tuple[str, set[str]]:
    result = extract_text(text)
    place = result.places[0].country if result.places else "?"
    return place, {a.country for a in result.actors if a.type == "person"}


def test_small_town_of_an_unnamed_state_gives_no_state() -> None:
    text = (
        "SAN IGNACIO, Dec 1 (CPA) - The Orlanian Navy will buy two patrol boats, the Ministry "
        "of Defence of Orlania said. Defence Minister Tomas Vell said the boats were needed."
    )
    assert _dateline_countries(text) == ("", {""})


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "SAN IGNACIO, Dec 1 (CPA) - Belize's Defence Minister Tomas Vell said the boats were "
            "needed.",
            "BZ",
        ),
        ("KARACHI, Dec 1 (CPA) - Defence Minister Tomas Vell said the boats were needed.", "PK"),
        ("DUBLIN, Dec 1 (CPA) - Defence Minister Tomas Vell said the boats were needed.", "IE"),
    ],
)
def test_named_state_capital_or_large_city_keeps_its_state(text: str, code: str) -> None:
    place, _ = _dateline_countries(text)
    assert place == code


def test_small_site_town_of_an_unnamed_state_gives_no_state() -> None:
    text = (
        "The Orlanian Navy said instruction would start at San Ignacio air base in February, "
        "the Ministry of Defence of Orlania said."
    )
    countries = {p.name: p.country for p in extract_text(text).places}
    assert countries.get("San Ignacio", "") == ""


# N21-13: "due to <a name>" (owed to) and "due to the storm" (because of) tell no schedule; a
# weekday in a past-tense sentence is the last such day on or before the dateline. "due to
# sail", "is due on" still point ahead.
@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        (
            "Pellmark loaded the first 20,000 tonnes of rice due to Orsk under the deal on Monday.",
            "2026-01-12",
        ),
        ("The ship, delayed due to the storm, docked on Monday.", "2026-01-12"),
        ("The first cargo is due to sail on Monday.", "2026-01-19"),
        ("The payment is due on Monday.", "2026-01-19"),
    ],
)
def test_weekday_after_due(sentence: str, day: str) -> None:
    import datetime as dt

    text = f"TARSK, Jan 14 (CPA) - {sentence}"
    dates = extract_text(text, published=dt.date(2026, 1, 14)).dates
    assert {d.text: str(d.resolved) for d in dates}["Monday"] == day


# N21-08: an occupation with no article, right before its body ("X, partner at Y;"), is the
# person's role and Y the affiliation; an occupation with no body after it, or a word that is
# no occupation ("based at"), gives none.
def test_bare_occupation_before_its_body() -> None:
    text = (
        "Joining us are Tomas Vell, partner at Orlan Ridge Capital Partners; and Ana Mirs, "
        "chief financial officer of Dovra Energi."
    )
    people = {a.name: (a.role, a.affiliation) for a in extract_text(text).actors}
    assert people["Tomas Vell"] == ("partner", "Orlan Ridge Capital Partners")


@pytest.mark.parametrize(
    "text",
    [
        "We met Tomas Vell, based at Orlan Ridge Capital Partners, on Friday.",
        "We met Tomas Vell, partner in many ventures, on Friday.",
    ],
)
def test_no_bare_occupation(text: str) -> None:
    people = {a.name: a.role for a in extract_text(text).actors if a.type == "person"}
    assert people.get("Tomas Vell", "") == ""


# N21-09: a town the gazetteer lacks and a full date alone on their line under a title is a
# dateline; a weekday, a common word or a line that goes on is none.
@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("PRESS BRIEFING\nSale of the mill\nHolvik, 3 March 2026\n\nThe firm sold it.", "Holvik"),
        ("Monday, 3 March 2026\nThe firm sold the mill.", ""),
        ("Updated, 3 March 2026\nThe firm sold the mill.", ""),
        ("Holvik, 3 March 2026, was a cold day in the north.", ""),
    ],
)
def test_town_and_date_alone_on_a_line(text: str, town: str) -> None:
    dateline = [p.name for p in extract_text(text).places if p.why[0].rule == "dateline"]
    assert dateline == ([town] if town else [])
