"""The title of a deal made from selected words (Ctrl+Alt+N; round 20).

*New deal from selection* titled its deal by the item alone ("VA-140 helicopters") or the kind
and one side, while a draft (Ctrl+D) titles the brief by who does what. A deal the user builds
by hand is usually one the draft missed, and the Deals list then showed designations nobody could
tell apart by their sides. The same words the draft uses are used here (``draft.brief_title``);
a state standing beside its own company on one side is left out of the title, as a draft names
the company ("Vantor Aerospace", not "Italy and Vantor Aerospace"). A lease or charter is
titled in its own verb, read from the selected words as the draft reads the deal's sentence
(:func:`deal_act.own_act`; newcomer21 N21-07: a charter was titled as a sale).
"""

from __future__ import annotations

from briefdesk.editing.accept import deal_title
from briefdesk.editing.co_parties import sides_of
from briefdesk.editing.deal_act import own_act
from briefdesk.extract.results import DealSuggestion
from briefdesk.model import Actor, Brief, DealParty
from briefdesk.model.codes import ActorType, DealKind, slot_names


def selection_title(
    brief: Brief,
    new: list[Actor],
    parties: list[DealParty],
    kind: DealKind,
    item: str,
    words: str = "",
) -> str:
    """Who does what, as a draft titles a brief (round 20): "Vantor Aerospace to sell VA-140
    helicopters to Interior Ministry", "Harwick Bank and Tellmar Bank loan to Zambia"; with
    no side named, the item or the kind ("VA-140 helicopters", "New deal"); ``words`` (the
    selection) gives a lease's or charter's own verb ("X to lease … from Y")."""
    from briefdesk.editing.draft import brief_title

    found = [
        (party.role, brief.actor(party.actor_id) or next(a for a in new if a.id == party.actor_id))
        for party in parties
    ]
    named = [
        (str(role), actor.name)
        for role, actor in found
        if not _own_state(actor, [a for r, a in found if r == role and a is not actor])
    ]
    buyer, seller = slot_names(kind, named)
    buyers, sellers = sides_of(kind, named)
    raw = DealSuggestion(
        kind=kind.value,  # type: ignore[arg-type]
        item=item,
        buyer=buyer,
        seller=seller,
        more_buyers=[n for n in buyers if n != buyer],
        more_sellers=[n for n in sellers if n != seller],
        evidence=[(0, len(words))] if words.strip() else [],
    )
    act = own_act(raw, words)
    return (brief_title(raw, act=act) if buyer or seller else "") or deal_title(raw, "New deal")


def _own_state(actor: Actor, beside: list[Actor]) -> bool:
    """A state on the side of its own company ("Italy" beside Vantor Aerospace, Italian): the
    title names the company, as a draft does."""
    return actor.type == ActorType.STATE and any(a.country == actor.country for a in beside)
