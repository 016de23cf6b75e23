"""Component: a site named by its place and a lower-case common noun — "the Havana port", "the
Fierza dam", "on the Rupsha river", "the Qayroqqum hydropower plant", "the Ras Markaz crude
terminal", "the Mumbwa West area" (round 14) — is the place alone: the
lower case says the noun describes the place and is no part of its name ("Tina River",
"Port of Nacala" and "the Transmed pipeline" keep theirs)."""

from __future__ import annotations

import re

from briefdesk.extract.chunk_view import CLAIM, NEXT, View
from briefdesk.extract.common_words import is_common_word
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.lexicon import HEAD_WORDS, HONORIFICS, ROLE_HEADS
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.text import is_possessive
from briefdesk.extract.words import word_list

PLANT_KINDS = word_list("plant_kinds")
TERMINAL_KINDS = word_list("terminal_kinds")  # "the Ras Markaz crude terminal"
# Ores a mining project is named for ("the Llamapampa copper project"): the project's place.
_COMMODITIES = frozenset(
    {"copper", "gold", "lithium", "graphite", "nickel", "iron", "coal", "uranium", "bauxite"}
    | {"cobalt", "zinc", "silver", "mining"}
)
# Nouns a firm's works or rights share with a site ("the Toyota plant", "the Rosatom
# licence"): they make a place only where the name stands as one (see ``_stands_as_site``).
_GATED_FIRST = frozenset(
    {"plant", "yard", "site", "airport", "licence", "license", "prospect", "area", "areas"}
)
# The first word after a name that can start a local noun (a cheap test before the pattern).
LOCAL_FIRST = (
    PLANT_KINDS
    | TERMINAL_KINDS
    | {
        "port",
        "refinery",
        "dam",
        "river",
        "reservoir",
        "palace",
        "inland",
        "pumping",
        "substation",
        "crossing",
        "railway",
        "regency",
        "county",
        "district",
        "province",
        "governorate",
        "prefecture",
        "project",
        "underground",
        "fields",
        "shaft",
        "entry",
        *_GATED_FIRST,
        *_COMMODITIES,
    }
)
_LEAD = re.compile(r"(?:And|But|Or|So)\s+(?:the\s+)?|The\s+|(?:[\d.,]+\s+)?(?:MW|GW|kV|KV|km)\s+")
_PHASE = re.compile(r"\s+(?:I{1,3}|IV|VI{0,3}|IX|X)$")  # "Menengai III": the site is Menengai
_ORES = (
    r"(?:copper|gold|lithium|graphite|nickel|iron\s+ore|coal|uranium|bauxite|cobalt|zinc|"
    r"silver|mining|exploration)"
)
# (round 19: a hydro project is named for the river it dams, "the Lower Hongu hydroelectric
# project", unlike a solar or wind project, often a firm's; a kind before "dam" or "field")
_LOCAL_NOUN = re.compile(
    r"\s+(?:(?:hydro|hydroelectric|hydropower|geothermal)\s+projects?|"
    r"(?P<kinds>(?:[a-z-]+\s+){1,2})(?:plants?|stations?|farms?|works|dams?|fields?)|port|"
    r"refinery|dam|"
    r"river|reservoir|palace|inland\s+(?:terminal|port)|pumping\s+station|substation|crossing|"
    r"railway|regency|county|district|province|governorate|prefecture|underground\s+expansion|"
    r"fields|shaft|entry\s+point|"
    rf"(?:{'|'.join(sorted(TERMINAL_KINDS))})\s+terminals?|"
    rf"(?P<gated>(?:{_ORES}\s+)?(?:project|licence|license|prospect)|plant|yard|site|airport|"
    r"areas?))"
    r"\b(?!-)"
)


_COMPASS = frozenset({"North", "South", "East", "West", "Central", "Deeps"})


# "the Pandora and Uramu fields": a second name and a plural noun after the first name.
_AND_NAME = re.compile(r" and (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?(?= [a-z])")
_PLURAL = frozenset({"fields", "plants", "farms", "stations", "works", "terminals", "areas"})
_UNITS = frozenset({"MW", "GW", "MWh", "GWh", "kV", "KV", "km"})
_RIGHTS = frozenset({"licence", "license", "prospect"})


def local_site(res: Resolver, v: View) -> str:
    after = res.after(v.chunk.end, 40)
    if after[:1] != " " or not after[1:2].islower():
        return NEXT  # the cheap test first: a lower-case word right after the name
    if v.lead_code or any(w in HEAD_WORDS for w in v.lowered) or res.country_of(v.bare):
        return NEXT
    if is_possessive(v.words[-1]) or v.words[-1] in _UNITS:
        return NEXT  # "Hanul's refinery": the firm's works; "a 30 MW solar farm": a unit
    joined = _AND_NAME.match(after) if after.startswith(" and ") else None
    site = _LOCAL_NOUN.match(after, joined.end() if joined else 0)
    if not site or f"org:{v.bare.lower()}" in res.found.actors:
        return NEXT
    if joined and site.group().split()[-1] not in _PLURAL:
        return NEXT  # "Kauma and Lilongwe plant"? only a plural noun serves both names
    kinds = site.group("kinds")
    if kinds and not set(kinds.split()) <= PLANT_KINDS | {"pumping"}:
        return NEXT  # "the Toyota assembly plant": a firm's works, not a place
    gated = site.group("gated")
    if gated and " " not in gated and not _gate_open(res, v, gated):
        return NEXT  # "The Hanwha Ocean project was cancelled": a firm's, as far as we know
    lead = _LEAD.match(v.bare)  # "And the Savusavu port lease?"
    start = v.chunk.start + (lead.end() if lead else 0)
    name = v.bare[lead.end() :] if lead else v.bare
    name = _PHASE.sub("", name)
    if name:
        code = res.gaz.provinces.get(name) or res.gaz.cities.get(name, ("", 0))[0]
        res.place(name, start, start + len(name), code)
    return CLAIM


