"""Components: the ordered rules tried on each run of capitalised words."""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.chunk_view import CLAIM, DEFER, NEXT, View
from briefdesk.extract.common_words import is_common_word
from briefdesk.extract.components.firm_towns import firm_of_town, town_is_place
from briefdesk.extract.cues_orgs import acronym_after, legal_end, org_affiliation, org_name
from briefdesk.extract.cues_titles import role_before_comma, title_with_country
from briefdesk.extract.honorific_titles import title_around
from briefdesk.extract.legal_tails import ends_in_form, legal_tail, particle_head
from briefdesk.extract.lexicon import (
    INTERNATIONAL_ORGS,
    LEGAL_SUFFIXES,
    ORG_HEADS,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    STOPWORDS,
)
from briefdesk.extract.names import name_like
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.state_spans import region_lead, trailing_state
from briefdesk.extract.text import (
    is_possessive,
    strip_possessive,
)
from briefdesk.extract.title_remits import in_title_remit
from briefdesk.extract.vocab import (
    AREA_AFTER,
    COMMODITY_HEADS,
    DESIGNATION_LEAD,
    HONORIFIC_WORDS,
    NAME_HONORIFICS,
    PLACE_HEADS,
    PLACE_OF_BEFORE,
    PLACE_OF_LEAD,
    REGIONS,
    SHIP_PREFIXES,
    SHORT_HEADS,
    SITE_AFTER,
    WHOLE_WITH_OF,
    WORKS_AFTER,
    of_inside,
)
from briefdesk.extract.words import word_list


def legal_suffix_alone(res: Resolver, v: View) -> str:
    if len(v.words) == 1 and v.words[0].lower().rstrip(".") in LEGAL_SUFFIXES:
        return CLAIM  # the "Ltd." of "Mitsubishi Heavy Industries, Ltd."
    return NEXT


def designation(res: Resolver, v: View) -> str:
    words = v.words
    if (
        len(words) >= 2
        and DESIGNATION_LEAD.match(words[0])
        and words[0] not in INTERNATIONAL_ORGS
        and not any(w.lower() in ORG_HEADS for w in words)
    ):
        return CLAIM  # "M142 HIMARS", "K9 Thunder": a weapon, not an organisation
    if len(words) >= 2 and words[0] in SHIP_PREFIXES:
        return CLAIM  # "INS Vikrant", "HTMS Chakri Naruebet": a ship
    return NEXT


def rank_abbreviation(res: Resolver, v: View) -> str:
    if (
        len(v.words) == 1
        and v.words[0].lower() in HONORIFIC_WORDS
        and re.match(r"\.\s+[A-Z]", res.after(v.chunk.end, 4))
    ):
        return CLAIM  # the "Col." of "Col. Xerxes Trinidad" is a rank, not a person
    return NEXT


def short_head(res: Resolver, v: View) -> str:
    """ "The Ministry announced": the last ministry named, never a new organisation."""
    words, chunk = v.words, v.chunk
    if len(words) != 1 or strip_possessive(words[0]).lower() not in SHORT_HEADS:
        return NEXT
    key = res.last_org_by_head.get(strip_possessive(words[0]).lower())
    if key:
        word = strip_possessive(words[0])
        res.alias(key, word, chunk.start, chunk.start + len(word), "org.short-head")
        res.found.mentions.append((chunk.start, chunk.start + len(word), key))
    return CLAIM


