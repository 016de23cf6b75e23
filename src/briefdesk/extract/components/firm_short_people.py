"""A firm's short name read as a person: "Sahl Al Reem confirmed", "Samudra Lintas picks ..."
after "Sahl Al Reem Holding PJSC", "Samudra Lintas Nusantara Tbk" (round 23).

A short name of two or more capitalised words next to a speech verb, or starting with a given
name ("Coral", "Sahl"), reads as a person's, and the resolver merges a short form into a body
only when a rule proposes it as one. When the text names a body whose full name is the person's
name and then a company's ending (a legal form such as Ltd, Tbk, PJSC, A.Ş., or Holding(s) /
Group before it), and nothing gives the "person" a role, it is the body's short form. A body
named after a person ("the Kofi Annan Peacekeeping Centre") ends in no legal form and is left.
"""

from __future__ import annotations

from briefdesk.extract.resolver import Resolver
from briefdesk.extract.vocab import is_legal_form

_BUSINESS = frozenset({"holding", "holdings", "group"})


def firm_short_people(res: Resolver) -> None:
    """Turn a role-less person whose name opens a company's full name into its short form."""
    bodies = [
        (key, actor.name)
        for key, actor in res.found.actors.items()
        if actor.type == "organization" and _company(actor.name)
    ]
    if not bodies:
        return
    for key, actor in list(res.found.actors.items()):
        if actor.type != "person" or actor.role or " " not in actor.name:
            continue
        body = next((b for b, name in bodies if name.startswith(actor.name + " ")), None)
        if body is None:
            continue
        del res.found.actors[key]
        res.found.mentions[:] = [m for m in res.found.mentions if m[2] != key]
        for start, end in actor.evidence:
            res.alias(body, res.text[start:end], start, end, "alias.short-form")


def _company(name: str) -> bool:
    """A company's full name: its last word a legal form, or a business word before it."""
    words = name.split()
    return len(words) >= 3 and (
        is_legal_form(words[-1]) or words[-1].lower().strip(".") in _BUSINESS
    )
