"""Accepted dates go to the field their sentence names, never over one already set (N14-11/12)."""

from __future__ import annotations

import datetime as dt

from briefdesk.editing.date_accept import legal_act, plan_date
from briefdesk.model import Brief, Deal, DealDates

NOTICE = (
    "Published: 7 October 2026\n"
    "Procedure | Negotiated procedure (Directive 2019/44/EU, Art. 12)\n"
    "Date of award decision | 30 September 2026\n"
    "Duration | Deliveries 2028–2030\n"
    "Two more navies may join under an option clause valid until 31 March 2028.\n"
)


def _plan(brief: Brief, words: str, day: dt.date | None, precision: str = "day") -> object:
    start = NOTICE.index(words)
    return plan_date(brief, 0, NOTICE, start, start + len(words), day, precision)


def _brief(**dates: object) -> Brief:
    return Brief(deals=[Deal(title="Radars", dates=DealDates(**dates))])


def test_an_award_decision_date_is_the_signed_date() -> None:
    plan = _plan(_brief(), "30 September 2026", dt.date(2026, 9, 30))
    assert plan.path == "deals[0].dates.signed"
    assert plan.value == dt.date(2026, 9, 30)


def test_a_date_already_set_is_kept_and_the_user_told() -> None:
    brief = _brief(announced=dt.date(2026, 10, 7))
    plan = _plan(brief, "31 March 2028", dt.date(2028, 3, 31))
    assert plan.path != "deals[0].dates.announced"
    brief = _brief(signed=dt.date(2026, 9, 1))
    plan = _plan(brief, "30 September 2026", dt.date(2026, 9, 30))
    assert plan.path == ""
    assert "kept as 1 September 2026" in plan.message
    assert "30 September 2026 not used" in plan.message


def test_an_option_deadline_is_no_deal_date_but_its_sentence_goes_to_current_status() -> None:
    plan = _plan(_brief(), "31 March 2028", dt.date(2028, 3, 31))
    assert plan.path == "current_status"
    assert plan.value == (
        "- Two more navies may join under an option clause valid until 31 March 2028."
    )
    assert "deadline" in plan.message


def test_delivery_years_make_one_range() -> None:
    plan = _plan(_brief(), "2028", dt.date(2028, 1, 1), "year")
    assert (plan.path, plan.value) == ("deals[0].dates.delivery", "2028–2030")
    start = NOTICE.index("2030")
    brief = _brief(delivery="2028–2030")
    again = plan_date(brief, 0, NOTICE, start, start + 4, dt.date(2030, 1, 1), "year")
    assert again.path == ""  # already in the range, not replaced by "2030"
    text = "Deliveries begin in 2027. The last deliveries are due in 2029."
    start = text.index("2029")
    later = plan_date(
        _brief(delivery="2027"), 0, text, start, start + 4, dt.date(2029, 1, 1), "year"
    )
    assert (later.path, later.value) == ("deals[0].dates.delivery", "2027–2029")


def test_a_legal_acts_number_is_no_date() -> None:
    start = NOTICE.index("2019")
    assert legal_act(NOTICE, start, start + 4) == "Directive 2019/44/EU"
    plan = _plan(_brief(), "2019", dt.date(2019, 1, 1), "year")
    assert plan.path == ""
    assert "Directive 2019/44/EU" in plan.message


def test_a_year_that_fits_no_deal_keeps_its_words() -> None:
    text = "The ministry first studied the idea in 2015 with two partners."
    start = text.index("2015")
    plan = plan_date(Brief(), None, text, start, start + 4, dt.date(2015, 1, 1), "year")
    assert plan.path == "current_status"
    assert plan.value == "- The ministry first studied the idea in 2015 with two partners."
    assert plan.value != "- 2015"


READOUT = (
    "Ostland imposed sanctions on two Velmar shipyards on Monday.\n"
    "Marova signed for six Tarn patrol boats. Deliveries are due in 2027-2028.\n"
    "The concession was granted by the Harbour Board in 2024.\n"
)


def test_a_date_goes_to_the_deal_its_paragraph_cites_else_the_selected_one() -> None:
    """newcomer16 N16-10: the delivery years went to the last deal, one built by hand."""
    from briefdesk.editing.date_accept import date_deal
    from briefdesk.model import DealItem, Span

    def span(words: str) -> Span:
        start = READOUT.index(words)
        return Span(source_id="s1", start=start, end=start + len(words), quote=words)

    boats = Deal(title="Boats", items=[DealItem(designation="Tarn", evidence=[span("Tarn")])])
    sanctions = Deal(title="Sanctions", evidence=[span("sanctions")])
    brief = Brief(deals=[sanctions, boats, Deal(title="By hand")])
    year = READOUT.index("2027")
    assert date_deal(brief, "s1", READOUT, year, year + 4, 2) == 1
    assert date_deal(brief, "s2", READOUT, year, year + 4, 2) == 2  # another source's words
    granted = READOUT.index("2024")
    assert date_deal(brief, "s1", READOUT, granted, granted + 4, 2) == 2  # nothing cited there
    monday = READOUT.index("Monday")
    assert date_deal(brief, "s1", READOUT, monday, monday + 6, 2) == 0


def test_a_year_for_a_signed_date_goes_to_the_deal_note_and_says_so() -> None:
    """N25-06 (was N14-12's Current status): "granted … in 2024" is the concession's signing."""
    brief = Brief(deals=[Deal(title="Harbour concession")])
    start = READOUT.index("2024")
    plan = plan_date(brief, 0, READOUT, start, start + 4, dt.date(2024, 1, 1), "year")
    assert (plan.path, plan.value) == ("deals[0].note", "Signed in 2024.")
    assert plan.message.startswith(
        "“2024” gives no day, and Signed takes a full date: noted on Harbour concession as"
    )
