"""Replace the actor holding one side of a deal, the drafted words following (newcomer16 N16-03).

Setting the seller on a deal that had one added a second seller: the draft's wrong "Turkey" stayed
beside the right "Aselsan", had to be removed by hand, and the brief's title, its export file
name and a still-drafted BLUF went on saying "Turkey to sell …". Replacing puts the new actor in
the old one's place and, as *Swap deal sides* does, the deal's title and the brief's title and
BLUF while still as drafted follow (a title or BLUF the user wrote is theirs and left alone).
"""

from __future__ import annotations

from briefdesk.editing.edits import Edit
from briefdesk.model import Brief, Deal, Span
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
    the old one (``party_follow``, shared with the party's Actor list since N24-05)."""
    from briefdesk.editing.party_follow import party_change_edits

    deal = brief.deals[deal_index]
    old_party = deal.parties[party_index]
    parties = list(deal.parties)
    parties[party_index] = old_party.model_copy(update={"actor_id": actor_id})
    return party_change_edits(brief, deal_index, parties, old_party.actor_id, actor_id)


def replace_first(brief: Brief, deal: Deal, holder: int, span: Span) -> bool:
    """True when *Replace* should be the default answer for the words ``span`` selected as a
    side ``holder`` already holds (newcomer24 N24-06): the words stand in a sentence the deal
    cites and that sentence never names the holder, so the holder is BriefDesk's guess from
    elsewhere ("awarded to Ostrava" while the suggestion said Czech Republic). Otherwise, as
    newcomer20 N20-07 asked, adding a second stays the default: Enter never throws away a side
    the text itself names beside the new one."""
    source = brief.source(span.source_id)
    actor = brief.actor(deal.parties[holder].actor_id)
    if source is None or actor is None:
        return False
    text = source.text
    cited = [_sentence(text, e.start, e.end) for e in deal.evidence if e.source_id == source.id]
    around = [(a, b) for a, b in cited if a <= span.start and span.end <= b]
    if not around:
        return False
    names = [n.casefold() for n in (actor.name, *actor.aliases) if n.strip()]
    return not any(n in text[a:b].casefold() for a, b in around for n in names)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or line) around ``start``-``end``."""
    left = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    return left, min(stops) + 1 if stops else len(text)
