"""A body named right before a lower-case title ("Foreign Ministry spokesperson X", "Prime
Minister's Office spokesperson X"): the body is where the person works, not part of the
title. Shared by the title readers (``cues_people``)."""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.resolver import Resolver

_POSSESSOR = re.compile(r"([A-Z][\w.]*(?: [A-Z][\w.]*)*)['’]s\s+$")


def body_affiliation(res: Resolver, body: str, at: int) -> str:
    """The affiliation of a person whose title follows ``body`` (which starts at ``at``): the
    state that owns the body ("China's Foreign Ministry"), else the body itself, with an owner
    that is no state kept in its name ("Prime Minister's Office")."""
    before = res.before(at, 60)
    owner = _POSSESSOR.search(before)
    if owner:
        code = res.country_of(owner.group(1))
        if code:
            start = at - len(before) + owner.start(1)
            res.state(code, owner.group(1), start, start + len(owner.group(1)))
            return res.affiliation_name(code)
        body = before[owner.start() :] + body
        at -= len(before) - owner.start()
    key = res.org(body, at, at + len(body))
    return res.found.actors[key].name if key in res.found.actors else body


# Bodies whose name before a title is where the person works (a "Navy spokesman" keeps it).
BODY_WORDS = frozenset({"ministry", "office", "department"})


def lower_body_cut(words: list[str]) -> list[str]:
    """ "foreign ministry spokesperson" -> "spokesperson": the body named in lower case before
    the title is where the person works, as with a capitalised one."""
    for i in range(len(words) - 2, -1, -1):
        if words[i] in BODY_WORDS:
            return words[i + 1 :]
    return words
