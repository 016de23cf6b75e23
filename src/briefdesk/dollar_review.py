"""Checks: a bare "$" read as US dollars in a deal with a party whose own dollar is "$" too.

Australian, Canadian, New Zealand, Singapore or Caribbean outlets write "$" for their own
dollar; BriefDesk reads a bare "$" as USD (A$, C$, NZ$, US$ are read right). Guessing the
currency from the article would be a silent guess either way, so the brief says what it assumed
and the analyst decides (newcomer9 N9-22). Country currencies come from the world registry
(countryinfo) and currency names from pycountry.
"""

from __future__ import annotations

import re
from functools import cache

from briefdesk.model import Brief
from briefdesk.model.codes import ActorType
from briefdesk.review import Finding
from briefdesk.world import world

_BARE_DOLLAR = re.compile(r"(?<![A-Za-z$])\$")  # "$1.2bn", not "US$", "A$", "NZ$", "HK$"


@cache
def _dollar_currencies() -> frozenset[str]:
    """ISO 4217 codes of every currency called a dollar (pycountry), USD itself left out."""
    import pycountry

    return frozenset(
        str(c.alpha_3)
        for c in pycountry.currencies
        if "dollar" in str(c.name).lower() and c.alpha_3 not in {"USD", "USN", "USS"}
    )


def _own_dollar(code: str) -> str:
    """The state's own dollar (ISO 4217), "" when it has none or uses the US dollar."""
    country = world().countries.get(code)
    if country is None or "USD" in country.currency_codes:
        return ""
    return next((c for c in country.currency_codes if c in _dollar_currencies()), "")


def dollar_findings(brief: Brief) -> list[Finding]:
    """One warning per deal whose value is a bare "$" read as USD while a state among its
    parties writes its own dollar as "$" (e.g. Australia, AUD)."""
    out = []
    for index, deal in enumerate(brief.deals):
        value = deal.value
        if value is None or value.currency != "USD" or not _BARE_DOLLAR.search(value.as_stated):
            continue
        for party in deal.parties:
            actor = brief.actor(party.actor_id)
            if actor is None or actor.type != ActorType.STATE:
                continue
            own = _own_dollar(actor.country or world().code_of(actor.name))
            if own:
                name = deal.title.strip() or f"deal {index + 1}"
                stated = " ".join(value.as_stated.split())
                message = (
                    f"{name}: “{stated}” is read as US dollars, but {actor.name} writes its own "
                    f"dollar ({own}) as “$” too: check the currency"
                )
                out.append(Finding(f"deals[{index}].value", message))
                break
    return out
