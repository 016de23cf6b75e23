"""Component: chunks no early rule claimed: capitals, cities, short forms, given names."""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.alias_words import adjective_use
from briefdesk.extract.common_words import is_common_word
from briefdesk.extract.components import town_cues
from briefdesk.extract.components.capital_places import (
    capital_as_place,
    capital_government,
    government_cue,
)
from briefdesk.extract.cues_orgs import (
    COMPANY_ONLY_AFTER,
    acronym_after,
    legal_end,
    metonymic,
    org_affiliation,
    org_context,
    short_form,
)
from briefdesk.extract.cues_people import head_of_before
from briefdesk.extract.cues_titles import role_before_comma
from briefdesk.extract.dash_routes import dash_route
from briefdesk.extract.firm_cues import firm_cue
from briefdesk.extract.firstnames import first_names
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.lexicon import (
    HEAD_WORDS,
    ORG_HEADS,
    TITLE_OR_HONORIFIC,
    TITLE_OR_ORG_WORDS,
)
from briefdesk.extract.modifiers import modifies_noun
from briefdesk.extract.names import (
    name_like,
)
from briefdesk.extract.non_places import no_name_or_seller
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.text import (
    NAME_PARTICLES,
    PARTICLES_BEFORE,
    Chunk,
    Sentence,
    is_possessive,
    strip_possessive,
)
from briefdesk.extract.vocab import (
    COMMON_CITY_WORDS,
    ITEM_AFTER,
    MONTHS,
    REGIONS,
    WEEKDAYS,
)
from briefdesk.extract.words import word_list

# "Garuda-5", "Kahu-2", "Vega-C": a designation after a hyphen names a product, not a body.
_PRODUCT_NUMBER = re.compile(r"[A-Z][A-Za-z]+-(?:\d{1,3}[A-Za-z]?|[A-Z]\d?)")


# "the Kingdom", "the Sultanate": a state named by its form, no place (a word list).
_STATE_FORMS = word_list("state_forms")
_LEGAL_OF = re.compile(r"\b(?:Ltd|Inc|LLC|GmbH|AG|SA|S\.A|Corp|Co|PLC|Pty|Limited)\.?\s+of\s+$")
# "between Moramanga and", "in Lae and": a town after "between", or after "and" in a list of
# places that a locative opens.
# Works or a site on an island the gazetteer does not know ("wharf works on Upolu").
_ON_ISLAND = re.compile(
    r"(?:\b(?:works|spaceport|airport|port|base|wharf|wharves|airstrip|runway|resort|mine|plant|"
    r"project|landing|facility|facilities)\s+on\s+|\bislands?\s+of\s+"
    # "the Bolivian plant at Llipi", "a new terminal at Needham's Point" (round 21)
    r"|\b(?:plant|smelter|refinery|terminal|depot|mine|shipyard|base|factory|mill)\s+(?:at|near)\s+)"
    r"(?:[A-Z][\w'’-]*\s+and\s+)?$"
)


# "a single Corvus rocket", "the Kestrel launcher": the name of a type of rocket or weapon.
_TYPE_NOUNS = word_list("type_name_nouns")
_TYPE_BEFORE = lazy(r"\b(?:an?|the|its|their|one|two|single|same)\s+(?:[a-z-]+\s+)?$")


def _type_name(text: str, phrase: str) -> bool:
    """Whether the text names ``phrase`` as a type: "a (single) Corvus rocket" (the words
    after it a rocket's or launcher's, an article or number before it)."""
    if not _names_types(text):
        return False  # (no type noun anywhere: most texts, ~26 names each asked)
    at = text.find(phrase + " ")
    while at >= 0:
        after = text[at + len(phrase) + 1 : at + len(phrase) + 12].split()
        if (
            after
            and after[0].lower().rstrip(".,;:") in _TYPE_NOUNS
            and _TYPE_BEFORE.search(text, max(0, at - 25), at)
        ):
            return True
        at = text.find(phrase + " ", at + 1)
    return False


# The last text asked and whether a type noun occurs in it, lower-cased. Exact: the word
# ``_type_name`` reads is a slice of the text, and a word whose lower case is one of these
# (ASCII) nouns lowers the same within the whole text.
_LAST_TEXT: list[tuple[str, bool]] = [("", False)]


def _names_types(text: str) -> bool:
    last, found = _LAST_TEXT[0]
    if text is not last:
        lowered = text.lower()
        found = any(noun in lowered for noun in _TYPE_NOUNS)
        _LAST_TEXT[0] = (text, found)
    return found


