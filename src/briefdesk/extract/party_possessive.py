"""A deal's side named as the owner of the deal's noun: "Peru's $1 billion purchase of",
"Spain's export of", "the Interior Ministry's EUR 290 million contract to buy twelve
helicopters from Y" (newcomer19 N19-01).

The possessive owns the deal; the words after its noun say which side it is on. A buying noun
("purchase", "order", "acquisition") makes it the buyer and a selling one ("sale", "export") the
seller, as before (moved here from ``parties``). A neutral noun (contract, deal, agreement, plan,
bid, offer, decision) takes its side from the infinitive that follows it ("contract to buy":
buyer; "contract to supply", "to build": seller, only for a contract-like noun: "Kenya's plan to
build a dam" names no builder) or, for a contract-like noun, from "for … from Y" (the owner gets
the goods from Y). The amount may be written any way the money reader knows: "$1 billion",
"EUR 290 million", "US$40m", "290 million euro".
"""

from __future__ import annotations

from briefdesk.extract import rx as re

BUYER, SELLER = "buyer", "seller"

# An amount between the possessive and its noun: "$1 billion", "EUR 290 million", "US$40m",
# "1.2 billion" (a currency word after it is one of the describing words).
_AMOUNT = (
    r"(?:(?:(?:[A-Z]{0,3}[$€£¥₹]|[A-Z]{3}\s?)\s?)?\d[\d.,]*"
    r"(?:\s*(?:million|billion|trillion|bn|mn|m|b)\b)?\s+)?"
)
_OWNER = rf"^['’]s\s+{_AMOUNT}(?:[a-z][a-z-]*\s+){{0,2}}?"
_BUY_NOUNS = (
    r"(?:purchase|purchases|acquisition|procurement|order|orders|import|imports|imported|buying)"
)
_SELL_NOUNS = r"(?:sale|sales|export|exports|supply|supplies|delivery|deliveries|transfer|offer)"
_LEND_NOUNS = r"(?:loan|loans|lending|credit)"
# Nouns that own a deal without saying its direction.
_CONTRACT = r"(?:contract|contracts|deal|deals|agreement|agreements|accord|order)"
_INTENT = (
    r"(?:plan|plans|bid|bids|offer|offers|move|decision|proposal|effort|attempt|push|tender|"
    r"request|requests|application|intention)"
)
_BUY_VERB = r"(?:buy|purchase|acquire|procure|order|import|obtain)"
_SELL_VERB = r"(?:sell|supply|deliver|export|provide|build|construct|manufacture|produce)"

POSSESSIVE_BUY = re.compile(rf"{_OWNER}{_BUY_NOUNS}\b")
POSSESSIVE_SELL = re.compile(rf"{_OWNER}{_SELL_NOUNS}\b")
POSSESSIVE_LEND = re.compile(rf"{_OWNER}{_LEND_NOUNS}\b")
# "X's contract to buy", "X's plan to acquire", "X's bid to buy".
_TO_BUY = re.compile(rf"{_OWNER}(?:{_CONTRACT}|{_INTENT})\s+to\s+{_BUY_VERB}\b")
# "X's contract to supply", "X's deal to build" (a plan or bid to build names no builder).
_TO_SELL = re.compile(rf"{_OWNER}{_CONTRACT}\s+to\s+{_SELL_VERB}\b")
# "X's contract for twelve helicopters from Y": the owner gets the goods from Y.
_FOR_FROM = re.compile(rf"{_OWNER}{_CONTRACT}\s+for\s+[^,;:.()]{{1,60}}?\s+from\s+\S")


def possessive_role(after: str, loan: bool) -> tuple[str, str] | None:
    """(role, why) for a party whose possessive owns the deal in ``after`` (the text right
    after its name), or None."""
    if loan:
        found = POSSESSIVE_LEND.match(after)
        return (SELLER, _why(found)) if found else None
    for role, patterns in _ROLES:
        for pattern in patterns:
            if found := pattern.match(after):
                return role, _why(found)
    return None


_ROLES = ((BUYER, (POSSESSIVE_BUY, _TO_BUY, _FOR_FROM)), (SELLER, (POSSESSIVE_SELL, _TO_SELL)))


def _why(found: re.Match[str]) -> str:
    words = found.group().split()
    return f"possessive {' '.join(words[:8])!r}" + (" ..." if len(words) > 8 else "")


# "voted against the government's request to buy seven systems": the one whose request, plan or
# bid it is buys, not the subject that votes on it or approves it (round 21).
_OWNED_INTENT = re.compile(
    rf"^[^.;]*?\b\w+['’]s\s+{_AMOUNT}(?:[a-z][a-z-]*\s+){{0,2}}?{_INTENT}\s+to\s+"
    rf"(?:{_BUY_VERB}|{_SELL_VERB})\b"
)


# (the same, read in the gap between a subject and its verb: "... the government's request to")
INTENT_BEFORE = re.compile(rf"['’]s\s+{_AMOUNT}(?:[a-z][a-z-]*\s+){{0,2}}?{_INTENT}\s+to\s*$")


def intent_owned(following: str) -> bool:
    """Whether the deal verb after a subject is the infinitive of another's request, plan or
    bid ("the Senate approved the ministry's plan to buy"): that owner takes the role."""
    return bool(_OWNED_INTENT.match(following))
