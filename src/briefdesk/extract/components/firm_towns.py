"""Firms by the shape of their names: with the town they sit in ("Redline Avionics Inc of
Tulsa", "Falcon Metals Holding of Abu Dhabi": the firm ends before "of", the town is a place),
or joined by an ampersand ("Procter & Gamble")."""

from __future__ import annotations

import re

from briefdesk.extract.chunk_view import CLAIM, NEXT, View
from briefdesk.extract.cues_orgs import org_affiliation
from briefdesk.extract.number_words import UNITS
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.section_heads import section_heading
from briefdesk.extract.words import word_list


def firm_of_town(res: Resolver, bare: str) -> re.Match[str] | None:
    """The firm (group 1) and its town (group 2), or None: after a legal form any town; after
    a business word ("Holding", "Services") a town the gazetteer knows."""
    if " of " not in bare:
        return None
    return _LEGAL_OF_PLACE.match(bare) or _firm_of_town(res, bare)


def town_is_place(res: Resolver, match: re.Match[str]) -> bool:
    """Whether the town after a firm is a place to suggest: one the gazetteer knows, or any
    after a legal form; not an unknown word after a trade word (it may be a made-up state)."""
    return match.re is _LEGAL_OF_PLACE or res.known_place(match.group(2))


def _firm_of_town(res: Resolver, bare: str) -> re.Match[str] | None:
    """ "Falcon Metals Holding of Abu Dhabi", "Kii Launch Services of Wakayama": a business
    word, then a known town after "of" (the town is where the firm sits)."""
    if " of " not in bare:
        return None
    match = _FIRM_OF_TOWN.match(bare)
    if not match:
        return None
    words = match.group(1).split()
    if not res.known_place(match.group(2)) and not unknown_home(words, match.group(2)):
        return None
    # "Asia Tengri Commercial Bank of Bishkek" (a coined name before "Bank"; never "Bank of
    # Baroda" or "National Bank of Abu Dhabi", named after their town)
    banked = words[-1] == "Bank" and len(words) >= 3
    return match if words[-1].lower() in _FIRM_WORDS or banked else None


def unknown_home(words: list[str], town: str) -> bool:
    """ "Norvex Agrochemicals of Almaria" (round 21, N21-01): a coined name and a plural trade
    word, then one capitalised word the gazetteer does not know (a town or a state of a made-up
    or a small place): the firm still ends before "of". Never "Group of Seven", "Bank of X", nor
    a word that is itself a body's head ("Holdings of Ministry")."""
    last = words[-1].lower()
    return (
        len(words) >= 2
        and last in _FIRM_WORDS
        and last.endswith(("s", "ing"))
        and last not in {"group", "bank"}
        and " " not in town
        and town[1:].islower()
        and town.lower() not in _NOT_HOMES
    )


# Words after "X of" that are no home: numbers ("Group of Seven"), heads of a body.
_NOT_HOMES = word_list("org_heads") | set(UNITS)
_FIRM_OF_TOWN = re.compile(r"^(.+?)\s+of\s+(?:the\s+)?([A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,2})$")
_FIRM_WORDS = word_list("business_heads") | {
    "holding",
    "leasing",
    "services",
    "partners",
    "consultants",
    "contractors",
}
_LEGAL_OF_PLACE = re.compile(
    r"^(.+?\s(?:A/S|S/A|K/S|Inc|Ltd|LLC|Corp|Co|PLC|plc|AG|SA|GmbH|Limited|Corporation|Pty|AS|ASA|AB|NV|BV|"
    r"SpA|Oy|Oyj|Pte|Bhd|S\.A|B\.V|N\.V|S\.p\.A|A\.S|K\.K)\.?)\s+of\s+"
    r"(?:the\s+)?([A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,2})$"
)


def ampersand_firm(res: Resolver, v: View) -> str:
    """ "TEPCO Fuel & Power", "Procter & Gamble": an ampersand joins a firm's name; a section
    heading of regions ("SOUTH & SOUTH-EAST ASIA") is none."""
    bare, chunk = v.bare, v.chunk
    if (
        len(v.words) >= 2
        and " & " in bare
        and not res.known_entity(bare)
        and not _CONTINENTS & set(re.split(r"[\s&-]+", bare.lower()))
    ):
        if section_heading(res.text, chunk.start, chunk.start + len(bare)):
            return CLAIM  # "THE GULF LEDGER | COMPANIES & MARKETS": a section, no body
        res.org(bare, chunk.start, chunk.start + len(bare), org_affiliation(res, chunk))
        return CLAIM
    return NEXT


_CONTINENTS = frozenset(
    {"asia", "africa", "europe", "america", "americas", "pacific", "caribbean", "oceania"}
)
