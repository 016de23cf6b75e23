"""The draft puts the deal's own signed date and deliveries into the deal and notes its option
(newcomer17 N17-09); a date the text gives to another deal, to an announcement or as a deadline
stays a suggestion."""

from __future__ import annotations

import datetime as dt

from briefdesk.editing.draft import draft
from briefdesk.editing.edits import apply_edits
from briefdesk.extract import extract_source
from briefdesk.model import Brief, Source

AWARD = (
    "Contract awarded for six coastal radars\n\n"
    "Narvik, 3 March 2027\n\n"
    "The Coastal Surveillance Agency has awarded Brightwater Sensors Ltd a contract worth EUR 42 "
    "million to supply six coastal radars, the Agency announced on Monday.\n\n"
    "The contract, signed in Narvik on 1 March by the Agency's director and Brightwater's chief "
    "executive, includes an option for four further radars worth up to EUR 25 million, which "
    "must be exercised by 31 May 2029.\n\n"
    "Deliveries are planned for 2028-2029.\n"
)
PLAIN = (
    "Contract awarded for six coastal radars\n\n"
    "Narvik, 3 March 2027\n\n"
    "The Coastal Surveillance Agency has awarded Brightwater Sensors Ltd a contract worth EUR 42 "
    "million to supply six coastal radars, the Agency announced on Monday.\n\n"
    "Officials met in Narvik on 1 March to discuss coastal security until 2029.\n"
)


def _draft(text: str) -> Brief:
    source = Source(text=text, title=text.split("\n")[0], outlet="Coastal Surveillance Agency")
    brief = Brief(sources=[source])
    return apply_edits(brief, draft(brief, source.id, extract_source(source)))


def test_the_deals_signed_date_deliveries_and_option_are_drafted() -> None:
    deal = _draft(AWARD).deals[0]
    assert deal.dates.signed == dt.date(2027, 3, 1)  # not the announcement's Monday
    assert deal.dates.delivery == "2028–2029"
    assert deal.dates.announced is None
    assert deal.note == (
        "Option for four further radars worth up to EUR 25 million, which must be exercised "
        "by 31 May 2029."
    )


def test_dates_that_are_not_the_deals_stay_suggestions() -> None:
    deal = _draft(PLAIN).deals[0]
    assert deal.dates.signed is None  # "met … on 1 March" takes up no deal
    assert deal.dates.delivery == ""
    assert deal.note == ""


def test_a_sentence_naming_another_deal_is_not_the_deals() -> None:
    from briefdesk.editing.draft_dates import deals_sentence
    from briefdesk.extract.results import DealSuggestion, Extraction

    text = (
        "Arva Bank signed a loan to Nessa Ferries. Separately, the contract for cranes with "
        "Ostland Port was signed on 2 May. The deal was signed on 3 May."
    )
    first = text.index("Arva")
    loan = DealSuggestion(kind="loan", evidence=[(first, first + 40)])  # type: ignore[arg-type]
    cranes_at = text.index("Separately")
    cranes = DealSuggestion(
        kind="procurement", item="cranes", evidence=[(cranes_at, cranes_at + 60)]
    )  # type: ignore[arg-type]
    reading = Extraction(deals=[loan, cranes])
    second = (cranes_at, text.index(". The deal"))
    third = (text.index("The deal"), len(text) - 1)
    assert not deals_sentence(loan, reading, text, *second)
    assert deals_sentence(loan, reading, text, *third)
    assert deals_sentence(loan, reading, text, first, first + 40)


LEASE = (
    "Tarsk leases two transports\n\n"
    "TARSK, 3 March 2027 (CPA) - The Tarsk Air Force will lease two Orlan C-90 military "
    "transport aircraft from Dovra Leasing for five years under a EUR 80 million contract.\n\n"
    "The lease includes an option for the air force to buy both aircraft when it ends in 2032.\n"
)


def test_a_lease_taken_up_carries_its_option() -> None:
    """Round 21 (newcomer21 N21-02): "The lease includes an option ..." takes up the lease."""
    deal = _draft(LEASE).deals[0]
    # the lease kind (round 22) notes its term first
    assert deal.note == (
        "Term: five years. Option for the air force to buy both aircraft when it ends in 2032."
    )


def test_an_option_in_a_sentence_about_something_else_is_not_noted() -> None:
    text = LEASE.replace("The lease includes", "The ministry's budget includes")
    assert _draft(text).deals[0].note == "Term: five years."  # the term, no option
