"""Round 13: amounts that measure a market, a trade, a claim or an order book are no deal's
value (made-up sentences, positives and negatives)."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _values(text: str) -> set[str]:
    return {d["value"]["as_stated"] for d in extract_text(text).to_json()["deals"] if d["value"]}


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "Kestrel Cement signed a contract with Orhan Yapi for a grinding mill worth $40 "
            "million. The national cement market was worth about $1.8 billion in 2025.",
            "$1.8 billion",
        ),
        (
            "Port Bellavista signed a deal with Marlin Cranes for six cranes worth $60 million. "
            "The port handled cargo worth about $3 billion last year.",
            "$3 billion",
        ),
        (
            "Selby Yards signed a $90 million contract with Tarsis Lines. The freight market "
            "across the Caspian could be worth $5 billion a year by 2030.",
            "$5 billion",
        ),
        (
            "Selby Yards won a $90 million order for two ferries from Tarsis Lines. The order "
            "lifts its order book to a record of $2.4 billion.",
            "$2.4 billion",
        ),
        (
            "The agency signed a $30 million radar deal with Corvo Systems. Exports of $900 "
            "million have been authorised in the current year.",
            "$900 million",
        ),
    ],
)
def test_measure_is_no_deal(text: str, amount: str) -> None:
    values = _values(text)
    assert not any(amount in value for value in values), values
    assert values  # the deal told beside it stays


@pytest.mark.parametrize(
    "text",
    [
        # a deal for a market's goods keeps its value
        "Volta Grain signed a contract to supply the export market with maize worth $40 million.",
        "Tarsis Lines ordered two cargo ships from Selby Yards for $90 million.",
        "The utility signed a $120 million freight rail contract with Odra Rail.",
    ],
)
def test_deal_words_keep_the_value(text: str) -> None:
    assert _values(text)