def honorific_name(res: Resolver, v: View) -> str:
    """ "Mr Modi", "Ms Wong": the name without the honorific."""
    chunk = v.chunk
    # Initials ("Mr A. Mensah") are part of the name, though "A" alone reads as a stopword.
    named_words = [
        t for t in chunk.tokens[1:] if not (len(t.text) == 1 and res.text[t.end : t.end + 1] == ".")
    ]
    if not (
        len(v.words) >= 2
        and v.words[0].lower().rstrip(".") in NAME_HONORIFICS
        and named_words
        and name_like(named_words)
    ):
        return NEXT
    named = chunk.tokens[1:]
    if all(t.text.lower() in ROLE_HEADS for t in named):
        return CLAIM  # "Mr Speaker", "Madam Chair": an office addressed, no name
    name = strip_possessive(res.text[named[0].start : named[-1].end])
    if res.known_entity(name):
        return NEXT
    role = role_before_comma(res, chunk.start, res.after(chunk.end, 4))  # "its CEO, Dr X,"
    # "said Ms Ngozi Eze, the Bank's Director General", "Hon. X (Minister ...)": the title
    # after the name; "executive director Dr X", "The Minister ..., Ms X": before it.
    role = role or title_around(res, chunk.start, named[0].start + len(name))
    res.person(name, named[0].start, named[0].start + len(name), *(role or ("", "")))
    return CLAIM


_SHARES_OF = re.compile(r"(?:Shares|Stock|Stakes?)\s+(?:in|of)\s+(?:the\s+)?")


def shares_of(res: Resolver, v: View) -> str:
    """ "Shares of Kestrel rose": the company whose shares a sentence opens with."""
    bare, chunk = v.bare, v.chunk
    held = _SHARES_OF.match(bare)
    if held and len(bare) > held.end() and not res.country_of(bare[held.end() :]):
        name = bare[held.end() :]
        res.org(name, chunk.start + held.end(), chunk.start + held.end() + len(name))
        return CLAIM
    return NEXT


def international_org(res: Resolver, v: View) -> str:
    if v.bare in INTERNATIONAL_ORGS:
        res.org(v.bare, v.chunk.start, v.chunk.start + len(v.bare))
        return CLAIM
    return NEXT


def lead_country(res: Resolver, v: View) -> str:
    """A leading demonym or country names the affiliation of what follows."""
    rest, bare = v.rest, v.bare
    lead_code = res.country_of(rest[0].text)
    if lead_code and len(rest) > 1 and title_with_country(res, v.chunk, rest):
        return CLAIM
    if lead_code and (PLACE_OF_LEAD.match(bare) or _FACILITY.search(bare) or region_lead(rest)):
        lead_code = ""  # "Taiwan Strait", "Philippine Sea", "Indian Ocean Bank": no state
    if lead_code and len(rest) > 1 and _brand_after_country(res, v):
        # "Peru Gold Traders", "Canada Goose reported": a company named after a country
        # names no state.
        res.rule = "org.country-brand"
        res.org(v.bare, v.chunk.start, v.chunk.start + len(v.bare), lead_code)
        return CLAIM
    v.lead_code = lead_code
    if lead_code:
        lead = rest[0]
        word = strip_possessive(lead.text)
        res.state(lead_code, word, lead.start, lead.start + len(word))
        if len(rest) == 1:
            return CLAIM
    return NEXT


_BODY_LIST = re.compile(
    r"(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)+,?\s+and\s+[A-Z][a-z]+"
    r"(?:\s+(?!Minister|Secretary|Director|Chief|Head|Chair|Spokes)[A-Z][a-z]+)?(?=[\s,.;:)]|$)"
)
# Heads that alone name a kind of body ("the Government said"); "Congress", "Treasury" or
# "Knesset" alone name one body and stay.
# A trade or product word: alone ("Construction will start") it names no body.
_ACTIVITY = word_list("activity_heads")
_KIND_OF_BODY = frozenset(
    {
        "agency",
        "authority",
        "board",
        "bureau",
        "company",
        "consortium",
        "department",
        "directorate",
        "division",
        "firm",
        "government",
        "group",
        "ministry",
        "news",
        "office",
        "parliament",  # (a bare "Parliament" is never listed: the corpus names the state)
        "police",
        "unit",
    }
)
_LISTED_FIRST = re.compile(r"(?:\b[Tt]he|['’]s)\s+([A-Z][a-z]+,\s+)$")
_LISTING_BODIES = frozenset({"ministry", "committee", "department", "commission", "council"})


