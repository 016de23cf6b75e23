"""Named parties coordinated in one phrase: "A, B and C", "A and the state-owned B" (round 19).

Both the signatories of a deal signed alike (`deal_partners`) and the co-parties on one side of a
deal (`deal_coparties`) read a run of party names joined only by commas and "and". A name with
its possessor ("Japan's Kaito Gas Corporation") is one element: the possessor only says whose it
is. A bracketed note after a name ("Nordvind A/S (Denmark)") stays with it. Anything else between
two names (a verb, "to", "with", "between") ends the run.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass

from briefdesk.extract import rx as re
from briefdesk.extract.deal_kinds import PARTY_TYPES
from briefdesk.extract.gazetteer import gazetteer
from briefdesk.extract.resolver import ActorBuild, Found

# Between two names of one run: a comma and/or "and" ("&"), then "the"/"its" and one hyphened
# word of description ("the state-owned B"), after an optional bracketed note on the first.
_JOIN = re.compile(
    r"(?:\s*\([^()]{1,40}\))?(?P<join>\s*,\s*(?:and\s+)?|,?\s+and\s+|\s*&\s*)"
    r"(?:(?:the|its|their)\s+)?(?:[a-z]+-[a-z]+\s+)?"
)
_AND = re.compile(r"\band\b|&")
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
    """The run of coordinated names ``elements[index]`` belongs to (at least itself). A comma
    joins only in a list that "and" closes ("A, B and C", "A, B, and C"): "X, the ministry
    said" or "X, Luxembourg" is an apposition, and "X, and Y said" a second clause."""
    joins = [_join(text, a, b) for a, b in itertools.pairwise(elements)]
    first = last = index
    while first > 0 and joins[first - 1]:
        first -= 1
    while last < len(joins) and joins[last]:
        last += 1
    while last > first and joins[last - 1] == ",":  # commas after the last "and"
        last -= 1
    for at in range(first, last):  # ", and" closes a list of three or more only
        if joins[at] == ", and" and (at == first or joins[at - 1] != ","):
            return [elements[index]]
    if last < index:
        return [elements[index]]
    return elements[first : last + 1]


def _join(text: str, left: Element, right: Element) -> str:
    """How two names are joined: "and", ", and", "," or "" (not in one run)."""
    found = _JOIN.fullmatch(text, left.end, right.start)
    if found is None:
        return ""
    words = found.group("join")
    if "," in words:
        return ", and" if _AND.search(words) else ","
    return "and"


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
