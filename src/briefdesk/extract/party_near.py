"""The party named at a position: the readers of round 17's deal passes (a concession held
under a grant, a works contract won, a supply an agreement provides for) each looked a side up
the same two ways, so the look-ups live here once.

``mentions`` are ``(start, end, actor key)`` triples sorted by start (``sorted(found.mentions)``);
offsets are character offsets into the text. The functions return the actor's name, or "" when
no party (``PARTY_TYPES``) is named there; of overlapping mentions the longest wins. Round 21's
talks (``deal_talks``) and hired work (``deal_hired``) read the party opening a clause
(``first_party``) and the one named after "with" or "by" (``party_named_at``); round 22's ended
contracts (``deal_ended``) and granted rights (``deal_granted``) the subject nearest the verb
(``last_party``).
"""

from __future__ import annotations

import bisect

from briefdesk.extract import rx as re
from briefdesk.extract.deal_kinds import PARTY_TYPES
from briefdesk.extract.resolver import Found
from briefdesk.extract.text import Sentence

Mention = tuple[int, int, str]


def party_ending_at(found: Found, mentions: list[Mention], start: int, end: int, slack: int) -> str:
    """The party whose mention ends at most ``slack`` characters before ``end`` and starts at
    or after ``start`` ("X, which won ...": X ends right before the comma)."""
    at = bisect.bisect_left(mentions, (end, -1, ""))
    near = [m for m in mentions[:at] if m[0] >= start and end - slack <= m[1] <= end]
    return _longest_party(found, near)


def party_starting_at(found: Found, mentions: list[Mention], start: int, end: int) -> str:
    """The party among the first two mentions starting at or after ``start`` and before
    ``end`` ("granted by the Port Authority": the name just after "by")."""
    at = bisect.bisect_left(mentions, (start, -1, ""))
    near = [m for m in mentions[at:] if m[0] <= end][:2]
    return _longest_party(found, near)


def _longest_party(found: Found, near: list[Mention]) -> str:
    for _s, _e, key in sorted(near, key=lambda m: m[1] - m[0], reverse=True):
        actor = found.actors.get(key)
        if actor is not None and actor.type in PARTY_TYPES:
            return actor.name
    return ""


# Words before a party's name after "with" or "and": "the", "Ankara-based", "state-owned"
_LEAD = re.compile(
    r"(?:[A-Z]{2,6}\s+[-–]\s+)?"  # (round 23) "CAF - Banco de Desarrollo ...": the acronym led
    r"(?:(?:the|a|an|its|their|state-owned|[\w-]+-(?:based|listed|owned))\s+)*"
    r"(?:(?:[A-Z][\w-]+\s+){0,2}(?:company|firm|group|manufacturer|maker|shipbuilder|shipyard|yard|"
    r"bank|lender|contractor|developer|operator|utility|producer|trader),?\s+(?=[A-Z]))?"
)
_POSSESSIVE = re.compile(
    r"(?:\s+(?:subsidiary|unit|arm|affiliate)\s+(?=[A-Z])|['’]s\s+(?:[\w-]+-(?:based|listed|owned)\s+)?)"
)
_DEMONYM_END = re.compile(r"(?:an|ian|ese|ish|ch|i)$")


def party_named_at(
    found: Found, mentions: list[Mention], sentence: Sentence, at: int
) -> tuple[str, int]:
    """The party named at ``at`` (after "the", "Ankara-based"; "Turkey's X" and "the NOC
    subsidiary X" are X)."""
    at = sentence.start + _LEAD.match(sentence.text, at - sentence.start).end()  # type: ignore[union-attr]
    name, end = first_party(found, mentions, at, at + 2)
    if name and _demonym(found, name, sentence.text[: end - sentence.start]):
        return "", end  # "the Indonesian builder": a description, not a party's name
    owner = _POSSESSIVE.match(sentence.text, end - sentence.start) if name else None
    if owner:  # "Turkey's Gölcük Denizaltı": the company, not its state (or its owner)
        next_at = end + owner.end() - owner.start()
        later, later_end = first_party(found, mentions, next_at, next_at + 2)
        if later:
            return later, later_end
    return name, end


def subject_party(
    found: Found, mentions: list[Mention], sentence: Sentence, start: int, end: int
) -> str:
    """The party opening [start, end) of ``sentence``, past a possessive owner ("Moldova's
    Ministry of Energy": the ministry, as ``party_named_at`` reads it after "with")."""
    name, name_end = first_party(found, mentions, start, end)
    owner = re.match(r"['’]s\s+", sentence.text[name_end - sentence.start :]) if name else None
    if owner:
        later, _ = first_party(found, mentions, name_end + owner.end(), end)
        return later or name
    if name and _demonym(found, name, sentence.text[: name_end - sentence.start]):
        later, _ = first_party(found, mentions, name_end, end)  # "Chinese group X": X
        return later
    return name


def _demonym(found: Found, name: str, before: str) -> bool:
    """Whether the state ``name`` was read from an adjective ending ``before`` ("Indonesian")."""
    actor = next((a for a in found.actors.values() if a.name == name), None)
    return (
        actor is not None
        and actor.type == "state"
        and not before.endswith(name)
        and _DEMONYM_END.search(before) is not None
    )


def first_party(found: Found, mentions: list[Mention], start: int, end: int) -> tuple[str, int]:
    """The party whose mention starts first in [start, end) (the longest of those starting
    together or overlapping it), and where its mention ends."""
    at = bisect.bisect_left(mentions, (start, -1, ""))
    near = [
        m
        for m in mentions[at:]
        if m[0] < end and (a := found.actors.get(m[2])) is not None and a.type in PARTY_TYPES
    ]
    if not near:
        return "", start
    head = near[0]
    group = [m for m in near if m[0] < head[1]]
    best = max(group, key=lambda m: m[1] - m[0])
    return found.actors[best[2]].name, best[1]


def last_party(found: Found, mentions: list[Mention], start: int, end: int) -> str:
    """The party named last in [start, end): a verb's subject nearest it ("BISHKEK (Reuters)
    - Kyrgyzstan has suspended": Kyrgyzstan, not the wire)."""
    at = bisect.bisect_left(mentions, (end, -1, ""))
    for m_start, m_end, key in reversed(mentions[:at]):
        if m_start < start:
            break
        actor = found.actors.get(key)
        if m_end <= end and actor is not None and actor.type in PARTY_TYPES:
            return actor.name
    return ""