def _brand_after_country(res: Resolver, v: View) -> bool:
    lead = v.rest[0].text
    if lead not in res.gaz.names or is_possessive(lead) or res.known_place(v.bare):
        return False
    tail = v.lowered[1:]
    if any(w in ROLE_HEADS or w in ROLE_MODIFIERS or w in {"of", "and", "the"} for w in tail):
        return False
    if tail[-1] in BUSINESS_HEADS or tail[-1].rstrip(".") in LEGAL_SUFFIXES:
        return True  # "Peru Gold Traders", "Oman Blue Foods LLC"
    if len(tail) > 1 and tail[-2] in BUSINESS_HEADS and tail[-1].rstrip(".") in LEGAL_SUFFIXES:
        return True
    # "Canada Goose reported", "Sierra Madre Foods said": an unknown word after the country,
    # then a verb companies are the subject of.
    return not any(w in ORG_HEADS for w in tail) and bool(
        _COMPANY_VERB.match(res.after(v.chunk.end, 30))
    )


BUSINESS_HEADS = word_list("business_heads")
_COMPANY_VERB = re.compile(
    r"\s+(?:reported|posted|shipped|sells|sold|makes|made|exports|exported|employs|listed|"
    r"raised|expects|opened|opens|launched|launches|unveiled|hired|"
    r"said\s+(?:its|profits?|sales|revenue|shares))\b"
)


def place_by_shape(res: Resolver, v: View) -> str:
    """ "Port of Gwadar", "Strait of Malacca", "Luzon Strait", a place head word, a region."""
    bare, chunk = v.bare, v.chunk
    titled = any(w in ROLE_HEADS for w in v.lowered)
    adjectival = bare in REGIONS and not is_possessive(v.words[-1])
    following = _ADJECTIVAL.match(res.after(chunk.end, 20)) if adjectival else None
    if following and following.group(1) not in STOPWORDS | PLACE_HEADS | _NOT_A_NOUN:
        return CLAIM  # "one Pacific family", "Asia-Pacific trade": an adjective, no place
    if (
        (PLACE_OF_LEAD.match(bare) and not titled)
        or (v.last.lower() in PLACE_HEADS and not titled and not _generic(v.words))
        or (bare in REGIONS and not in_title_remit(res.text, chunk.start, bare))  # (N24-13)
        or _FACILITY.search(bare)
    ):
        res.place(bare, chunk.start, chunk.start + len(bare))
        return CLAIM
    return NEXT


def _generic(words: list[str]) -> bool:
    """ "Special Economic Zone", "Free Trade Zone": a kind of area, not a named one."""
    return (
        len(words) > 1
        and words[-1].lower() in {"zone", "zones", "area", "district"}
        and all(is_common_word(w) for w in words)
    )


_EVENT_TAIL = re.compile(
    r"\s+(?:Leaders['’]?\s+|Ministerial\s+|Annual\s+|Heads\s+of\s+Government\s+)?"
    r"(?:Meetings?|Summit|Conference|Session)$"
)
_ADJECTIVAL = re.compile(r"\s([a-z]+)\b")
_NOT_A_NOUN = frozenset(
    {"last", "this", "next", "since", "until", "over", "during", "amid", "ocean"}
)


# Sites named like bodies: "Kourou Space Centre", "Baikonur Cosmodrome"; the "Indian Ocean".
_FACILITY = re.compile(
    r"\s(?:Space\s(?:Centre|Center|Port)|Cosmodrome|Spaceport|Launch\s(?:Site|Complex|Centre|"
    r"Center|Pad)|Test\sRange|Firing\sRange|Air\s?[Bb]ase|Naval\s(?:Base|Station)|(?<=Indian\s)Ocean)$"
)


