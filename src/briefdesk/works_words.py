"""How a works contract's item reads in a sentence, for the draft and the export alike.

"a contract to build a 330 kV transmission line"; "a contract for the rehabilitation of the
Kainji dam" when the item names the work; "the EPC contract for an 80 MW solar plant" when it
names the contract (newcomer13 N13-24).
"""

from __future__ import annotations

import re

_DETERMINER = re.compile(r"^(?:a|an|the|its|their|new)\s", re.IGNORECASE)
_INDEFINITE = re.compile(r"^(?:a|an)\s", re.IGNORECASE)
_AN_NUMBER = re.compile(r"(?:8|11|18)(?!\d)|8\d")  # "an 80 MW solar plant", "an 11 km road"
# An item that already names the work or the contract: "a contract to build rehabilitation of
# the dam" or "a contract to build EPC contract …" would be wrong.
WORK = re.compile(
    r"^(?:the\s+)?(?:construction|building|rehabilitation|renovation|refurbishment|repair|"
    r"upgrad(?:e|ing)|expansion|extension|modernisation|modernization|installation|"
    r"electrification|dredging|design|engineering|civil\s+works|works)\b",
    re.IGNORECASE,
)
CONTRACT = re.compile(r"\b(?:contract|EPC|tender)\b", re.IGNORECASE)


def with_article(item: str) -> str:
    """ "a 330 kV transmission line", "an 80 MW plant", "the Mambilla hydropower plant";
    plurals and phrases with their own article are left alone."""
    if _DETERMINER.match(item) or (item.endswith("s") and not item.endswith("ss")):
        return item
    if item[:1].isupper():
        return f"the {item}"
    vowel = item[:1].lower() in "aeiou" or bool(_AN_NUMBER.match(item))
    return f"{'an' if vowel else 'a'} {item}"


def definite(things: str) -> str:
    """The works once they stand: "the 330 kV transmission line", "the three substations"."""
    if _INDEFINITE.match(things):
        return "the " + _INDEFINITE.sub("", things)
    return things if _DETERMINER.match(things) else f"the {things}"


def works_contract(things: str) -> str:
    """The contract for these works: "a contract to build a 330 kV line", "a contract for the
    rehabilitation of the dam", "the EPC contract for …", "a construction contract"."""
    if not things:
        return "a construction contract"
    if CONTRACT.search(things):
        return with_article(things)
    if WORK.match(things):
        return f"a contract for {definite(things)}"
    return f"a contract to build {with_article(things)}"
