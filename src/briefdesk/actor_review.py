"""Checks on people as facts: a "person" whose role is another person, a country the sources
give to another owner.

Why (newcomer16 N16-02): a draft put "Aselsan" (a company) in the brief as a person whose role
was "Defence Minister Dragan Petrovic", and Turkey's code on a Serevian minister and a Kardovan
chairman; nothing in Checks flagged it and the export would have printed it. Both are told from
the brief's own words (``actor_ties``): another person of the brief named inside the role; a
country that nothing said of the person names, while the words make them another's — a
state's post owned by another name right before theirs ("Serevia's Defence Minister"), or a
state of the brief they work for. Only where the words tell: a country the text merely does not
repeat (a minister named bare in a story about his state) is not flagged — on the tuning
articles' drafts, 1 of 700 people with a country. A person with no cited words is left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefdesk.actor_ties import other_person_in_role, owned_elsewhere, tied
from briefdesk.model.codes import ActorType

if TYPE_CHECKING:
    from briefdesk.model import Actor, Brief
    from briefdesk.review import Finding


def actor_findings(brief: Brief) -> list[Finding]:
    from briefdesk.review import Finding

    out = []
    people = [
        (actor, name)
        for actor in brief.actors
        if actor.type == ActorType.PERSON
        for name in (actor.name, *actor.aliases)
    ]
    out += _date_findings(brief)
    out += _demonym_findings(brief)
    for index, actor in enumerate(brief.actors):
        if actor.type != ActorType.PERSON:
            continue
        others = [name for other, name in people if other is not actor]
        named = other_person_in_role(actor.role, (actor.name, *actor.aliases), others)
        if named:
            out.append(
                Finding(
                    f"actors[{index}].role",
                    f"{actor.name}: the role '{actor.role}' holds another person's name "
                    f"({named}): is {actor.name} a person, and is this their role?",
                )
            )
        if actor.country and (owner := _other_state(brief, actor)):
            from briefdesk.world import display_name

            country = display_name(actor.country)
            out.append(
                Finding(
                    f"actors[{index}].country",
                    f"{actor.name}: country {country}, but the sources make them {owner}'s, "
                    f"and nothing said of them names {country}: check it",
                )
            )
    return out


def _date_findings(brief: Brief) -> list[Finding]:
    """An actor named by a date, or a person's affiliation that is one (N18-04: "16 October"
    as a seller, and "Defence Minister, 16 October" in the export)."""
    from briefdesk.extract.date_names import is_whole_date
    from briefdesk.review import Finding

    out = []
    for index, actor in enumerate(brief.actors):
        if is_whole_date(actor.name):
            out.append(
                Finding(
                    f"actors[{index}].name",
                    f"actor '{actor.name}' is a date, not an actor: remove it (and any deal "
                    "side it holds)",
                )
            )
        elif is_whole_date(actor.affiliation):
            out.append(
                Finding(
                    f"actors[{index}].affiliation",
                    f"{actor.name}: the affiliation '{actor.affiliation}' is a date: clear it",
                )
            )
    return out


# An adjective of a people: "-ic" (Norlandic), "-ian", "-ese", "-ish".
_DEMONYM_ENDINGS = ("ic", "ian", "ese", "ish")


def _demonym_findings(brief: Brief) -> list[Finding]:
    """A person's affiliation that is a people's adjective, not a body (newcomer23 N23-06: the
    draft's "Norlandic" went to the Word file as "Defence Minister, Norlandic"). A known
    demonym names its state ("Norwegian": Norway); an unknown one-word adjective shape is
    flagged unless an actor of the brief bears that name (a company called "Meridian")."""
    from briefdesk.review import Finding
    from briefdesk.world import display_name, world

    names = {n for a in brief.actors for n in (a.name, *a.aliases)}
    out = []
    for index, actor in enumerate(brief.actors):
        word = actor.affiliation.strip()
        if actor.type != ActorType.PERSON or " " in word or not word[:1].isupper():
            continue
        code = world().adjectives.get(word, "")
        if word in names or (not code and not word.endswith(_DEMONYM_ENDINGS)):
            continue
        state = f"the state ({display_name(code)})" if code else "the state or body"
        out.append(
            Finding(
                f"actors[{index}].affiliation",
                f"{actor.name}: the affiliation '{word}' is an adjective, not a body: "
                f"name {state} they work for",
            )
        )
    return out


def _other_state(brief: Brief, actor: Actor) -> str:
    """Whose the words make the person when that is not their country (the owner's name), or
    "": a state's post given to another owner ("Serevia's Defence Minister"), or the state
    they work for being another. Nothing cited, or words naming the country: ""."""
    code = actor.country
    spans = _spans(brief, actor)
    own = [actor.role, actor.affiliation]
    if not spans or any(tied(text, places, code, own) for text, places in spans):
        return ""
    body = _body(brief, actor)
    if body is not None and body.type == ActorType.STATE and body.country != code:
        return body.name
    return next(
        (o for text, places in spans if (o := owned_elsewhere(text, places, code, actor.role))),
        "",
    )


def _spans(brief: Brief, actor: Actor) -> list[tuple[str, list[tuple[int, int]]]]:
    by_source: dict[str, list[tuple[int, int]]] = {}
    for span in actor.evidence:
        source = brief.source(span.source_id)
        if source is None or not source.text:
            continue
        start, end = span.start, span.end
        if source.text[start:end] != span.quote and span.quote:
            found = source.text.find(span.quote)
            if found < 0:
                continue
            start, end = found, found + len(span.quote)
        by_source.setdefault(source.id, []).append((start, end))
    return [(s.text, by_source[s.id]) for s in brief.sources if s.id in by_source]


def _body(brief: Brief, actor: Actor) -> Actor | None:
    if actor.affiliation_id and (linked := brief.actor(actor.affiliation_id)) is not None:
        return linked
    wanted = " ".join(actor.affiliation.split()).casefold()
    if not wanted:
        return None
    return next(
        (
            other
            for other in brief.actors
            if other is not actor
            and other.type != ActorType.PERSON
            and wanted in {" ".join(n.split()).casefold() for n in (other.name, *other.aliases)}
        ),
        None,
    )
