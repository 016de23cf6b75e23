"""When the state an article is about may not fill a deal's empty side (newcomer10 N10-02).

"Germany's Rheinwerk Systems delivered 18 Falke-2 drones to the Estonian Defence Forces" in a
trade item datelined OSLO: the buyer is unnamed by the rules, and the article's main state,
Norway, filled it. A deal whose own sentence names a third state, or a body of one, as its
receiver ("to/for the X") is not about the main state: its empty side stays empty rather than
be guessed wrong. (Any third state in the sentence was too blunt: "the French yard", "a
Franco-Italian maker" name the seller's side in other words.)"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.deal_parties import same_side
from briefdesk.extract.deal_takeover import company_bought
from briefdesk.extract.resolver import ActorBuild, Found

# "delivered ... to the Estonian Defence Forces", "frigates for the Qatari Emiri Navy": the
# receiver's preposition right before the other state's name or body.
_RECEIVER = re.compile(r"\b(?:to|for)\s+(?:the\s+)?$")


def _sentence_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``start``-``end``, by its stops and line breaks."""
    begin = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    return begin, min(stops, default=len(text))


def other_state_named(
    text: str, found: Found, deal: DealBuild, side: ActorBuild, state: ActorBuild
) -> bool:
    """Whether the deal's own sentence names as a receiver ("to/for (the) X") a state, or a body
    with a state, other than ``state`` (the article's) and the named ``side``'s own."""
    if not deal.evidence:
        return False
    start, end = min(deal.evidence)
    begin, stop = _sentence_of(text, start, end)
    ours = {state.country, side.country, state.name}
    for at, until, key in found.mentions:
        if at < begin or until > stop or not _RECEIVER.search(text, max(begin, at - 12), at):
            continue
        actor = found.actors.get(key)
        if actor is None or actor is side or actor is state:
            continue
        country = actor.country if actor.type == "state" or actor.type == "organization" else ""
        if country and country not in ours:
            return True
    return False


def taken_over(text: str, deal: DealBuild) -> bool:
    """Whether a sentence of the deal's evidence tells a company bought whole for a price (round
    24, N24-01): its vendor, if unnamed, stays empty (the gold conventions), never the state."""
    sides = (deal.buyer, deal.seller)
    spans = (_sentence_of(text, start, end) for start, end in deal.evidence)
    return any(company_bought(text[begin:stop], sides) for begin, stop in spans)


# A company's commitment to invest in what the state grants it: the state is the other side
# ("The concessionaire commits to invest US$1.8 billion"), told apart or not.
_INVESTS = re.compile(r"\binvest(?:s|ed|ing|ment)?\b", re.IGNORECASE)


def told_apart(
    text: str, found: Found, deal: DealBuild, side: ActorBuild, state: ActorBuild
) -> bool:
    """Whether a priced deal (not a loan, grant or investment) names neither its one known
    ``side`` nor anything of the article's ``state`` in its own sentences (round 25): "The
    contract, signed in May, is worth US$420 million" after the sentence that named the
    supplier. Its other side is told before it in a shape no reader took (a joined pair, a
    passive buyer), and is not left to a guess of the article's state: on such value sentences
    that guess was wrong in seven of eleven in the readable sets."""
    if deal.kind in {"loan", "grant"} or deal.value is None or not deal.evidence:
        return False
    spans = sorted(deal.evidence)
    if any(_INVESTS.search(text[start:end]) for start, end in spans):
        return False
    for at, until, key in found.mentions:
        if not any(start <= at and until <= end for start, end in spans):
            continue
        actor = found.actors.get(key)
        if actor is side or actor is state or (actor and same_side(actor, state)):
            return False
    return True