def works_town(res: Resolver, v: View) -> str:
    """ "at its Cugir facility", "Hanwha's Changwon plant": the town of a works."""
    bare, chunk = v.bare, v.chunk
    if (
        WORKS_AFTER.match(res.after(chunk.end, 20))
        and (
            res.known_place(bare)
            or re.search(r"\b(?:its|their|[A-Za-z][\w-]*['’]s)\s+$", res.before(chunk.start, 30))
        )
        and not res.found.actors.get(f"org:{bare.lower()}")
    ):
        res.place(bare, chunk.start, chunk.start + len(bare))
        return CLAIM
    return NEXT


_OF_THE = re.compile(r".*\s(?:of|in|at)\s+(?:the\s+)?")


def named_site(res: Resolver, v: View) -> str:
    """ "the Transmed pipeline", "Batajnica air base", "the port city of Gwadar"."""
    if v.lead_code and len(v.rest) == 1:
        return NEXT
    chunk, bare = v.chunk, v.bare
    site = SITE_AFTER.match(res.after(chunk.end, 24))
    if site and not is_possessive(v.words[-1]):
        # "Manta air base", "the Zhylkyn offshore block": the lower-case noun describes the
        # place and is no part of its name ("the Transmed pipeline" keeps its noun).
        start = chunk.start
        inner = _OF_THE.search(bare)  # "Block IX of the Thar coalfield": the site is Thar
        if inner and not site.group("keep"):
            bare, start = bare[inner.end() :], start + inner.end()
        town = res.gaz.cities.get(bare, ("", 0))[0] or res.gaz.provinces.get(bare, "")
        end = chunk.end + site.end() if site.group("keep") else start + len(bare)
        res.place(res.text[start:end], start, end, town)
        return CLAIM
    if (
        AREA_AFTER.match(res.after(chunk.end, 50))
        or PLACE_OF_BEFORE.search(res.before(chunk.start, 30))
    ) and name_like(v.rest):
        code = res.gaz.provinces.get(bare) or res.gaz.cities.get(bare, ("", 0))[0]
        res.place(bare, chunk.start, chunk.start + len(bare), code)
        return CLAIM
    return NEXT


def has_digits(res: Resolver, v: View) -> str:
    return DEFER if any(map(str.isdigit, v.bare)) else NEXT


def commodity(res: Resolver, v: View) -> str:
    if len(v.lowered) == 1 and v.lowered[0] in COMMODITY_HEADS:
        return CLAIM  # a lone "LNG" or "Gas" is a commodity, not an organisation
    return NEXT


_NOT_THE_STATE = frozenset({"America", "the Americas"})  # "Bank of America" names no state


