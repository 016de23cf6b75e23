"""The borrower a loan's own sentence leaves unnamed (issue 10, round 9).

"The Asian Development Bank approved a grant of US$12 million last week for the landing
stations": the lender is named, the recipient is not. When every other loan or grant of the
article goes to one and the same state, the unnamed recipient is that state (an article about
Nepal's financing: "AIIB is expected to co-finance the section with a loan of $100 million").
Round 9 measured the article's most-named state alone as not enough (the wrong borrower almost
half the time); round 11 measured it again and lets it come first (deal_sides.fill_main_state):
this rule now fills only articles without such a state.
"""

from __future__ import annotations

from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.deal_parties import same_side
from briefdesk.extract.resolver import Found

_MONEY_KINDS = frozenset({"loan", "grant"})


def shared_borrower(found: Found, deals: list[DealBuild]) -> None:
    """Fill the empty recipient of a loan or grant whose lender is named with the one state
    that receives every other loan or grant of the article (at least one)."""
    by_name = {a.name: a for a in found.actors.values()}
    recipients = {
        d.buyer for d in deals if d.kind in _MONEY_KINDS and d.buyer and d.seller and not d.weak
    }
    if len(recipients) != 1:
        return
    name = next(iter(recipients))
    state = by_name.get(name)
    if state is None or state.type != "state":
        return
    for deal in deals:
        lender = by_name.get(deal.seller)
        if deal.kind not in _MONEY_KINDS or deal.buyer or lender is None:
            continue
        if same_side(lender, state):
            continue
        deal.buyer = name
        deal.buyer_why = f"the state every other loan or grant of the article goes to ({name!r})"
