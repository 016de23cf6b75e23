"""Shapes around a name that say organisation, read by ``cues_orgs.org_context`` (round 13,
moved out of ``cues_orgs`` at its size limit): an acronym named as a source or doing what
only bodies do, and an origin with a noun before a name."""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.firstnames import first_names
from briefdesk.extract.lexicon import ROLE_HEADS, STOPWORDS
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.words import word_list

# Acronyms of business words, never bodies ("IPO", "EPC", "PPA", "GDP").
BUSINESS_ACRONYMS = word_list("business_acronyms")

# An acronym that is the source of what is said, or acts as only a body does: "according to
# OCHA", "told APNR", "an IsDB spokesperson", "JAXA awarded us", "GECOL signs" (round 13).
_SOURCE_BEFORE = re.compile(r"\b(?:[Aa]ccording\s+to|told)\s+(?:the\s+)?$")
_ACRONYM_AFTER = re.compile(
    r"\s+(?:spokes(?:man|woman|person)|officials?\b|(?:has\s+)?(?:awarded|signs|approved|"
    r"approves|granted|grants|funded|funds|confirmed|issued)\b)"
)


def acronym_source(word: str, before: str, after: str) -> bool:
    """True for an acronym ("OCHA", "IsDB") named as a source or doing what bodies do."""
    return (
        2 < len(word) <= 7
        and word[0].isupper()
        and sum(ch.isupper() for ch in word) >= len(word) - 1
        and word.isalpha()
        and word.lower() not in BUSINESS_ACRONYMS
        and bool(_SOURCE_BEFORE.search(before) or _ACRONYM_AFTER.match(after))
    )


# "Australian start-up X", "Rotterdam shipbroker X", "French provider X": an origin (a
# demonym, a city, "X-based") and one lower-case noun before a name (round 13).
_ORIGIN_NOUN = re.compile(r"(?<![\w-])([A-Z][\w'’-]*)[ \t]+([a-z][a-z-]{3,})[ \t]+$")


def origin_noun_before(res: Resolver, before: str, words: list[str]) -> bool:
    """True when an origin and a noun that is no person's title come before the name."""
    found = _ORIGIN_NOUN.search(before) if before.endswith(" ") else None
    if found is None:
        return False
    origin, noun = found.group(1), found.group(2)
    if noun in ROLE_HEADS or noun in STOPWORDS or noun.endswith(("s", "ed")):
        return False  # ("Norway pledged NOK", "Indonesia extends X": a verb, no noun)
    if words[0].lower() in first_names() or words[0].lower() in ROLE_HEADS:
        return False
    if any(ch.isdigit() for word in words for ch in word):
        return False  # "Indonesian smelters pay Rp 5": an amount
    gaz = res.gaz
    return bool(
        origin in gaz.adjectives
        or origin in gaz.names
        or origin.endswith("-based")
        or origin in gaz.cities
    )
