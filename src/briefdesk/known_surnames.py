"""A known person's surname standing alone ("Ssemakula said …") is read as that person.

Why (newcomer18 N18-12): a follow-up story names people by surname once they were named in
full in an earlier story. The library held Joseph Ssemakula (a lawmaker) from the desk's
earlier brief, yet "Ssemakula said the opposition would table a motion" became an organisation
and the client of a construction contract. A lone word that is the surname of exactly one
person the library knows becomes that person; never when two known people share the surname,
and never when the text itself names someone else of that surname in full. A deal side read
from that lone word is left empty: the rules took it for a body, which it is not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefdesk.extract.known import KnownActor
from briefdesk.extract.known_fill import fill_suggestion, from_library
from briefdesk.extract.results import ActorSuggestion, Extraction, Reason
from briefdesk.model.codes import ActorType

RULE = "actor.known-surname"
# A capitalised word next to the surname makes it part of a longer name ("Mary Chansa").
_NAME_AFTER = re.compile(r"[ \t]+[A-Z]")
_NAME_BEFORE = re.compile(r"[A-Z][\w'’-]*[ \t]+$")


def prefer_known_surnames(
    extraction: Extraction, text: str, known: Sequence[KnownActor]
) -> Extraction:
    """``extraction`` with each lone surname of one known person read as that person."""
    surnames = _unique_surnames(known)
    if not surnames:
        return extraction
    taken = {n.casefold() for e in known if e.type != "person" for n in (e.name, *e.aliases)}
    for actor in list(extraction.actors):
        word = " ".join(actor.name.split())
        entry = surnames.get(word)
        if entry is None or " " in word or word.casefold() in taken:
            continue
        if _someone_else(extraction, word, entry):
            continue
        _become(extraction, actor, entry, word)
    return extraction


def add_lone_surnames(extraction: Extraction, text: str, known: Sequence[KnownActor]) -> Extraction:
    """``extraction`` with a lone surname no rule read ("…, Chansa told reporters", newcomer19
    N19-14) suggested as the one known person of it, as docs/library.md says; not when the
    rules found that person, when the word is a known body's name, or when the text names
    another person of the surname in full."""
    surnames = _unique_surnames(known)
    taken = {n.casefold() for e in known if e.type != "person" for n in (e.name, *e.aliases)}
    claimed = [span for actor in extraction.actors for span in actor.evidence]
    claimed += [span for place in extraction.places for span in place.evidence]  # "in Vâlcea"
    for word, entry in surnames.items():
        if len(word) < 3 or word.casefold() in taken or word not in text:
            continue
        if any(a.answers_to(entry.name) or a.answers_to(word) for a in extraction.actors):
            continue  # the rules read it: prefer_known_surnames decides
        if _someone_else(extraction, word, entry):
            continue
        found = _lone(text, word, claimed)
        if found:
            actor = from_library(entry, [word])
            actor.evidence = found
            actor.why.insert(
                0,
                Reason(
                    RULE,
                    f"the surname of {entry.label()}, the one person of that name the library "
                    "knows",
                ),
            )
            extraction.actors.append(actor)
    return extraction


def _lone(text: str, word: str, claimed: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where ``word`` stands alone with its capital, outside words a rule read and outside a
    longer name."""
    spans = []
    for hit in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
        start, end = hit.span()
        if _NAME_AFTER.match(text, end) or _NAME_BEFORE.search(text, max(0, start - 40), start):
            continue
        if not any(s < end and start < e for s, e in claimed):
            spans.append((start, end))
    return spans


def _unique_surnames(known: Sequence[KnownActor]) -> dict[str, KnownActor]:
    """Surname → the one known person of that surname (shared surnames left out)."""
    found: dict[str, list[KnownActor]] = {}
    for entry in known:
        words = entry.name.split()
        if entry.type != "person" or len(words) < 2:
            continue
        people = found.setdefault(words[-1].strip(".,"), [])
        if all(p.name != entry.name for p in people):
            people.append(entry)
    return {surname: people[0] for surname, people in found.items() if len(people) == 1}


def _someone_else(extraction: Extraction, word: str, entry: KnownActor) -> bool:
    """The text names another person of that surname in full ("Mary Ssemakula")."""
    return any(
        a.name.endswith(f" {word}") and a.name != entry.name and not a.answers_to(entry.name)
        for a in extraction.actors
    )


def _become(extraction: Extraction, actor: ActorSuggestion, entry: KnownActor, word: str) -> None:
    why = Reason(
        RULE, f"the surname of {entry.label()}, the one person of that name the library knows"
    )
    old_key = actor.key
    same = next(
        (
            a
            for a in extraction.actors
            if a is not actor and a.type == "person" and a.answers_to(entry.name)
        ),
        None,
    )
    if same is not None:  # the text names the person in full too: one actor
        same.evidence = sorted(set(same.evidence) | set(actor.evidence))
        if word not in same.aliases:
            same.aliases.append(word)
        extraction.actors.remove(actor)
        target = same
    else:
        actor.name, actor.type = entry.name, ActorType.PERSON
        fill_suggestion(actor, entry)  # the text's details win (N23-21)
        if word not in actor.aliases:
            actor.aliases.append(word)
        target = actor
    if not any(r.rule == RULE for r in target.why):
        target.why.append(why)
    for deal in extraction.deals:  # a person read as a body is no contract's client
        if deal.buyer == word or deal.buyer_key == old_key:
            deal.buyer, deal.buyer_key = "", ""
        if deal.seller == word or deal.seller_key == old_key:
            deal.seller, deal.seller_key = "", ""
