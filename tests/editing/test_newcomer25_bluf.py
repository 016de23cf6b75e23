"""Newcomer25 N25-14: a works contract the text says was signed is drafted "has signed ... with",
not "has awarded"; one the text says was awarded keeps "has awarded". Made-up sentences."""

from __future__ import annotations

from briefdesk.editing.draft import bluf_draft
from briefdesk.extract import extract_text


def _bluf(text: str) -> str:
    text = "Business news\n\n" + text + "\n"
    deals = [d for d in extract_text(text).deals if str(d.kind) == "construction"]
    assert deals, "no construction deal read"
    return bluf_draft(deals[0], text)


def test_signed_works_contract_is_drafted_signed() -> None:
    bluf = _bluf(
        "The Ministry of Water of Moldavia and Tarvik Builders Ltd signed an engineering, "
        "procurement and construction contract worth USD 300 million for a desalination plant."
    )
    assert "has signed" in bluf and "has awarded" not in bluf
    assert "Tarvik Builders Ltd" in bluf and "USD 300 million" in bluf


def test_awarded_works_contract_keeps_awarded() -> None:
    """Near miss: "awarded" in the deal's own words keeps the client's verb."""
    bluf = _bluf(
        "The Ministry of Water of Moldavia awarded Tarvik Builders Ltd an engineering, "
        "procurement and construction contract worth USD 300 million for a desalination plant."
    )
    assert "has signed" not in bluf


def test_without_the_text_the_client_awards() -> None:
    """Near miss: drafted without the source text, the house wording stands."""
    text = (
        "Business news\n\nThe Ministry of Water of Moldavia and Tarvik Builders Ltd signed an "
        "engineering, procurement and construction contract worth USD 300 million for a "
        "desalination plant.\n"
    )
    deal = next(d for d in extract_text(text).deals if str(d.kind) == "construction")
    assert "has signed" not in bluf_draft(deal)
