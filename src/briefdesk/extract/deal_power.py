"""Sides of a power purchase agreement (issue 10, round 11).

A PPA is named for the buyer's side, yet either side signs it, so "X signed a 25-year power
purchase agreement with Y" and "X's power purchase agreement with Y" say nothing of who buys:
the parties' readings make X the buyer. The sentence may still say what each side is: the
plant's developer ("Emirati developer X", "X, an Abu Dhabi developer,") sells the power, the
utility or grid ("state utility Y", "Y, the state grid operator,") buys it. Only a deal whose
own sentence names a PPA is turned, and only when the description contradicts its sides.

With no description, a utility's own name says it (round 24): "X signed a 20-year Power Purchase
Agreement with the Bangladesh Power Development Board" — the board, an electricity authority or
company, buys; turned only when the seller's name is a utility's and the buyer's is not.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.resolver import Found

_PPA = re.compile(r"\bpower\s+purchase\s+agreement|\bPPAs?\b", re.IGNORECASE)
_SELLERS = r"developer|IPP|independent\s+power\s+producer"
_BUYERS = r"utility|grid\s+operator|grid\s+company|transmission\s+company"
_BEFORE = {
    role: re.compile(rf"\b(?:{words})\s+(?:[A-Z][\w.-]*['’]s\s+)?$")
    for role, words in (("seller", _SELLERS), ("buyer", _BUYERS))
}
_AFTER = {
    role: re.compile(
        rf"(?:\s*\([^)]{{1,40}}\))?\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?(?:{words})\b"
    )
    for role, words in (("seller", _SELLERS), ("buyer", _BUYERS))
}
_WHY = "a power purchase agreement: the {} {} the power"
# A utility by its name: "Nepal Electricity Authority", "Électricité de Djibouti", "Bangladesh
# Power Development Board", "Ghana Grid Company".
_UTILITY_NAME = re.compile(
    r"\b(?:Electricity|Electric|Électricité|Grid|Utility|Utilities|Power\s+Development\s+Board)\b"
)


def power_sides(text: str, found: Found, deals: list[DealBuild]) -> None:
    """Swap the sides of each PPA whose buyer is described as the developer, or whose seller
    as the utility, in the deal's own sentence."""
    for deal in deals:
        if not (deal.buyer and deal.seller and deal.evidence):
            continue
        start, end = deal.evidence[0]
        if not _PPA.search(text, start, end):
            continue
        said = _descriptions(text, found, start, end, {deal.buyer, deal.seller})
        if not said and _named_utility(deal.seller) and not _named_utility(deal.buyer):
            deal.buyer, deal.seller = deal.seller, deal.buyer
            deal.buyer_why = deal.seller_why = _WHY.format("utility", "buys")
            continue
        if said.get(deal.buyer) == "seller" or said.get(deal.seller) == "buyer":
            if said.get(deal.buyer) == "buyer" or said.get(deal.seller) == "seller":
                continue  # both readings described as one role: nothing to go by
            deal.buyer, deal.seller = deal.seller, deal.buyer
            noun = "developer sells" if "seller" in said.values() else "utility buys"
            deal.buyer_why = deal.seller_why = _WHY.format(*noun.split())


def _named_utility(name: str) -> bool:
    """Whether ``name`` is a utility's by its own words ("... Electricity Authority")."""
    return bool(_UTILITY_NAME.search(name))


def _descriptions(text: str, found: Found, start: int, end: int, names: set[str]) -> dict[str, str]:
    """Side name -> the role its description in [start, end) gives ("seller" for a developer,
    "buyer" for a utility)."""
    said: dict[str, str] = {}
    for at, until, key in found.mentions:
        if at < start or until > end:
            continue
        actor = found.actors.get(key)
        if actor is None or actor.name not in names:
            continue
        for role in ("seller", "buyer"):
            if _BEFORE[role].search(text, max(start, at - 40), at) or _AFTER[role].match(
                text, until
            ):
                said.setdefault(actor.name, role)
    return said
