"""Component: the title a later sentence gives a person first named without one (round 10).

An op-ed names its author in the byline or the headline ("..., argues Mira Vesna-Kolar") and
gives the title only at the end: "Mira Vesna-Kolar is a senior fellow at the Drava Energy
Lab." A profile does the same after a quote: "Tomas Reyes-Ong, who was named chief economist
last year, ...". The chunk rules read such a sentence's name as a person already known and
leave it, so the title was never read. For people still without a role after every chunk rule,
read the words after each of their mentions as an apposition ("is a ...", "was ...", ", who
is ...") — the same reader the first mention would have used. Never overrides a role.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.cues_people import apposition
from briefdesk.extract.lexicon import ROLE_HEADS
from briefdesk.extract.resolver import Resolver, note

# "is a senior fellow at the Drava Energy Lab in Ljubljana and a former adviser to ...": a
# title and its body, however long the sentence goes on after them.
_IS_TITLE_AT = re.compile(
    r"\s(?:(?:is|was)\s+|and\s+(?:is\s+)?)(?:now\s+)?(?:(?:an?|the)\s+)?((?:[A-Za-z][\w-]*\s){0,3}[a-z][\w-]*)"
    r"\s+(?:at|of|with|based\s+in)\s+"
    r"(?:the\s+)?([A-Z][\w&'’.-]*(?:\s(?:(?:of|for|and|on)\s)?[A-Z][\w&'’.-]*)*)"
)
# "... and is now a senior fellow at", "a former minister and a senior fellow at".
_NOW_TITLE = re.compile(
    r"(\sand(?:\s+is)?)(?:\s+now)?\s+an?\s+[a-z][\w-]*(?:\s[a-z][\w-]*){0,3}\s(?:at|of|with)\s"
)
_FORMER_AND = re.compile(r"former\s.+?\sand\s+(?:is\s+)?(?:now\s+)?an?\s+(.+)$")
# What must follow a mention for it to be read: a verb of being, or a relative "who is".
_CUES = (" is ", " was ", ", who is ", ", who was ")


def late_titles(res: Resolver) -> None:
    """Titles from later bio lines, then the words that qualify a title without being part
    of the post (``tidy_roles``)."""
    bio_lines(res)
    tidy_roles(res)


def bio_lines(res: Resolver) -> None:
    """Fill ``role`` (and an empty affiliation) from "X is a <title> at <body>" (see above)."""
    for person in list(res.found.actors.values()):
        if person.type == "person" and person.role.startswith("former "):
            later = _FORMER_AND.match(person.role)  # "former minister and a senior fellow"
            person.role = later.group(1) if later else person.role
        if person.type != "person" or person.role or not person.evidence:
            continue
        for end in _mention_ends(res, person.name, person.evidence):
            if not res.text.startswith(_CUES, end):
                continue
            found = apposition(res, end) or _title_at(res, end)
            stop = res.text.find(".", end, end + 300)
            now = _NOW_TITLE.search(res.text, end, stop if stop > 0 else end + 300)
            if now and (not found or found[0].startswith("former") or "now" in now.group()):
                # "was secretary general of X and is now a senior fellow at Y": the title now
                found = _title_at(res, now.start()) or found
            if found and found[0]:
                person.role = found[0]
                person.affiliation = person.affiliation or found[1]
                note(person.why, "person.apposition", person.name, found[0])
                break


def _mention_ends(res: Resolver, name: str, evidence: list[tuple[int, int]]) -> list[int]:
    """Where each mention of the person ends: the evidence, and every other place the full
    name is written (a byline's name repeated in the author's note is not always kept)."""
    ends = {end for _start, end in evidence}
    at = res.text.find(name)
    while at >= 0 and len(ends) < 12:
        ends.add(at + len(name))
        at = res.text.find(name, at + len(name))
    return sorted(ends)


def _title_at(res: Resolver, end: int) -> tuple[str, str] | None:
    match = _IS_TITLE_AT.match(res.text, end)
    if not match or match.group(1).split()[-1] not in ROLE_HEADS:
        return None
    body = match.group(2).split(". ")[0].rstrip(".")  # (not "Affairs. The views")
    code = res.country_of(body)
    if code:
        return match.group(1), res.affiliation_name(code)
    if res.known_place(body):
        return match.group(1), ""
    return match.group(1), res.found.actors[
        res.org(body, match.start(2), match.start(2) + len(body))
    ].name


_QUALIFIER = re.compile(
    r"^(?:[Oo]pposition\s+(?![Ll]eader)|(?:[a-z]+\s){0,2}[a-z]+['’]s\s+(?=[a-z])|now\s+(?:an?\s+)?)"
)


def tidy_roles(res: Resolver) -> None:
    """Drop from the start of every person's role the words that qualify the post:

    - A stance before a seat: "Opposition senator X" holds the post "senator" ("Opposition leader"
      is a post of its own and stays).
    - A common noun's possessive before the title: "the consortium's chief executive" — the owner
      is a body named elsewhere, not the title.
    - A time word: "now a fellow at the Centre" is a "fellow".
    """
    for person in res.found.actors.values():
        if person.type != "person" or not person.role:
            continue
        qualifier = _QUALIFIER.match(person.role)
        if qualifier and qualifier.end() < len(person.role):
            person.role = person.role[qualifier.end() :]
