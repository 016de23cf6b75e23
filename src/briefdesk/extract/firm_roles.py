"""A short company name read from the noun phrase around it, not from its own words (round 7):
the role it plays in an apposition before it ("The contractor, Maranta, said", "Its partner,
Sinotrans, declined") and the list it stands in beside a body already named ("Eni,
TotalEnergies and Qatar Energy", "Valaris and Borr Drilling"). Both ask only about names no
earlier rule took (states, known towns and people with a title are settled first) and keep
out given names ("The buyer, Maria Okafor, said") and common words."""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.common_words import is_common_word
from briefdesk.extract.cues_orgs import BUSINESS_ACRONYMS
from briefdesk.extract.firstnames import first_names
from briefdesk.extract.lexicon import MONTH_NAMES
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.words import word_list

FIRM_ROLES = word_list("firm_roles")

# "The contractor, ", "Its main partner, ", "the Chinese contractor, ": a determiner, up to two
# modifiers and a role noun, then the comma that opens the apposition.
_ROLE_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er)\s+(?:[\w-]+\s+){0,2}([a-z-]+)\s*,\s+$"
)
# The apposition closes: ", said", ". ", "; ", ")".
_CLOSES = re.compile(r"\s*[,.;)]")

# One member of a list after a name: ", TotalEnergies", " and Qatar Energy", ", and the AfDB".
# (a member may carry its ownership word: "... and the state-owned Kardovan Defence Corporation")
_NEXT_MEMBER = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?"
    r"(?:[a-z]+-(?:owned|run|controlled|backed|held|listed)\s+)?"
    r"([A-Z][\w&'’.-]*(?:\s(?:[A-Z][\w&'’.-]*|&|of|for|de|du))*)"
)
_ORG_TYPES = frozenset({"organization", "international_organization"})


def _usable(words: list[str]) -> bool:
    """A coined name: no given name first, not a common word on its own, not possessive."""
    first = words[0]
    return (
        len(words) <= 4
        and first not in MONTH_NAMES  # "In February AlmatyTeploSet awarded": a date glued on
        and first.lower() not in first_names()
        and not (len(words) == 1 and is_common_word(first.lower()))
        and not words[-1].endswith(("'s", "’s"))
    )


def role_apposition(res: Resolver, start: int, end: int, words: list[str]) -> bool:
    """ "The contractor, Maranta, said": a name set off by commas after a firm's role."""
    before = res.before(start, 50)
    if not before.endswith(", ") or not _usable(words):
        return False
    role = _ROLE_BEFORE.search(before)
    return bool(
        role
        and role.group(1).lower() in FIRM_ROLES
        and _CLOSES.match(res.text, end)
        # "the yard's director, Yann Le Goff-Mercier ... the French yard, Le Goff-Mercier."
        and not res.first([f"w:{words[-1]}"], lambda _k, actor: actor.type == "person")
    )


def listed_with_body(res: Resolver, start: int, end: int, words: list[str]) -> bool:
    """ "Eni, TotalEnergies and Qatar Energy each hold a third": a coined name in a list whose
    later member is a body already named, and no member is a person, a state or a place."""
    if not _usable(words) or len(words) > 2:
        return False
    at = end
    body = joined = False
    for _ in range(6):
        member = _NEXT_MEMBER.match(res.text, at)
        if not member:
            break
        joined = joined or "and" in member.group(0).split()
        name = member.group(1).rstrip(".")
        low = name.lower()
        if low in res.found.places or res.country_of(name) or res.known_place(name):
            return False
        actor = res.found.actors.get(f"org:{low}")
        if actor is not None and actor.type in _ORG_TYPES:
            body = True
        elif name.split()[0].lower() in first_names():
            return False
        at = member.end()
    return body and joined  # "Lastly, the European Union made": no "and", no list


# "The loan from JICA was signed", "talks between TPAO and SOCAR": a lone acronym in a
# party's place — after a preposition a deal gives its parties — and before the end of the
# phrase. Headings in capitals, currency codes and business acronyms ("LNG", "EPC") are out.
_PARTY_BEFORE = re.compile(r"\b(?:from|with|by|between|and)\s+(?:the\s+)?$")
_PHRASE_ENDS = re.compile(
    r"(?:\s*[,.;:)]|\s+(?:and|was|were|is|has|had|will|would|said|signed|agreed|on|in|"
    r"for|under)\b)"
)


