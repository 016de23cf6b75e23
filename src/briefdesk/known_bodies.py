"""A company the text names without its legal form is the one the desk's library knows with it.

Why (newcomer19 N19-14): the library held "Albufeira Construcoes SA" (Portugal) from an earlier
brief; a follow-up wire wrote "Albufeira Construcoes, which is building the dam" and the
extraction offered a new organisation with no country. A name that is a known organisation's
name less its legal form ("SA", "Ltd", "GmbH": the extraction's own list of legal tails) is
that organisation: its name, country and role, the short name kept as an alias. Runs after
extraction, only with the library on (as ``known_people``, ``known_surnames``); never when two
known bodies share the short name.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefdesk.extract.known import KnownActor
from briefdesk.extract.results import Extraction, Reason
from briefdesk.extract.vocab import LEGAL_TAIL
from briefdesk.model.codes import ActorType

RULE = "actor.known-to-library"


def prefer_known_bodies(
    extraction: Extraction, text: str, known: Sequence[KnownActor]
) -> Extraction:
    """``extraction`` with each organisation named without its legal form read as the one
    known organisation of that name with it."""
    short = _short_names(known)
    if not short:
        return extraction
    for actor in list(extraction.actors):
        entry = short.get(" ".join(actor.name.split()).casefold())
        if actor.type != ActorType.ORGANIZATION or entry is None:
            continue
        old_key, word = actor.key, actor.name
        same = next(
            (a for a in extraction.actors if a is not actor and a.answers_to(entry.name)), None
        )
        if same is not None:  # the text names it in full too: one actor
            same.evidence = sorted(set(same.evidence) | set(actor.evidence))
            extraction.actors.remove(actor)
            target = same
        else:
            actor.name = entry.name
            actor.country = actor.country or entry.country
            actor.role = actor.role or entry.role
            target = actor
        if word not in target.aliases:
            target.aliases.append(word)
        target.why.append(Reason(RULE, f"known to the desk's library: {entry.label()}"))
        for deal in extraction.deals:
            if deal.buyer_key == old_key or deal.buyer == word:
                deal.buyer, deal.buyer_key = target.name, target.key
            if deal.seller_key == old_key or deal.seller == word:
                deal.seller, deal.seller_key = target.name, target.key
    return extraction


def _short_names(known: Sequence[KnownActor]) -> dict[str, KnownActor]:
    """Short name (case-folded) → the one known organisation it is the name of, less its
    legal form; short names two bodies share are left out."""
    found: dict[str, list[KnownActor]] = {}
    for entry in known:
        if entry.type != ActorType.ORGANIZATION.value:
            continue
        name = " ".join(entry.name.split())
        core = LEGAL_TAIL.sub("", name).strip(" ,")
        if core and core != name and len(core.split()) >= 2:
            found.setdefault(core.casefold(), []).append(entry)
    return {core: entries[0] for core, entries in found.items() if len(entries) == 1}
