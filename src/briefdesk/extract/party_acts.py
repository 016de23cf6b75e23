"""Small readings of one party's words for parties.py: what a subject does that makes it the
buyer ("took delivery", "has placed an order", "cancelled its contract with") or the seller
("booked an order"), and state words
that only describe the name after them ("The US International Development Finance Corporation").
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.words import word_list

BUYER, SELLER = "buyer", "seller"
_CONTRACT_NOUNS = word_list("contract_nouns")
_PLACED = frozenset({"placed", "places", "booked", "books"})
_BOOKED = frozenset({"booked", "books"})
_STOPPED = frozenset(
    {"cancelled", "canceled", "terminated", "suspended", "froze", "rescinded", "scrapped"}
)
_TAKE = frozenset({"took", "take", "takes", "taking", "taken"})
# The words at which ``took_or_placed`` can answer (parties._subject skips the others).
ACT_WORDS = _TAKE | _PLACED | _STOPPED


def describing_states(text: str, units: list[tuple[int, int, str, int]]) -> set[str]:
    """States written just before another name ("The US International Development Finance
    Corporation"): they describe it, they take no side of their own in a loan sentence; nor
    does the instrument a grant is given under ("under the European Peace Facility")."""
    starts = {u[0] for u in units}
    return {
        u[2]
        for u in units
        if (u[2].startswith("state:") and text[u[1] : u[1] + 1] == " " and u[1] + 1 in starts)
        or _UNDER.search(text, max(0, u[0] - 10), u[0])
    }


_UNDER = re.compile(r"\bunder\s+(?:the|its)\s+$")


def took_or_placed(words: list[str], i: int, passive: bool) -> list[tuple[str, int]] | None:
    """ "X took delivery", "X has placed an order", "X booked the launch", "X cancelled its
    contract with Y": X buys; "X booked an order": X sells."""
    w = words[i]
    if w in _TAKE and words[i + 1 : i + 2] == ["delivery"]:
        return [(BUYER, 2)]
    if w in _PLACED and {"order", "orders", "launch"} & set(words[i + 1 : i + 6]):
        if w in _BOOKED and "launch" not in words[i + 1 : i + 6]:
            # "Falkberg Aero has booked its first export order": the maker books what it sells
            # (newcomer11 N11-04); "X booked the launch", "X placed an order" buy.
            return [] if passive else [(SELLER, 2)]
        return [] if passive else [(BUYER, 2)]
    if w in _STOPPED and words[i + 1 : i + 2] in (["its"], ["their"]) and not passive:
        # "EDM cancelled its contract with the contractor X": the client stops its own deal
        return [(BUYER, 2)] if _CONTRACT_NOUNS.intersection(words[i + 2 : i + 5]) else None
    return None
