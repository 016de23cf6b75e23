"""Component: words that qualify a person's title without being part of the post (round 10).

- A stance before a seat: "Opposition senator X" holds the post "senator" ("Opposition leader"
  is a post of its own and stays).
- A common noun's possessive before the title: "the consortium's chief executive" — the owner
  is a body named elsewhere, not the title.
- A time word: "now a fellow at the Centre" is a "fellow".
Runs after every rule that sets a role.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.resolver import Resolver

_QUALIFIER = re.compile(
    r"^(?:[Oo]pposition\s+(?![Ll]eader)|(?:[a-z]+\s){0,2}[a-z]+['’]s\s+(?=[a-z])|now\s+(?:an?\s+)?)"
)


def tidy_roles(res: Resolver) -> None:
    """Drop the qualifiers above from the start of every person's role."""
    for person in res.found.actors.values():
        if person.type != "person" or not person.role:
            continue
        qualifier = _QUALIFIER.match(person.role)
        if qualifier and qualifier.end() < len(person.role):
            person.role = person.role[qualifier.end() :]
