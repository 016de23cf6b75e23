"""Round 11: a financing package told as parts joined by "and" in one sentence ("a $70 million
credit and a $20 million grant"): each part is a deal, with its own "to Y" and "from X" when
written, and a total the parts add up to (also through a bracketed equivalent) goes.
Made-up sentences only."""

from __future__ import annotations

from decimal import Decimal

from briefdesk.extract import extract_text


def _deals(text: str) -> list[tuple[str, Decimal, str, str, str]]:
    return [
        (d.kind, d.value.amount, d.value.currency, d.buyer, d.seller)
        for d in extract_text(text).deals
        if d.value
    ]


def test_two_parts_and_a_total_that_is_their_sum() -> None:
    text = (
        "WASHINGTON - The World Bank approved $90 million for Laos to build rural roads. The "
        "package comprises a $70 million credit and a $20 million grant, both from the "
        "International Development Association."
    )
    found = _deals(text)
    assert [(k, a) for k, a, *_ in found] == [
        ("loan", Decimal(70000000)),
        ("grant", Decimal(20000000)),
    ]


def test_parts_with_their_own_recipients_and_funder() -> None:
    text = (
        "The package is made up of a $120 million loan to Kenya and a $50 million grant to "
        "Uganda from the African Development Fund."
    )
    found = _deals(text)
    assert ("grant", Decimal(50000000), "USD", "Uganda", "African Development Fund") in found
    assert [d[3] for d in found] == ["Kenya", "Uganda"]


def test_parts_in_units_of_account_with_equivalents() -> None:
    text = (
        "Abidjan - The Board approved a loan of $107 million for Uganda's grid. The financing "
        "comprises a loan of $80 million from the African Development Bank and a loan of UA 20 "
        "million (about $27 million) from the African Development Fund."
    )
    found = _deals(text)
    assert [(a, c, s) for _, a, c, _, s in found] == [
        (Decimal(80000000), "USD", "African Development Bank"),
        (Decimal(20000000), "XUA", "African Development Fund"),
    ]


def test_plural_instruments() -> None:
    text = (
        "Korea will provide up to US$1 billion in loans through the Fund and US$90 million in "
        "grants through KOICA."
    )
    assert [k for k, *_ in _deals(text)] == ["loan", "grant"]


def test_a_second_amount_that_is_no_part_stays_out() -> None:
    # Not joined by "and" to an instrument of its own: a disbursement of the same loan.
    text = (
        "The bank approved a $100 million loan to Ghana, of which $20 million will be "
        "disbursed this year."
    )
    assert [a for _, a, *_ in _deals(text)] == [Decimal(100000000)]
    # "and" before an amount that is no instrument: the sum of the project, no second deal.
    text = "Nepal signed a $40 million loan with the bank and $12 million of its own budget."
    assert [a for _, a, *_ in _deals(text)] == [Decimal(40000000)]
