"""The parties of a deal signed alike that people signed: "Halloran and Aasgaard signed a
memorandum of understanding on naval training", "the two ministers also signed a memorandum"
(newcomer23 N23-05: the side memorandum was offered with no parties at all).

A memorandum's parties are the bodies the signers sign for, never the signers: each person
becomes the organisation of their affiliation, else the state of their country, else the one
ministry the text names for their post ("Defence Minister" and "the Pakistani Ministry of
Defence"). "The two ministers" are the text's two ministers, when it has exactly two. Two
distinct parties at least, or nothing.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from briefdesk.extract import rx as re
from briefdesk.extract.resolver import ActorBuild, Found
from briefdesk.extract.results import Reason

RULE = "signatory.signers"
PARTY_TYPES = ("state", "organization", "international_organization")

# After "A and B": the act ("A and B have also signed …"), an apposition allowed before it.
_ACT_AFTER = re.compile(
    r"(?:\s*,[^,.;]{1,60},)?\s+(?:(?:have|has|also|jointly|later|then|formally)\s+){0,3}"
    r"(?:signed|inked|sealed|initialled|initialed)\s"
)
_TWO = re.compile(
    r"\b[Tt]he\s+two\s+(?:defence\s+|foreign\s+|\w+\s+)?(?:ministers|leaders|presidents|"
    r"prime\s+ministers)\s+(?:(?:have|has|also|jointly|later|then|formally)\s+){0,3}"
    r"(?:signed|inked|sealed)\s"
)
_MINISTER_OF = re.compile(r"\bMinister\s+(?:of|for)\s+(?P<post>[A-Z][\w ,&]+)")
_POST_MINISTER = re.compile(r"(?P<post>(?:[A-Z][\w-]*\s+){1,3})Minister\b")


def signer_parties(
    text: str,
    found: Found,
    start: int,
    end: int,
    same: Callable[[str, str], bool],
    key_of: Callable[[str], str],
) -> tuple[list[str], str]:
    """The parties two signers sign for, in the words between ``start`` and ``end``, with
    the reason's words; ([], "") when fewer than two distinct parties are found."""
    if "signed" not in text[start:end] and "inked" not in text[start:end]:
        return [], ""
    people = _named_pair(text, found, start, end) or _two_ministers(text, found, start, end)
    by_name = {a.name: a for a in found.actors.values() if a.type in PARTY_TYPES}
    parties: list[str] = []
    for person in people:
        party = _party_of(by_name, person, key_of)
        if party and not any(same(party, other) for other in parties):
            parties.append(party)
    if len(parties) < 2 or len(parties) != len(people):
        return [], ""
    names = " and ".join(p.name for p in people)
    return parties, f"{names}, for {' and '.join(parties)}"


def _named_pair(text: str, found: Found, start: int, end: int) -> list[ActorBuild]:
    persons = sorted(
        (s, e, found.actors[k])
        for s, e, k in found.mentions
        if start <= s and e <= end and k in found.actors and found.actors[k].type == "person"
    )
    for first, second in itertools.pairwise(persons):
        between = text[first[1] : second[0]]
        if " ".join(between.split()) != "and":
            continue
        if _ACT_AFTER.match(text, second[1], end) and first[2] is not second[2]:
            return [first[2], second[2]]
    return []


def _two_ministers(text: str, found: Found, start: int, end: int) -> list[ActorBuild]:
    if _TWO.search(text, start, end) is None:
        return []
    ministers = [
        a for a in found.actors.values() if a.type == "person" and "minister" in a.role.lower()
    ]
    return ministers if len(ministers) == 2 else []


def _party_of(
    by_name: dict[str, ActorBuild], person: ActorBuild, key_of: Callable[[str], str]
) -> str:
    """The body ``person`` acts for: affiliation, country, or the ministry of their post (an
    actor of the text either way; ``by_name``: the text's parties by name, built once)."""
    for name in (person.affiliation, person.country):
        if name and (name in by_name or key_of(name)):
            return name
    post = _MINISTER_OF.search(person.role) or _POST_MINISTER.search(person.role)
    if post is None:
        return ""
    subject = post.group("post").split(",")[0].strip().lower()
    ministries = [
        a.name
        for a in by_name.values()
        if a.type == "organization" and f"ministry of {subject}" in a.name.lower()
    ]
    return ministries[0] if len(ministries) == 1 else ""


def signer_reason(words: str) -> Reason:
    """The reason a deal's signatories came from its signers."""
    return Reason(RULE, f"signatories from the people who signed: {words}")
