"""Which side of a deal a further party joins (newcomer20 N20-07).

Adding a third winner to a concession whose grantor and first concessionaire were named cost two
boxes: a Role drop-down proposing *Signatory*, then "Replace the concessionaire?" whose first
button threw the earlier winner away. A further party most often joins the side its kind of
body already stands on: a company beside the companies, a ministry or authority beside the
public body. This picks that side, for the one box that asks.
"""

from __future__ import annotations

from briefdesk.extract.words import word_list
from briefdesk.model import Actor, Brief, Deal
from briefdesk.model.codes import PartyRole, deal_sides

_PUBLIC_HEADS = word_list("government_heads")


def _public(actor: Actor) -> bool:
    """A state or a body named as a public one ("National Communications Authority")."""
    words = {w.strip("(),.").casefold() for w in actor.name.split()}
    return actor.type == "state" or not _PUBLIC_HEADS.isdisjoint(words)


def further_side(brief: Brief, deal: Deal, actor: Actor) -> tuple[PartyRole, PartyRole]:
    """(the side ``actor`` most likely joins, the other side) of ``deal``, both held already:
    the side whose holders are public bodies exactly when ``actor`` is one, else the side with
    more holders (a list of winners), else the side that receives (a second buyer or
    concessionaire is commoner than a second seller or grantor)."""
    receives, gives = deal_sides(deal.kind)
    if receives == gives:
        return receives, gives

    def holders(role: PartyRole) -> list[Actor]:
        found = (brief.actor(p.actor_id) for p in deal.parties if p.role == role)
        return [a for a in found if a is not None]

    fits = [
        side
        for side in (receives, gives)
        if holders(side) and all(_public(a) == _public(actor) for a in holders(side))
    ]
    if len(fits) == 1:
        side = fits[0]
    elif len(holders(gives)) > len(holders(receives)):
        side = gives
    else:
        side = receives
    return side, (gives if side == receives else receives)
