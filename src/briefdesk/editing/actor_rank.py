"""A drafted person keeps the rank the source puts before the name (newcomer20 N20-14).

"The commander of the Colombian Navy, Admiral Julián Restrepo Vargas, warned …" was drafted as
role "commander" and exported "Commander, Colombian Navy": the rank was lost and the role was
no longer what the source wrote. The extractor reads the rank as no part of the name (rule
``person.rank-before-name``) and the post as the role; the drafted role now puts the two
together as the source does: "Admiral, commander of the Colombian Navy" (the post with its
body when the text says it so, else "Admiral, commander"). Only the brief's record changes;
the suggestion (and the role figures) stay as extraction gives them.
"""

from __future__ import annotations

import re

from briefdesk.extract.results import ActorSuggestion
from briefdesk.extract.vocab import RANKS
from briefdesk.model import Actor
from briefdesk.model.codes import ActorType

_RULE = "person.rank-before-name"
# Up to three capitalised words right before the name: "Admiral", "Rear Admiral", "Air Chief
# Marshal"; a dot may end a short form.
_BEFORE = re.compile(r"((?:[A-Z][a-z]+\.?\s+){1,3})$")


def with_rank(actor: Actor, suggestion: ActorSuggestion, text: str) -> Actor:
    """``actor`` with the rank before its first mention put before its role, when the
    extraction read one there and the role does not already say it."""
    if actor.type is not ActorType.PERSON or not actor.role.strip() or not actor.evidence:
        return actor
    if not any(reason.rule == _RULE for reason in suggestion.why):
        return actor
    rank = _rank_before(text, actor.evidence[0].start)
    if not rank or rank.casefold() in actor.role.casefold():
        return actor
    role = actor.role.strip()
    if actor.affiliation:  # "commander of the Colombian Navy", as the source says it
        said = re.search(
            rf"\b{re.escape(role)}\s+of\s+(?:the\s+)?{re.escape(actor.affiliation)}\b", text, re.I
        )
        role = said.group() if said else role
    return actor.model_copy(update={"role": f"{rank}, {role}"})


def _rank_before(text: str, start: int) -> str:
    """The rank (as written) that ends right before ``start``, or ""."""
    found = _BEFORE.search(text[max(0, start - 40) : start])
    if found is None:
        return ""
    words = found.group(1).split()
    for first in range(len(words)):  # the longest run of words that is a rank
        rank = " ".join(words[first:]).rstrip(".")
        if rank.casefold() in RANKS:
            return rank
    return ""
