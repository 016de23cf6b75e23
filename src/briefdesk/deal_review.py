"""Checks on what a deal states as fact: its dates and its parties (newcomer14 N14-11, N14-18).

Why: an option deadline accepted as the "announced" date reached every export as a future
announcement, and a capitalised headline noun ("Prepayment Facility") went out as a borrower;
the checks said nothing. A date of announcement or signature after the brief's own date cannot
be right, and a party must be one of the brief's actors with a name that names someone.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import TYPE_CHECKING

from briefdesk.resources_access import read_resource_text

if TYPE_CHECKING:
    from briefdesk.model import Brief
    from briefdesk.review import Finding


@cache
def deal_nouns() -> frozenset[str]:
    """Words that name a deal or instrument (``resources/english/deal_nouns.txt``)."""
    text = read_resource_text("english/deal_nouns.txt")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def is_deal_noun_phrase(name: str) -> bool:
    """True when every word of ``name`` is a deal noun: "Prepayment Facility", "Credit Line"."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", name)]
    return bool(words) and all(w in deal_nouns() for w in words)


def deal_findings(brief: Brief, today: dt.date | None = None) -> list[Finding]:
    from briefdesk.party_review import party_findings

    return _date_findings(brief, today) + _party_findings(brief) + party_findings(brief)


def _date_findings(brief: Brief, today: dt.date | None) -> list[Finding]:
    from briefdesk.review import Finding, Severity

    limit = brief.header.date or today or dt.date.today()
    against = "the brief's date" if brief.header.date else "today"
    out = []
    for index, deal in enumerate(brief.deals):
        name = deal.title.strip() or f"deal {index + 1}"
        for field in ("announced", "signed"):
            day = getattr(deal.dates, field)
            if day is not None and day > limit:
                out.append(
                    Finding(
                        f"deals[{index}].dates.{field}",
                        f"{name}: {field} {day.day} {day:%B %Y} is after {against} "
                        f"({limit.day} {limit:%B %Y}): a deadline or a delivery, not a {field} "
                        "date?",
                        Severity.ERROR,
                    )
                )
    return out


def _party_findings(brief: Brief) -> list[Finding]:
    from briefdesk.review import Finding, Severity

    out = []
    for index, deal in enumerate(brief.deals):
        name = deal.title.strip() or f"deal {index + 1}"
        for p_index, party in enumerate(deal.parties):
            path = f"deals[{index}].parties[{p_index}].actor_id"
            actor = brief.actor(party.actor_id)
            if actor is None:
                message = f"{name}: a party ({party.actor_id}) is none of the brief's actors"
                out.append(Finding(path, message, Severity.ERROR))
            elif is_deal_noun_phrase(actor.name):
                role = str(party.role.value).replace("_", " ")
                out.append(
                    Finding(
                        path,
                        f"{name}: the {role} “{actor.name}” names a thing, not a party: "
                        "check who it is in the source",
                        Severity.ERROR,
                    )
                )
    return out
