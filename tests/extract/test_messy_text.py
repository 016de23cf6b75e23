"""Real-world copy is messy: capitals headlines, curly quotes, odd spaces, dashes, fact boxes,
text pasted from a web page. Each case must still give the same facts, with exact offsets."""

from __future__ import annotations

from decimal import Decimal

from briefdesk.extract import Extraction, extract_text
from briefdesk.extract.text import normalise
from tests.extract.conftest import actor, names

LEAD = (
    "Turkey has agreed to sell 24 jet trainers to Malaysia in a deal worth $1.2 billion, "
    "Turkish Defence Minister Yusuf Demirci said on Monday."
)


def _offsets_hold(text: str, result: Extraction) -> None:
    """Every evidence span lies inside the text it came from."""
    for item in [*result.actors, *result.deals, *result.places]:
        for start, end in item.evidence:
            assert 0 <= start < end <= len(text)


def _one_deal(text: str) -> tuple[Decimal, str, str]:
    result = extract_text(text)
    _offsets_hold(text, result)
    [deal] = result.deals
    assert deal.value is not None
    return deal.value.amount, deal.buyer, deal.seller


def test_all_capitals_headline_reads_its_multiplier() -> None:
    text = "TURKEY AGREES TO SELL 24 JETS TO MALAYSIA IN $1.2 BILLION DEAL\n\n" + LEAD
    assert _one_deal(text) == (Decimal("1200000000"), "Malaysia", "Turkey")


def test_all_capitals_currency_word() -> None:
    result = extract_text("JAPAN GIVES 4 BILLION YEN GRANT FOR RADARS")
    assert [(d.value.amount, d.value.currency) for d in result.deals if d.value] == [
        (Decimal("4000000000"), "JPY")
    ]


def test_curly_quotes_and_apostrophes() -> None:
    text = (
        "\u201cWe will buy the jets,\u201d said Malaysia\u2019s Defence Minister Mohamed Khaled "
        "Nordin. Malaysia\u2019s purchase of 24 jets from Turkey is worth $1.2 billion."
    )
    assert _one_deal(text) == (Decimal("1200000000"), "Malaysia", "Turkey")
    nordin = actor(extract_text(text), "Mohamed Khaled Nordin")
    assert (nordin.role, nordin.affiliation) == ("Defence Minister", "Malaysia")


def test_non_breaking_spaces_inside_names_and_amounts() -> None:
    text = (
        "Malaysia\u00a0will\u00a0buy 24 jets from Turkey for $\u00a01.2\u00a0billion, "
        "Defence\u00a0Minister Mohamed\u00a0Khaled\u00a0Nordin said."
    )
    assert _one_deal(text) == (Decimal("1200000000"), "Malaysia", "Turkey")
    result = extract_text(text)
    nordin = actor(result, "Mohamed Khaled Nordin")
    start, end = nordin.evidence[0]
    assert text[start:end] == "Mohamed\u00a0Khaled\u00a0Nordin"  # offsets point at the source


def test_em_dash_aside_names_no_party() -> None:
    for text in (
        "Turkey\u2014a NATO member\u2014agreed to sell 24 jets to Malaysia for $1.2 billion.",
        "Turkey \u2014 a NATO member \u2014 agreed to sell 24 jets to Malaysia for $1.2 billion.",
        "Turkey, a NATO member, agreed to sell 24 jets to Malaysia for $1.2 billion.",
    ):
        assert _one_deal(text) == (Decimal("1200000000"), "Malaysia", "Turkey")


def test_fact_box_bullets_give_value_and_parties() -> None:
    text = (
        "Key facts:\n\u2022 Buyer: Malaysia\n\u2022 Value: $1.2 billion\n- Seller: Turkey\n"
        "* Signed by Defence Minister Yusuf Demirci"
    )
    assert _one_deal(text) == (Decimal("1200000000"), "Malaysia", "Turkey")


def test_lines_wrapped_by_a_web_page_are_joined() -> None:
    text = (
        "Turkey has agreed to sell 24 jet trainers to Malaysia in a deal worth $1.2\n"
        "billion, the two governments said on Monday after talks in the capital, and Turkish\n"
        "Defence Minister Yusuf Demirci said the first aircraft would arrive in 2027.\n"
    )
    assert _one_deal(text) == (Decimal("1200000000"), "Malaysia", "Turkey")
    demirci = actor(extract_text(text), "Yusuf Demirci")
    assert (demirci.role, demirci.affiliation) == ("Defence Minister", "Turkey")


def test_headings_and_list_items_keep_their_line_breaks() -> None:
    text = (
        "About the Ministry of Energy and Mineral Resources\n"
        "The Ministry of Energy and Mineral Resources of Indonesia sets energy policy.\n\n"
        "Read more:\nPakistan navy commissions new corvette from Turkey\n\n"
        "Key facts:\n- Loan: $1 billion\n- Lender: Exim Bank"
    )
    assert normalise(text).count("\n") == text.count("\n")
    assert "Ministry of Energy and Mineral Resources" in names(extract_text(text), "organization")


def test_normalise_keeps_length() -> None:
    text = "A\u00a0B\u2009C\tD\nwrapped line\n\u3000E"
    assert len(normalise(text)) == len(text)


def test_duplicated_headline_and_lead_give_one_deal() -> None:
    headline = "Turkey to sell jets to Malaysia"
    text = f"{headline}\n{headline}\n\n{LEAD}\n\n{LEAD}"
    result = extract_text(text)
    _offsets_hold(text, result)
    assert len(result.deals) == 1
    assert len([a for a in result.actors if a.name == "Yusuf Demirci"]) == 1


def test_very_long_paragraph() -> None:
    filler = "The talks covered trade, tourism and culture in some detail. "
    text = filler * 400 + LEAD + " " + filler * 400
    assert "\n" not in text
    assert _one_deal(text) == (Decimal("1200000000"), "Malaysia", "Turkey")


def test_html_leftovers_do_not_become_actors() -> None:
    text = "Share\nTweet\nEmail\n\n" + LEAD + "\n\nADVERTISEMENT\n\nRead more: Turkey's jets"
    result = extract_text(text)
    _offsets_hold(text, result)
    found = {a.name for a in result.actors}
    assert not found & {"Share", "Tweet", "Email", "ADVERTISEMENT", "Advertisement"}


def test_wire_dateline_with_two_cities_and_agency() -> None:
    text = "DUBAI/BEIJING, Jan 9 (Reuters) - Aramco and Sinopec will form a joint venture."
    result = extract_text(text)
    assert [p.name for p in result.places][:2] == ["Dubai", "Beijing"]
    assert "Reuters" in names(result, "organization")


def test_dateline_agency_without_a_dash() -> None:
    result = extract_text("Colombo, March 17 (PTI) India on Thursday extended a credit line.")
    assert "PTI" in names(result, "organization")
    assert [p.name for p in result.places] == ["Colombo"]


def test_city_state_named_as_a_location_is_a_place() -> None:
    result = extract_text("(Reporting by Chen Aizhu in Singapore; Editing by Louise Heavens)")
    assert [p.name for p in result.places] == ["Singapore"]
    assert not names(result, "state")


def test_town_of_a_works_is_a_place() -> None:
    result = extract_text("Romarm will assemble them at its Cugir facility.")
    assert [p.name for p in result.places] == ["Cugir"]


def test_capital_before_a_modal_is_the_state() -> None:
    result = extract_text("Cairo may buy as many as 40 drones from Baykar.")
    assert "Egypt" in names(result, "state")
    assert not result.places
