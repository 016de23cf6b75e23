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
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.lexicon import MONTH_NAMES
from briefdesk.extract.resolver import Found
from briefdesk.extract.text import Sentence

# "In December", "Last year", "On 14 March 2026", "Earlier this month": an opening that tells
# when, before the pointer (round 21: "In December it signed a contract with X" left the
# signer empty; the comma is optional after a time, as news writes it).
_MONTHS = "|".join(MONTH_NAMES)
_WHEN = (
    rf"(?:(?:In|On|Last|Earlier|Later|This|By|During)\s+(?:(?:early|late|mid-?)\s*)?"
    rf"(?:(?:the\s+same\s+)?(?:day|week|month|year|quarter)|(?:this|last)\s+(?:week|month|year)|"
    rf"(?:\d{{1,2}}\s+)?(?:{_MONTHS})(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?|\d{{4}}|"
    rf"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))),?\s+"
)
# A subject that is no name but points back to the company or bank just named.
# (round 15: also after an opening adverbial: "Separately, it has agreed to sell ...")
_POINTER = re.compile(
    r"^\W*(?:(?:(?:Separately|Meanwhile|Also|Later|Earlier|In\s+addition|On\s+\w+),\s+|"
    + _WHEN
    + r")(?=it\b|the\b))?(?:[Ii]t|[Tt]he\s+(?:company|firm|group|shipbuilder|shipyard|yard|"
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
    role = max(roles, key=lambda r: r[1])[0] if roles else _across(deal, sentence, match.end())
    if not role:
        return
    name = named_before(sentence.start)
    if not name or getattr(deal, role) or name in (deal.buyer, deal.seller):
        return
    setattr(deal, role, name)
    setattr(deal, f"{role}_why", f"{match.group().strip()!r}: the organisation named just before")


# "It signed a contract with X": the verb gives the subject no role of its own, but the one it
# signed with holds one side already (the "with" frame, the lender words): the pointer is the
# other (round 21).
_SIGNED_WITH = lazy(
    r"\s+(?:(?:has|have|had|also|today|now|then|formally|on\s+\w+|last\s+\w+)\s+){0,3}"
    r"(?:signed|inked|sealed|concluded|entered\s+into)\s+(?:[^.;]|(?<=\d)\.(?=\d)){0,90}?\bwith\s+"
    r"(?:(?:the|a|an)\s+)?"
)


def _across(deal: DealBuild, sentence: Sentence, at: int) -> str:
    """The empty side of a deal whose other side is the one the pointer "signed ... with"
    ('' when no such clause follows the pointer, or both or neither side is known)."""
    signed = _SIGNED_WITH.match(sentence.text, at)
    if not signed or bool(deal.buyer) == bool(deal.seller):
        return ""
    held, empty = ("seller", "buyer") if deal.seller else ("buyer", "seller")
    party = sentence.text[signed.end() : signed.end() + 160]
    named = re.match(r"(?:[\w'’.-]+\s+){0,3}?" + re.escape(getattr(deal, held)), party)
    return empty if named else ""


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
    ends = list(_SENTENCE_END.finditer(text, 0, max(0, position - 2)))
    begin = ends[-1].end() if ends else 0
    index = bisect.bisect_left(starts, begin)
    if index >= len(mentions) or mentions[index][0] >= position:
        return _described_before(text, found, begin)
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


_SENTENCE_END = re.compile(r"[.!?][\"'’”)]?\s+")
# "The corporation is also buying rolling stock. It has ordered ...": the sentence before opens
# with a head noun that stands for a body named earlier (round 21), so "It" is that body too.
_HEAD_SUBJECT = re.compile(
    r"\W*(?:The|the)\s+(corporation|company|authority|agency|ministry|utility|board|enterprise)"
    r"\s+(?=[a-z])"
)


def _described_before(text: str, found: Found, begin: int) -> str:
    """The one organisation whose name holds the head noun the sentence at ``begin`` opens with
    ("The corporation": "Ethiopian Railways Corporation"), named before it ('' if none or two)."""
    head = _HEAD_SUBJECT.match(text, begin)
    if not head:
        return ""
    word = head.group(1).capitalize()
    bodies = {
        actor.name
        for actor in found.actors.values()
        if actor.type in {"organization", "international_organization"}
        and word in actor.name.split()
        and any(start < begin for start, _ in actor.evidence)
    }
    return bodies.pop() if len(bodies) == 1 else ""