def lone_acronym(res: Resolver, start: int, end: int, words: list[str]) -> bool:
    """ "The loan from JICA was signed": an acronym where a deal names its parties."""
    word = words[0]
    if len(words) != 1 or not (3 <= len(word) <= 7 and word.isalpha() and word.isupper()):
        return False
    if word.lower() in BUSINESS_ACRONYMS or res.country_of(word) or res.known_place(word):
        return False
    line_start = res.text.rfind("\n", 0, start) + 1
    if res.text[line_start:start].isupper():  # "NMA BOARD APPROVES ...": a heading
        return False
    return bool(_PARTY_BEFORE.search(res.before(start, 16)) and _PHRASE_ENDS.match(res.text, end))


# "Sonangol acquired a 10% stake", "Transnet awarded the tender": a name that buys, sells,
# invests or awards, before the thing it deals in (a determiner or an amount follows).
_DEALS_AFTER = re.compile(
    r"\s+(?:has\s+|had\s+|have\s+)?(?:awarded|acquired|bought|invested|purchased|sold)\s+"
    r"(?:a|an|the|its|their|all|\d|\$|US\$|€|£)"
)
# "The tender was won by Petrofac", "the stake was sold to Trafigura", "the order went to
# Damen", "awarded the tender to Kvaerner": the party a deal goes to or comes from.
_DEAL_TO_BY = re.compile(
    r"\b(?:contract|contracts|order|orders|tender|stake|concession|licen[cs]e|deal|shares|"
    r"assets?|block|cargo|cargoes)\b[^.;:]{0,50}?\b(?:(?:was|were|has\s+been|have\s+been)\s+)?"
    r"(?:won\s+by|bought\s+by|acquired\s+by|sold\s+to|awarded\s+to|went\s+to|goes\s+to|"
    r"granted\s+to|transferred\s+to)\s+$"
    r"|\b(?:awarded|sold|granted|transferred|leased)\s+(?:[\w$%.,-]+\s+){0,4}(?:contract|order|"
    r"tender|stake|concession|licen[cs]e|shares|assets?|block)s?\s+to\s+$"
)


def deal_party(res: Resolver, start: int, end: int, words: list[str]) -> bool:
    """ "Sonangol acquired a 10% stake", "the order went to Damen": a coined name that deals."""
    if len(words) > 3 or not _usable(words):
        return False
    if res.first([f"w:{words[-1]}"], lambda _k, actor: actor.type == "person"):
        return False  # "Ms Nkosi ... sold the shares to Nkosi": the person named before
    if _DEALS_AFTER.match(res.text, end):
        return True
    before = res.before(start, 90)
    return before.endswith(("by ", "to ")) and bool(_DEAL_TO_BY.search(before))


# "the Rosatom subsidiary Uranium One", "Gazprom's unit Nordvik Trading": a company named right
# after its owner and the word for what it is to the owner (no commas), and the owner before
# that word (newcomer15 N15-05). Both are firms: only a company has subsidiaries.
_UNIT_WORDS = ("subsidiary", "affiliate", "unit", "offshoot")
_UNIT = r"(?:subsidiary|affiliate|unit|offshoot)"
_UNIT_BEFORE = re.compile(
    rf"(?:\b(?:[Tt]he|[Ii]ts|[Aa]n?)\s+(?:[A-Z][\w&.-]*\s+){{1,3}}|[A-Z][\w&.-]*(?:'s|’s)\s+)"
    rf"(?:(?:wholly[- ]owned|local|[a-z]+-based)\s+)?{_UNIT}\s+$"
)
_UNIT_AFTER = re.compile(rf"\s+{_UNIT}\s+[A-Z]")
_THE_BEFORE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Aa]n?)\s+$")


def owned_unit(res: Resolver, start: int, end: int, words: list[str]) -> bool:
    """ "the Rosatom subsidiary Uranium One": the unit and its owner are both companies."""
    before, after = res.before(start, 80), res.text[end : end + 14]
    if not any(w in before or w in after for w in _UNIT_WORDS):
        return False  # (the cheap gate: asked of every name no earlier cue settled)
    if len(words) > 4 or not _usable(words):
        return False
    if _UNIT_BEFORE.search(before):
        return True
    return bool(_UNIT_AFTER.match(res.text, end) and _THE_BEFORE.search(res.before(start, 8)))
