"""Component: names the desk's library already knows, found verbatim in the text.

Runs after every other actor rule (lower priority): a span any rule already claimed is left to
that rule; the library only fills role, affiliation and country where the text gave none.
Matching is one pass over the text's words with a dict keyed by each name's first word, so the
time is linear in the text whatever the size of the library (no regex per name).
"""

from __future__ import annotations

from collections.abc import Sequence

from briefdesk.extract import rx as re
from briefdesk.extract.components.known_forms import affixes, known_not_places, short_forms
from briefdesk.extract.known import KnownActor
from briefdesk.extract.known_fill import RULE as FILLED
from briefdesk.extract.known_fill import library_fill
from briefdesk.extract.names import acronym_like
from briefdesk.extract.resolver import ActorBuild, Resolver
from briefdesk.extract.text import strip_possessive
from briefdesk.extract.why import MAX_REASONS

RULE = "actor.known-to-library"
_WORD = re.compile(r"\w+")
_TYPES = {"person", "organization", "international_organization", "state"}


class KnownIndex:
    """First word -> (surface, entry), longest surface first; build once, reuse for many texts."""

    def __init__(self, known: Sequence[KnownActor]) -> None:
        self.by_first: dict[str, list[tuple[str, KnownActor]]] = {}
        self.by_surface: dict[str, KnownActor] = {}
        for entry in known:
            if entry.type not in _TYPES:
                continue
            for raw in (entry.name, *entry.aliases):
                surface = strip_possessive(" ".join(raw.split()))
                first = _WORD.match(surface)
                # A surface must start a word and carry a capital ("he", "the bank" never match).
                if not first or len(surface) < 2 or surface.islower():
                    continue
                if surface in self.by_surface:
                    continue  # two entries share a name: the first one wins
                self.by_surface[surface] = entry
                self.by_first.setdefault(first.group(), []).append((surface, entry))
        for candidates in self.by_first.values():
            candidates.sort(key=lambda item: -len(item[0]))
        self.by_head = _heads(known)
        self.by_affix = affixes(known)  # "Marinverft" -> Norsk Marinverft (N26-12)

    def __bool__(self) -> bool:
        return bool(self.by_surface)

    def matches(self, text: str) -> list[tuple[int, int, str, KnownActor]]:
        """(start, end, surface, entry) of each verbatim mention, left to right, no overlaps."""
        found: list[tuple[int, int, str, KnownActor]] = []
        after = 0
        for word in _WORD.finditer(text):
            start = word.start()
            if start < after:
                continue
            for surface, entry in self.by_first.get(word.group(), ()):
                end = start + len(surface)
                if text.startswith(surface, start) and not _continues(text, end):
                    found.append((start, end, surface, entry))
                    after = end
                    break
        return found


def _heads(known: Sequence[KnownActor]) -> dict[str, KnownActor]:
    """A known body's first word ("Meridian" of "Meridian Bulk Shipping") -> the body, when no
    other known entry starts with or is that word (then the word alone says nothing)."""
    heads: dict[str, KnownActor | None] = {}
    for entry in known:
        for raw in (entry.name, *entry.aliases):
            words = raw.split()
            if not words or not words[0].isalpha() or not words[0][0].isupper():
                continue
            if entry.type not in _BODIES or len(words) < 2 or words[0].isupper():
                heads[words[0]] = None  # a person's, a state's, a one-word name: never a head
                continue
            seen = heads.get(words[0], entry)
            heads[words[0]] = entry if seen is not None and seen.name == entry.name else None
    return {word: entry for word, entry in heads.items() if entry is not None}


_BODIES = {"organization", "international_organization"}


def _continues(text: str, end: int) -> bool:
    """True when the word goes on after ``end`` ("Hashmiyan" is not "Hashmi"; "Hashmi's" is)."""
    return end < len(text) and (text[end].isalnum() or text[end] == "_")


