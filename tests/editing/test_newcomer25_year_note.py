"""A year or month accepted on a deal stays with the deal (newcomer25 N25-06, N25-13)."""

from __future__ import annotations

import datetime as dt

from briefdesk.editing.date_accept import plan_date
from briefdesk.editing.linking import date_field
from briefdesk.model import Brief, Deal
from briefdesk.model.codes import DealStatus

WIRE = (
    "TARVIK, Dec 1 (Coastline) - The Harbour Authority on Tuesday granted a 20-year port licence "
    "to Selmar Terminals.\n"
    "Separately, the navy said on Tuesday it had cancelled a 4 billion crown contract signed in "
    "2023 with Ostwerk Marine for six patrol boats, after the first two arrived late.\n"
)
RELEASE = (
    "Velmora, 2 March 2026\n"
    "On 2 March 2026, during the visit of the Prime Minister, the two sides signed two "
    "agreements.\n"
    "The Energy Ministry and Korvan Build signed a contract for a 400 MW plant. Construction is "
    "expected to begin in the third quarter of 2031, with commissioning planned for 2034.\n"
    "The minister toured the harbour in March 2025 with the delegation.\n"
    "The plan was announced in May 2024 by the cabinet.\n"
)


def _plan(text: str, words: str, day: dt.date | None, precision: str, deal: Deal | None = None):
    brief = Brief(deals=[deal or Deal(title="Patrol boats")])
    start = text.index(words)
    return plan_date(brief, 0, text, start, start + len(words), day, precision)


def test_a_year_signed_goes_to_the_deal_note_not_current_status() -> None:
    plan = _plan(WIRE, "2023", dt.date(2023, 1, 1), "year")
    assert (plan.path, plan.value) == ("deals[0].note", "Signed in 2023.")
    assert "noted on Patrol boats as “Signed in 2023.”" in plan.message
    assert "Current status" not in plan.message and "…" not in plan.message


def test_the_note_is_added_to_what_the_deal_note_says_and_never_twice() -> None:
    deal = Deal(title="Patrol boats", note="Cancelled after late deliveries.")
    plan = _plan(WIRE, "2023", dt.date(2023, 1, 1), "year", deal)
    assert plan.value == "Cancelled after late deliveries. Signed in 2023."
    again = _plan(WIRE, "2023", None, "year", Deal(title="Patrol boats", note="Signed in 2023."))
    assert again.path == "" and "already says" in again.message


def test_a_reported_deal_whose_signing_year_is_accepted_becomes_signed() -> None:
    deal = Deal(title="Patrol boats", status=DealStatus.REPORTED)
    assert _plan(WIRE, "2023", None, "year", deal).status == DealStatus.SIGNED
    cancelled = Deal(title="Patrol boats", status=DealStatus.CANCELLED)
    assert _plan(WIRE, "2023", None, "year", cancelled).status is None


def test_a_schedule_still_to_come_is_noted_in_its_own_clause() -> None:
    start = _plan(RELEASE, "third quarter of 2031", dt.date(2031, 7, 1), "year")
    assert start.value == "Construction is expected to begin in the third quarter of 2031."
    commissioning = _plan(RELEASE, "2034", dt.date(2034, 1, 1), "year")
    assert commissioning.value == "Commissioning planned for 2034."
    assert "still to come" in commissioning.message


def test_a_past_month_no_verb_ties_to_the_deal_stays_a_current_status_line() -> None:
    plan = _plan(RELEASE, "March 2025", dt.date(2025, 3, 1), "month")
    assert plan.path == "current_status"
    announced = _plan(RELEASE, "May 2024", dt.date(2024, 5, 1), "month")
    assert announced.value == "Announced in May 2024."


def test_granted_is_a_signing_and_a_dateline_dated_again_by_a_signing_is_signed() -> None:
    tuesday = WIRE.index("Tuesday")
    assert date_field(WIRE, tuesday, tuesday + 7)[0] == "signed"
    dateline = RELEASE.index("2 March 2026")
    assert date_field(RELEASE, dateline, dateline + 12)[0] == "signed"


def test_a_dateline_no_signing_dates_again_stays_announced() -> None:
    text = "Velmora, 2 March 2026\nThe two sides signed two agreements on 1 March 2026.\n"
    assert date_field(text, text.index("2 March 2026"), text.index("2 March 2026") + 12)[0] == (
        "announced"
    )
    granted = "The board said a grant was approved on Tuesday.\n"
    assert date_field(granted, granted.index("Tuesday"), granted.index("Tuesday") + 7)[0] == (
        "announced"
    )


LICENCE = (
    "Harbour regulator grants port licence to Selmar Terminals\n\n"
    "TARVIK, Dec 2 (Coastline) - The Tarvik Harbour Authority on Tuesday granted a 20-year port "
    "operating licence to Selmar Terminals, a joint venture of two local groups.\n\n"
    "The licence fee is 3 billion crowns over five years, the authority said.\n"
)


def test_a_drafted_licence_takes_the_day_it_was_granted_as_its_signed_date() -> None:
    """N25-01: "on Tuesday granted" left the licence's Signed and Announced empty."""
    from briefdesk.editing.draft import draft
    from briefdesk.editing.edits import apply_edits
    from briefdesk.extract import extract_source
    from briefdesk.model import Source

    source = Source(
        text=LICENCE, title=LICENCE.split("\n")[0], published=dt.date(2026, 12, 2)
    )
    brief = Brief(sources=[source])
    drafted = apply_edits(brief, draft(brief, source.id, extract_source(source)))
    assert drafted.deals, "no deal drafted"
    assert drafted.deals[0].dates.signed == dt.date(2026, 12, 1)
