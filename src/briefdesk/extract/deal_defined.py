"""A deal's sides from the roles a formal document defines: (the "Vendor"), (the "Purchaser").

A filing or contract that defines `Korimako Port Holdings Limited (the "Vendor")` has said who
sells in any deal it tells: in a deal sentence that names the party (by name or by its term) it
takes the side its term names, over a side the verb rules read ("entered into an agreement with
X (the "Vendor") to acquire ..." reads X as the one acquiring). The issuer the document defines
as "the Company" (or "the Issuer", "the Group"), named in the same sentence, takes the side left
empty: a filing tells its own company's deals.
"""

from __future__ import annotations

from briefdesk.extract.deal_kinds import NO_PARTY_KINDS, DealBuild
from briefdesk.extract.defined_terms import definitions, has_definitions, role_of
from briefdesk.extract.resolver import Found

_WHY = "defined in the document as {term!r}"
_ISSUER_TERMS = frozenset({"company", "issuer", "group"})
_FINANCE_TERMS = frozenset({"borrower", "lender"})


def defined_sides(text: str, found: Found, deals: list[DealBuild]) -> None:
    """Set the sides of deals whose sentence names a party with a defined side (see module)."""
    if not deals or not has_definitions(text):
        return
    at_span = {(start, end): key for start, end, key in found.mentions}
    roles: dict[str, tuple[str, str]] = {}  # actor key -> (buyer/seller/party, term)
    for definition in definitions(text):
        for term, start, end in definition.terms:
            key, role = at_span.get((start, end), ""), role_of(term)
            if key and role and (role != "party" or term.lower() in _ISSUER_TERMS):
                roles.setdefault(key, (role, term))
    if not any(role in {"buyer", "seller"} for role, _ in roles.values()):
        return
    mentions = sorted(found.mentions)
    for deal in deals:
        if deal.kind in NO_PARTY_KINDS:
            continue
        sides = {deal.buyer, deal.seller}
        named = [
            k
            for s, _e, k in mentions
            if k in roles and (_inside(deal, s) or found.actors[k].name in sides)
        ]
        for key in dict.fromkeys(named):
            side, term = roles[key]
            # A loan's sides are its borrower and lender: a "Purchaser" need not borrow.
            financed = deal.kind in {"loan", "grant"}
            if side in {"buyer", "seller"} and financed == (term.lower() in _FINANCE_TERMS):
                _set(deal, side, found.actors[key].name, _WHY.format(term=term))
        issuer = next((k for k in named if roles[k][0] == "party"), "")
        if issuer and (deal.buyer or deal.seller) and not (deal.buyer and deal.seller):
            name = found.actors[issuer].name
            if name not in {deal.buyer, deal.seller}:
                why = _WHY.format(term=roles[issuer][1])
                _set(deal, "seller" if deal.buyer else "buyer", name, why)


def _inside(deal: DealBuild, at: int) -> bool:
    return any(start <= at < end for start, end in deal.evidence)


def _set(deal: DealBuild, side: str, name: str, why: str) -> None:
    """Put ``name`` on ``side``, taking it off the other side if a rule had put it there."""
    if side == "buyer":
        if deal.seller == name:
            deal.seller, deal.seller_why = "", ""
        deal.buyer, deal.buyer_why = name, why
    else:
        if deal.buyer == name:
            deal.buyer, deal.buyer_why = "", ""
        deal.seller, deal.seller_why = name, why
