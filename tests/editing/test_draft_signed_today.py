"""A deal's own signed date from a sentence that says signed, with the date before the verb
("today signed", "On 26 November … signed"), and on accepting a deal suggestion as on drafting
(round 20, newcomer19 N19-08). Made-up texts."""

from __future__ import annotations

import datetime as dt

import pytest

from briefdesk.editing.accept import accept_deal
from briefdesk.editing.draft import draft
from briefdesk.editing.edits import apply_edits
from briefdesk.extract import extract_source
from briefdesk.model import Brief, Deal, Source

HEAD = "Loan for the Tarvo port cranes\n\nTarvo, 18 November 2026\n\n"


def _draft(body: str, published: dt.date | None = dt.date(2026, 11, 18)) -> Deal:
    source = Source(text=HEAD + body, title="Loan", outlet="Kelvoria Press", published=published)
    brief = Brief(sources=[source])
    return apply_edits(brief, draft(brief, source.id, extract_source(source))).deals[0]


@pytest.mark.parametrize(
    ("body", "signed"),
    [
        (
            "The Government of Kelvoria today signed a US$120 million loan agreement with Ostmark "
            "Bank to finance new cranes at the port of Tarvo.\n",
            dt.date(2026, 11, 18),
        ),
        (
            "On 16 November the Government of Kelvoria signed a US$120 million loan agreement "
            "with Ostmark Bank to finance new cranes at the port of Tarvo.\n",
            dt.date(2026, 11, 16),
        ),
        (  # the verb after the date (as before round 20)
            "The Government of Kelvoria signed a US$120 million loan agreement with Ostmark Bank "
            "on 16 November to finance new cranes at the port of Tarvo.\n",
            dt.date(2026, 11, 16),
        ),
    ],
)
def test_the_signed_date_before_or_after_the_verb(body: str, signed: dt.date) -> None:
    deal = _draft(body)
    assert deal.dates.signed == signed
    assert deal.dates.announced is None


@pytest.mark.parametrize(
    "body",
    [
        # someone's saying between the date and the verb: the announcement's date
        "On Tuesday the Ministry of Finance said the Government of Kelvoria had signed a US$120 "
        "million loan agreement with Ostmark Bank for new cranes at the port of Tarvo.\n",
        # the date frames something else
        "Today, a year after the Government of Kelvoria signed a US$120 million loan agreement "
        "with Ostmark Bank, the new cranes at the port of Tarvo started work.\n",
        # no signing at all
        "The Government of Kelvoria today asked Ostmark Bank for a US$120 million loan to "
        "finance new cranes at the port of Tarvo.\n",
    ],
)
def test_no_signed_date_where_the_date_is_not_the_signing(body: str) -> None:
    assert _draft(body).dates.signed is None


def test_an_accepted_deal_takes_its_own_signed_date() -> None:
    text = (
        "Andes Deals Weekly - Issue 7, 27 November 2026\n\n"
        "Halvard Minerals has agreed to buy a 40% stake in the Cerro Pumallo silver project from "
        "Minera Quillay for $210 million.\n\n"
        "* Chile - Banco Meridional will lend $80 million to Salar Verde SpA for a solar park "
        "near Tocopilla; the 10-year loan was signed on 25 November.\n"
    )
    source = Source(text=text, title="Deals", published=dt.date(2026, 11, 27))
    brief = Brief(sources=[source])
    extraction = extract_source(source)
    loan = next(d for d in extraction.deals if d.kind == "loan")
    other = next(d for d in extraction.deals if d.kind != "loan")
    assert accept_deal(brief, loan, extraction, source).dates.signed == dt.date(2026, 11, 25)
    assert accept_deal(brief, other, extraction, source).dates.signed is None
