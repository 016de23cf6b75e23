"""A side named by its part in the deal: "The buyer, PT Energi Nusantara Tbk, is a listed ...".

Round 14 (issue 10). News often tells a deal first and names a side a sentence or two later by
the part it plays, in an apposition or after a copula: "Fjordkraft said it would sell its stake
for $275 million. The buyer, PT Energi Nusantara Tbk, is a listed power producer", "The lender
is Banco Cantábrico", "Lagoon Shipping, the purchaser, said ...". Two readings follow:

- ``role_mentions``: once the text has said who "the buyer" is, each later bare "the buyer" is
  a mention of that body, so "has agreed to lend the buyer $200 million" names the borrower;
- ``role_sides``: the deal told last before the naming, in the same sentence or a few before,
  takes the body as that side when the side is empty or is only the body's own state.

The part nouns are the trade-side terms of formal documents (``defined_buyer_roles``,
``defined_seller_roles``): a loan reads only borrower and lender, other deals every other
term, a grant none.
"""

from __future__ import annotations

from typing import NamedTuple

from briefdesk.extract import rx as re
from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.defined_terms import BUYER_ROLES, SELLER_ROLES
from briefdesk.extract.resolver import ActorBuild, Found

Mention = tuple[int, int, str]

_LOAN_ROLES = frozenset({"borrower", "lender"})
_TOLD = re.compile("he (?:" + "|".join(sorted(BUYER_ROLES | SELLER_ROLES)) + ")")
_ROLE = re.compile(
    r"\b[Tt]he\s+(" + "|".join(sorted(BUYER_ROLES | SELLER_ROLES, key=len, reverse=True)) + r")\b"
)
_APPOSED = re.compile(r"\s*,\s*")  # "The buyer, X,"
_COPULA = re.compile(r"\s+(?:is|was|will\s+be|would\s+be)\s+")  # "The lender is X"
# "The buyer is the state-owned X" (round 23: the name after "the" and its modifiers)
_LEAD = re.compile(r"(?:(?:the|state-owned|state-run|[\w-]+-(?:based|listed|owned))\s+)*")
_AFTER_NAME = re.compile(r",\s+$")  # "X, the purchaser,"
_CLOSED = re.compile(r"\s*[,.;)]|\s+(?:in|of|under)\b")  # ... the purchaser, / in the deal
_REACH = 600  # characters from a deal's sentence to the naming


class Naming(NamedTuple):
    start: int  # where "the <role>" starts
    end: int
    role: str
    key: str


def _body(found: Found, key: str) -> bool:
    return found.actors[key].type != "person"


def namings(text: str, found: Found, mentions: list[Mention]) -> tuple[list[Naming], list[Naming]]:
    """The places where the text says which body plays a part ("The buyer, X"), and every other
    "the <part>" (with an empty key)."""
    if "he " not in text:
        return [], []
    named: list[Naming] = []
    bare: list[Naming] = []
    matches = list(_ROLE.finditer(text))
    if not matches:
        return named, bare
    bodies = [(start, end, key) for start, end, key in mentions if _body(found, key)]
    starts = {start: key for start, _end, key in bodies}
    ends = {end: key for _start, end, key in bodies}
    for match in matches:
        role = match.group(1).lower()
        key = ""
        after = _APPOSED.match(text, match.end()) or _COPULA.match(text, match.end())
        lead = _LEAD.match(text, after.end()) if after else None  # (round 23)
        if lead and lead.end() in starts:
            key = starts[lead.end()]
        elif _CLOSED.match(text, match.end()):
            comma = _AFTER_NAME.search(text, max(0, match.start() - 4), match.start())
            key = ends.get(comma.start(), "") if comma else ""
        (named if key else bare).append(Naming(match.start(), match.end(), role, key))
    return named, bare


def _told(text: str) -> bool:
    """Whether the text says "the <part>" at all (a literal-led pattern: the engine skips to
    each "he ", where ``_ROLE``'s word boundary makes it try every position)."""
    return bool(_TOLD.search(text))


def role_mentions(text: str, found: Found, mentions: list[Mention]) -> list[Mention]:
    """The mentions with one added for each bare "the <part>" after the text named its body."""
    if not _told(text):
        return mentions
    named, bare = namings(text, found, mentions)
    if not named:
        return mentions
    taken = {start for start, _end, _key in mentions}
    added = []
    for use in bare:
        before = [n for n in named if n.role == use.role and n.start < use.start]
        if before and use.start not in taken:
            added.append((use.start, use.end, before[-1].key))
    return sorted(mentions + added) if added else mentions


def part_fits(deal: DealBuild, role: str) -> bool:
    """Whether a part noun can name a side of ``deal``: a loan reads only borrower and lender,
    other deals every other part, a grant none."""
    if deal.kind == "grant":
        return False
    return (role in _LOAN_ROLES) == (deal.kind == "loan")


def state_gives_way(held: ActorBuild | None, body: ActorBuild) -> bool:
    """Whether a side holding only the state ``held`` gives way to ``body``, a body of that
    state or of none stated ("Ivory Coast ... The buyer is the state-owned SONACI")."""
    return held is not None and held.type == "state" and body.country in {held.country, ""}


def role_sides(text: str, found: Found, deals: list[DealBuild]) -> None:
    """Give the deal told last before each naming ("The buyer, X, ...") that side, when the
    side is empty or only the body's own state."""
    if not _told(text):
        return
    named, _bare = namings(text, found, found.mentions)
    for naming in named:
        told = [d for d in deals if d.evidence and d.evidence[0][0] <= naming.start]
        told = [d for d in told if naming.start - d.evidence[0][0] <= _REACH]
        if not told:
            continue
        deal = max(told, key=lambda d: d.evidence[0][0])
        if not part_fits(deal, naming.role):
            continue
        side = "buyer" if naming.role in BUYER_ROLES else "seller"
        body = found.actors[naming.key]
        current = getattr(deal, side)
        other = deal.seller if side == "buyer" else deal.buyer
        if body.name == other or current == body.name:
            continue
        held = [a for a in found.actors.values() if a.name == current]
        if current and not state_gives_way(held[0] if held else None, body):
            continue  # (round 23: a body of no stated country too)
        setattr(deal, side, body.name)
        setattr(deal, f"{side}_why", f"named as 'the {naming.role}'")
