"""A company named after a known town and then called by the town alone (newcomer24 N24-02,
N24-08, round 25): the lone name is the company where only a company fits, the town where a
place's words stand around it; a contract "to replace signalling on …" has that as its item;
a price per share is no deal. Invented sentences, with near-miss negatives."""

from __future__ import annotations

from briefdesk.extract import extract_text
from briefdesk.extract.non_deal_money import no_deal_amount

_WIRE = (
    "Polish rail group Vistula Rail agreed to buy Brno Signal Works for 400 million euros. Brno "
    "said the board backed the offer, and Brno's largest shareholder agreed to sell. Last month "
    "the Riga tram operator Rigas Satiksme cancelled a 90 million euro contract awarded to Brno "
    "to replace signalling on three tram lines. Workers at the company's Brno plant fear for "
    "their jobs."
)


def _actor(result, name: str):  # type: ignore[no-untyped-def]
    return next(a for a in result.actors if a.name == name)


def test_the_lone_town_name_is_the_company_where_only_a_company_fits() -> None:
    result = extract_text(_WIRE)
    assert "Brno" in _actor(result, "Brno Signal Works").aliases
    cancelled = next(d for d in result.deals if d.status == "cancelled")
    assert (cancelled.buyer, cancelled.seller) == ("Rigas Satiksme", "Brno Signal Works")
    assert cancelled.item == "signalling replacement on three tram lines"


def test_the_companys_town_plant_stays_a_place() -> None:
    result = extract_text(_WIRE)
    brno = next(p for p in result.places if p.name == "Brno")
    assert len(brno.evidence) == 1
    assert _WIRE[slice(*brno.evidence[0])] == "Brno"
    assert _WIRE[: brno.evidence[0][0]].endswith("at the company's ")


def test_a_town_named_only_as_a_place_stays_the_town() -> None:
    text = (
        "Vistula Rail signed a deal to buy Brno Signal Works for 400 million euros. The company "
        "has a plant in Brno, and Brno's mayor welcomed the deal."
    )
    result = extract_text(text)
    assert "Brno" in {p.name for p in result.places}
    assert "Brno" not in _actor(result, "Brno Signal Works").aliases


def test_a_price_per_share_is_no_deal() -> None:
    text = (
        "Vistula Rail will pay 12 euros per share for Brno Signal Works, valuing it at 400 "
        "million euros."
    )
    values = {d.value.as_stated for d in extract_text(text).deals if d.value}
    assert "12 euros" not in values
    assert "400 million euros" in values


def test_a_share_of_revenue_is_no_price_per_share() -> None:
    sentence = "It will pay an upfront fee of EC$54 million and a share of gross revenue."
    start = sentence.index("EC$")
    assert not no_deal_amount(sentence, start, start + len("EC$54 million"))
    sentence = "Vistula will pay $12.50 a share in cash."
    start = sentence.index("$")
    assert no_deal_amount(sentence, start, start + len("$12.50"))
