"""Checks: a bare "$" read as US dollars in a deal with a party whose own dollar is "$" too, or
read as a home dollar (AUD, CAD, NZD) by extraction.

Australian, Canadian, New Zealand, Singapore or Caribbean outlets write "$" for their own
dollar; BriefDesk reads a bare "$" as USD (A$, C$, NZ$, US$ are read right), except in a text
about Canada, Australia or New Zealand with no wire credit, where it reads the home dollar
(extract/money_home, round 11). Either is a guess, so the brief says what it assumed and the
analyst decides (newcomer9 N9-22). Country currencies come from the world registry
(countryinfo) and currency names from pycountry.
"""

from __future__ import annotations

import re
from functools import cache

from briefdesk.model import Brief, Deal
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
    """One warning per deal whose value is a bare "$" read as USD while a party writes its own
    dollar as "$": a state (e.g. Australia, AUD), an organisation with its country set (a
    Canadian company), or the dateline of the article the deal cites ("OTTAWA —")."""
    out = []
    for index, deal in enumerate(brief.deals):
        value = deal.value
        if value is None or not _BARE_DOLLAR.search(value.as_stated):
            continue
        name = deal.title.strip() or f"deal {index + 1}"
        stated = " ".join(value.as_stated.split())
        if value.currency in _dollar_currencies():
            # Extraction read it as the home dollar of a Canadian, Australian or New Zealand
            # text (extract/money_home): a guess too, said the same way.
            message = (
                f"{name}: “{stated}” is read as {value.currency}, the dollar of the state the "
                "article is about; wire copy writes US dollars as “$”: check the currency"
            )
            out.append(Finding(f"deals[{index}].value", message))
            continue
        if value.currency != "USD":
            continue
        who = _dollar_writer(brief, deal)
        if who:
            writer, own = who
            message = (
                f"{name}: “{stated}” is read as US dollars, but {writer} writes its own "
                f"dollar ({own}) as “$” too: check the currency"
            )
            out.append(Finding(f"deals[{index}].value", message))
    return out


def _dollar_writer(brief: Brief, deal: Deal) -> tuple[str, str] | None:
    """Who may mean its own dollar by "$" (its name, its currency): a party first — a state by
    its name or country, an organisation only by the country set on it — then the dateline."""
    for party in deal.parties:
        actor = brief.actor(party.actor_id)
        if actor is None:
            continue
        if actor.type == ActorType.STATE:
            own = _own_dollar(actor.country or world().code_of(actor.name))
        elif actor.type == ActorType.ORGANIZATION and actor.country:
            own = _own_dollar(actor.country)
        else:
            continue
        if own:
            return actor.name, own
    cited = {span.source_id for span in deal.evidence}
    for source in brief.sources:
        if cited and source.id not in cited:
            continue
        city = _dateline_city(source.text)
        own = _own_dollar(_city_country(city)) if city else ""
        if own:
            return f"the dateline {city}", own
    return None


def _dateline_city(text: str) -> str:
    """The dateline's place in the first lines of an article ("OTTAWA —", "Canberra, 3 March
    2026 —", "TORONTO (Reuters) -"), "" when there is none."""
    from briefdesk.extract.dateline_reader import LOOSE, find_dateline

    found = find_dateline(text[:800], LOOSE)
    return found.place if found else ""


def _city_country(city: str) -> str:
    """The ISO code of the state whose city (or capital) this is, "" when unknown."""
    from briefdesk.extract.gazetteer import gazetteer

    gaz = gazetteer()
    for name in (city, city.title()):
        code = gaz.capitals.get(name, "") or gaz.cities.get(name, ("", 0))[0]
        if code:
            return code
    return ""
