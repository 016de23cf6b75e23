"""A deal's side named in a sentence of its own by the side's role (round 23, issue 10): "Ivory
Coast signed a 12-year agreement to buy LNG from a field off Senegal. The buyer is the state-owned
X. The seller, Y, is a Dakar-based company", "UTE's board approved the purchase of a battery
system. The supplier is Z, based in Antofagasta".

Writers the rules were not built on (fresh-20's wires, fresh-7's trade press, fresh-11's radio
transcript, fresh-9's newsletter) tell a deal in one sentence and who is on each side in the
next, with a role noun as the subject: the deal's own sentence names one side or none, so the
unpriced readers dropped it. Read for a deal whose sentence leaves a side open: the one or two
sentences right after it, each opening with "The <role> is|was|will be X" or "The <role>, X,".
The role fills its slot (``defined_buyer_roles``: the buyer's; ``defined_seller_roles``, builder,
winner: the seller's; a loan reads borrower and lender only) when the slot is empty or holds only
a state, the role's party being a body of that state or of none stated ("Ivory Coast ... The
buyer is the state-owned SONACI").
Round 14's ``deal_role_nouns`` does the same for deals found by then (its ``part_fits`` and
``state_gives_way`` are the rules shared); this runs inside the unpriced readers, where a deal
with one side named is otherwise dropped.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.deal_kinds import PARTY_TYPES, DealBuild
from briefdesk.extract.deal_role_nouns import part_fits, state_gives_way
from briefdesk.extract.defined_terms import BUYER_ROLES, SELLER_ROLES
from briefdesk.extract.party_near import Mention, party_named_at
from briefdesk.extract.resolver import Found
from briefdesk.extract.text import Sentence

_SELLERS = SELLER_ROLES | {"builder", "winner"}  # ("The winner is X": a tender's)
_ROLE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’]\s)|(?<=\n))\s*The\s+(?P<role>"
    + "|".join(sorted(BUYER_ROLES | _SELLERS, key=len, reverse=True))
    + r")(?:\s*,\s*|\s+(?:is|was|will\s+be)\s+)"
)
_AMOUNT = re.compile(r"[$€£¥₹]|\b(?:million|billion|bn|mln|[A-Z]{3}\s?\d)")
_WINDOW = 420  # the next sentence or two
_STOP = re.compile(r"[.!?][\"”’]?\s")


def role_named_sides(
    text: str, found: Found, deal: DealBuild, sentence: Sentence, mentions: list[Mention]
) -> None:
    """Fill ``deal``'s open sides from role sentences right after ``sentence``."""
    after = text[sentence.end : sentence.end + _WINDOW]
    if "The " not in after:
        return
    everyone = sorted(found.mentions)  # (``mentions``: the deal sentence's own)
    stop = _STOP.search(after)  # the role opens the next sentence or the one after it
    for match in _ROLE.finditer(after):
        if match.start() > (stop.end() if stop else _WINDOW):
            break
        line = after.find("\n", match.end())  # (abbreviations end no sentence: "Corp.")
        if _AMOUNT.search(after, match.end(), min(line % (_WINDOW + 1), match.end() + 200)):
            continue  # "The contractor, X, has committed PHP 4.8 billion": the priced deal's
        at = sentence.end + match.end()
        holder = Sentence(sentence.end, sentence.end + len(after), after)
        name, _ = party_named_at(found, everyone, holder, at)
        if not name:
            continue
        role = match.group("role")
        if not part_fits(deal, role):
            continue
        slot = "buyer" if role in BUYER_ROLES else "seller"
        other = deal.seller if slot == "buyer" else deal.buyer
        if name == other or not _open(found, getattr(deal, slot), name):
            continue
        setattr(deal, slot, name)
        setattr(deal, f"{slot}_why", f"named as the {role} in the next sentence")


def _open(found: Found, held: str, name: str) -> bool:
    """Whether a slot holding ``held`` takes ``name``: empty, or a state where ``name`` is a
    body or company (not a state) of that state or of none stated."""
    if not held:
        return True
    actors = {a.name: a for a in found.actors.values()}
    new = actors.get(name)
    return (
        new is not None
        and new.type in PARTY_TYPES
        and new.type != "state"
        and state_gives_way(actors.get(held), new)
    )
