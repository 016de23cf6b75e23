"""Every party on one side of a deal, in the words a draft writes (round 20, newcomer19 N19-02).

A loan from "a consortium of A and B" was drafted with both lenders as parties, but the BLUF and
the brief's title named only the first ("A loan to Zambia"): the manager reading the title
learned of one bank. The extraction keeps the first name per side in ``buyer``/``seller`` and
the others in ``more_buyers``/``more_sellers`` (a venture's third partner too: ``draft_sure``);
here they become one side said whole, "A and B" or "A, B and C", for the title, the BLUF and the
titles that follow the deal's parties (``deal_follow``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from briefdesk.extract.results import DealSuggestion
from briefdesk.model.codes import SIGNED_ALIKE, PartyRole, deal_sides


def joined(names: Sequence[str]) -> str:
    """ "A", "A and B", "A, B and C" (blanks and repeats left out)."""
    kept: list[str] = []
    for name in names:
        name = " ".join(name.split())
        if name and name not in kept:
            kept.append(name)
    if len(kept) <= 1:
        return "".join(kept)
    return f"{', '.join(kept[:-1])} and {kept[-1]}"


def side(first: str, more: Sequence[str]) -> list[str]:
    """The names on one side: ``first`` then ``more``, without blanks or repeats."""
    out: list[str] = []
    for name in (first, *more):
        if name.strip() and name not in out:
            out.append(name)
    return out


def with_co_parties(deal: DealSuggestion) -> DealSuggestion:
    """``deal`` whose buyer and seller name every party on their side ("A and B"), its
    ``more_*`` emptied; ``deal`` itself when neither side has more than one."""
    if not (deal.more_buyers or deal.more_sellers):
        return deal
    return replace(
        deal,
        buyer=joined(side(deal.buyer, deal.more_buyers)) if deal.buyer else "",
        seller=joined(side(deal.seller, deal.more_sellers)) if deal.seller else "",
        more_buyers=[],
        more_sellers=[],
    )


def many(deal: DealSuggestion, role: str) -> bool:
    """Whether the ``role`` side ("buyer" or "seller") of ``deal`` names more than one party."""
    first, more = (
        (deal.buyer, deal.more_buyers) if role == "buyer" else (deal.seller, deal.more_sellers)
    )
    return len(side(first, more)) > 1


def sides_of(kind: str, named: Sequence[tuple[str, str]]) -> tuple[list[str], list[str]]:
    """(every name in the buyer slot, every name in the seller slot) from a brief deal's
    (role, name) pairs, as ``model.codes.slot_names`` places the first of each: for a kind
    signed alike, the first signatory is the seller slot and the others the buyer slot."""
    if kind in SIGNED_ALIKE and not any(r in (PartyRole.BUYER, PartyRole.SELLER) for r, _ in named):
        signed = side("", [n for r, n in named if r == PartyRole.SIGNATORY])
        return signed[1:], signed[:1]
    if kind in SIGNED_ALIKE:
        receives, gives = PartyRole.BUYER, PartyRole.SELLER
    else:
        receives, gives = deal_sides(kind)
    return (
        side("", [n for r, n in named if r == receives]),
        side("", [n for r, n in named if r == gives]),
    )


# A title's present-tense verbs after a side of several parties ("A and B award C contract").
_TITLE_VERBS = {
    "awards": "award",
    "grants": "grant",
    "orders": "order",
    "secures": "secure",
    "wins": "win",
    "imposes": "impose",
    "buys": "buy",
    "sells": "sell",
    "lends": "lend",
}


def plural_verb(title: str, subjects: Sequence[str]) -> str:
    """``title`` with the verb after a leading subject of several parties made plural
    ("A and B awards …" → "A and B award …"); ``subjects`` are those sides said whole."""
    for subject in subjects:
        if subject and title.startswith(subject + " "):
            verb, _, rest = title[len(subject) + 1 :].partition(" ")
            if verb in _TITLE_VERBS:
                return f"{subject} {_TITLE_VERBS[verb]} {rest}".rstrip()
    return title
