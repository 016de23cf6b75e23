"""Subjects that are no names: "It", "The company" (the organisation named just before) and
"the kingdom", "the government" (the state the article is about)."""

from __future__ import annotations

import re
from collections.abc import Callable

from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.text import Sentence

# A subject that is no name but points back to the company or bank just named.
_POINTER = re.compile(
    r"^\W*(?:It|The\s+(?:company|firm|group|shipbuilder|shipyard|yard|manufacturer|maker|"
    r"miner|bank|lender|operator|consortium|contractor|utility|carrier|developer|supplier))"
    r"(?=\s+[a-z])"
)


def pointer_party(
    deal: DealBuild,
    sentence: Sentence,
    roles_of: Callable[[str, bool], list[tuple[str, int]]],
    named_before: Callable[[int], str],
) -> None:
    """ "Sahelia Energy Ltd operates three fields. It raised $300 million in a loan from ...":
    a sentence whose subject is "It" or "The company" gives that subject's role to the
    organisation named last in the sentence before, when the deal lacks that side."""
    match = _POINTER.match(sentence.text)
    if not match:
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