def _gate_open(res: Resolver, v: View, noun: str) -> bool:
    """A bare noun a firm's works or rights share makes a place of a name that says it is one
    (a compass word, a known place) or stands as one (``_stands_as_site``); a licence or a
    prospect, of any name that is no acronym and no firm ("the Tsagaan Tolgoi licence")."""
    if noun.startswith("area") and (
        is_common_word(v.bare) or res.before(v.chunk.start, 9).endswith("for the ")
    ):
        return False  # "the Euro area"; "representative for the X area": a post's remit
    if v.words[-1] in _COMPASS or res.known_place(v.bare):
        return True
    if noun in _RIGHTS:
        return not v.phrase.isupper() and v.lowered[0] != "the"
    return _stands_as_site(res, v)


# "over the", "for the", "at its": where a site's name stands before its noun.
_SITE_BEFORE = re.compile(
    r"(?:\b(?:at|in|on|for|from|over|of|to|about|near|into|under|with|by|through)\s+the|"
    r"\b[Ii]ts|\b[Tt]heir)\s+$"
)


def _stands_as_site(res: Resolver, v: View) -> bool:
    """ "a licence over the Koloula prospect", "cargoes for the Kerawalapitiya plant", "its
    Dung Quat yard": after a preposition and "the" (or "its"), a name that is no acronym and
    no firm seen so far stands for the place of the works or the right."""
    if v.phrase.isupper() or len(v.words) > 3 or v.lowered[0] == "the":
        return False
    return bool(_SITE_BEFORE.search(res.before(v.chunk.start, 16)))


VENUE_HEADS = word_list("venue_heads")
_AT_VENUE = re.compile(r"\b(?:at|outside|inside|in|near|from|to)\s+(?:the\s+)?$")
# Who works at a centre or college (round 19): "a senior fellow at the X Centre" names the
# body they work for, never a place the text stands at ("our correspondent at the X Center" is).
_AFFILIATE_NOUNS = word_list("affiliate_nouns")
_AFFILIATE = lazy(rf"\b(?i:{'|'.join(sorted(_AFFILIATE_NOUNS))})\s+at\s+(?:the\s+)?$")


_AIRPORT = re.compile(r"\s+(?:International\s+)?Airport$")
_INITIALS_BEFORE = re.compile(r"(?<![\w.])(?:[A-Z]\.\s?){1,3}$")
_INITIALS_WORD = re.compile(r"(?:[A-Z]\.){1,3}")


def venue(res: Resolver, v: View) -> str:
    """ "outside the Lloyd Erskine Sandiford Centre", "the rebuilding of Princess Margaret
    Hospital": a building named after a person is a place where something happens, never the
    person (and never a body, when the text stands at it)."""
    if len(v.words) < 2 or v.lowered[-1] not in VENUE_HEADS or v.lead_code:
        return NEXT
    airport = _AIRPORT.search(v.bare)
    initials = _INITIALS_BEFORE.search(res.before(v.chunk.start, 12)) if airport else None
    if airport and _INITIALS_WORD.fullmatch(v.words[0]):  # the initials inside the run
        res.place(v.bare, v.chunk.start, v.chunk.start + len(v.bare))
        return CLAIM
    if initials:  # "V.C. Bird International Airport": named after a person, kept whole
        start = v.chunk.start - len(initials.group())
        res.place(res.text[start : v.chunk.end], start, v.chunk.end)
        res.claim(start, v.chunk.end)
        return CLAIM
    if airport and airport.start() > 0:
        # "Faleolo International Airport", "Sangster International Airport": a capitalised
        # head is part of the name (round 16; as "Basa Air Base", "Western Province"), so the
        # place is the airport, whole — lower case ("the Kotoka airport") stays the town.
        town = v.bare[: airport.start()]  # the town still gives the state
        code = res.gaz.provinces.get(town) or res.gaz.cities.get(town, ("", 0))[0]
        res.place(v.bare, v.chunk.start, v.chunk.start + len(v.bare), code)
        return CLAIM
    at = _AT_VENUE.search(res.before(v.chunk.start, 12))
    if at and _AFFILIATE.search(res.before(v.chunk.start, 40)):
        return NEXT  # "an analyst at the Gulf Maritime Studies Centre": the employer, a body
    if at:
        res.place(v.bare, v.chunk.start, v.chunk.start + len(v.bare))
        return CLAIM
    # Not stood at, a building may be a body ("the Centre for Policy Studies said"), but one
    # named after a titled person is never that person ("Princess Margaret Hospital").
    return CLAIM if v.lowered[0] in ROLE_HEADS | HONORIFICS else NEXT


# "in the Palace of Serbia", "at the Castle of Good Hope": a seat named "Palace of" is a
# building the text stands at (a parliament's "House of" is a body, so it is not here).
PALACE_LEADS = frozenset({"palace", "castle", "fortress"})


def palace(res: Resolver, v: View) -> str:
    """ "yesterday in the Palace of Serbia signed": after a locative, a palace or castle "of"
    a name is a place, whole (not its state, not a body)."""
    if (
        len(v.words) < 3
        or v.lowered[1] != "of"
        or not _AT_VENUE.search(res.before(v.chunk.start, 12))
    ):
        return NEXT
    res.place(v.bare, v.chunk.start, v.chunk.start + len(v.bare))
    return CLAIM
