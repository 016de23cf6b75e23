"""Grounds for the sides of a deal whose text gives no direction ("A signed a contract with B").

Before the house guess (the government side buys), the sentence may still say who pays and who
delivers, in a clause after one side ("with Daewon Marine, which will build two ferries", "with
Ghana, which will pay in instalments"), or where the works are ("an agreement with Uzbekistan for
a plant in Kyrgyzstan": the state that hosts the works buys them). Each ground is named in the
side's `why`, and every such reading is said to be a guess.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.deal_parties import is_government
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.resolver import Found

GUESS = "a guess (the text gives no direction)"


def is_guess(why: str) -> bool:
    """Whether a side's reason says it was guessed (every guess's reason opens with GUESS)."""
    return why.startswith(GUESS)


# "X, which will build ...", "X, who pays ...": what the side itself does, in a clause after it.
_DOES = re.compile(
    r"(?:\s*\([^)]{1,40}\))?\s*,?\s+(?:which|who|that)\s+(?:will\s+|would\s+|is\s+to\s+|"
    r"are\s+to\s+|has\s+agreed\s+to\s+|agreed\s+to\s+)?(?P<verb>[a-z]+)\b"
)
_PAYS = frozenset(
    {
        "pay",
        "pays",
        "paid",
        "finance",
        "finances",
        "financed",
        "fund",
        "funds",
        "funded",
        "buy",
        "buys",
        "bought",
        "take",
        "takes",
        "took",
        "receive",
        "receives",
        "received",
        "import",
        "imports",
        "purchase",
        "purchases",
        "purchased",
    }
)
_DELIVERS = frozenset(
    {
        "build",
        "builds",
        "built",
        "supply",
        "supplies",
        "supplied",
        "deliver",
        "delivers",
        "delivered",
        "provide",
        "provides",
        "provided",
        "manufacture",
        "manufactures",
        "make",
        "makes",
        "construct",
        "constructs",
        "install",
        "installs",
        "export",
        "exports",
        "sell",
        "sells",
        "sold",
        "design",
        "designs",
        "operate",
        "operates",
        "produce",
        "produces",
    }
)
# "X, the Bremen-based maker of port cranes,", "Y (PMO), operator of the Port of Manta": what
# a side is, said in an apposition.
_ROLE = re.compile(
    r"(?:\s*\([^)]{1,40}\))?\s*,\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,3}?(maker|manufacturer|"
    r"builder|shipbuilder|supplier|producer|exporter|vendor|contractor|shipyard|operator|owner|"
    r"utility|airline|carrier|importer|buyer)\s+of\b"
)
_CLIENTS = frozenset({"operator", "owner", "utility", "airline", "carrier", "importer", "buyer"})
_OFFTAKE_WITH = re.compile(r"\bofftake\b[^.;]{0,40}?\bwith\s+")
# "a plant in Kyrgyzstan", "works at Faleolo in Samoa": the state the works stand in.
_IN_STATE = lazy(r"\b(?:in|at)\s+(?:(?:northern|southern|eastern|western|central)\s+)?$")


def grounded(
    text: str, found: Found, candidates: list[str], mentions: list[tuple[int, int, str]]
) -> tuple[str, str, str]:
    """(buyer key, seller key, ground) when the sentence says who pays or who delivers, or
    which of two states hosts the works; ('', '', '') when it does not."""
    span_start = max(0, mentions[0][0] - 150) if mentions else 0
    span = text[span_start : mentions[-1][1]] if mentions else ""
    offtake = _OFFTAKE_WITH.search(span)
    if offtake:
        # "X signed a five-year offtake agreement with Y, a Korean maker of anodes": Y takes
        # the output (a maker buying its raw material), X sells it.
        after = span_start + offtake.end()
        taker = next((k for s, _e, k in mentions if s >= after and k in candidates), "")
        others = [k for k in candidates if k != taker]
        if taker and others:
            return taker, others[0], f"{GUESS}: the one an offtake is signed with takes the output"
    before = _described_before(text, found, candidates, mentions)
    if before[2]:
        return before
    works = _works_with(text, candidates, mentions)
    if works[2]:
        return works
    for _start, end, key in mentions:
        if key not in candidates:
            continue
        end += text[end : end + 1] == "."  # "Daewon Marine Co., which"
        role = _ROLE.match(text, end)
        others = [k for k in candidates if k != key]
        if role and others:
            # "X, the Bremen-based maker of port cranes, ... with Y, operator of the port"
            noun = role.group(1)
            if noun in _CLIENTS:
                return key, others[0], f"{GUESS}: the side described as {noun!r} buys"
            return others[0], key, f"{GUESS}: the side described as {noun!r} sells"
        does = _DOES.match(text, end) if text[end : end + 2].strip(" ")[:1] in {",", "("} else None
        if not does:
            continue
        verb = does.group("verb")
        others = [k for k in candidates if k != key]
        if not others:
            return "", "", ""
        if verb in _PAYS:
            return key, others[0], f"{GUESS}: the side that {verb!r} buys"
        if verb in _DELIVERS:
            return others[0], key, f"{GUESS}: the side that {verb!r} sells"
    states = [k for k in candidates if found.actors[k].type == "state"]
    if len(states) == 2 and len(candidates) == 2:
        hosts = [
            key
            for start, _end, key in mentions
            if key in states and _IN_STATE.search(text, max(0, start - 25), start)
        ]
        if len(set(hosts)) == 1:
            other = next(k for k in states if k != hosts[0])
            return hosts[0], other, f"{GUESS}: the state the works stand in buys them"
    return "", "", ""


# "Tokyo-based satellite operator Hoshizora", "Dutch shipbuilder Damen": what a side is, said
# in the words just before its name; "the state-owned X", "the public company X": a state's
# own company, which orders from a private one.
_NOUN_BEFORE = re.compile(
    r"\b(utility|airline|importer|buyer|client|customer|offtaker|"
    r"shipbuilder|builder|manufacturer|maker|contractor|supplier|shipyard|yard|vendor|exporter|"
    r"producer|state-owned|state-run|government-owned|public\s+company)\s+"
    r"(?:[A-Z][\w.-]*['’]s\s+)?$"
)
_PUBLIC = frozenset({"state-owned", "state-run", "government-owned"})

_LISTED = re.compile(r"\b(?:consortium|group|venture|team)\s+(?:of|led\s+by)\b|\btogether\s+with\b")


def _described_before(
    text: str, found: Found, candidates: list[str], mentions: list[tuple[int, int, str]]
) -> tuple[str, str, str]:
    """(buyer, seller, ground) when exactly one of two sides is described just before its name
    as a client ("state utility X") or a supplier ("Dutch shipbuilder Y"); "operator" and
    "carrier" say neither ("launch operator", "freight operator")."""
    if len(candidates) != 2:
        return "", "", ""
    said = {
        key: match.group(1)
        for start, _end, key in mentions
        if key in candidates and (match := _NOUN_BEFORE.search(text, max(0, start - 30), start))
    }
    if len(said) != 1 or _LISTED.search(text, max(0, mentions[0][0] - 60), mentions[-1][1]):
        return "", "", ""  # "a consortium of Austrian turbine maker A and B": both one side
    key, noun = next(iter(said.items()))
    other = next(k for k in candidates if k != key)
    if noun in _PUBLIC or noun.startswith("public"):
        noun = "state-owned"
        if found.actors[other].type != "organization" or is_government(found.actors[other]):
            return "", "", ""  # "state-owned X signed with India": no private firm to order from
    if noun in _CLIENTS or noun in {"client", "customer", "offtaker", "state-owned"}:
        return key, other, f"{GUESS}: the side described as {noun!r} buys"
    return other, key, f"{GUESS}: the side described as {noun!r} sells"


# "signed an EPC contract with X", "a supply and installation contract with X": the contract is
# named by the work X does (round 10). A bare "supply agreement" is left out: gas and power
# are supplied either way ("signed a gas supply agreement with NGC").
_WORKS_WITH = re.compile(
    r"\b(?:EPC|construction|works|installation|maintenance|turnkey|design-build|dredging|"
    r"consultancy|consulting)\s+(?:contract|agreement|deal)\s+with\s+"
    r"(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,3}?$"
)


_WORKS_GROUND = f"{GUESS}: the contract is named after the work of the side it is with"


def _works_with(
    text: str, candidates: list[str], mentions: list[tuple[int, int, str]]
) -> tuple[str, str, str]:
    """(buyer, seller, ground) when the contract is named after the work of the side it is
    signed with; ('', '', '') otherwise."""
    if len(candidates) != 2:
        return "", "", ""
    for start, _end, key in mentions:
        if key in candidates and _WORKS_WITH.search(text, max(0, start - 80), start):
            other = next(k for k in candidates if k != key)
            return (
                other,
                key,
                f"{GUESS}: the contract is named after the work of the side it is with",
            )
    return "", "", ""