def _on_island(before: str) -> bool:
    """``_ON_ISLAND`` searched only where the text ends on "on", "of" or "and" (every match
    does): the pattern is tried at every position of the text."""
    return before.rstrip().endswith(("on", "of", "and", "at", "near")) and bool(
        _ON_ISLAND.search(before)
    )


_BETWEEN_OR_LISTED = re.compile(
    r"(?:\bbetween|\b(?:between|in|to|from|near|at|via)\s+(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:\s[A-Z][\w'’-]*)?\s+(?:and|or))\s+$"
)


def _short_form_mention(res: Resolver, phrase: str, start: int, end: int) -> bool:
    """A later short mention of a known actor, recorded; True also for a firm's leading word
    used as a nationality word ("three Kardovan companies", N16-16), which names no one."""
    alias = short_form(res, phrase)
    if not alias or adjective_use(res.text, phrase, end):
        return bool(alias)
    particle = PARTICLES_BEFORE.search(res.text, max(0, start - 12), start)
    if particle and f" {particle.group()}{phrase}" in f" {res.found.actors[alias].name}":
        phrase, start = particle.group() + phrase, particle.start()  # "van Hoorn" (N23-12)
    res.alias(alias, phrase, start, end, "alias.short-form")
    res.index(alias)
    res.found.mentions.append((start, end, alias))
    return True


# --- late: capitals, cities, bare names ---------------------------------------------
def classify_late(res: Resolver, sentence: Sentence, chunk: Chunk) -> None:
    phrase = town_cues.whole_name(res, res.text[chunk.start : chunk.end])  # "St. John's"
    # (a date, a document's number, a sign, one letter; "boats from X": round 10)
    if (
        phrase in WEEKDAYS
        or no_name_or_seller(res, sentence, chunk, phrase)
        or (
            phrase in MONTHS
            and re.search(
                r"\b(?:in|since|until|through|between|and|by|from|of|last|next|early|late|mid)\s+$",
                res.before(chunk.start, 8).lower(),
            )
        )
    ):
        return
    if _PRODUCT_NUMBER.fullmatch(phrase) or (
        len(chunk.words) == 1 and _type_name(res.text, phrase)
    ):  # "Garuda-5", "THEOS-3", "Kahu-2": a satellite, ship or rocket, not a body; "Corvus
        return  # has flown four times" after "a single Corvus rocket" (round 20, N20-08)
    start, end = chunk.start, chunk.start + len(phrase)
    if dash_route(res, phrase, start, end):
        return
    possessive = is_possessive(chunk.words[-1]) and not phrase.endswith(("'s", "’s"))
    if phrase in res.gaz.capitals:
        code = res.gaz.capitals[phrase]
        if possessive and town_cues.city_before_firm(res, chunk.end):
            res.rule = "place.firm-town"  # "London's Harcourt Commodity Finance"
            res.place(phrase, start, end, code)
        elif possessive or (
            (metonymic(res, start, end) or capital_government(res, start, end))
            and not capital_as_place(res, start, end)
        ):  # (not "left last night for Port Moresby", "Taunton and Wellington")
            res.state(code, phrase, start, end, governed=government_cue(res, start))
        else:
            res.rule = "place.capital"
            res.place(phrase, start, end, code)
        return
    if modifies_noun(res.text, phrase, end):
        return  # "Western sanctions", "Northern allies": an adjective, not the province
    if _short_form_mention(res, phrase, start, end):
        return
    code = res.country_of(phrase)
    if code:
        res.state(code, phrase, start, end)
        return
    if COMPANY_ONLY_AFTER.match(res.text, end) and len(chunk.words) == 1:
        # "Vale agreed to sell its stake": a town's name, but what follows only a company does.
        res.org(phrase, start, end, org_affiliation(res, chunk))
        return
    if phrase in res.gaz.provinces and phrase not in COMMON_CITY_WORDS:
        res.place(phrase, start, end, res.gaz.provinces[phrase])
        return
    city = res.gaz.cities.get(phrase)
    if (
        city
        and phrase not in COMMON_CITY_WORDS
        and (
            city[1] > 300_000
            or res.after_locative(start)
            or _BETWEEN_OR_LISTED.search(res.before(start, 60))
            or _LEGAL_OF.search(res.before(start, 12))  # "Viti Asphalt Pte Ltd of Lautoka"
            or town_cues.town_of_an_area(res, end)  # "Address: Eastleigh, Nairobi, Kenya"
        )
    ):
        res.place(phrase, start, end, city[0])
        return
    if len(chunk.words) <= 2 and not possessive and _on_island(res.before(start, 60)):
        # "wharf works on Upolu and Savai’i", "its own spaceport on Biak": an island; "the
        # plant at Llipi": a site's place (round 21).
        res.rule = "place.after-locative"
        res.place(phrase, start, end)
        return
    words = chunk.words
    if {w.lower() for w in words} <= TITLE_OR_HONORIFIC:
        return
    if ITEM_AFTER.match(res.after(chunk.end, 30)):
        return  # "Akinci drones", "Rafale jets": a type name, not an organisation
    if _leader_of(res, chunk, phrase):
        # "Ndlovu's cabinet", "Ruto's government": a surname that owns a government.
        res.rule = "person.leader-possessive"
        res.person(phrase, start, end)
        return
    if len(words) == 1 and not phrase.endswith(".") and _named_place(res, phrase):  # not "V.C."
        res.rule = "place.named-before"  # "Nacala is the gateway" after "the Port of Nacala"
        res.place(phrase, start, end)
        return
    town = _OF_TOWN.match(phrase)
    if (
        town
        and res.known_place(town.group(2))
        and not set(town.group(1).lower().split()) & ORG_HEADS
        and org_context(res, start, end, town.group(1).split())
    ):
        # "Ferrotecnica of Brescia will build": the company, and the town it is from.
        at = start + town.start(2)
        res.org(town.group(1), start, start + len(town.group(1)))
        res.rule = "place.after-legal-form"
        res.place(town.group(2), at, at + len(town.group(2)))
        return
    town_rule = town_cues.town_rule(res, start, end, words) or _known_town_after_locative(
        res, phrase, start, words
    )
    if town_rule:  # "from Auckland, Nadi and Brisbane", "via Tunisia to Sicily", "A/S of Esbjerg"
        res.rule = town_rule
        res.place(phrase, start, end)
        return
    if len(words) == 1 and _plural_noun(phrase):
        return  # "The Sides agreed", "The Parties welcomed": the parties of a text, no firm
    if org_context(res, start, end, words) or firm_cue(res, start, end, words):
        phrase = legal_end(res, phrase, end)  # "Mazurtech sp. z o.o."
        res.org(phrase, start, start + len(phrase), org_affiliation(res, chunk))
        acronym_after(res, chunk, phrase)
        return
    if (
        res.after_locative(start)
        and len(words) <= 3
        and not phrase.isupper()
        and not re.search(r"\bto\s+(?:the\s+)?$", res.before(start, 12))
        and not {w.lower() for w in words} & TITLE_OR_ORG_WORDS
        and phrase.lower() not in _STATE_FORMS  # "in the Kingdom": the state's own word
        and re.match(
            r"\s*(?:,|\.|;|\)|$|\s(?:and|on|last|this|next|for|to|from|with|in|by|until|where|"
            r"which|via|near|could|would|should|may|might|can|will|about|today|yesterday|"
            r"tomorrow|is|are|was|were|has|have|had|[a-z]{3,}ed)\b)",  # "in Ngolo damaged"
            res.after(end, 12),
        )
        and not any(ch.isdigit() for ch in phrase)
    ):
        res.rule = "place.after-locative"
        res.place(phrase, start, end)
        return
    if _region_of_place(res, start, words):
        res.rule = "place.after-place"
        res.place(phrase, start, end)
        return
    if _joined_to_body(res, start, chunk.words):
        res.org(phrase, start, end, org_affiliation(res, chunk))  # "Standard Chartered and X"
        return
    given_name_person(res, chunk, phrase, start, end)


