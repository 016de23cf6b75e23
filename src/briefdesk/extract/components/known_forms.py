"""Known bodies the rules read another way: a short form of one, or a "place" (newcomer26 N26-12).

With "Norsk Marinverft" and "Estaleiro Atlântico" (a yard) confirmed in an earlier brief, a
follow-up's "the contract with Marinverft" was offered as a new organisation "Marinverft", and
"cut at Estaleiro Atlântico in Porto Sereno" as the place "Estaleiro Atlântico". A body the rules
found whose whole name is **exactly one** known body's name without its last words that only say
what it is ("Karavelle" of "Karavelle Resources plc") or the second of a two-word name
("Marinverft" of "Norsk Marinverft") is that body (renamed, the short form kept as an alias);
a known body's name is never a place, unless it is a state's name, a capital or a large town
the world registry knows, or the text says a place ("in X", "X county"). Generic words ("Group",
"Copper Limited", "Ministry") are no short form of anything.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from briefdesk.extract.known import KnownActor
from briefdesk.extract.resolver import Resolver

BODIES = frozenset({"organization", "international_organization"})
_BIG_TOWN = 100_000
# Words that name what a body is or its legal form, not which body it is.
_WORDS = """ministry department office agency authority commission committee council board bureau
service
services government republic state national international federal general group holdings
holding limited ltd ltd. plc co co. corp corp. corporation company inc inc. llc llp sa s.a. ag
gmbh nv bv spa asa ab oy resources industries industry systems energy capital partners
partnership fund trust foundation institute university bank shipyard shipyards navy army force
forces air defence defense marine maritime shipping airlines airways petroleum oil gas power
mining metals metal copper steel motors aerospace construction development investment
investments finance financial securities insurance association union organisation organization
centre center technologies technology solutions global enterprises works yard nickel cobalt
gold silver zinc lithium iron uranium coal cement chemicals mines minerals exploration
logistics rail railways ports port telecom communications electric electronics dynamics"""
_GENERIC = frozenset(_WORDS.split())


def _usable(form: str) -> bool:
    """A form that can name one body: capitalised, not only generic words, 4+ letters."""
    words = form.split()
    return (
        len(form) >= 4
        and form[0].isupper()
        and words[-1][0].isupper()
        and any(w.lower() not in _GENERIC for w in words)
    )


def affixes(known: Sequence[KnownActor]) -> dict[str, KnownActor]:
    """First or last words of exactly one known body's name -> that body ("Marinverft" ->
    Norsk Marinverft). A form shared by two known names, or that is a word of any other known
    entry (a person's surname, a state), names nobody."""
    seen: dict[str, KnownActor | None] = {}
    for entry in known:
        words = entry.name.split()
        # A name's head when the rest only says what it is ("Karavelle" of "Karavelle Resources
        # plc"; not "Airbus" of "Airbus Helicopters", another body, nor "OPEC" of "OPEC Fund");
        # the one word after a plain first word ("Marinverft" of "Norsk Marinverft"; not
        # "Bank of Korea" of "Export-Import Bank of Korea", nor "Watch" of "FMS Watch").
        forms = {
            " ".join(words[:k])
            for k in range(1, len(words))
            if all(w.lower() in _GENERIC for w in words[k:]) and not " ".join(words[:k]).isupper()
        }
        if len(words) == 2 and words[0].isalpha() and words[0].istitle():
            forms.add(words[1])
        for form in forms:
            if entry.type not in BODIES or not _usable(form):
                seen[form] = None
                continue
            prev = seen.get(form, entry)
            seen[form] = entry if prev is not None and prev.name == entry.name else None
    for entry in known:  # a form that is itself some entry's name or alias is that entry's
        for name in (entry.name, *entry.aliases):
            seen.pop(" ".join(name.split()), None)
    return {form: entry for form, entry in seen.items() if entry is not None}


def _world_place(res: Resolver, name: str) -> bool:
    gaz = res.gaz
    if name in gaz.names or name in gaz.adjectives or name in gaz.capitals:
        return True
    return gaz.cities.get(name, ("", 0))[1] >= _BIG_TOWN


def known_not_places(res: Resolver, by_surface: dict[str, KnownActor]) -> None:
    """Take out the places whose name is a known body's: the library's component then finds
    the body at those words (they are no longer a place's)."""
    for key, place in list(res.found.places.items()):
        entry = by_surface.get(place.name)
        if entry is None or entry.type not in BODIES or _world_place(res, place.name):
            continue
        if any(_said_as_place(res.text, start, end) for start, end in place.evidence):
            continue  # "talks continue in Vâlcea", "Vâlcea county": the text says a place
        del res.found.places[key]


# Words that make a name a place whatever the library knows ("in X", "X county"); "at X" is
# not one of them ("cut at Estaleiro Atlântico": a yard).
_PLACE_BEFORE = re.compile(r"\b(?:in|near|outside)\s+$", re.IGNORECASE)
_PLACE_AFTER = re.compile(
    r"\s+(?:county|region|province|district|oblast|governorate)\b", re.IGNORECASE
)


def _said_as_place(text: str, start: int, end: int) -> bool:
    return bool(_PLACE_BEFORE.search(text[max(0, start - 12) : start])) or bool(
        _PLACE_AFTER.match(text, end)
    )


def short_forms(
    res: Resolver, forms: dict[str, KnownActor], by_surface: dict[str, KnownActor]
) -> Iterator[tuple[str, KnownActor, str]]:
    """Rename each body the rules named by a known body's short form; yields (actor key,
    library entry, the short form) for the caller to fill and give the library's reason."""
    if not forms:
        return
    names = {actor.name for actor in res.found.actors.values()}
    for key, actor in list(res.found.actors.items()):
        form = actor.name
        entry = forms.get(form)
        if entry is None or actor.type not in BODIES or form in by_surface:
            continue
        if entry.name in names or _world_place(res, form):
            continue  # the text names the full name as another actor: the rules' reading stands
        actor.name = entry.name
        names.add(entry.name)
        if form not in actor.aliases:
            actor.aliases.insert(0, form)
        res.index(key)
        yield key, entry, form
