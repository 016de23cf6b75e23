"""A value sentence whose only names point back: the deal's sides are told in a sentence before.

Round 13 (issue 10). A deal is often told in two sentences: who signed with whom first, the
amount after it, in a sentence that names the parties only by pointing back to them or only as
the one who stated the price:

- "Port Autonome de Dakar signed a 30-year concession with Atlantic Terminals SA. The
  concessionaire will invest 165 billion CFA francs": "the concessionaire" is a description
  (``deal_anaphora``) of a company the sentence before names;
- "Kelvar signed a contract with Khazar Survey for the seismic survey. Khazar put the value at
  41.5 million manats": Khazar is named only as the one who gave the price.

Such a sentence names nobody new, so it reads its sides from the sentence it points back to as
one that names nobody does ("The contract is worth $80 million."). A sentence with any other
name ("Khazar put the value of its contract with Kelvar at ...") is read as before.
"""

from __future__ import annotations

from collections.abc import Callable

from briefdesk.extract import rx as re
from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.text import Sentence

Mention = tuple[int, int, str]

# "<X> put the contract value at", "<X> gave the price as", "<X> valued the deal at", "<X>, the
# operator, put its cost at about": the one who states an amount, followed by the amount.
_AMOUNT_AFTER = (
    r"\s+(?:(?:about|around|roughly|some|nearly|almost|up\s+to|over)\s+)?"
    r"(?:[A-Z]{0,3}\$|[€£¥₩₹]|[A-Z]{2,4}\s?\d|\d)"
)
_SPEAKER = lazy(
    r"(?:['’]s?)?(?:,\s+[^,.;]{1,60},)?\s+(?:has\s+|had\s+|also\s+)?"
    r"(?:(?:put|puts|gave|gives|pegged|pegs|set|sets)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:value|price|cost|price\s+tag|bill|figure|worth)\s+(?:at|as)"
    r"|(?:valued|values|priced|prices)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:contract|deal|order|agreement|award|package|sale|purchase|loan|investment|project|"
    r"programme|program|works?|lease|concession)s?\s+at)" + _AMOUNT_AFTER
)
# The verb's own object: "gave the price as", "put the contract value at".
_STATES_AMOUNT = re.compile(
    r"\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:value|price|cost|price\s+tag|figure)\s+"
    r"(?:at|as)\b"
)
_SPEAKER_WORDS = ("put", "gave", "gives", "peg", "set", "valued", "values", "priced", "prices")


def states_amount(text: str, end: int) -> bool:
    """Whether the verb ending at ``end`` only states an amount ("gave the price as"): no deal
    verb, so its subject gives or sells nothing."""
    return bool(_STATES_AMOUNT.match(text, end, end + 60))


def _pointer(text: str, start: int) -> bool:
    """A mention written as a description, not a name ("company" in "The company will invest"):
    the description readers add it over its lower-case noun."""
    return text[start : start + 1].islower()


def _speaker(text: str, end: int, stop: int) -> bool:
    """Whether the mention ending at ``end`` only states the deal's amount."""
    after = text[end : min(stop, end + 120)]
    return any(map(after.__contains__, _SPEAKER_WORDS)) and bool(
        _SPEAKER.match(text, end, min(stop, end + 120))
    )


def told_before(
    text: str, stop: int, mentions: list[Mention], named_before: Callable[[str], bool]
) -> frozenset[str] | None:
    """The keys of the speakers when every side mention of a sentence (ending at ``stop``)
    points back to an actor named before or only states the amount, so the sentence names no
    side of its own; None otherwise. A speaker counts only when a sentence just before names
    it ("The Ministry of Defence put the contract value at ..." after a sentence about the
    navy's order is the buyer speaking, and stays a side)."""
    speakers = set()
    for start, end, key in mentions:
        if _pointer(text, start):
            continue
        if not (_speaker(text, end, stop) and named_before(key)):
            return None
        speakers.add(key)
    return frozenset(speakers) if mentions else None


def drop_speakers(deal: DealBuild, names: set[str]) -> None:
    """Clear a side the value sentence's own words gave its speaker ("Olkaria Power gave the
    price as ...": "gave" makes no giver of it); the sentence before decides."""
    if deal.buyer in names:
        deal.buyer, deal.buyer_why = "", ""
    if deal.seller in names:
        deal.seller, deal.seller_why = "", ""


def named_before(
    sents: list[Sentence], index: int, mentions_in: Callable[[Sentence], list[Mention]]
) -> Callable[[str], bool]:
    """Whether one of the three sentences before ``index`` names an actor (read on demand)."""

    def named(key: str) -> bool:
        return any(
            key == m[2] for i in range(max(0, index - 3), index) for m in mentions_in(sents[i])
        )

    return named


def speaker_side(deal: DealBuild, names: list[str], same: Callable[[str, str], bool]) -> None:
    """The side left when the sentence before named only one ("The EPC contract went to Rift
    Builders. Olkaria Power put the contract value at $450 million"): who states a contract's
    price and is not its named side is its other side. One speaker only."""
    if len(names) != 1 or bool(deal.buyer) == bool(deal.seller):
        return
    name, other = names[0], deal.buyer or deal.seller
    if same(name, other):
        return
    why = f"stated the price of the deal with {other}"
    if deal.buyer:
        deal.seller, deal.seller_why = name, why
    else:
        deal.buyer, deal.buyer_why = name, why
