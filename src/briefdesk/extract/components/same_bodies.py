"""Two organisations that are one body under a long and a short name (round 10): "Agence
France-Presse" and "AFP" (the initials of a hyphenated word count), "Petróleos de Venezuela
S.A." and "PDVSA" (a connector's and a legal form's letters count), "PT Halmahera Nikel
Sejahtera" and "Halmahera Nikel" (a leading part of the name once its legal form is gone),
"PT PLN (Persero)" and "PLN". The resolver merges such forms when one follows the other in
its own ways; the pairs it leaves apart are merged here, after every rule has run, into the
earlier-seen actor, and the short one's mentions point at it."""

from __future__ import annotations

import re

from briefdesk.extract.gazetteer import gazetteer
from briefdesk.extract.lexicon import ORG_HEADS
from briefdesk.extract.resolver import LEGAL_HEAD, ActorBuild, Resolver
from briefdesk.extract.vocab import LEGAL_TAIL

_ORG_TYPES = frozenset({"organization", "international_organization"})
_PARTS = re.compile(r"[\s\-–./]+")
_BRACKETED = re.compile(r"\s*\([^)]*\)\s*$")


def _letters(name: str, connectors: bool) -> str:
    """The first letters of a name's words and hyphenated parts, capitals only unless
    ``connectors`` ("de", "of" count too)."""
    parts = [p for p in _PARTS.split(name) if p]
    return "".join(p[0].upper() for p in parts if p[0].isupper() or (connectors and p.isalpha()))


def _bare(name: str) -> str:
    return LEGAL_HEAD.sub("", _BRACKETED.sub("", LEGAL_TAIL.sub("", name))).strip()


Forms = tuple[tuple[str, str], str]  # (initials without and with connectors, bare name or "")


def _forms(long: str) -> Forms:
    """What a short name is compared with, worked out once per long name."""
    bare = _bare(long)
    # Only a name with a legal form sheds words ("PT", "(Persero)", "S.A.").
    return (_letters(long, False), _letters(long, True)), (bare if bare != long else "")


def short_name_of(short: str, long: str, known: dict[str, Forms] | None = None) -> bool:
    """True when ``short`` names the body ``long`` names, by initials or a leading part;
    ``known``: long names' forms worked out so far (filled as needed)."""
    if short == long or len(short) >= len(long):
        return False
    acronym = short.isupper() and " " not in short and len(short) >= 3
    if not acronym and short not in long:
        return False  # the bare name is a part of the long one: it cannot start with ``short``
    if known is None:
        known = {}
    if long not in known:
        known[long] = _forms(long)
    initials, bare = known[long]
    if acronym and short in initials:
        return True
    return bool(bare) and (bare == short or bare.startswith(short + " "))


def merge_same_bodies(res: Resolver) -> None:
    """Merge each short-named organisation into the long-named one it abbreviates."""
    actors = res.found.actors
    orgs = [(k, a) for k, a in actors.items() if a.type in _ORG_TYPES]
    _ordinary_case(res, orgs)
    if len(orgs) < 2:
        return
    forms: dict[str, Forms] = {}
    moved: dict[str, str] = {}
    for short_key, short in orgs:
        target = next(
            (
                k
                for k, a in orgs
                if k != short_key
                and k not in moved
                and (
                    short_name_of(short.name, a.name, forms)
                    or _defined_as(res.text, short.name, a)
                    or _demonym_led(res.text, short, a, orgs)
                    or _part_told_again(res.text, short, a, orgs)
                    or _alias_of(short, a)
                    or _capitals_of(short, a)
                )
            ),
            None,
        )
        if target:
            _absorb(actors[target], short)
            moved[short_key] = target
    if not moved:
        return
    # A person tied to the short name ("SMM Chief Executive X") is tied to the body it names.
    renamed = {actors[key].name: actors[target].name for key, target in moved.items()}
    for key in moved:
        del actors[key]
    for actor in actors.values():
        actor.affiliation = renamed.get(actor.affiliation, actor.affiliation)
    res.found.mentions[:] = [(s, e, moved.get(k, k)) for s, e, k in res.found.mentions]
    for head, key in list(res.last_org_by_head.items()):
        if key in moved:
            res.last_org_by_head[head] = moved[key]


def _ordinary_case(res: Resolver, orgs: list[tuple[str, ActorBuild]]) -> None:
    """A body first met in capitals (a letterhead, a heading: "MINISTRY OF FOREIGN AFFAIRS")
    and told again in ordinary case takes the ordinary-case name (N25-15), as the text writes
    it and as the reader would."""
    for _key, actor in orgs:
        if not actor.name.isupper() or " " not in actor.name:
            continue
        folded = actor.name.casefold()
        told = (res.text[s:e] for s, e in actor.evidence)
        name = next((t for t in told if not t.isupper() and t.casefold() == folded), "")
        if name:
            old, actor.name = actor.name, name
            for other in res.found.actors.values():
                other.affiliation = name if other.affiliation == old else other.affiliation


def _defined_as(text: str, short: str, long: ActorBuild) -> bool:
    """ "told APW" before "Air & Naval Procurement Weekly (APW)": an acronym the longer
    name defined anywhere in the text, whatever its letters (round 13)."""
    return (
        short.isupper()
        and len(short) < len(long.name)
        and f"{long.name} ({short})" in text  # (not an alias: "IGAD" of "IGAD Centre for ...")
    )


