"""The drafted BLUF's and title's buyer with its state: "to Poland's Armament Agency", not
"to Armament Agency" (a manager reads a body's name with no country as anyone's; N10-10)."""

from __future__ import annotations

import re
from dataclasses import replace

from briefdesk.definite import takes_the
from briefdesk.extract.results import DealSuggestion, Extraction
from briefdesk.state_words import names_a_state
from briefdesk.world import display_name


def with_buyer_country(
    deal: DealSuggestion, extraction: Extraction, home: str = ""
) -> DealSuggestion:
    """``deal`` with its buyer said as "<State>'s <body>" when the buyer is a state body (an
    organisation named like a ministry, agency or armed force) whose country the reading knows
    (or the draft gave it: ``home``, the source's only state) and whose name does not already
    say it; otherwise ``deal`` unchanged."""
    actor = extraction.actor(deal.buyer_key) if deal.buyer_key else None
    country = (actor.country or home) if actor is not None else ""
    if actor is None or str(actor.type) != "organization" or not country:
        return deal
    body = re.sub(r"^the\s+", "", " ".join(deal.buyer.split()), flags=re.IGNORECASE)
    state = display_name(country)
    if not body or state == country or not takes_the(body) or names_a_state(body):
        return deal
    return replace(deal, buyer=f"{state}'s {body}")
