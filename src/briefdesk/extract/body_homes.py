"""A body's state from the words of the text around it (moved out of the person-country
component in round 14, which added the parent a body is "a unit of"): a state or large city in
its name, "<city>-based X", "Chilean state miner X", "X of Lyon", and "X is a subsidiary of
Y" with Y placed by any of those. Nothing is guessed from world knowledge."""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.common_words import is_common_word
from briefdesk.extract.place_country import LARGE_CITY
from briefdesk.extract.resolver import ActorBuild, Resolver

_NOT_THE_STATE = frozenset({"America", "Americas", "Africa", "Asia", "Europe", "Pacific"})

_BASED = re.compile(
    r"([A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2})-(?:based|registered|headquartered)\s+$"
)

# "Chilean state miner Codelco": a state's adjective, then one to three common nouns.
_ADJECTIVE_NOUNS = re.compile(r"\b([A-Z][a-z]+)\s+((?:[a-z][a-z-]*\s+){1,3})$")

_NOT_NOUNS = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "its", "of", "on"}
    | {"or", "our", "the", "their", "to", "with"}
)

_OF_PLACE = re.compile(
    r"^(?:\s\([A-Z][\w-]*\))?,?\s+(?:of|based\s+in)\s+"
    r"([A-Z][\w'’-]*(?:\s(?:de\s|del\s|de\sla\s|de\slos\s|do\s|da\s)?[A-Z][\w'’-]*)*)"
)

# A city in a body's name ties it to a state only when the city is this large (fewer common
# words that are also towns: "Independence", "Mobile").
_CITY_IN_NAME = 1_000_000


def place_code(res: Resolver, name: str, large: int = LARGE_CITY) -> str:
    """The state of a capital, or of a city this large that is no common word."""
    gaz = res.gaz
    code = gaz.capitals.get(name, "")
    if not code and name in gaz.cities:
        city_code, people = gaz.cities[name]
        code = city_code if people >= large and not is_common_word(name) else ""
    return code


def inside_name(res: Resolver, name: str) -> str:
    """ "Central Bank of Honduras", "Cairo University": one state the name's words name."""
    words = [w.strip("(),") for w in name.split()]
    codes = set()
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            part = " ".join(words[i : i + n])
            if part in _NOT_THE_STATE or not part[:1].isupper():
                continue
            # State names, not adjectives ("Centre for Indian Ocean Policy"), and big cities.
            code = res.gaz.names.get(part) or place_code(res, part, _CITY_IN_NAME)
            if code:
                codes.add(code)
    return next(iter(codes)) if len(codes) == 1 else ""


_BASED_ENDS = ("-based", "-registered", "-headquartered")


def _ends_lower(text: str) -> bool:
    """Whether ``text`` ends in whitespace after a word led by a lower-case ASCII letter."""
    last = text.rsplit(None, 1)[-1:]
    return text[-1:].isspace() and bool(last) and "a" <= last[0][0] <= "z"


def said_around(res: Resolver, owner: ActorBuild) -> str:
    """The one state the words around a body's mentions give it: "Houston-registered X",
    "Chilean state miner X", "X of Lyon"."""
    codes = set()
    for start, end in owner.evidence:
        before = res.before(start, 60)  # (both patterns end there: cheap tests of the end first)
        based = _BASED.search(before) if before.rstrip().endswith(_BASED_ENDS) else None
        if based:
            codes.add(res.country_of(based.group(1)) or place_code(res, based.group(1)))
            continue
        described = _ADJECTIVE_NOUNS.search(before) if _ends_lower(before) else None
        if described and not set(described.group(2).split()) & _NOT_NOUNS:
            codes.add(res.gaz.adjectives.get(described.group(1), ""))
        after = _OF_PLACE.match(res.after(end, 60))
        if after:
            codes.add(place_code(res, after.group(1)))
    codes.discard("")
    return next(iter(codes)) if len(codes) == 1 else ""


# After a body's name: "is a (wholly owned) subsidiary of", ", the local unit of", "is part of",
# "is owned by";
# the parent's name follows within 80 characters ("... of Oman's state logistics group Y").
_PARENT_LINK = re.compile(
    r"(?:\s+(?:is|was|has\s+been|became)|,)\s+(?:(?:a|an|the)\s+)?"
    r"(?:(?:wholly[- ]owned|majority[- ]owned|local|state[- ]owned|[A-Z][a-z]+)\s+)?"
    r"(?:subsidiary|unit|arm|division|affiliate|offshoot|part)\s+of\s+"
    r"|\s+(?:is|was)\s+(?:(?:wholly|majority|now|still)\s+)?(?:owned|controlled)\s+by\s+"
)


def parent_state(res: Resolver, body: ActorBuild) -> str:
    """The state of the body the text calls this one's parent ("X is a unit of Oman's Y",
    "X, a subsidiary of Houston-registered Y,"): a state named first there, or the parent
    organisation's country, or what is said around the parent."""
    if "of" not in res.lower_words and "by" not in res.lower_words:
        return ""
    for _start, end in body.evidence:
        link = _PARENT_LINK.match(res.text, end, end + 60)
        if not link:
            continue
        for m_start, _m_end, key in res.found.mentions:
            parent = res.found.actors.get(key)
            if not link.end() <= m_start < link.end() + 80 or parent is None or parent is body:
                continue
            if key.startswith("state:"):
                return parent.country or key[6:]
            if parent.type == "organization":
                return parent.country or inside_name(res, parent.name) or said_around(res, parent)
    return ""
