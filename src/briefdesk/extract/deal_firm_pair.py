"""Two companies named together on a deal, no government among them: both sides, and which
buys (round 20, issue 10; docs/extraction.md "Round 20: sides"). ``client_first`` (round 13,
moved here from deal_sides) tells the one that orders works.

The "with" guess (``deal_sides.with_pattern``) gave two companies one side only: "the
first-named company sells", the other left empty, so "Kestrel Orbital has signed a launch
services agreement with Fjellaunch AS" had Kestrel Orbital selling and nobody buying, and an
unpriced deal with one side already known was dropped. Now, when A is the subject of the
signing verb and B the first name after "with" ("A signed <contract> with B"), the deal has
both: the signer buys from the one it signed with ("a launch services agreement", "an EPC
contract", "operating leases", "a power purchase agreement"), unless the words say the
signer's goods go out ("a sale and purchase agreement", "an offtake", "to export") or the deal
is an energy supply told with no purchase word ("a supply agreement" for gas): then A sells
and B buys. Other goods "supplied" ("a supply contract with B for ten rigs", "with B for the
supply of cranes") may go either way, and any other pair ("A and B signed", "between A and
B", a consortium's members) keeps the older one-sided guess.
"""

from __future__ import annotations

from briefdesk.extract import rx as re

Mention = tuple[int, int, str]

# The subject's signing verb, then "with" right before the second company's name (a few
# describing words between: "with Norway's", "with Dublin-based lessor").
_SIGNED_WITH = re.compile(
    r"\s*(?:\([^)]{0,30}\)\s*)?(?:,[^,.;]{1,80},\s*)?"
    r"(?:(?:has|have|had|also|today|now|then|on\s+\w+|last\s+\w+)\s+){0,3}"
    r"(?:signed|inked|sealed|concluded|entered\s+into|agreed|is\s+negotiating|negotiated|"
    r"are\s+negotiating|was\s+negotiating)\s+"
    r"(?P<what>[^.;]{0,90}?)\bwith\s+(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,3}?$"
)
# The signer's goods go out: it sells, exports or signs away its output.
_OUT = re.compile(r"\b(?:sale|sales|sell|selling|offtake|off-take|export|exports)\b", re.I)
# "a supply contract with X for ten rigs", "with X for the supply of cranes": either side may
# be the one that supplies (the older guess is kept), except in an energy supply.
_SUPPLY = re.compile(r"\b(?:supply|supplies|delivery|deliveries|deliver)\b", re.IGNORECASE)
_SUPPLY_AFTER = re.compile(
    r"[^.;]{0,40}?\bfor\s+(?:the\s+)?(?:supply|delivery|sale|export)\b", re.IGNORECASE
)
_PURCHASE = re.compile(r"\bpurchas", re.IGNORECASE)


def _first(mentions: list[Mention], key: str) -> Mention | None:
    return next((m for m in mentions if m[2] == key), None)


def firm_pair(
    text: str, kind: str, mentions: list[Mention], firms: list[str]
) -> tuple[str, str, str] | None:
    """(buyer key, seller key, ground) for exactly two companies ``firms`` (in the order the
    sentence names them); None for any other number."""
    if len(firms) != 2:
        return None
    first, second = _first(mentions, firms[0]), _first(mentions, firms[1])
    if first is None or second is None or first[0] > second[0]:
        return None
    signed = _SIGNED_WITH.match(text[first[1] : second[0]])
    if signed:
        what = signed.group("what")
        out = bool(_OUT.search(what)) and not re.search(r"\bpower\s+purchase\b", what, re.I)
        if out or (kind == "energy_supply" and not _PURCHASE.search(what)):
            return firms[1], firms[0], "the company that signs to supply sells to the other"
        if _SUPPLY.search(what) or _SUPPLY_AFTER.match(text, second[1]):
            return None
        return firms[0], firms[1], "the company that signs with the other buys from it"
    return None


# "the contract for a new 300 MW unit", "a contract for the construction of": works for a client.
_WORKS_FOR = re.compile(
    r"\b(?:contract|deal|order|agreement)\s+(?:[\w-]+\s+){0,2}?for\s+(?:a|an|the)\s+(?:new\s+|"
    r"construction|building|rehabilitation|expansion|extension|upgrade|design|refurbishment)"
    # "a design contract with X", "an EPC contract with X": services bought from X
    r"|\b(?:design|construction|engineering|consultancy|consulting|supervision|works|EPC|"
    r"dredging|maintenance)\s+(?:services\s+)?contract\s+with\b",
    re.IGNORECASE,
)


def client_first(text: str, mentions: list[tuple[int, int, str]], firms: list[str]) -> bool:
    """Whether the first of two companies orders works from the second: "A has terminated the
    contract for a new unit at the plant, signed in 2021 with B"."""
    first = next((m for m in mentions if m[2] == firms[0]), None)
    second = next((m for m in mentions if m[2] == firms[1]), None)
    if first is None or second is None or first[0] > second[0]:
        return False
    if _WORKS_FOR.search(text, first[1], second[0]):
        return True
    # "We signed in August with Scheldemond Dredging NV of Antwerp for capital dredging": the
    # one signed with does the work named after it (round 13).
    return bool(
        _WITH_BEFORE.search(text, max(first[1], second[0] - 40), second[0])
        and _FOR_WORK.match(text, second[1], second[1] + 80)
    )


_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$")
_FOR_WORK = re.compile(
    r"[^.;]{0,40}?\bfor\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:dredging|construction|building|"
    r"survey|surveys|engineering|design|supervision|works|maintenance|drilling|installation|"
    r"consultancy|rehabilitation)\b"
)
