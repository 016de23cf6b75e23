"""Round 14: an article with no priced deal takes its deal from the first sentence reporting a
signing; a headline (a line with no full stop) that the lead repeats is the same deal, so the
lead's sentence tells it once, and a framework agreement with a named firm for goods is an
order, not a memorandum. Made-up text only."""

from __future__ import annotations

from briefdesk.extract import extract_text


def _deals(text: str) -> list[tuple[str, str, str]]:
    return [(d.kind, d.buyer, d.seller) for d in extract_text(text).deals]


def test_a_headline_memorandum_repeated_in_the_lead_is_one_deal() -> None:
    text = (
        "PRESS RELEASE\nMinistry of Mines and Energy\n\n"
        "Ghana and Korea's Hanul Power sign MoU on gas supply and power cooperation\n\n"
        "Accra, 3 March 2026 – The Ministry of Mines and Energy (MME) today signed a Memorandum "
        "of Understanding with Hanul Power Co., Ltd., Korea's largest generator, on long-term gas "
        "supply and the building of gas-fired plants in the north.\n\n"
        "The MoU was signed by the Chief Director, Kofi Mensah-Boateng, and Hanul chief "
        "executive Park Ji-hoon.\n"
    )
    assert [kind for kind, _b, _s in _deals(text)] == ["mou"]


def test_a_framework_agreement_for_goods_in_the_lead_is_an_order() -> None:
    text = (
        "Kotka Signals signs framework agreement with Lithuania for radios\n\n"
        "Kotka, Finland, 2 May 2026 - Kotka Signals Oy has signed a framework agreement with "
        "the Lithuanian Defence Materiel Agency for the supply of tactical radios.\n"
    )
    kinds = [kind for kind, _b, _s in _deals(text)]
    assert kinds == ["arms_sale"]


def test_a_headline_alone_still_tells_its_deal() -> None:
    text = (
        "Peru and Korea's Hanul Power sign MoU on green hydrogen\n\n"
        "Lima, 3 March 2026 - Officials met in Lima on Monday to talk about energy.\n"
    )
    assert [kind for kind, _b, _s in _deals(text)] == ["mou"]