_AND_BEFORE = re.compile(r"([A-Z][\w'’&.-]*(?:\s[A-Z][\w'’&.-]*){0,3})\s+and\s+$")


def _plural_noun(word: str) -> bool:
    low = word.lower()
    return (
        low.endswith("s")
        and is_common_word(low)
        and (is_common_word(low[:-1]) or (low.endswith("ies") and is_common_word(low[:-3] + "y")))
    )


def _joined_to_body(res: Resolver, start: int, words: list[str]) -> bool:
    """ "arranged by Standard Chartered and Afreximbank": a coined word joined by "and" to a
    body is a body too."""
    if len(words) != 1 or is_common_word(words[0]) or words[0].lower() in first_names():
        return False
    before = res.before(start, 60)  # (the pattern ends on "and": a cheap test of the end first)
    pair = _AND_BEFORE.search(before) if before.rstrip().endswith("and") else None
    return pair is not None and f"org:{pair.group(1).lower()}" in res.found.actors


def _named_place(res: Resolver, word: str) -> bool:
    """A word the text already named as a place, or as the place of a port, city or site."""
    low = word.lower()
    return low in res.found.places or any(
        key.endswith(f" of {low}") or key.startswith(f"{low} ") for key in res.found.places
    )


_ROUTE_TO = re.compile(
    r"\b(?:corridor|road|route|railway|rail line|line|highway|pipeline|flights?|border crossing|"
    r"ferry|link)\s+(?:from\s+[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?\s+)?to\s+$"
)


