"""A future announcement and a party that names a thing are flagged (newcomer14 N14-11, N14-18)."""

from __future__ import annotations

import datetime as dt

from briefdesk.deal_review import deal_findings, is_deal_noun_phrase
from briefdesk.model import Actor, Brief, Deal, DealDates, DealParty
from briefdesk.model.codes import ActorType, DealKind, PartyRole
from briefdesk.resources_access import read_resource_text
from briefdesk.review import Severity, review_brief


def _brief(**dates: object) -> Brief:
    brief = Brief(deals=[Deal(title="Radars", dates=DealDates(**dates))])
    brief.header.date = dt.date(2026, 10, 8)
    return brief


def test_an_announced_date_after_the_briefs_date_is_an_error() -> None:
    brief = _brief(announced=dt.date(2027, 12, 31), signed=dt.date(2026, 9, 30))
    found = [f for f in review_brief(brief, spelling=False) if "dates" in f.path]
    assert [f.path for f in found] == ["deals[0].dates.announced"]
    assert found[0].severity is Severity.ERROR
    assert "31 December 2027 is after the brief's date (8 October 2026)" in found[0].message


def test_dates_on_or_before_the_briefs_date_pass() -> None:
    brief = _brief(announced=dt.date(2026, 10, 8), signed=dt.date(2026, 9, 30))
    assert deal_findings(brief) == []


def test_a_party_named_by_deal_nouns_is_flagged_and_a_real_one_is_not() -> None:
    junk = Actor(name="Prepayment Facility", type=ActorType.ORGANIZATION)
    bank = Actor(name="Hanseong Battery Materials", type=ActorType.ORGANIZATION)
    deal = Deal(
        title="Loan",
        kind=DealKind.LOAN,
        parties=[
            DealParty(actor_id=junk.id, role=PartyRole.BORROWER),
            DealParty(actor_id=bank.id, role=PartyRole.LENDER),
            DealParty(actor_id="actor-gone", role=PartyRole.GUARANTOR),
        ],
    )
    brief = Brief(actors=[junk, bank], deals=[deal])
    messages = [f.message for f in deal_findings(brief, dt.date(2026, 1, 1))]
    assert any("borrower “Prepayment Facility” names a thing" in m for m in messages)
    assert any("actor-gone" in m and "none of the brief's actors" in m for m in messages)
    assert not any("Hanseong" in m for m in messages)


def test_deal_noun_words() -> None:
    assert is_deal_noun_phrase("Prepayment Facility")
    assert is_deal_noun_phrase("Export Credit Facility") is False  # "export" is not listed
    assert not is_deal_noun_phrase("Abu Dhabi Development Fund")
    entries = [
        line
        for line in read_resource_text("english/deal_nouns.txt").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert entries == sorted(set(entries))
