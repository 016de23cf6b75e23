"""A deal built with *New deal from selection* takes the suggestion of the same deal, even when
it words the item or the sides otherwise (round 23, newcomer22's leftover 4): the suggestion
was still listed and accepting it added the loan a second time. Two amounts are two deals."""

from __future__ import annotations

from decimal import Decimal

from briefdesk.editing.suggested import from_extraction, in_brief
from briefdesk.extract.results import DealSuggestion, Extraction, MoneySuggestion
from briefdesk.model import Actor, Brief, Deal, DealItem, DealParty, Money, Source, Span
from briefdesk.model.codes import ActorType, DealKind, PartyRole

_SENTENCE = "Kestrel Bank will lend Ruvia's port authority money to dredge the harbour of Tamo."
TEXT = "Port news\n\nTamo, 3 March 2026 - " + _SENTENCE + "\n"


def _brief(value: Money | None = None) -> tuple[Brief, Source]:
    source = Source(title="Made up", text=TEXT)
    start = TEXT.index(_SENTENCE)
    span = Span(source_id=source.id, start=start, end=start + len(_SENTENCE), quote=_SENTENCE)
    authority = Actor(name="Ruvia Port Authority", type=ActorType.ORGANIZATION)
    deal = Deal(
        title="Loan to Ruvia Port Authority",
        kind=DealKind.LOAN,
        items=[DealItem(designation="harbour dredging")],
        parties=[DealParty(actor_id=authority.id, role=PartyRole.BORROWER)],
        value=value,
        evidence=[span],
    )
    return Brief(sources=[source], actors=[authority], deals=[deal]), source


def _suggestion(source: Source, amount: int | None = None) -> list[object]:
    start = TEXT.index("Kestrel")
    value = (
        MoneySuggestion(Decimal(amount), "EUR", f"EUR {amount}", [(start, start + 7)])
        if amount
        else None
    )
    raw = DealSuggestion(
        kind=DealKind.LOAN,
        item="dredge the harbour of Tamo",
        value=value,
        buyer="Ruvia",
        seller="Kestrel Bank",
        evidence=[(start, start + len(_SENTENCE))],
    )
    return [s for s in from_extraction(Extraction(deals=[raw]), source) if s.kind == "deals"]


def test_the_deal_built_from_the_sentence_takes_its_suggestion() -> None:
    brief, source = _brief()
    (suggestion,) = _suggestion(source)
    assert in_brief(brief, suggestion)


def test_another_amount_in_the_same_words_is_another_deal() -> None:
    money = Money(amount=Decimal(4_000_000), currency="EUR")
    brief, source = _brief(money)
    (suggestion,) = _suggestion(source, 9_000_000)
    assert not in_brief(brief, suggestion)


def test_a_deal_of_another_kind_takes_nothing() -> None:
    brief, source = _brief()
    brief.deals[0].kind = DealKind.GRANT
    (suggestion,) = _suggestion(source)
    assert not in_brief(brief, suggestion)