def _region_of_place(res: Resolver, start: int, words: list[str]) -> bool:
    """ "a plant in Morowali, Central Sulawesi,": after a place named after "in", a comma and a
    name that nothing else claims is the region the place lies in; "from Kupang and Darwin":
    a name joined by "and" to a place is a place too; so is the end of a route ("the
    corridor to Paga")."""
    if len(words) > 3 or {w.lower() for w in words} & HEAD_WORDS:
        return False
    if is_possessive(words[-1]):
        return False  # "the pipeline to Gazprom's terminal": an owner
    if len(words) > 1 and words[0].lower() in first_names():
        return False  # "officials in Lagos and Maria Okafor": a person
    before = res.before(start, 50)
    ending = before.rstrip()  # (patterns anchored at the end: a cheap test of the end first)
    if ending.endswith("to") and _ROUTE_TO.search(before):
        return True  # "the northern corridor to Paga", "the road from Kupang to Atambua"
    region = (
        re.search(r"\b(?:in|at|near|from)\s+([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}),\s+$", before)
        if ending.endswith(",")
        else None
    )
    if region and re.match(r"\s*(?:[,.;]|$)", res.after(start + len(" ".join(words)), 4)):
        return region.group(1).lower() in res.found.places
    pair = (
        re.search(
            r"\b(?:in|at|near|from|to|via|off|on|outside|around|across|along|between)\s+"
            r"([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2})\s+and\s+$",
            before,
        )
        if ending.endswith("and")
        else None
    )
    # "Reporting by A in Washington and B in Bangkok": B is where someone is, not a place.
    after = res.after(start + len(" ".join(words)), 20)
    return bool(pair and pair.group(1).lower() in res.found.places) and not re.match(
        r"\s+in\s+[A-Z]", after
    )


_OF_TOWN = re.compile(r"^(.+?) of ([A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2})$")


def given_name_person(res: Resolver, chunk: Chunk, phrase: str, start: int, end: int) -> None:
    """ "talks chaired by Maria Fernanda Espinosa": two to four name words, the first a
    known given name, and nothing else about the words says place or organisation."""
    tokens = list(chunk.tokens)
    # ("Hamad bin Isa Al Khalifa": the particles are no words of their own)
    words = [t for t in tokens if t.text.lower() not in NAME_PARTICLES]
    if not 2 <= len(words) <= 4 or not name_like(tokens) or phrase.isupper():
        return
    if tokens[0].text.lower() not in first_names():
        return
    last = strip_possessive(tokens[-1].text)
    if any(res.known_entity(strip_possessive(t.text)) for t in tokens[:-1]) or (
        # "Ana Lima", "Jorge Santiago": a town as a surname, after a given name (a state,
        # a region or an English word is no surname: "George Town")
        res.known_entity(last) and (res.country_of(last) or is_common_word(last) or last in REGIONS)
    ):
        return
    if re.match(r"['’]s\s+[A-Z][\w-]*\d|\s+\(", res.after(chunk.end, 20)):
        return
    # "the vice-president of Hubei Tianrun, Liu Jianhua": a title of a named body first.
    role = role_before_comma(res, start, res.after(end, 4))
    if not role and res.before(start, 2) == ", ":
        role = head_of_before(res, start)
    res.rule = "person.role-before-name" if role else "person.given-name"
    res.person(phrase, start, end, *(role or ("", "")))


_LEADER_OWNS = re.compile(
    r"['’]s\s+(?:cabinet|government|administration|presidency|premiership|aides|wife|husband|"
    r"son|daughter|coalition)\b"
)


def _leader_of(res: Resolver, chunk: Chunk, phrase: str) -> bool:
    words = chunk.words
    return (
        len(words) <= 3
        and is_possessive(words[-1])
        and not phrase.isupper()
        and name_like(list(chunk.tokens))
        and not res.known_entity(phrase)
        and bool(_LEADER_OWNS.match(res.text, chunk.start + len(phrase)))
    )


def _known_town_after_locative(res: Resolver, phrase: str, start: int, words: list[str]) -> str:
    """ "a statement from Valencia" (round 9): a known town after a locative is a place before
    the organisation cues are tried; a month is no town ("in March"). The rule id, or ""."""
    if (
        res.known_place(phrase)
        and res.after_locative(start)
        and len(words) <= 3
        and not is_common_word(phrase)
    ):
        return "place.after-locative"
    return ""
