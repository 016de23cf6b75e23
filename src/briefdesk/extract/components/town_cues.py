"""Late-pass cues for towns the gazetteer does not know, read from where the name stands:
in a list whose other members are known places ("from Auckland, Nadi and Brisbane"), after a
firm's legal form or its acronym and "of" ("Vestkyst Marine A/S of Esbjerg", "Tajik
Transformer Works (TTW) of Khujand"), and a city's possessive before a firm's name ("London's
Harcourt Commodity Finance": London is where the firm sits, not the British government)."""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.components.route_towns import route_town
from briefdesk.extract.firstnames import first_names
from briefdesk.extract.lexicon import ORG_HEADS, TITLE_OR_ORG_WORDS
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.text import FOR_HEADS, strip_possessive
from briefdesk.extract.vocab import CASED_LEGAL_FORMS, COMMODITY_HEADS, is_legal_form
from briefdesk.extract.words import word_list

_ITEM = r"[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?"
# "from Auckland, " / "in Mannar and ": a locative, then list members, then the chunk.
_LIST_BEFORE = re.compile(
    rf"\b(?:in|to|from|near|at|via|between)\s+(?:the\s+)?((?:{_ITEM}(?:,\s+|\s+(?:and|or)\s+))+)$"
)
# ", Kolkata" / " and Brisbane" / ", Kolkata and Chennai": the members after the chunk.
_LIST_AFTER = re.compile(rf"((?:(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+){_ITEM})+)")
# What may follow a listed town: punctuation, the next member, or a function word or verb
# (a lower-case noun makes the list a feature's: "the Arafura and Timor seas"); "in" only
# before a date ("Chen Aizhu in Singapore" is a reporter).
_LIST_END = re.compile(
    r"(?:\s*[,.;:)]|\s*$|\s+(?:and|or|on|at|for|to|from|by|with|would|will|was|were|is|are|"
    r"has|have|had|last|this|next|until|where|which|via|near|during|since|before|after)\b|"
    r"\s+in\s+(?:\d|January|February|March|April|May|June|July|August|September|October|"
    r"November|December|the\s+[a-z]))"
)
_SPLIT = re.compile(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
# A legal form or a bracketed acronym, then "of": the town the firm sits in.
_FIRM_OF = re.compile(
    r"(?:\b(?:A/S|S/A|K/S|ApS|AS|ASA|AB|NV|BV|SpA|S\.p\.A\.|S\.A\.|B\.V\.|Oy|Pte|Bhd|KK|Ltd|Inc|LLC|GmbH|AG|SA|Corp|"
    r"Co|PLC|Pty|Limited)\.?|\b[A-Z][\w-]*\s+\([A-Z][A-Za-z&]{1,7}\))\s+of\s+$"
)
# What may follow the town: the sentence goes on about the firm, or ends.
_TOWN_END = re.compile(r"(?:\s*[,.;:)]|\s*$|\s+(?:which|under|and|in|has|had|will|is|was|for)\b)")
_FIRM_HEADS = ORG_HEADS | word_list("business_heads") | {"finance", "capital", "partners"}
# (the name stays on its line: "Horizon Power.\n\nFajr Renewables" is two sentences)
_POSSESSIVE_FIRM = re.compile(r"['’]s[ \t]+((?:[A-Z][\w.-]*|&)(?:[ \t]+(?:[A-Z][\w.-]*|&)){0,4})")
_CITY_BEFORE = re.compile(r"\b([A-Z][\w-]*(?:\s[A-Z][\w-]*)?)['’]s\s+$")


def town_rule(res: Resolver, start: int, end: int, words: list[str]) -> str:
    """The rule id of the first town cue that holds for the chunk, or ""."""
    if listed_town(res, start, end, words):
        return "place.listed-town"
    if route_end(res, start, end, words) or route_town(res, start, end, words):
        return "place.route-end"  # (and "the interconnection between Rishah and Al-Qa'im")
    if town_of_firm(res, start, end, words):
        return "place.after-legal-form"
    if address_part(res, start, end, words):
        return "place.address"
    if described_town(res, start, end, words):
        return "place.described"
    return ""


# ", near Trincomalee", ", the country's biggest mine,": what a town or site is said to be.
_NEAR_AFTER = re.compile(
    rf",\s+(?:near|outside|close\s+to|(?:north|south|east|west)\s+of)\s+(?:the\s+)?({_ITEM})"
)
_SITE_AFTER = re.compile(
    r",\s+(?:the|a)\s+(?:(?:country|nation|region|island|province|state)['’]s\s+)?"
    r"(?:[a-z-]+\s+){0,2}(?:mine|port|town|city|village|island|oasis|harbour|district)"
    r"\s*[,.;)]"
)
_AS_FAR_AS = re.compile(
    r"\bas\s+far\s+(?:downstream|upstream|north|south|east|west|inland|away)?\s*as\s+$"
)


def described_town(res: Resolver, start: int, end: int, words: list[str]) -> bool:
    """ "Sampur, near Trincomalee,", "Kumtor, the country's biggest mine,", "as far
    downstream as Stung Treng": a name the text places near a known place, calls a mine or a
    town, or reaches along a river or road."""
    after = res.after(end, 80)
    if not after.startswith(",") and not res.before(start, 4).endswith(" as "):
        return False  # the cheap test first: an apposition, or "as far as"
    if len(words) > 3 or {w.lower() for w in words} & TITLE_OR_ORG_WORDS:
        return False
    if len(words) > 1 and words[0].lower() in first_names():
        return False  # "John Okello, near Kampala,": a person where he is
    near = _NEAR_AFTER.match(after)
    if near and (res.known_place(near.group(1)) or res.country_of(near.group(1))):
        return True
    if _SITE_AFTER.match(after):
        return True
    window = res.before(start, 40)
    return window.endswith(" as ") and bool(_AS_FAR_AS.search(window))


# ", St. Michael, Barbados" / ", Cairo" at a line's end: the rest of an address line.
_ADDRESS_AFTER = re.compile(
    r"(?:,\s+[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2}){0,2},\s+"
    r"([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2})[ \t]*(?:\n|$)"
)


def address_part(res: Resolver, start: int, end: int, words: list[str]) -> bool:
    """ "Caribbean Development Bank, Wildey, St. Michael, Barbados", "Media Centre, Nasr City,
    Cairo": between commas on a line that ends with a state or a known place, a name is part of
    an address (a title or a body's word is not; nor "P.O. Box 2888" or a time, "14.00-16.45",
    on a minutes' "Held on ..., 14.00-16.45, The Hague" line: round 22)."""
    if len(words) > 3 or {w.lower() for w in words} & TITLE_OR_ORG_WORDS:
        return False
    if any(ch.isdigit() for ch in res.text[start:end]):
        return False
    if not res.before(start, 3).endswith(", "):
        return False
    match = _ADDRESS_AFTER.match(res.text, end, min(len(res.text), end + 80))
    last = match.group(1) if match else ""
    return bool(last and (res.country_of(last) or res.known_place(last)))


def listed_town(res: Resolver, start: int, end: int, words: list[str]) -> bool:
    """An unknown one- or two-word name in a list a locative opens, when every other member is
    a known place and the list goes on past it or it closes the list: "flights from Auckland,
    Nadi and Brisbane", "hearings in Mannar and Murunkan". "In Paris, Dupont said" is no list
    (nothing joins "Dupont" to a next member, and it does not follow "and")."""
    window = res.before(start, 80)
    if not window.endswith((", ", " and ", " or ")):
        return False  # the cheap test first: a list goes on right before the name
    if len(words) > 2 or {w.lower() for w in words} & TITLE_OR_ORG_WORDS:
        return False
    before = _LIST_BEFORE.search(window)
    if not before:
        return False
    members = [m for m in _SPLIT.split(before.group(1)) if m]
    after = _LIST_AFTER.match(res.text, end, min(len(res.text), end + 80))
    later = [m for m in _SPLIT.split(after.group(1)) if m] if after else []
    if not _LIST_END.match(res.text, end, min(len(res.text), end + 30)):
        return False  # "the Arafura and Timor seas", "Chen Aizhu in Singapore"
    closes = bool(re.search(r"\s(?:and|or)\s+$", before.group(1)))
    if not (closes or (later and re.search(r"\s(?:and|or)\s", after.group(1) if after else ""))):
        return False
    return all(_is_place(res, m) for m in members + later)


def _is_place(res: Resolver, name: str) -> bool:
    return res.known_place(name) or name.lower() in res.found.places


def town_of_firm(res: Resolver, start: int, end: int, words: list[str]) -> bool:
    """ "Vestkyst Marine A/S of Esbjerg, which", "Tajik Transformer Works (TTW) of Khujand
    under": the town after a legal form or a firm's acronym and "of"."""
    window = res.before(start, 60)
    return (
        window.endswith(" of ")
        and len(words) <= 2
        and not {w.lower() for w in words} & TITLE_OR_ORG_WORDS
        and bool(_FIRM_OF.search(window))
        and bool(_TOWN_END.match(res.after(end, 12)))
    )


def city_before_firm(res: Resolver, end: int) -> bool:
    """ "London's Harcourt Commodity Finance", "Accra's Osei & Partners": a city's possessive
    before a firm's name is where the firm sits, so the city is a place, not its state."""
    match = _POSSESSIVE_FIRM.match(res.text, end - 2 if end >= 2 else 0, len(res.text))
    if not match or res.text[end - 2 : end] not in ("'s", "’s"):
        return False
    return _firm_name(match.group(1).split())


def _firm_name(name: list[str]) -> bool:
    """Two or more capitalised words a firm's name ends on: a business word, a legal form
    ("Nordlys FSRU AS") or a trade in -ing ("Hoshimi Imaging"), or with "&" inside."""
    if len(name) < 2 or any(w.lower() in FOR_HEADS for w in name):
        return False  # "Moscow's Foreign Ministry", "Seoul's ... Fund": the government's
    last = name[-1].rstrip(".")
    return (
        "&" in name
        or last.lower() in _FIRM_HEADS
        or last.lower() in COMMODITY_HEADS
        or last in CASED_LEGAL_FORMS
        or is_legal_form(name[-1])
        or (last.endswith("ing") and last[:1].isupper() and len(last) > 5)
    )


def firm_after_city(res: Resolver, start: int, words: list[str]) -> bool:
    """The firm in "London's Harcourt Commodity Finance": two or more capitalised words ending
    in a business word, right after a known city's possessive."""
    if not _firm_name(words):
        return False
    city = _CITY_BEFORE.search(res.before(start, 40))
    return bool(city and res.known_place(city.group(1)))


# "runs via Tunisia to ", "from Darwin to ", "linking Honiara to Auki, Noro and ": a route
# from a known place or state, and the members of a list at its far end (round 12).
_ROUTE_BEFORE = re.compile(
    rf"\b(?:from|via|linking|links?|connecting|connects?|joining|joins?)\s+(?:the\s+)?({_ITEM})"
    rf"\s+to\s+(?:{_ITEM}(?:,\s+(?:and\s+)?|\s+and\s+))*$"
)


def route_end(res: Resolver, start: int, end: int, words: list[str]) -> bool:
    """ "the pipeline runs via Tunisia to Sicily", "the cable from Darwin to Tiwi", "linking
    Honiara to Auki, Noro and Gizo": an end of a route whose other end is a known place or a
    state is a place, and so is each member of a list there."""
    window = res.before(start, 80)
    if not window.endswith((" to ", ", ", " and ")) or len(words) > 2:
        return False  # the cheap test first
    if {w.lower() for w in words} & TITLE_OR_ORG_WORDS:
        return False
    if not _LIST_END.match(res.text, end, min(len(res.text), end + 30)):
        return False
    route = _ROUTE_BEFORE.search(window)
    other = route.group(1) if route else ""
    return bool(other and (res.known_place(other) or res.country_of(other)))


# "Bosaso, Bari region, Somalia", "Eastleigh, Nairobi, Kenya", "Geoje, Gyeongsangnam-do": the
# name after the comma (not a possessive: "Vale, Brazil's miner" names a firm).
_AREA_AFTER_COMMA = re.compile(
    r",[ \t]+([A-ZÀ-Þ][\w'’-]*(?:[ \t][A-ZÀ-Þ][\w'’-]*){0,3})(?![\w'’-])"
)


def town_of_an_area(res: Resolver, end: int) -> bool:
    """True when a known town is followed, after a comma, by the province, town or state it
    lies in: the way addresses and locations are written (round 20)."""
    match = _AREA_AFTER_COMMA.match(res.text, end)
    if not match:
        return False
    area = match.group(1)
    if area.endswith(("'s", "’s")):
        return False  # "Geoje, Korea's shipbuilding hub": a description, not its area
    return bool(res.known_place(area) or res.country_of(area))


def whole_name(res: Resolver, phrase: str) -> str:
    """The phrase without a possessive, unless the "'s" is the town's own: a town named for a
    saint the gazetteer knows whole ("St. George's", "St. John's", round 24)."""
    if (
        phrase.startswith(("St", "Saint"))
        and phrase.endswith(("'s", "’s"))
        and (phrase in res.gaz.capitals or phrase in res.gaz.cities)
    ):
        return phrase
    return strip_possessive(phrase)
