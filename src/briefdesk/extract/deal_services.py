"""Services around arms are no arms sale: a subcontract, a maintenance, training or support
contract, a fit-out; and a satellite (even a radar satellite) is no weapon.

"propulsion ... will come from Wärtsilä Marine under a Tk 3.1 billion subcontract", "five years
of in-country maintenance support under a €18.5 million contract", "a separate training and
support contract, worth 9.5 billion CFA francs", "will be fitted out ... by Lagune Metal",
"the contract for the MULA-R radar satellite": the tuning gold calls these `other`.
"""

from __future__ import annotations

from briefdesk.extract import rx as re

_SERVICE = re.compile(
    r"\b(?:subcontract\w*|(?:maintenance|support|training|fit-out|mro|services)\s+(?:and\s+\w+\s+)?"
    r"(?:contract|agreement|deal)s?|fitted\s+out|fit\s+out|to\s+fit\b|maintenance\s+support|"
    r"satellites?)\b"
)
# A weapon named beside it keeps the sale an arms sale ("a contract for 12 fighters and their
# training", "missile").
_WEAPON = re.compile(
    r"\b(?:fighters?|jets?|missiles?|tanks?|howitzers?|rifles?|frigates?|corvettes?|submarines?|"
    r"drones?|helicopters?|armou?red|ammunition|artillery|warships?)\b"
)


# Aircraft or ships leased or chartered, not bought (round 21, newcomer21 N21-02/N21-07): the
# golds kind a lease or charter `other`, the lessee or charterer its buyer, the lessor or owner
# its seller; a training package is a service like a training contract.
_LEASED = re.compile(
    r"\b(?:leas(?:e|es|ed|ing)|(?:bareboat|time|wet|dry)[- ]charter|"
    r"(?<!\ba\s)(?<!\bthe\s)charter(?:s|ed|ing)?)\b(?!\s+(?:accountants?|institute|bank|flights?))|"
    # a package the amount itself heads ("a separate EUR 14 million training package"), not one
    # listed with the goods ("covers the boats, a training package and spares")
    r"\b(?:million|billion|bn|m)\s+(?:[a-z-]+\s+)?training\s+(?:and\s+\w+\s+)?package\b"
)


def arms_service(lowered: str) -> bool:
    """Whether lower-cased deal text tells a service around arms (or a satellite), no weapon."""
    if "subcontract" in lowered:
        return True  # works for the prime contractor, whatever platform they go into
    if _LEASED.search(lowered) and not _WEAPON.search(lowered):
        return True
    return bool(_SERVICE.search(lowered)) and not _WEAPON.search(lowered)
