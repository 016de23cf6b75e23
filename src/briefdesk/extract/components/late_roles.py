"""Component: a title for people the chunk rules named without one (round 7).

Runs after every chunk rule, on people with no role only, so it never overrides a title the
older readers found. It reads the shapes they leave: a capitalised title with a capitalised
remit, its comma and honorifics before the name ("the Minister of Finance, Dr X", "The
Minister of Finance and the Public Service, Dr the Hon. X"), a title glued to "the Most Hon."
("Prime Minister the Most Hon. X"), and "<body>, whose head, Mr. X," (the body just named).
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.lexicon import ROLE_HEADS
from briefdesk.extract.remit_titles import capital_title_before
from briefdesk.extract.resolver import Resolver, note

# "the Delegation of the EU in Dakar, whose head, Mr. X,": the body before "whose".
_WHOSE = re.compile(
    r"([A-Z][\w'’.-]*(?:(?:\s(?:of|for|the|de|du|des))*\s[A-Z][\w'’.-]*)*)"
    r"(?:\s+in\s+[A-Z][\w'’-]*)?,\s+whose\s+((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*),\s+"
    r"(?:(?:Mr|Mrs|Ms|Dr|Prof|H\.\s?E)\.?\s+)*$"
)


def late_roles(res: Resolver) -> None:
    """Fill ``role`` (and the owner, when stated) of people found without a title."""
    for person in res.found.actors.values():
        if person.type != "person" or person.role or not person.evidence:
            continue
        for start, _end in sorted(person.evidence):
            before = res.before(start, 16)
            if "," not in before and "Hon" not in before:
                continue  # (cheap first: every shape has a comma or "Hon." before the name)
            found = capital_title_before(res, start) or _whose(res, start)
            if found:
                person.role = found[0]
                person.affiliation = person.affiliation or found[1]
                note(person.why, "person.late-title", found[0])
                break


def _whose(res: Resolver, start: int) -> tuple[str, str] | None:
    match = _WHOSE.search(res.before(start, 120))
    if not match or match.group(2).split()[-1] not in ROLE_HEADS:
        return None
    body = match.group(1)
    key = f"org:{body.lower()}"
    owner = res.found.actors.get(key)
    return match.group(2), owner.name if owner else body
