"""Parties that are no names: "It", "The company" (the organisation named just before), "the
kingdom", "the government" (the state the article is about), and the state where a loan's or
grant's project lies ("for a new water plant at Waila, which will serve Nausori and Suva")."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from briefdesk.extract.deal_body_pointer import body_pointer
from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.deal_parties import same_side
from briefdesk.extract.resolver import Found
from briefdesk.extract.text import Sentence

# A subject that is no name but points back to the company or bank just named.
# (round 15: also after an opening adverbial: "Separately, it has agreed to sell ...")
_POINTER = re.compile(
    r"^\W*(?:(?:Separately|Meanwhile|Also|Later|Earlier|In\s+addition|On\s+\w+),\s+"
    r"(?=it\b|the\b))?(?:[Ii]t|[Tt]he\s+(?:company|firm|group|shipbuilder|shipyard|yard|"
    r"manufacturer|maker|miner|bank|lender|operator|consortium|contractor|utility|carrier|"
    r"developer|supplier))(?=\s+[a-z])"
)


def pointer_party(
    deal: DealBuild,
    sentence: Sentence,
    roles_of: Callable[[str, bool], list[tuple[str, int]]],
    named_before: Callable[[int], str],
    found: Found,
) -> None:
    """ "Sahelia Energy Ltd operates three fields. It raised $300 million in a loan from ...":
    a sentence whose subject is "It" or "The company" gives that subject's role to the
    organisation named last in the sentence before, when the deal lacks that side; "the
    ministry", "the navy" stand for the body named before with that head word."""
    match = _POINTER.match(sentence.text)
    if not match:
        body_pointer(deal, sentence, roles_of, found)
        return
    roles = roles_of(sentence.text[match.end() :], deal.kind in {"loan", "grant"})
    if not roles:
        return
    role = max(roles, key=lambda r: r[1])[0]
    name = named_before(sentence.start)
    if not name or getattr(deal, role) or name in (deal.buyer, deal.seller):
        return
    setattr(deal, role, name)
    setattr(deal, f"{role}_why", f"{match.group().strip()!r}: the organisation named just before")


# "In March the kingdom ordered six patrol boats": a state named by a common noun.
_STATE_POINTER = re.compile(
    r"^\W*(?:(?:In|On|Last|Earlier|This)\s+[\w ]{1,20}?,?\s+)?(?:the|The)\s+(?:kingdom|country|"
    r"island\s+nation|emirate|sultanate|republic|government|authorities)(?=\s+[a-z])"
)


def state_pointer(
    deal: DealBuild,
    sentence: Sentence,
    roles_of: Callable[[str, bool], list[tuple[str, int]]],
    state: str,
) -> None:
    """ "In March the kingdom ordered six patrol boats from X": "the kingdom", "the country",
    "the government" as the subject stands for the article's state ('' when it has none)."""
    match = _STATE_POINTER.match(sentence.text)
    if not match or not state or state in (deal.buyer, deal.seller):
        return
    roles = roles_of(sentence.text[match.end() :], deal.kind in {"loan", "grant"})
    if not roles:
        return
    role = max(roles, key=lambda r: r[1])[0]
    if getattr(deal, role):
        return
    noun = match.group().split()[-1]
    setattr(deal, role, state)
    setattr(deal, f"{role}_why", f"'the {noun}': the state the article is about")


def place_borrower(found: Found, deal: DealBuild, sentence: Sentence) -> None:
    """A loan or grant naming its lender and a place but no borrower: the state of the one
    place of the sentence whose state the article names as an actor (not the lender's own, nor
    a party's seat: "Stockholm-based")."""
    states = {a.country: a for a in found.actors.values() if a.type == "state" and a.country}
    lender = next((a for a in found.actors.values() if a.name == deal.seller), None)
    codes = {
        p.country
        for p in found.places.values()
        if p.country in states
        and any(
            sentence.start <= start < sentence.end and not _based(sentence, end)
            for start, end in p.evidence
        )
    }
    if len(codes) != 1 or lender is None:
        return
    state = states[codes.pop()]
    if same_side(state, lender) or state.name == deal.seller:
        return
    deal.buyer, deal.buyer_why = (
        state.name,
        "the state where the project lies, named in the sentence",
    )


def _based(sentence: Sentence, end: int) -> bool:
    """ "from Stockholm-based Nordvik Bank": the town is where a party sits, not the project."""
    return sentence.text.startswith("-based", end - sentence.start)


# ", a subsidiary of Harbour Metals Ltd": the owner describes the company; "The company" after
# it is the company, not its owner.
_OWNER_BEFORE = re.compile(r"\b(?:subsidiary|unit|arm|affiliate|division)\s+of\s+(?:the\s+)?$")


def org_before(
    text: str, found: Found, mentions: list[tuple[int, int, str]], starts: list[int], position: int
) -> str:
    """The organisation named last in the 300 characters before ``position`` (``mentions``
    sorted, ``starts`` their starts), not an owner named in an apposition; the subject of the
    sentence before comes first (round 15: "SLN said the ships would be financed by a loan
    from X. Separately, it has agreed to sell": "it" is SLN, not the lender)."""
    subject = subject_before(text, found, mentions, starts, position)
    if subject:
        return subject
    index = bisect.bisect_left(starts, position) - 1
    while index >= 0 and mentions[index][0] >= max(position - 300, 0):
        start, _end, key = mentions[index]
        actor = found.actors.get(key)
        if (
            actor
            and actor.type in {"organization", "international_organization"}
            and not _OWNER_BEFORE.search(text, max(0, start - 30), start)
        ):
            return actor.name
        index -= 1
    return ""


# What may open a sentence before its subject: an adverbial set off by a comma, then up to
# three describing words ("State-owned", "Toronto-based", "Indonesia's", "the").
_SUBJECT_LEAD = re.compile(
    r"\W*(?:(?:On|In|Last|Earlier|Separately|Meanwhile|Also|Then|Later)\b[^,.]{0,30},\s+)?"
    r"(?:(?:the|The|[A-Z][\w'’.-]*|[\w-]+-(?:based|owned|listed|registered))\s+){0,3}"
)


def subject_before(
    text: str, found: Found, mentions: list[tuple[int, int, str]], starts: list[int], position: int
) -> str:
    """The organisation that is the subject of the sentence before ``position``: its first
    mention, with only an opening adverbial and describing words before it ('' if none)."""
    begin = text.rfind(". ", 0, max(0, position - 2))
    begin = 0 if begin < 0 else begin + 2
    index = bisect.bisect_left(starts, begin)
    if index >= len(mentions) or mentions[index][0] >= position:
        return ""
    start, _end, key = mentions[index]
    actor = found.actors.get(key)
    lead = _SUBJECT_LEAD.match(text, begin, start)
    if (
        actor is None
        or actor.type not in {"organization", "international_organization"}
        or lead is None
        or lead.end() != start
    ):
        return ""
    return actor.name
