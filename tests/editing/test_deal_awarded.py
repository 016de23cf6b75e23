"""A contract the text says was awarded, and nowhere signed, is accepted as awarded, with the
award's month in its note (newcomer18 N18-09); signed, or of a kind without that word, it is
accepted as suggested."""

from __future__ import annotations

import datetime as dt

from briefdesk.editing.accept import add_deal
from briefdesk.extract import extract_source
from briefdesk.model import Brief, Deal, Source
from briefdesk.model.codes import DealKind, DealStatus
from briefdesk.model.status_words import status_words

HEAD = "Lakeland signs $400 million port loan\n\nPORT ELLEN, Nov 24 - "
AWARDED = (
    HEAD + "The money will pay for a $310 million construction contract that the Lakeland Ports "
    "Authority awarded in September to the Turkish builder Kestrel Yapi.\n"
)
SIGNED = (
    HEAD + "The Lakeland Ports Authority awarded a $310 million construction contract to the "
    "Turkish builder Kestrel Yapi, and the two signed it in Port Ellen on 3 November.\n"
)


def _accepted(text: str, kind: DealKind = DealKind.CONSTRUCTION) -> Deal:
    source = Source(text=text, title=text.split("\n")[0], published=dt.date(2026, 11, 24))
    extraction = extract_source(source)
    suggestion = next(d for d in extraction.deals if d.kind is kind)
    return add_deal(Brief(sources=[source]), suggestion, extraction, source)


def test_awarded_and_not_signed_is_awarded_with_its_month() -> None:
    deal = _accepted(AWARDED)
    assert deal.status is DealStatus.APPROVED
    assert status_words(deal.kind, deal.status) == "awarded"
    assert deal.note == "Awarded in September 2026."
    assert deal.dates.signed is None  # a month is no signing day


def test_signed_stays_signed() -> None:
    deal = _accepted(SIGNED)
    assert deal.status is DealStatus.SIGNED and not deal.note


def test_a_kind_without_the_word_keeps_its_status() -> None:
    from briefdesk.editing.deal_awarded import awarded
    from briefdesk.extract.results import DealSuggestion

    text = "The ministry awarded the sale of six patrol boats to Kestrel Yapi in September.\n"
    raw = DealSuggestion(kind=DealKind.ARMS_SALE, status=DealStatus.SIGNED, evidence=[(0, 20)])
    deal = Deal(kind=DealKind.ARMS_SALE, status=DealStatus.SIGNED)
    assert awarded(deal, raw, None, text).status is DealStatus.SIGNED
    construction = deal.model_copy(update={"kind": DealKind.CONSTRUCTION})
    assert awarded(construction, raw, None, text).status is DealStatus.APPROVED
    unsaid = "The ministry chose Kestrel Yapi to build six piers in September.\n"
    assert awarded(construction, raw, None, unsaid).status is DealStatus.SIGNED
