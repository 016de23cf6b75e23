"""A government's own finance ministry approving the financing of a purchase is no lender.

"The navy will receive five frigates from Hyundai Heavy Industries. The financing of $1.1
billion was approved by the Department of Finance.": the amount is the purchase's, approved by
the buyer's own treasury; the deal is the frigates, bought from the shipbuilder. A finance
ministry that lends to another state ("Japan's Ministry of Finance extended a loan to Laos")
names its borrower and is left alone.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.deal_kinds import DealBuild, deal_kind
from briefdesk.extract.resolver import Found
from briefdesk.extract.text import Sentence

# The state's own treasury: "Department of Finance", "the Finance Ministry", "Treasury".
_TREASURY = re.compile(
    r"^(?:the\s+)?(?:(?:Ministry|Department)\s+of\s+(?:the\s+)?(?:Economy\s+and\s+)?"
    r"(?:Finance|Treasury)(?:\s+and\s+\w+)?|(?:\w+\s+)?(?:Finance|Treasury)\s+"
    r"(?:Ministry|Department)|(?:HM\s+|US\s+)?Treasury(?:\s+Department)?)$",
    re.IGNORECASE,
)
# The amount is approved or cleared, not lent: "was approved by", "has cleared the funding".
_APPROVED = re.compile(
    r"\b(?:approv\w*|clear\w*|authori[sz]\w*|sanction\w*|signed\s+off|green-?lit|endors\w*)\b",
    re.IGNORECASE,
)
# Words that make the money a loan in its own right, whoever approves it.
_LENT = re.compile(r"\b(?:loans?|lend\w*|lent|credit\s+lines?|borrow\w*)\b", re.IGNORECASE)
_BOUGHT = frozenset({"arms_sale", "energy_supply", "licensed_production"})
# Other goods count when the sentence says they are bought: "will receive 40 buses from X".
_TRADED = re.compile(
    r"\b(?:buy\w*|bought|purchas\w*|order\w*|acquir\w*|procur\w*|receiv\w*|get|gets|"
    r"supply|supplies|supplied|deliver\w*)\b",
    re.IGNORECASE,
)


def treasury(found: Found, name: str) -> bool:
    """Whether a side is a state's finance ministry (its own name, not a bank's)."""
    actor = next((a for a in found.actors.values() if a.name == name), None)
    return actor is not None and actor.type == "organization" and bool(_TREASURY.match(name))


def financed_purchase(found: Found, deal: DealBuild, sents: list[Sentence], index: int) -> str:
    """The kind of the purchase a treasury's approved "financing" pays for ("" when none):
    the seller (the treasury) is cleared, so the sentence around names the sides."""
    text = sents[index].text
    if deal.buyer or not (deal.seller and treasury(found, deal.seller)):
        return ""
    if not _APPROVED.search(text) or _LENT.search(text):
        return ""
    for near in (index - 1, index + 1):
        if not 0 <= near < len(sents) or _LENT.search(sents[near].text):
            continue
        kind = deal_kind(sents[near].text, sents[near].text)
        if kind in _BOUGHT or (kind == "other" and _TRADED.search(sents[near].text)):
            deal.seller = deal.seller_why = ""
            return kind
    return ""
