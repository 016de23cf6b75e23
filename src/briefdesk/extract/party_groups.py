"""Named parties coordinated in one phrase: "A, B and C", "A and the state-owned B" (round 19).

Both the signatories of a deal signed alike (`deal_partners`) and the co-parties on one side of a
deal (`deal_coparties`) read a run of party names joined only by commas and "and". A name with
its possessor ("Japan's Kaito Gas Corporation") is one element: the possessor only says whose it
is. A bracketed note after a name ("Nordvind A/S (Denmark)") stays with it. Anything else between
two names (a verb, "to", "with", "between") ends the run.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from briefdesk.extract import rx as re
from briefdesk.extract.deal_kinds import PARTY_TYPES
from briefdesk.extract.gazetteer import gazetteer
from briefdesk.extract.resolver import ActorBuild, Found

# Between two names of one run: a comma and/or "and" ("&"), then "the"/"its" and one hyphened
# word of description ("the state-owned B"), after an optional bracketed note on the first.
_JOIN = re.compile(
    r"(?:\s*\([^()]{1,40}\))?(?:\s*,\s*(?:and\s+)?|,?\s+and\s+|\s*&\s*)"
    r"(?:(?:the|its|their)\s+)?(?:[a-z]+-[a-z]+\s+)?"
)
_POSSESSIVE = re.compile(r"['’]s\s+(?:(?:state-owned|state-run|own)\s+)?")


@dataclass(frozen=True)
class Element:
    """One party of a run: its actor key and name, the span of its words."""

    start: int
    end: int
    key: str
    name: str


def party_elements(text: str, found: Found, start: int, end: int) -> list[Element]:
    """The party names (states, organisations) between ``start`` and ``end``, in text order, a
    possessor folded into what it owns, a name inside a longer one and a state's adjective
    dropped."""
    mentions = sorted(
        (s, e, k)
        for s, e, k in found.mentions
        if start <= s and e <= end and (a := found.actors.get(k)) and a.type in PARTY_TYPES
    )
    elements: list[Element] = []
    for s, e, key in mentions:
        if elements and s < elements[-1].end:
            continue  # nested in (or overlapping) the one before
        if _adjective(text[s:e], found.actors[key]):
            continue  # "with Chilean company X": the state only describes X
        element = Element(s, e, key, found.actors[key].name)
        if elements and _POSSESSIVE.fullmatch(text, elements[-1].end, s):
            element = Element(elements.pop().start, e, key, element.name)
        elements.append(element)
    return elements


def _adjective(said: str, actor: ActorBuild) -> bool:
    """Whether a state is named by its adjective ("Chilean", "Japanese"), not by a name."""
    return actor.type == "state" and said != actor.name and said in gazetteer().adjectives


def run_of(text: str, elements: list[Element], index: int) -> list[Element]:
    """The run of coordinated names ``elements[index]`` belongs to (at least itself)."""
    first = last = index
    while first > 0 and _joined(text, elements[first - 1], elements[first]):
        first -= 1
    while last + 1 < len(elements) and _joined(text, elements[last], elements[last + 1]):
        last += 1
    return elements[first : last + 1]


def _joined(text: str, left: Element, right: Element) -> bool:
    return bool(_JOIN.fullmatch(text, left.end, right.start))


def element_at(elements: list[Element], position: int) -> int:
    """The index of the first element starting at or after ``position`` (len when none)."""
    return bisect.bisect_left([e.start for e in elements], position)


def distinct(names: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """``(name, key)`` pairs without repeats, in order."""
    seen: set[str] = set()
    out = []
    for name, key in names:
        if key not in seen:
            seen.add(key)
            out.append((name, key))
    return out
