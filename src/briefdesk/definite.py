"""Which names English gives "the": "the United States", "the Philippines", "the Ministry of
Defence" — but "Pakistan", "Britain", "Lockheed Martin".

Neither countryinfo nor pycountry records the article, so it is kept as data in
``resources/english/``: short names that take it (``the_names.txt``) and head words whose names
take it (``the_heads.txt``: "Republic", "Kingdom", "Islands", "Ministry", "Navy" ...), last or
before "for"; a name of the form "X of Y" takes it too ("the Bank of China").
"""

from __future__ import annotations

import re
from functools import cache

from briefdesk.resources_access import read_resource_text

_OF_FORM = re.compile(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s+of\s+\S")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"^(\S+(?: \S+)?)['’]s\s")  # "Senegal's Armed Forces"


def _entries(name: str) -> tuple[str, ...]:
    text = read_resource_text(f"english/{name}")
    return tuple(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


@cache
def the_names() -> frozenset[str]:
    return frozenset(_entries("the_names.txt"))


@cache
def the_heads() -> tuple[str, ...]:
    return _entries("the_heads.txt")


def by_head_rule(name: str) -> bool:
    """True when the name's form alone asks for "the": "X of Y", or a head word last or
    before "for" ("the Kuwait Fund for Arab Economic Development")."""
    if _OF_FORM.match(name):
        return True
    named = name.split(" for ", 1)[0]
    return any(named == head or named.endswith(" " + head) for head in the_heads())


def takes_the(name: str) -> bool:
    """True when English puts "the" before this proper name in running text."""
    name = name.strip()
    return bool(name) and (name in the_names() or by_head_rule(name))


def _is_state(name: str) -> bool:
    from briefdesk.world import world

    return name in world().names


def with_the(name: str, *, start: bool = False) -> str:
    """The name as a sentence needs it: "the United Kingdom", or "The United Kingdom" at the
    start; a name that takes no article is returned as written ("Pakistan")."""
    name = " ".join(name.split())
    owner = _POSSESSIVE.match(name)
    if owner and _is_state(owner.group(1)):
        return name  # "Senegal's Armed Forces", but "the People's Liberation Army"
    bare = _LEADING_THE.sub("", name)
    if bare != name or takes_the(bare):
        return ("The " if start else "the ") + bare
    return name


# What sanctions are called when the words are plural ("sanctions", "export controls").
PLURAL_MEASURES = ("sanctions", "measures", "restrictions", "bans", "tariffs", "controls")
_ARTICLE = re.compile(r"^(?:a|an|the|its|their|new|further)\s", re.IGNORECASE)


def measures_of(item: str) -> str:
    """ "sanctions"; "an export ban on dual-use goods"; "the 14th sanctions package"."""
    if not item:
        return "sanctions"
    if _ARTICLE.match(item) or item.lower().endswith(PLURAL_MEASURES):
        return item
    if "sanction" in item.lower() or item[:1].isdigit():
        return f"the {item}"
    return f"{'an' if item[:1].lower() in 'aeiou' else 'a'} {item}"
