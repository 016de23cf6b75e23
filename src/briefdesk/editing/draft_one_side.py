"""A brief's title for a deal with an item and one known side (round 20, newcomer19 N19-01).

A radio report named the seller of twelve VA-140 helicopters but no buyer the reading was sure
of, and the drafted brief was titled "VA-140 helicopters": a designation, which says neither who
sells nor that anything is sold. A title says who does what: "Vantor Aerospace to sell VA-140
helicopters", "Serbia's Interior Ministry to buy VA-140 helicopters". Only kinds whose side's act
is plain get one (a sale, a purchase, a supply, a stake bought or sold, a works contract's
builder); a concession, a loan (already "Loan to X"), an agreement signed alike and the
catch-all keep their titles as before.
"""

from __future__ import annotations

from briefdesk.extract.results import DealSuggestion

# Kind → (the seller's act, the buyer's act); "" where that side's act is not plain.
_ACTS: dict[str, tuple[str, str]] = {
    "arms_sale": ("sell", "buy"),
    "procurement": ("supply", "buy"),
    "energy_supply": ("supply", "buy"),
    "acquisition": ("sell", "buy"),
    "licensed_production": ("license production of", "produce"),
    "construction": ("build", ""),
    "lease": ("lease out", "lease"),  # "Aerolux Leasing to lease out KT-400 transports"
}


def one_side_title(deal: DealSuggestion) -> str:
    """ "Vantor Aerospace to sell VA-140 helicopters" when ``deal`` names its item and
    exactly one side, and its kind says what that side does; "" otherwise."""
    item = " ".join(deal.item.split())
    acts = _ACTS.get(str(deal.kind))
    if not item or acts is None or bool(deal.seller) == bool(deal.buyer):
        return ""
    name, act = (deal.seller, acts[0]) if deal.seller else (deal.buyer, acts[1])
    return f"{name} to {act} {item}" if act else ""