def known_actors(res: Resolver, index: KnownIndex) -> None:
    """Propose the library's actors where their names appear and no rule claimed the words."""
    if not index:
        return
    known_not_places(res, index.by_surface)  # a known body is no place (N26-12)
    taken = bytearray(len(res.text) + 1)
    for start, end, _key in res.found.mentions:
        taken[start:end] = b"\x01" * (end - start)
    for place in res.found.places.values():
        for start, end in place.evidence:
            taken[start:end] = b"\x01" * (end - start)
    # (name, surface) -> the key of the actor it resolved to: a name said 500 times is looked
    # up once.
    resolved: dict[tuple[str, str], str] = {}
    otherwise: set[tuple[str, str]] = set()
    for start, end, surface, entry in index.matches(res.text):
        why = f"known to the desk's library: {entry.label()}"
        memo = (entry.name, surface)
        if memo not in resolved:
            resolved[memo] = _found_as(res, entry, surface)
        if resolved[memo]:
            existing = res.found.actors[resolved[memo]]
            # The rules found it; the library adds what they lacked (and a mention they missed:
            # a mention the deal rules read too, newcomer20 N20-12: "INASA has chosen Arvelle"
            # after a headline "Arvelle to launch ..." had no seller).
            if not any(taken[start:end]) and not _inside_longer_name(res.text, start, end):
                existing.add(surface, start, end)
                res.found.mentions.append((start, end, resolved[memo]))
                taken[start:end] = b"\x01" * (end - start)
            _fill(existing, entry, why)
            _known_name(res, resolved[memo], entry, surface)
            continue
        if any(taken[start:end]) or _inside_longer_name(res.text, start, end):
            continue  # a rule read these words differently, or a longer name: the rule wins
        if memo in otherwise or _named_otherwise(res, surface):
            otherwise.add(memo)  # a rule read this name as another type: the rule wins
            continue
        reasons = {k: len(a.why) for k, a in res.found.actors.items()}
        key = _propose(res, entry, surface, start, end)
        if key:
            actor = res.found.actors[key]
            del actor.why[reasons.get(key, 0) :]  # the library is the reason, not a fallback rule
            resolved[memo] = key
            actor.add(surface, start, end)
            _fill(actor, entry, why)
            taken[start:end] = b"\x01" * (end - start)
    _modifier_heads(res, index, taken)
    for key, entry, form in short_forms(res, index.by_affix, index.by_surface):
        why = f"known to the desk's library: {entry.label()} (its short form {form!r})"
        _fill(res.found.actors[key], entry, why)


# "a Meridian carrier", "the Meridian vessel": a known body's first word before a common noun.
_BIG_TOWN = 100_000
_MODIFIER = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+([A-Z][a-z]+)\s+(?=[a-z]{3})")


def _modifier_heads(res: Resolver, index: KnownIndex, taken: bytearray) -> None:
    """A known body's first word used as a modifier ("aboard a Meridian carrier") is that body
    (newcomer21 N21-13), when every use of the word in the text is such a modifier or the body's
    full name, and the word is no place, state or people's word the gazetteer knows."""
    gaz = res.gaz
    for match in _MODIFIER.finditer(res.text):
        head = match.group(1)
        entry = index.by_head.get(head)
        start, end = match.span(1)
        if entry is None or any(taken[start:end]):
            continue
        if head in gaz.names or head in gaz.adjectives or head in gaz.provinces:
            continue
        if head in gaz.capitals or gaz.cities.get(head, ("", 0))[1] >= _BIG_TOWN:
            continue  # "a Lagos carrier" is the city's; a small namesake town is no reading
        if not _only_as_modifier(res.text, head, entry):
            continue
        why = f"known to the desk's library: {entry.label()} (its first word, {head!r})"
        key = next((k for k, a in res.found.actors.items() if a.name == entry.name), "")
        if not key:
            reasons = {k: len(a.why) for k, a in res.found.actors.items()}
            key = _propose(res, entry, entry.name, start, end)
            if not key:
                continue
            del res.found.actors[key].why[reasons.get(key, 0) :]
        else:
            res.found.mentions.append((start, end, key))
        res.found.actors[key].add(head, start, end)
        _fill(res.found.actors[key], entry, why)
        taken[start:end] = b"\x01" * (end - start)


