"""A venture's partner named by a common noun: "signed a joint venture agreement with its
Japanese partner" (round 20).

The text names the company once ("Tsurumi Heavy Industries of Japan") and then, in the sentence
that reports the venture or memorandum, only "its Japanese partner" or "the Korean partner". The
reading finds no second party there, so the draft had a joint venture with no partners and a
BLUF naming nobody ("A joint-venture agreement for vessels has been signed"). A desk officer
writes the company. The draft does, only where the text leaves no doubt:

- the deal is signed alike (a joint venture, a memorandum, a trade agreement) and its reading
  has no partners and no sides;
- a sentence of the deal says "(its|the|their) <nationality> partner" and names exactly one
  other organisation, of another country (the subject: "Halong Shipbuilding");
- the text names the company in apposition ("the Korean partner, Daeil Chemical"), or else the
  whole reading knows exactly one organisation of that nationality's state.

Then the two are the deal's partners, the subject first, as if the reading had listed them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefdesk.extract.results import ActorSuggestion, DealSuggestion, Extraction, Reason
from briefdesk.model.codes import SIGNED_ALIKE
from briefdesk.world import world

RULE = "signatory.partner-noun"
_PARTNER = re.compile(
    r"\b(?:[Ii]ts|[Tt]heir|[Tt]he)\s+((?:[A-Z][a-z]+\s+)?[A-Z][a-z]+)\s+"
    r"(?:partner|co-venturer|joint[- ]venture\s+partner)\b"
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s|\n")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or line) around ``start``..``end``."""
    before = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    after = _SENTENCE_END.search(text, end)
    return (before[-1] if before else 0), (after.start() if after else len(text))


def _organisations(extraction: Extraction) -> list[ActorSuggestion]:
    return [a for a in extraction.actors if str(a.type) == "organization"]


def _named_beside(text: str, nationality: str, extraction: Extraction) -> list[ActorSuggestion]:
    """The organisation the text names in apposition to "the <nationality> partner" anywhere
    ("The Korean partner, Daeil Chemical, will …"): [it], or [] when none or several."""
    named: list[ActorSuggestion] = []
    for found in _PARTNER.finditer(text):
        if found.group(1) != nationality:
            continue
        after = text[found.end() : found.end() + 120]
        for actor in _organisations(extraction):
            if after.startswith((f", {actor.name}", f" {actor.name}")) and actor not in named:
                named.append(actor)
    return named if len(named) == 1 else []


def with_named_partner(
    deal: DealSuggestion | None, extraction: Extraction, text: str
) -> DealSuggestion | None:
    """``deal`` with the two partners a "<nationality> partner" sentence leaves no doubt about
    as its signatories (see the module's note); ``deal`` unchanged otherwise."""
    if deal is None or str(deal.kind) not in SIGNED_ALIKE:
        return deal
    if deal.signatories or deal.buyer or deal.seller:
        return deal
    for start, end in deal.evidence:
        s, e = _sentence(text, int(start), int(end))
        for found in _PARTNER.finditer(text, s, e):
            country = world().code_of(found.group(1))
            if not country:
                continue
            partners = _named_beside(text, found.group(1), extraction) or [
                a for a in _organisations(extraction) if a.country == country
            ]
            subjects = [
                a
                for a in _organisations(extraction)
                if a.country != country and any(s <= int(x) < e for x, _y in a.evidence)
            ]
            if len(partners) != 1 or len(subjects) != 1:
                continue
            first, second = subjects[0], partners[0]
            why = f"{found.group(0)!r} names {second.name}, the only {found.group(1)} company"
            return replace(
                deal,
                signatories=[first.name, second.name],
                signatory_keys=[first.key, second.key],
                why=[*deal.why, Reason(RULE, why)],
            )
    return deal
