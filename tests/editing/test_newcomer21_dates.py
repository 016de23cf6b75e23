"""newcomer21 N21-05: a deal's dates from its own words. "signed a barter agreement on 24
November … under which X will deliver …" left Signed empty, and accepting the date put it in
Delivery; "from January to June 2027" was drafted as "from January"; "This morning X signed"
under the dateline "Bergvik, 1 December 2026" set Announced; "would arrive in March 2027" went
to Current status, though Delivery is free text. Made-up texts."""

from __future__ import annotations

import datetime as dt

import pytest

from briefdesk.editing.date_accept import plan_date
from briefdesk.editing.draft import draft
from briefdesk.editing.edits import apply_edits
from briefdesk.extract import extract_source
from briefdesk.model import Brief, Deal, DealDates, Source

BARTER = (
    "Corvia swaps wheat for fertiliser\n\n"
    "OSTRAVIN, 25 November 2026 — The Corvia State Grain Corporation (CSGC) signed a barter "
    "agreement on 24 November with Velmar Chemicals of Ostland under which CSGC will deliver "
    "600,000 tonnes of milling wheat in exchange for 250,000 tonnes of urea fertiliser. The "
    "exchange is valued at about US$180 million.\n\n"
    "Deliveries of wheat and fertiliser will run from January to June 2027 through the Port "
    "of Ostravin.\n"
)
SALE_HEAD = "TRANSCRIPT — PRESS CONFERENCE\nSale of the Lysvik plant\nOslo, 1 December 2026\n\n"
SALE = (
    "ASTRID HOLM: Thank you. {when} Vennfjord Kraft {verb} an agreement to sell the Lysvik "
    "hydropower plant to Norrland Infrastructure Partners for 1.1 billion euros.\n"
)


def _drafted(text: str, published: dt.date | None = None) -> Deal:
    source = Source(text=text, title=text.splitlines()[0], published=published)
    brief = Brief(sources=[source])
    return apply_edits(brief, draft(brief, source.id, extract_source(source))).deals[0]


def test_the_barters_signed_date_and_whole_delivery_period_are_drafted() -> None:
    dates = _drafted(BARTER, dt.date(2026, 11, 25)).dates
    assert dates.signed == dt.date(2026, 11, 24)
    assert dates.delivery == "from January to June 2027"
    assert dates.announced is None  # the dateline's day dates the release, not the signing


def test_signed_this_morning_under_a_dateline_is_the_signed_date() -> None:
    text = SALE_HEAD + SALE.format(when="This morning", verb="signed")
    assert _drafted(text, dt.date(2026, 12, 1)).dates.signed == dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    ("when", "verb"),
    [
        ("Last month", "signed"),  # another day
        ("Today", "said it had signed"),  # the saying is today
        ("Today, a year after", "signed"),  # the date frames something else
    ],
)
def test_the_dateline_is_no_signed_date_unless_signed_that_day(when: str, verb: str) -> None:
    text = SALE_HEAD + SALE.format(when=when, verb=verb)
    assert _drafted(text, dt.date(2026, 12, 1)).dates.signed != dt.date(2026, 12, 1)


def _accept(text: str, words: str, day: dt.date | None, precision: str) -> tuple[str, object]:
    brief = Brief(deals=[Deal(title="Barter", dates=DealDates())])
    start = text.index(words)
    plan = plan_date(brief, 0, text, start, start + len(words), day, precision)
    return plan.path, plan.value


def test_an_accepted_date_goes_to_the_field_its_own_verb_says() -> None:
    signed = _accept(BARTER, "24 November", dt.date(2026, 11, 24), "day")
    assert signed == ("deals[0].dates.signed", dt.date(2026, 11, 24))
    period = _accept(BARTER, "January", dt.date(2027, 1, 1), "month")
    assert period == ("deals[0].dates.delivery", "from January to June 2027")
    dateline = _accept(BARTER, "25 November 2026", dt.date(2026, 11, 25), "day")
    assert dateline == ("deals[0].dates.announced", dt.date(2026, 11, 25))


def test_an_arrival_to_come_is_a_delivery_and_a_visit_is_not() -> None:
    text = "The air force chief said the first aircraft would arrive in March 2027.\n"
    assert _accept(text, "March 2027", dt.date(2027, 3, 1), "month") == (
        "deals[0].dates.delivery",
        "in March 2027",
    )
    visit = "The minister arrived in Ostravin in March 2026 for talks.\n"
    assert _accept(visit, "March 2026", dt.date(2026, 3, 1), "month")[0] == "current_status"


def test_signed_today_under_a_dateline_is_signed_on_accepting() -> None:
    text = SALE_HEAD + SALE.format(when="This morning", verb="signed")
    assert _accept(text, "1 December 2026", dt.date(2026, 12, 1), "day") == (
        "deals[0].dates.signed",
        dt.date(2026, 12, 1),
    )
    said = SALE_HEAD + SALE.format(when="Today", verb="said it had signed")
    assert _accept(said, "1 December 2026", dt.date(2026, 12, 1), "day")[0] == (
        "deals[0].dates.announced"
    )
