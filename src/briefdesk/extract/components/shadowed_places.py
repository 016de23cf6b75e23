"""Component: a place that lends its name to an organisation (round 14).

News names a local body after its town ("Mongla Port Authority", "Bugesera International
Airport Ltd", "Efate Power & Water Ltd") and then the town alone ("terminals at Mongla",
"landfall on Efate", "based in Haldia"). The resolver reads the lone name as the body's short
form, so the town was never a place. Here the lone leading name of such a body is a place
where the words before it are a place's: "in", "near", "outside", "off", "on" ("a stake in",
"shares in" are a company's), or "at" after a site or building verb ("a depot at Mongla",
"built at Haldia"; "jobs at Nordvik" stays the company)."""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.common_words import is_common_word
from briefdesk.extract.lexicon import ORG_DESCRIPTORS, ORG_HEADS
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.vocab import PLACE_HEADS, is_legal_form
from briefdesk.extract.words import word_list

# Nouns and verbs after which "at X" is a site: "a service depot at", "built at", "docked at".
_AT_WORDS = word_list("place_at_words") | PLACE_HEADS
_PLACE_BEFORE = re.compile(
    r"(?:(?<!stake )(?<!stakes )(?<!shares )(?<!interest )(?<!invest )(?<!invested )"
    r"(?<!investment )(?<!holding )\bin|\bnear|\boutside|\boff|\bon)\s+$"
    r"|\b([a-z]+)\s+at\s+$"
)
# The lone name ends its phrase ("at Mongla and Payra", "in Haldia, West Bengal"), so it is no
# adjective before a noun ("in Asian markets").
_ENDS_PHRASE = re.compile(
    r"(?:\s*(?:[,.;:)]|$)|\s+(?:and|or|with|on|in|at|for|to|from|by|near|off|is|was|has|had|"
    r"will|would|where|which|after|before|since|until|overnight|today|yesterday)\b)"
)
_NAME_CHAR = re.compile(r"[\w'’-]")


def shadowed_places(res: Resolver) -> None:
    """Add the lone leading name of a body named after its town as a place (see module)."""
    text = res.text
    res.rule = "place.body-town"
    for lead in _leads(res) - {place.name for place in res.found.places.values()}:
        at = text.find(lead)
        while at >= 0:  # (str.find, then the patterns at each hit: cheap on news-length text)
            end = at + len(lead)
            if (
                (at == 0 or not _NAME_CHAR.match(text, at - 1))
                and _ENDS_PHRASE.match(text, end)
                and _place_before(text, at)
            ):
                res.place(lead, at, end)
            at = text.find(lead, end)


def _place_before(text: str, at: int) -> bool:
    before = _PLACE_BEFORE.search(text, max(0, at - 30), at)
    if before is None:
        return False
    return before.group(1) is None or before.group(1) in _AT_WORDS


def _leads(res: Resolver) -> set[str]:
    """The capitalised words that open a body's several-word name, one to three of them:
    "Mongla" and "Mongla Port" of "Mongla Port Authority", "Ca Na" of "Ca Na Power JSC"; never
    a state, a common word, a body's own name or a business word ("Bank of Ghana")."""
    leads: set[str] = set()
    for actor in res.found.actors.values():
        if actor.type != "organization" or " " not in actor.name:
            continue
        words = actor.name.split()
        for cut in range(1, min(3, len(words) - 1) + 1):
            if not _name_word(words[cut - 1]):
                break
            lead = " ".join(words[:cut])
            if not (
                res.country_of(lead)
                or is_common_word(lead)
                or f"org:{lead.lower()}" in res.found.actors
            ):
                leads.add(lead)
    return leads


def _name_word(word: str) -> bool:
    lower = word.lower()
    return (
        word[:1].isupper()
        and not word.isupper()
        and lower not in ORG_HEADS
        and lower not in ORG_DESCRIPTORS
        and not is_legal_form(word)
    )
