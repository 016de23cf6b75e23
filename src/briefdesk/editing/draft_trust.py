"""Which actors a draft may write into the brief: only what the reading is sure of (N16-02).

A draft's actor is taken as fact: the window shows it in the Actors tab, the export prints it.
A suggestion whose person type or country the reading only guessed stays a suggestion for the
user to decide (Enter, or F2 to correct it), as a guessed deal side does (``draft_sure``):

- a *person* whose role holds another person's name ("Aselsan" with the role "Defence Minister
  Dragan Petrovic"): the reading took a company and the minister after it for a person and
  his post;
- a person whose country came from a rule that infers it (the one state the lead names, the
  state of a body with no country of its own, the other side of a meeting…) when nothing in
  the person's own words, the clause around a mention, or the body they work for names that
  state (``actor_ties``): "Serevia's Defence Minister Dragan Petrovic" is no Turk because the
  lead says "Turkish-made".
"""

from __future__ import annotations

import re

from briefdesk.actor_ties import other_person_in_role, tied
from briefdesk.extract.results import ActorSuggestion, Extraction
from briefdesk.model.codes import ActorType

# Rules that give a person a country by inference, not by words about that person; their
# "why" ids as the extraction records them (extract/why.py).
GUESSED_COUNTRY = frozenset(
    {
        "person.country-lead",
        "person.country-block",
        "person.country-story",
        "person.country-issuer",
        "person.country-counterpart",
        "person.country-delegation",
    }
)
# "Country of the body": read from the body's own words ("Kandy-based", "Pte Ltd", "Central
# Bank of Honduras") — except for a state's own body named bare ("the state-owned X", "the
# Ministry of Defence"), which takes the one state the text names: an inference too.
_BODY_RULE = "person.country-of-body"
_STATE_OWNED = re.compile(r"\b[Ss]tate(?:-owned|-run)?\s+(?:[a-z][\w-]*\s+){0,3}$")


def sure_actor(actor: ActorSuggestion, extraction: Extraction, text: str) -> bool:
    """Whether the draft may write ``actor`` into the brief as the reading has it."""
    if actor.type != ActorType.PERSON.value:
        return True
    people = [
        name
        for other in extraction.actors
        if other is not actor and other.type == ActorType.PERSON.value
        for name in (other.name, *other.aliases)
    ]
    if other_person_in_role(actor.role, (actor.name, *actor.aliases), people):
        return False
    return not guessed_country(actor, extraction, text)


def guessed_country(actor: ActorSuggestion, extraction: Extraction, text: str) -> bool:
    """True when the person's country is an inference the text's words do not bear out."""
    code = actor.country
    rules = {reason.rule for reason in actor.why}
    inferred = bool(rules & GUESSED_COUNTRY) or (
        _BODY_RULE in rules and _bare_state_body(actor.affiliation, text)
    )
    if not code or not inferred:
        return False
    from briefdesk.world import world

    own = [actor.role]
    if world().code_of(actor.affiliation.strip()) != code:
        own.append(actor.affiliation)  # a bare state's name is what the inference filled in
    if tied(text, actor.evidence, code, own):
        return False
    body = next(
        (
            other
            for other in extraction.actors
            if other.type != ActorType.PERSON.value and other.answers_to(actor.affiliation)
        ),
        None,
    )
    # The body's own country is the organisation rules' reading, which a draft takes for a
    # deal's side too ("Turkish manufacturer Aselsan"): its people share it.
    return body is None or body.country != code


def _bare_state_body(body: str, text: str) -> bool:
    """A ministry named with no state ("Ministry of Defence"), or a body the text calls
    state-owned: its state is the text's one state, not words about it."""
    from briefdesk.extract.vocab import BARE_MINISTRY

    body = " ".join(body.split())
    if not body:
        return False
    if BARE_MINISTRY.match(body):
        return True
    return any(
        _STATE_OWNED.search(text[max(0, hit.start() - 50) : hit.start()])
        for hit in re.finditer(re.escape(body), text)
    )
