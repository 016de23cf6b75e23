"""Which of two earlier actors a description points back to ("the shipbuilder", "the Italian
company"), when both fit its kind: by what the description says, recency only last.

In order, each step kept only when it leaves exactly one actor: a name that says the noun
("Ferrante Shipyards" for "the shipbuilder"), what the text says the actor does ("Orlando
Motors makes buses" for "the manufacturer"), the nationality the resolver gave it, the nearest
mention of the nationality word, and last the actor named most recently, when its last mention
is in a later sentence than the other's (two names in one sentence are no recency).
"""

from __future__ import annotations

from collections.abc import Callable

from briefdesk.extract import rx as re
from briefdesk.extract.resolver import ActorBuild, Found
from briefdesk.world import world

# Words in a company's name that say what the noun of a description says.
_NAME_WORDS: dict[str, frozenset[str]] = {
    "shipbuilder": frozenset({"shipbuilding", "shipyard", "shipyards", "dockyard", "marine"}),
    "shipyard": frozenset({"shipbuilding", "shipyard", "shipyards", "dockyard", "marine"}),
    "yard": frozenset({"shipbuilding", "shipyard", "shipyards", "dockyard", "marine"}),
    "carmaker": frozenset({"motors", "motor", "automotive", "auto", "cars"}),
    "automaker": frozenset({"motors", "motor", "automotive", "auto", "cars"}),
    "planemaker": frozenset({"aerospace", "aircraft", "aviation", "aeronautics"}),
    "miner": frozenset({"mining", "minerals", "resources", "metals", "gold"}),
    "contractor": frozenset({"construction", "engineering", "builders", "contractors", "works"}),
    "builder": frozenset({"construction", "builders", "shipbuilding", "shipyard", "shipyards"}),
    "operator": frozenset({"lines", "shipping", "airways", "airlines", "ports", "operations"}),
    "developer": frozenset({"development", "developers", "properties", "renewables"}),
    "manufacturer": frozenset({"manufacturing", "industries", "industrial", "works", "motors"}),
    "maker": frozenset({"manufacturing", "industries", "industrial", "works"}),
    "producer": frozenset({"production", "producers", "industries"}),
    "supplier": frozenset({"supply", "supplies", "trading"}),
    "exporter": frozenset({"export", "exports", "trading"}),
}
# What the text says an actor does, for the nouns that name a doer.
_DOES: dict[str, re.Pattern[str]] = {}
_MAKES = r"makes|made|builds|built|produces|produced|manufactures|manufactured|assembles"
for _noun in (
    "manufacturer",
    "maker",
    "builder",
    "shipbuilder",
    "carmaker",
    "automaker",
    "planemaker",
    "producer",
    "yard",
    "shipyard",
):
    _DOES[_noun] = re.compile(rf"\b(?:{_MAKES})\b")
_DOES["operator"] = re.compile(r"\b(?:operates|operated|runs|ran)\b")
_DOES["supplier"] = re.compile(r"\b(?:supplies|supplied|sells|sold)\b")
_DOES["miner"] = re.compile(r"\b(?:mines|mined|extracts|digs)\b")
_DOES["contractor"] = re.compile(r"\b(?:builds|built|constructs|constructed)\b")
_DOES["developer"] = re.compile(r"\b(?:develops|developed|builds|built)\b")
_AFTER = 60  # characters after a mention where what the actor does is read
_SENTENCE_END = re.compile(r"[.!?]\s")


def _named_as(actor: ActorBuild, noun: str) -> bool:
    words = _NAME_WORDS.get(noun, frozenset())
    return bool(words & set(actor.name.lower().replace(".", " ").split()))


def _doing(text: str, actor: ActorBuild, noun: str, before: int) -> bool:
    pattern = _DOES.get(noun)
    if pattern is None:
        return False
    for start, end in actor.evidence:
        if start >= before:
            continue
        window = text[end : min(before, end + _AFTER)]
        stop = _SENTENCE_END.search(window)
        if pattern.search(window[: stop.start()] if stop else window):
            return True
    return False


def _distance(text: str, actor: ActorBuild, words: list[str], before: int) -> int:
    """Characters from the actor's nearest mention to the nearest of the words, before the
    description."""
    best = 10**9
    for word in words:
        for found in re.finditer(rf"\b{re.escape(word)}\b", text[:before]):
            for start, end in actor.evidence:
                if start < before:
                    best = min(best, abs(found.start() - start), abs(found.start() - end))
    return best


def _last_sentence(text: str, actor: ActorBuild, before: int) -> int:
    """The number of sentence ends before the actor's last mention ahead of the description."""
    last = max((start for start, _end in actor.evidence if start < before), default=-1)
    return len(_SENTENCE_END.findall(text, 0, last)) if last >= 0 else -1


def settle(
    text: str, found: Found, fits: list[str], noun: str, marks: list[tuple[str, str]], at: int
) -> list[str]:
    """The one actor of ``fits`` the description says, or ``fits`` unchanged."""
    actors = {key: found.actors[key] for key in fits}
    codes = {mark for kind, mark in marks if kind == "state"}
    steps: list[Callable[[str], bool]] = [
        lambda key: _named_as(actors[key], noun),
        lambda key: _doing(text, actors[key], noun, at),
        lambda key: bool(codes) and actors[key].country in codes,
    ]
    for step in steps:
        chosen = [key for key in fits if step(key)]
        if len(chosen) == 1:
            return chosen
    for kind, mark in marks:
        country = world().countries.get(mark) if kind == "state" else None
        if country:
            words = [country.name, *country.demonyms]
            distances = {key: _distance(text, actors[key], words, at) for key in fits}
            nearest = min(distances.values())
            chosen = [key for key, d in distances.items() if d == nearest]
            if len(chosen) == 1 and nearest < 10**9:
                return chosen
    latest = {key: _last_sentence(text, actors[key], at) for key in fits}
    top = max(latest.values())
    chosen = [key for key, n in latest.items() if n == top]
    return chosen if len(chosen) == 1 else fits
