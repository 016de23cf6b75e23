"""A state the desk's library knows is suggested where the text names it (newcomer16 N16-19).

The extraction's library step proposes a known state only through the world registry's code
(``extract/components/known_actors``), so a state the desk confirmed by name alone — one the
registry does not hold (a breakaway region, a state whose name is new to it), saved with no
ISO code — was never offered: ``extract --library`` on "…ship in early 2027 for Serevia" said
nothing of Serevia. This step runs after extraction, only when the library's actors are
offered (``extract --library``, the window's library look-up), and leaves the rules alone:
words a rule read as an actor keep that reading, and a name inside a longer one ("Serevia
Airlines") is not the state.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefdesk.extract.known import KnownActor
from briefdesk.extract.results import ActorSuggestion, Extraction, Reason
from briefdesk.model.codes import ActorType

RULE = "actor.known-to-library"
# A capitalised word right after the name continues a longer name ("Serevia Airlines").
_LONGER = re.compile(r"[ \t]+[A-Z]")


def add_known_states(extraction: Extraction, text: str, known: Sequence[KnownActor]) -> Extraction:
    """``extraction`` with each known state named verbatim in ``text`` and not yet suggested."""
    claimed = [span for actor in extraction.actors for span in actor.evidence]
    for entry in known:
        if entry.type != ActorType.STATE.value:
            continue
        names = [" ".join(n.split()) for n in (entry.name, *entry.aliases)]
        if any(actor.answers_to(name) for actor in extraction.actors for name in names):
            continue  # the rules found it: their reading stands
        found = _mentions(text, names, claimed)
        if not found:
            continue
        surfaces = sorted({text[start:end] for start, end in found} - {entry.name})
        extraction.actors.append(
            ActorSuggestion(
                name=entry.name,
                type=ActorType.STATE,
                country=entry.country,
                aliases=surfaces,
                evidence=found,
                why=[Reason(RULE, f"known to the desk's library as a state: {entry.name!r}")],
            )
        )
    return extraction


def _mentions(text: str, names: list[str], claimed: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where a name stands as a whole word with its capital, outside words a rule claimed."""
    spans: set[tuple[int, int]] = set()
    for name in names:
        if len(name) < 2 or name.islower():
            continue  # "the state" never matches
        for hit in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            start, end = hit.span()
            if _LONGER.match(text, end) or any(s < end and start < e for s, e in claimed):
                continue
            spans.add((start, end))
    return sorted(spans)
