"""A company bought whole, named without its legal form (round 24, newcomer24 N24-01).

"French train maker X has agreed to buy Czech signalling specialist Y for $1.2 billion" and the
headline "Y agrees $1.2 billion takeover by X": a takeover of one company by another. Round 17's
``deal_kind_names._COMPANY_BOUGHT`` knew the company only by a legal form (Ltd, plc, SpA); a wire
writes the bare name after a description. The gold conventions leave the seller of a company
bought whole empty when its owners are not named (the company is the item: "acquisition of
Tatra Cement a.s.", seller ""), so the state the article is about must not fill that side: the
state of the company bought (or its regulator) is no party to the sale.
"""

from __future__ import annotations

from briefdesk.extract import rx as re

# A name: up to four capitalised words ("Ostrava Rail Systems", "Gdansk Fluid Works").
_NAME = r"(?P<name>(?:[A-Z][\w&'.-]*\s+){0,3}[A-Z][\w&'-]*[a-z]\b)"
# "agreed to buy [Czech signalling specialist] Y for $1.2 billion", "takeover of Y for": a price
# or a money amount after the name tells a sale of the company, not goods made by it.
_BOUGHT = re.compile(
    r"\b(?:acquire|acquires|acquired|buy|buys|bought|purchase|purchases|purchased|"
    r"take\s+over|takes\s+over|took\s+over|takeover\s+of|acquisition\s+of|buyout\s+of)\s+"
    r"(?:(?:[A-Z][a-z]+\s+)?(?!(?:the|a|an|from|to|for|with|by|of|in|its|their|stake|shares?|"
    r"interest|control|majority|minority|assets?|stakes)\b)[a-z-]{3,}\s+){0,3}"
    + _NAME
    + r"\s+for\s+(?:about\s+|around\s+|some\s+|nearly\s+)?(?:[$€£¥]|US\$|[A-Z]{3}\s?\d|\d)"
)
# "Y agrees $1.2 billion takeover by X", "Y accepts takeover offer from X" (a headline).
_TAKEN_OVER = re.compile(
    _NAME
    + r"\s+(?:agrees?|agreed|accepts?|accepted|backs?|backed)\s+(?:to\s+)?(?:an?\s+)?"
    r"(?:[$€£][\d.,]+\s*(?:billion|million|bn|m)?\s+)?(?:takeover|buyout|acquisition|sale)"
    r"(?:\s+(?:offer|bid|deal))?\s+(?:by|from|to)\s+[A-Z]"
)
_CUE = ("buy", "bought", "acqui", "purchas", "takeover", "take over", "took over", "buyout")


def company_bought(said: str, sides: tuple[str, ...]) -> str:
    """The company ``said`` tells bought whole for a price, when it is neither named side
    ("" if none): "to buy Y for $N", "Y agrees $N takeover by X"."""
    lower = said.lower()
    if not any(cue in lower for cue in _CUE):
        return ""
    for pattern in (_BOUGHT, _TAKEN_OVER):
        for match in pattern.finditer(said):
            name = match.group("name")
            if not any(name in side or side in name for side in sides if side):
                return name
    return ""
