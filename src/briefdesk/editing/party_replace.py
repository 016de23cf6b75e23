"""Replace the actor holding one side of a deal, the drafted words following (newcomer16 N16-03).

Setting the seller on a deal that had one added a second seller: the draft's wrong "Turkey" stayed
beside the right "Aselsan", had to be removed by hand, and the brief's title, its export file
name and a still-drafted BLUF went on saying "Turkey to sell …". Replacing puts the new actor in
the old one's place and, as *Swap deal sides* does, the deal's title and the brief's title and
BLUF while still as drafted follow (a title or BLUF the user wrote is theirs and left alone).
"""

from __future__ import annotations

import re

from briefdesk.editing.deal_swap import drafted_following
from briefdesk.editing.edits import Edit
from briefdesk.model import Brief, Deal
from briefdesk.model.codes import PartyRole

# Roles one actor holds for a side (a second seller is rare; a second signatory or guarantor
# is common): only these offer to replace.
_ONE_HOLDER = frozenset(
    {
        PartyRole.BUYER,
        PartyRole.SELLER,
        PartyRole.LENDER,
        PartyRole.BORROWER,
        PartyRole.GRANTOR,
        PartyRole.CONCESSIONAIRE,
        PartyRole.PAYER,
        PartyRole.PAYEE,
        PartyRole.IMPOSING_PARTY,
        PartyRole.CLIENT,
        PartyRole.CONTRACTOR,
    }
)


def held_by_other(deal: Deal, role: PartyRole, actor_id: str) -> int | None:
    """The index of the party holding ``role`` for another actor, when ``role`` is a side one
    actor holds (the seller, the lender…); None when the side is free or shared."""
    if role not in _ONE_HOLDER or any(
        p.actor_id == actor_id and p.role == role for p in deal.parties
    ):
        return None
    return next((i for i, p in enumerate(deal.parties) if p.role == role), None)


def replace_edits(brief: Brief, deal_index: int, party_index: int, actor_id: str) -> list[Edit]:
    """Party ``party_index`` of deal ``deal_index`` held by ``actor_id`` instead; the deal's
    title, and the brief's title and BLUF while as drafted, name the new actor where they named
    the old one."""
    deal = brief.deals[deal_index]
    old_party = deal.parties[party_index]
    old, new = brief.actor(old_party.actor_id), brief.actor(actor_id)
    parties = list(deal.parties)
    parties[party_index] = old_party.model_copy(update={"actor_id": actor_id})
    edits = [Edit(f"deals[{deal_index}].parties", parties, "parties")]
    if old is None or new is None:
        return edits
    title = rename(deal.title, old.name, new.name)
    if title != deal.title:
        edits.append(Edit(f"deals[{deal_index}].title", title, "deal title"))
    return edits + drafted_following(brief, lambda text: rename(text, old.name, new.name))


def rename(text: str, old: str, new: str) -> str:
    """``old`` (whole words) replaced by ``new`` wherever ``text`` names it."""
    if not old.strip() or old == new:
        return text
    return re.sub(rf"(?<!\w){re.escape(old)}(?!\w)", lambda _m: new, text)