def _only_as_modifier(text: str, head: str, entry: KnownActor) -> bool:
    """Every "Meridian" in the text is "a/the Meridian <noun>" or starts the body's name."""
    names = [" ".join(n.split()) for n in (entry.name, *entry.aliases)]
    modifiers = {m.start(1) for m in _MODIFIER.finditer(text) if m.group(1) == head}
    return all(
        found.start() in modifiers or any(text.startswith(n, found.start()) for n in names)
        for found in re.finditer(rf"\b{re.escape(head)}\b", text)
    )


_CAPITAL_AFTER = re.compile(r" [A-Z]")


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    """ "AFP" in "the Revised AFP Modernization Program" is part of another name: a capitalised
    word right after, or right before (not at a sentence's start), continues the run."""
    if _CAPITAL_AFTER.match(text, end):
        return True
    before = text[max(0, start - 40) : start]
    word = re.search(r"(\S+) $", before)
    if not word or not word.group(1)[0].isupper():
        return False
    head = before[: word.start()].rstrip()
    return bool(head) and head[-1] not in '.!?:;"“(\n'


def _found_as(res: Resolver, entry: KnownActor, surface: str) -> str:
    """The key of the actor a rule made of this library name, or ""."""
    for key, actor in res.found.actors.items():
        if actor.type == entry.type and (
            actor.name in (entry.name, surface) or surface in actor.aliases
        ):
            return key
    return ""


def _known_name(res: Resolver, key: str, entry: KnownActor, surface: str) -> None:
    """A body a rule named by the short form the library has as an alias ("INASA") takes the
    library's name ("Indonesian Space Agency"), the short form kept as an alias: the desk's
    actor is offered again, not a new one (newcomer20 N20-12). Only an acronym or the name's
    own first words ("Arvelle") are renamed so; people keep the text's name."""
    actor = res.found.actors[key]
    if actor.type == "person" or actor.name != surface or surface == entry.name:
        return
    if not (acronym_like(surface) or entry.name.startswith(surface + " ")):
        return  # a common name ("Ministry of Defence") the desk once used for one body: kept
    if any(other.name == entry.name for other in res.found.actors.values()):
        return  # the text names the full name too, as another actor: the rules' reading stands
    actor.name = entry.name
    if surface not in actor.aliases:
        actor.aliases.insert(0, surface)
    res.index(key)


def _named_otherwise(res: Resolver, surface: str) -> bool:
    """A rule already made an actor of this name, of another type ("Kestrel Quay said" read as
    a person): a second actor of the same name would only confuse; the rule wins."""
    return any(
        actor.name == surface or surface in actor.aliases for actor in res.found.actors.values()
    )


def _propose(res: Resolver, entry: KnownActor, surface: str, start: int, end: int) -> str:
    res.rule = RULE
    if entry.type == "person":
        return res.person(entry.name, start, end)
    if entry.type == "state":
        code = entry.country if entry.country in res.gaz.countries else ""
        return res.state(code, surface, start, end) if code else ""
    key = res.org(entry.name, start, end)
    res.found.actors[key].type = entry.type
    return key


def _fill(actor: ActorBuild, entry: KnownActor, why: str) -> None:
    """Role, affiliation and country from the library only where the text gave none, and
    said in a reason of their own (``known_fill``: the text wins, N23-21)."""
    filled = library_fill(actor.role, actor.affiliation, actor.country, entry)
    actor.role, actor.affiliation, actor.country = filled.role, filled.affiliation, filled.country
    kept = [(rule, text) for rule, text in actor.why if rule not in (RULE, FILLED)]
    said = [(rule, text) for rule, text in actor.why if rule == FILLED][:1]
    if filled.note and not said:
        said = [(FILLED, filled.note)]
    actor.why[:] = [*kept[: MAX_REASONS - 1 - len(said)], (RULE, why), *said]
