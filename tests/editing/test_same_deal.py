"""One contract found twice (newcomer13 N13-10): the value in one sentence, the item and sides
in the next. The draft takes one record with both; a half is never drafted alone."""

from __future__ import annotations

from decimal import Decimal

from briefdesk.editing.draft import draft
from briefdesk.editing.edits import apply_edits
from briefdesk.editing.same_deal import matching_deal, merge_into, same_contract
from briefdesk.extract.results import DealSuggestion, Extraction, MoneySuggestion
from briefdesk.model import Brief, Source

TEXT = (
    "Halvard Marine signs SEK 1.2 billion contract\n\n"
    "Halvard Marine has signed a contract with the Latvian agency for the delivery of 24 "
    "Kestrel-M launchers. The contract value is SEK 1.2 billion.\n\n"
    "Separately, a SEK 90 million service contract was renewed.\n"
)


def _at(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


def _value_half(amount: str = "1200000000", words: str = "SEK 1.2 billion.") -> DealSuggestion:
    money = MoneySuggestion(Decimal(amount), "SEK", words.rstrip("."), [_at(words)])
    return DealSuggestion(kind="arms_sale", value=money, evidence=[_at(words)])  # type: ignore[arg-type]


def _item_half() -> DealSuggestion:
    sentence = "Halvard Marine has signed a contract with the Latvian agency"
    return DealSuggestion(
        kind="arms_sale", item="Kestrel-M launchers", quantity=24,  # type: ignore[arg-type]
        buyer="Latvian agency", seller="Halvard Marine", evidence=[_at(sentence)],
        item_evidence=[_at("Kestrel-M launchers")],
    )  # fmt: skip


def test_the_draft_takes_both_halves_as_one_deal() -> None:
    brief = Brief(sources=[Source(id="src-1", text=TEXT)])
    reading = Extraction(deals=[_value_half(), _item_half()])
    drafted = apply_edits(brief, draft(brief, "src-1", reading))
    assert len(drafted.deals) == 1
    deal = drafted.deals[0]
    assert deal.value is not None and deal.value.amount == Decimal("1200000000")
    assert (deal.items[0].designation, deal.items[0].quantity) == ("Kestrel-M launchers", 24)
    assert {str(p.role) for p in deal.parties} == {"buyer", "seller"}
    assert "Kestrel-M" in drafted.header.title and "Kestrel-M" in drafted.bluf


def test_halves_in_other_paragraphs_or_with_other_values_are_other_deals() -> None:
    other = _value_half("90000000", "SEK 90 million")
    assert not same_contract(_item_half(), other, TEXT)  # another paragraph, nothing shared
    assert same_contract(_item_half(), _value_half(), TEXT)
    assert not same_contract(_value_half(), other, TEXT)  # two values: two contracts
    sold = DealSuggestion(kind="loan", value=_value_half().value)  # type: ignore[arg-type]
    assert not same_contract(sold, _value_half(), TEXT)  # another kind


def test_accepting_the_other_half_fills_the_deal_in_the_brief() -> None:
    source = Source(id="src-1", text=TEXT)
    brief = Brief(sources=[source])
    brief = apply_edits(brief, draft(brief, "src-1", Extraction(deals=[_value_half()])))
    assert brief.deals[0].items == []
    index = matching_deal(brief, _item_half(), source)
    assert index == 0
    filled = merge_into(brief, index, _item_half(), None, source)
    assert filled == ["item", "buyer", "seller"]
    deal = brief.deals[0]
    assert deal.items[0].designation == "Kestrel-M launchers" and deal.value is not None
    assert deal.title == "Kestrel-M launchers"  # the kind-only title names what is traded
    assert len(brief.deals) == 1
