"""The draft's Signed date from the signing sentence (newcomer23 N23-08): "X signed the contract
with Y … on Monday" with a long object, and "The concession agreement was signed this morning"
under a dated dateline, told before the deal's value sentence. Made-up texts; the positives
drafted no signed date at round23-start."""

from __future__ import annotations

import datetime as dt

from briefdesk.editing.draft import draft
from briefdesk.editing.edits import apply_edits
from briefdesk.extract import extract_source
from briefdesk.model import Brief, Source

WIRE = (
    "Chile to buy six tugboats from Brenmar Yards in $90 million deal\n\n"
    "SANTIAGO, May 6 (Wire) - Chile has agreed to buy six harbour tugboats from shipbuilder "
    "Brenmar Yards for $90 million, the Chilean Navy said on Wednesday.\n\n"
    "Admiral Ruiz {signing} on Monday, the navy said in a statement.\n"
)
RELEASE = (
    "PRESS RELEASE\n\nMinistry grants 25-year concession for Port Lerin grain terminal\n\n"
    "Port Lerin, 12 March 2027\n\n"
    "The Ministry of Ports of Ostria has today granted a 25-year concession to run the grain "
    "terminal at Port Lerin to Haldane Bulk Terminals, a port operator based in Antwerp.\n\n"
    "The {noun} was signed this morning at the Ministry by the Minister and the chief "
    "executive of Haldane Bulk Terminals.\n\n"
    "Under the agreement, Haldane Bulk Terminals will invest EUR 180 million over five years "
    "in new silos and a conveyor.\n"
)


def _draft(text: str, published: dt.date) -> Brief:
    source = Source(text=text, title=text.split("\n")[0], outlet="Wire", published=published)
    brief = Brief(sources=[source])
    return apply_edits(brief, draft(brief, source.id, extract_source(source)))


def test_a_long_signing_clause_dates_the_signing() -> None:
    signing = (
        "signed the contract with Brenmar Yards chief executive Ola Lind at the company's yard "
        "in Bergen"
    )
    deal = _draft(WIRE.format(signing=signing), dt.date(2027, 5, 6)).deals[0]
    assert deal.dates.signed == dt.date(2027, 5, 3)


def test_a_second_verb_between_keeps_the_date_off_the_signing() -> None:
    signing = "signed the contract with Brenmar Yards in Bergen and will visit the Valdivia yard"
    deal = _draft(WIRE.format(signing=signing), dt.date(2027, 5, 6)).deals[0]
    assert deal.dates.signed is None


def test_signed_this_morning_before_the_value_sentence_dates_the_concession() -> None:
    deal = _draft(RELEASE.format(noun="concession agreement"), dt.date(2027, 3, 12)).deals[0]
    assert deal.dates.signed == dt.date(2027, 3, 12)


def test_another_deals_signing_this_morning_is_not_the_concessions() -> None:
    # "has today granted" dates the concession itself (N25-01: "granted" is a concession's
    # signing); without "today", only the dredging agreement's signing is dated.
    undated = RELEASE.replace("has today granted", "has granted")
    deal = _draft(undated.format(noun="dredging agreement"), dt.date(2027, 3, 12)).deals[0]
    assert deal.dates.signed is None
    granted = _draft(RELEASE.format(noun="dredging agreement"), dt.date(2027, 3, 12)).deals[0]
    assert granted.dates.signed == dt.date(2027, 3, 12)