def _demonym_led(
    text: str, short: ActorBuild, long: ActorBuild, orgs: list[tuple[str, ActorBuild]]
) -> bool:
    """ "the Estonian Centre for Defence Investment (ECDI)" kept whole (its acronym spells the
    demonym) and "the Centre for Defence Investment" told with the demonym read as its country
    (round 13, N13-01): one body when the long name is the short one led by the demonym of the
    short one's own country."""
    if not long.name.endswith(" " + short.name):
        return False
    country = short.country or short.affiliation  # (the demonym's code, until countries settle)
    if not country and " " in short.name and _named_again(text, short, long):
        # "the Philippine Coast Guard" then "the Coast Guard" with no country (N14-08): the
        # one body led by a demonym whose name ends so, never one of two ("Japan Coast Guard").
        tail = " " + short.name
        if sum(a.name.endswith(tail) for _, a in orgs) == 1:
            country = long.country or long.affiliation
    if not country:
        return False
    lead = long.name[: -len(short.name) - 1]
    return " " not in lead and gazetteer().adjectives.get(lead) == country


def _alias_of(short: ActorBuild, long: ActorBuild) -> bool:
    """ "Hanseong" read as a body by one rule when "Hanseong Defense Systems" already answers
    to it, "SMM" after "Straits Minor Metals Pte. Ltd. ("SMM")" (round 16): a body named as
    another's alias is that one, whatever the case of its letters."""
    folded = short.name.casefold()
    return len(short.name) < len(long.name) and any(
        folded == alias.casefold() for alias in long.aliases
    )


def _capitals_of(short: ActorBuild, long: ActorBuild) -> bool:
    """ "MINISTRY OF FOREIGN AFFAIRS" (a letterhead, read with its state as the country) and
    "the Ministry of Foreign Affairs of the Republic of Kazakhstan" in the text (N25-15): a
    body named in capitals is the one its words name in ordinary case, or that name followed
    by "of" and its own state; the ordinary-case name is kept."""
    name = short.name
    if not name.isupper() or " " not in name or long.name.isupper():
        return False
    folded, other = name.casefold(), long.name.casefold()
    if other == folded:
        return True
    if not other.startswith(folded + " of "):
        return False
    state = re.sub(r"^the\s+", "", long.name[len(name) + 4 :].strip(), flags=re.IGNORECASE)
    code = gazetteer().names.get(state, "")
    return bool(code) and code == (short.country or code) and long.country in ("", code)


def _part_told_again(
    text: str, short: ActorBuild, long: ActorBuild, orgs: list[tuple[str, ActorBuild]]
) -> bool:
    """ "the Samoa Airport Authority" then "the Airport Authority", "the Pacific Islands
    Forum" then "the Forum", "the Cabinet of Ministers" then "the Cabinet" (round 16): a
    later, unqualified mention of the long name's head part, the only body so named, tells the
    long one again. It ends on a body's head word; a state of its own keeps it apart."""
    name = short.name
    words = name.lower().split()
    # (three words or more are a name of their own: "the African Development Bank" beside
    # "the West African Development Bank" is another bank)
    if len(words) > 2 or words[-1] not in ORG_HEADS or name.isupper():
        return False
    if long.name.endswith(" " + name) and not _LED_BY_OF.search(long.name[: -len(name)]):
        same = [a for _, a in orgs if a.name.endswith(" " + name)]
    elif long.name.startswith(name + " ") and _HEAD_THEN_REMIT.match(long.name, len(name)):
        same = [a for _, a in orgs if a.name.startswith(name + " ")]
    else:
        return False
    if len(same) != 1 or (short.country and long.country and short.country != long.country):
        return False
    return _named_again(text, short, long)


# "the Audit Office for the Institutions in the Federation": the Federation is another body.
_LED_BY_OF = re.compile(r"\b(?:of|in|for|on|at|to|and|the|&)\s+$", re.IGNORECASE)
_HEAD_THEN_REMIT = re.compile(r"\s+(?:of|on|for)\s")
_QUALIFIED = re.compile(r"\s+(?:under|of|in|at|for)\s")


def _named_again(text: str, short: ActorBuild, long: ActorBuild) -> bool:
    """Whether the short name only tells the long one again: first met in a later sentence,
    never qualified ("with the Defence Materiel Agency under the Lithuanian Ministry" beside
    "the Norwegian Defence Materiel Agency" is another body)."""
    if not short.evidence or not long.evidence or min(short.evidence) < min(long.evidence):
        return False
    between = text[min(long.evidence)[1] : min(short.evidence)[0]]
    if ". " not in between and "\n" not in between:
        return False
    return not any(_QUALIFIED.match(text, end) for _, end in short.evidence)


def _absorb(long: ActorBuild, short: ActorBuild) -> None:
    for start, end in short.evidence:
        long.add(short.name, start, end)
    for alias in short.aliases:
        if alias != long.name and alias not in long.aliases:
            long.aliases.append(alias)
    long.affiliation = long.affiliation or short.affiliation
    long.country = long.country or short.country
    if long.type != short.type and "international_organization" in {long.type, short.type}:
        long.type = "international_organization"
