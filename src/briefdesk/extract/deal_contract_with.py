"""The party a contract is signed with, against a guessed other side (round 26, issue 10).

"Tuvalu Telecommunications Corporation signed the supply contract with Pacifica Subsea Networks
Ltd", "Durrat Smelting signs LNG deal with Musandam Gas Marketing": the frame reader names the
party after "with" the side the deal's named side is not. When that named side is only a
guess (the first-named company sells), the frame used to make the with-party the buyer, so
the pair came out reversed. In the readable sets a contract's with-party is its contractor
(the seller) 110 times and its client 41 (mostly a ministry or a production-sharing
contract, which the government guess and the concession reader already take); of the 11 deals
where the frame completed a guessed seller with the with-party as buyer, 8 were reversed and
the 3 right ones were all "agreement" (an offtake or a trade finance line), which is left out.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.deal_guess import GUESS, is_guess
from briefdesk.extract.deal_kinds import DealBuild

# The frame's reason for a party after "with" of a contract, a deal or "signed".
_CONTRACT_WITH = re.compile(
    r"after 'with' of the (?:passive )?deal word '(?:contracts?|deals?|sign|signed|signs|signing)'$"
)
# Money lent or given, rights granted and things let read "with" the other way.
_OTHER_WAY = frozenset({"loan", "grant", "aid", "concession", "lease", "investment"})


# "X has signed a contract with Y for the supply of four cranes": the signer supplies (round 5).
_SIGNER_SUPPLIES = re.compile(r"\bwith\b[^.;]{0,120}?\bfor\s+the\s+(?:supply|delivery)\s+of\b")


def contractor_with(deal: DealBuild, why: str, told: str = "") -> bool:
    """Whether a frame vote ``why`` names the contractor of a deal whose seller is a guess and
    whose buyer is still empty: the with-party sells, the guessed side buys. ``told``: the
    sentence; one that has the signer supply the goods after "with" keeps the frame's way."""
    return (
        not deal.buyer
        and bool(deal.seller)
        and is_guess(deal.seller_why)
        and deal.kind not in _OTHER_WAY
        and _CONTRACT_WITH.search(why) is not None
        and not _signer_supplies(told)
    )


def _signer_supplies(told: str) -> bool:
    """ "... with Y for the supply of four cranes" (a substring test before the pattern)."""
    if " supply of" not in told and " delivery of" not in told:
        return False
    return _SIGNER_SUPPLIES.search(told) is not None


def contractor_sells(deal: DealBuild, name: str, why: str) -> None:
    """The with-party ``name`` sells; the guessed side, the contract's client, buys (still a
    guess)."""
    deal.buyer, deal.buyer_why = deal.seller, f"{GUESS}: the client of a contract signed with X"
    deal.seller, deal.seller_why = name, f"frame: {why}: the contractor"
