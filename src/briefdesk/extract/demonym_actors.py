"""A state's adjective no registry knows ("the Norlandic Defence Minister", "the Sardavian
government") is no organisation, and the name it comes from is a state (newcomer23 N23-03,
N23-06: "Norlandic" was offered as an actor and as a minister's affiliation, "Varkesh", the
buying state of "the Varkeshi Ministry of Defence", as an organisation).

A known state's adjective is read by the gazetteer already ("Norwegian" is Norway); this pass
takes only a one-word "organisation" with an adjective's ending that the text uses as a state's
adjective: before a post or body only a state has (a minister, a ministry, a government, a navy,
a parliament, a capital), or beside its stem named on its own ("Norland" and "Norlandic").
Such a word is dropped as an actor; a person's affiliation that is only it is left empty (a
demonym says where, not which body), and a deal's side that is only it becomes its stem's state
when the text names that, else empty. Its stem, when suggested as an organisation, becomes a
state; named only as a place, it is suggested as a state too.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.gazetteer import gazetteer
from briefdesk.extract.release_actors import republics
from briefdesk.extract.resolver import Found, PlaceBuild
from briefdesk.extract.results import ActorSuggestion, DealSuggestion, Reason
from briefdesk.model.codes import ActorType

_SHAPE = re.compile(r"^[A-Z][a-z]{3,}(?:ic|ian|an|ese|ish|i)$")
_STATE_ONLY = (
    r"(?:(?:[A-Z][a-z]+\s+){0,2}Minister|Ministry|[Gg]overnment|[Nn]avy|[Aa]rmy|[Pp]arliament|"
    r"President|Prime\s+Minister|capital|[Aa]rmed\s+[Ff]orces|[Ee]mbassy)\b"
)


def unknown_demonyms(
    text: str,
    actors: list[ActorSuggestion],
    deals: list[DealSuggestion],
    found: Found,
) -> None:
    """Drop, in place, the organisations that are an unknown state's adjective, and make their
    stems states (see the module's note)."""
    places = found.places
    words: dict[str, str] = {}
    stems: list[str] = []  # "Varkesh" beside "the Varkeshi Ministry of Defence": a state
    for actor in actors:
        if actor.type != ActorType.ORGANIZATION or " " in actor.name or len(actor.name) < 4:
            continue
        if _SHAPE.match(actor.name):
            used, stem = _demonym_stem(text, actor.name)
            if used:
                words[actor.name] = stem
        elif actor.name not in gazetteer().names and _has_adjective(text, actor.name):
            stems.append(actor.name)
    for stem in stems:
        _as_state(stem, actors, places)
    if "Republic of " in text:  # "the Republic of Sardavia": a state, known or not
        republics(text, actors, deals)
    if not words:
        return
    states = {w: stem for w, stem in words.items() if stem and _as_state(stem, actors, places)}
    actors[:] = [a for a in actors if a.name not in words]
    for actor in actors:
        if actor.affiliation in words:  # "the Norlandic Defence Minister": Norland, or nothing
            actor.affiliation = states.get(actor.affiliation, "")
    for build in found.actors.values():  # the signers' bodies are read from these
        if build.affiliation in words:
            build.affiliation = states.get(build.affiliation, "")
    for deal in deals:
        if deal.buyer in words:
            deal.buyer = states.get(deal.buyer, "")
        if deal.seller in words:
            deal.seller = states.get(deal.seller, "")


def _demonym_stem(text: str, word: str) -> tuple[bool, str]:
    """Whether the text uses ``word`` as a state's adjective, and the stem it names on its
    own ("" when none): "Norland" for "Norlandic", "Varkesh" for "Varkeshi"."""
    gaz = gazetteer()
    if word in gaz.names or word in gaz.adjectives:
        return False, ""
    for found in re.finditer(rf"\b{re.escape(word[:4])}[a-z]*\b(?![\w-])", text):
        stem = found.group()
        if stem != word and _related(stem, word):
            return True, stem  # "Norland" / "Norlandic", "Kessaria" / "Kessari"
    return re.search(rf"\b{re.escape(word)}\s+{_STATE_ONLY}", text) is not None, ""


def _has_adjective(text: str, name: str) -> bool:
    """Whether the text names a state's post or body with ``name``'s adjective ("the Varkeshi
    Ministry of Defence", "the Talvorian Foreign Minister")."""
    for found in re.finditer(rf"\b({re.escape(name[:4])}[a-z]*)\s+{_STATE_ONLY}", text):
        word = found.group(1)
        if word != name and _SHAPE.match(word) and _related(name, word):
            return True
    return False


def _related(name: str, word: str) -> bool:
    """Whether ``word`` reads as ``name``'s adjective: they differ only in their last letters
    ("Norland" / "Norlandic", "Kessaria" / "Kessari", "Talvoria" / "Talvorian")."""
    common = next((i for i, (a, b) in enumerate(zip(name, word, strict=False)) if a != b), 0)
    common = common or min(len(name), len(word))
    return common >= max(4, len(name) - 2) and common >= len(word) - 3


def _as_state(stem: str, actors: list[ActorSuggestion], places: dict[str, PlaceBuild]) -> bool:
    """Make ``stem`` a state actor; whether the text names it."""
    for actor in actors:
        if actor.name == stem and actor.type in (ActorType.ORGANIZATION, ActorType.STATE):
            if actor.type == ActorType.STATE:
                return True
            actor.type = ActorType.STATE
            actor.why.append(Reason("state.demonym-stem", f"its adjective is used: {stem!r}"))
            return True
    place = places.get(stem.lower())
    if place is None:
        return False
    actors.append(
        ActorSuggestion(
            name=stem,
            type=ActorType.STATE,
            evidence=sorted(place.evidence),
            why=[Reason("state.demonym-stem", f"its adjective is used: {stem!r}")],
        )
    )
    return True
