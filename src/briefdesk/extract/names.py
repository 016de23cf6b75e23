"""Pure helpers about the shape of a name: acronyms, initials, name-like words."""

from __future__ import annotations

from collections.abc import Mapping

from briefdesk.extract.lexicon import (
    INTERNATIONAL_ORGS,
    INTL_HEADS,
    INTL_PREFIXES,
    ORG_HEADS,
    STOPWORDS,
)
from briefdesk.extract.text import (
    NAME_PARTICLES,
    ORG_CONNECTORS,
    Token,
    strip_possessive,
)
from briefdesk.extract.vocab import (
    GOV_DOMAIN,
)

# Month abbreviations that are also given names: before a surname they are the name.
GIVEN_MONTHS = frozenset({"Jan"})


def gov_domain_country(text: str, countries: Mapping[str, object]) -> str:
    """ "www.mod.gov.ph", "gov.uk": the state of an official site named in the text."""
    if "gov." not in text:
        return ""  # (every address the pattern reads has it: a fast test before a slow scan)
    codes = {"GB" if m.group(1) == "uk" else m.group(1).upper() for m in GOV_DOMAIN.finditer(text)}
    if len(codes) != 1:
        return ""
    code = next(iter(codes))
    return code if code in countries else ""


def acronym_like(name: str) -> bool:
    """ "MoD", "IsDB", "NATO": one word with at least two capitals and nothing else."""
    return (
        " " not in name
        and len(name) <= 10
        and sum(map(str.isupper, name)) >= 2
        and name.replace("&", "").isalpha()
        and name[0].isupper()
    )


def acronym_letters(name: str) -> str:
    """The capitals of an acronym written with small letters ("IsDB" -> "IDB", "MoD" -> "MD")."""
    return "".join(c for c in name if c.isupper()) if acronym_like(name) else name


def initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isupper())


def name_like(tokens: list[Token]) -> bool:
    return name_like_words([t.text for t in tokens])


def name_like_words(words: list[str]) -> bool:
    core = [strip_possessive(w) for w in words if w not in NAME_PARTICLES]
    if not 1 <= len(core) <= 5:
        return False
    for at, word in enumerate(core):
        # (isalpha first: one C call answers "no digit" for almost every word)
        if (word.isupper() and len(word) > 1) or (
            not word.isalpha() and any(map(str.isdigit, word))
        ):
            return False
        lower = word.lower()
        if lower in ORG_HEADS or word in ORG_CONNECTORS:
            return False
        if lower in STOPWORDS and not (at == 0 and word in GIVEN_MONTHS and len(core) > 1):
            return False  # ("Jan Kowalski": a given name, not January)
    return True


def is_international(name: str) -> bool:
    if name in INTERNATIONAL_ORGS:
        return True
    return name.startswith(INTL_PREFIXES) and any(w.lower() in INTL_HEADS for w in name.split())