def org_head(res: Resolver, v: View) -> str:
    """A head word ("Ministry", "Bank", "Group") makes an organisation."""
    lowered, bare, chunk = v.lowered, v.bare, v.chunk
    cased_form = ends_in_form(v.words)  # "Halvard Maritime AS", "Lusail Power Contracting W.L.L."
    if not (cased_form or any(w in ORG_HEADS for w in lowered)) or all(
        w in ROLE_MODIFIERS for w in lowered
    ):
        return DEFER
    if len(lowered) == 1 and (
        lowered[0] in _KIND_OF_BODY or lowered[0] in _ACTIVITY or lowered[0].endswith("ing")
    ):
        # "Shipping will resume": a lone head word that names an activity is no body either.
        # "Government", "Board", "Police" alone name a kind of body, not one body.
        return CLAIM
    head = particle_head(res.text, chunk.start) if cased_form and len(v.words) <= 3 else 0
    if head:  # "Obras Andinas del Sur S.A.C.": the name began before its particle
        res.org(res.text[head : chunk.end], head, chunk.end, org_affiliation(res, chunk))
        return CLAIM
    cut, at, code = trailing_state(res, bare)
    if code and bare[at:] not in _NOT_THE_STATE:
        res.state(code, bare[at:], chunk.start + at, chunk.start + len(bare))
    left = bare[:cut]
    if code and (of_inside(left) or lowered[len(left.split()) - 1] not in WHOLE_WITH_OF):
        name = bare[:cut]
        if re.fullmatch(r"(federal |central )?government|state|people|delegation", name.lower()):
            # "the Government of Sri Lanka", "the Federal Government of Nigeria": the state.
            res.state(code, bare, chunk.start, chunk.start + len(bare))
            return CLAIM
        # "Ministry of Energy of the Republic of Kazakhstan": the state's formal name.
        name = re.sub(
            r"\s+of\s+the\s+(?:Republic|Kingdom|State|Federation|Sultanate|Emirate|"
            r"Islamic Republic|People's Republic|Federal Republic|Commonwealth)$",
            "",
            name,
            flags=re.IGNORECASE,  # (a heading in capitals too)
        )
        res.org(name, chunk.start, chunk.start + len(name), code)
        return CLAIM
    legal = firm_of_town(res, bare)
    if legal and not res.country_of(legal.group(2)):
        # "Redline Avionics Inc of Tulsa": the company ends at its legal form; the town after
        # it is where it sits.
        town, at = legal.group(2), chunk.start + legal.start(2)
        res.org(legal.group(1), chunk.start, chunk.start + len(legal.group(1)))
        if town_is_place(res, legal):  # (not an unknown town after a trade word: round 21)
            res.rule = "place.after-legal-form"
            res.place(town, at, at + len(town), res.gaz.cities.get(town, ("", 0))[0])
        return CLAIM
    affiliation = v.lead_code or org_affiliation(res, chunk)
    name = org_name(res, chunk)
    if chunk.start + len(name) == chunk.end:
        name = legal_end(res, name, chunk.end)  # "Sanwa Metals Trading Co., Ltd."
        name += legal_tail(res.text, chunk.start + len(name))  # "(Pty) Ltd", "del Sur S.A.C."
    event = _EVENT_TAIL.search(name)
    if event and set(name[: event.start()].lower().split()) & ORG_HEADS:
        name = name[: event.start()]  # "Pacific Islands Forum Leaders Meeting": the Forum
    start = chunk.start
    first = _LISTED_FIRST.search(res.before(start, 40)) if " and " in name else None
    if first and lowered[-1] in ORG_HEADS:  # "Britain's Foreign, Commonwealth and Development
        start, name = start - len(first.group(1)), first.group(1) + name  # Office": one name
    listed = _BODY_LIST.match(res.text, chunk.start + len(name))
    if listed and re.search(r"\s(?:of|for)\s", name) and set(lowered) & _LISTING_BODIES:
        # "Ministry of Energy, Petroleum and Mines": the body's remits are part of its name.
        name += listed.group()
        res.skip_until = chunk.start + len(name)
    lead = v.rest[0]
    if (
        v.lead_code
        and len(v.rest) > 2
        and lead.text in res.gaz.adjectives
        and v.lowered[1] in {"ministry", "department"}
    ):
        # "the Philippine Department of National Defense": the body's name is without the
        # adjective, which gives its country.
        start = v.rest[1].start
        name = res.text[start : chunk.start + len(name)]
    elif (
        v.lead_code
        and len(v.rest) > 2
        and lead.text in res.gaz.adjectives
        and not (is_common_word(v.rest[1].text) or v.rest[1].text.endswith("ers"))
        and v.rest[1].text.lower() not in ROLE_MODIFIERS  # "the Finnish Defence Forces ..."
        and res.before(chunk.start, 4).lower().endswith("the ")
    ):
        # "the Canadian Northgate Copper Corp.": a coined name after an adjective of a country
        # ("Indian Oil Corporation" keeps its own).
        start = v.rest[1].start
        name = res.text[start : chunk.start + len(name)]
    res.org(name, start, start + len(name), affiliation)
    acronym_after(res, chunk, bare)
    return CLAIM
