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


# Round 26 (issue 10): a satellite's or a launch's words in the sentences around a value
# sentence that names no goods itself ("The contract is valued at €47.5 million" after "a
# synthetic aperture radar satellite"; "worth A$186 million" after a rocket's launches for the
# Department of Defence): the "radar", "rocket" or "defence" there is the spacecraft's, no weapon
# (corpus 180, 99_; fresh-9 N10, N29; fresh-12 Q05, Q20: the golds say `other`).
_SPACE = re.compile(
    r"\b(?:satellites?|microsatellites?|spacecraft|(?<!-)launch(?:es)?(?!-)|orbit)\b"
)
# Weapons a launch is told with: "18 truck-mounted launchers ... interceptors" (a missile
# system's "vertical-launch canister" is no space launch either: the hyphen).
_LAUNCHED_WEAPON = re.compile(r"\b(?:launchers?|interceptors?|weapons?|munitions?)\b")


def space_context(context: str) -> bool:
    """Whether the sentences around a deal tell a satellite or a launch and name no weapon."""
    lowered = context.lower()
    if "satellite" not in lowered and "launch" not in lowered and "orbit" not in lowered:
        return False
    return bool(_SPACE.search(lowered)) and not (
        _WEAPON.search(lowered) or _LAUNCHED_WEAPON.search(lowered)
    )
