"""Component: a name that defines its acronym in brackets is one organisation, whole.

"Ghana Ports and Harbours Authority (GPHA)", "Central American Bank for Economic Integration
(CABEI)", "Arab Shipbuilding and Repair Yard (ASRY)": the chunk rules would split such a name at
"and" or cut it at "for"; the initials of its capitalised words spelling the acronym say where
the name starts. The span is claimed, so the chunk rules skip its parts.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.foreign_acronyms import joined_foreign
from briefdesk.extract.lexicon import ORG_HEADS, ROLE_HEADS
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.vocab import AGREEMENT_WORDS, REGIONS
from briefdesk.extract.words import word_list

_DEFINED = re.compile(r"\s\(([A-Z][A-Za-z&]{1,9})\)")
_WORD = re.compile(r"[A-Z][\w'’.-]*|and|for|of|the|de|do|da|des|du|del|la|&|na|y|e|et|i|und|für")
# Words inside a name that the chunk rules split or stop at.
_BREAKS = frozenset({"and", "for", "&"})
_CONNECTORS = frozenset(
    {"and", "for", "of", "the", "de", "do", "da", "des", "du", "del", "la", "&"}
)
# Connectors of other languages: "Elektrani na Severna Makedonija (ESM)", "Banco y Fomento".
_FOREIGN = frozenset({"na", "y", "e", "et", "i", "und", "für"})
_NUMERALS = frozenset({"II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII"})
_ANY_WORD = re.compile(r"[\w'’.-]+|&")
# First words of bodies whose names go on in lower case: the heads of names in other languages
# ("Société ...", "Empresa ..."), and "Office" ("Office des mines nationales ...").
_LOWER_CASE_HEADS = word_list("foreign_org_heads") | {"office", "direction", "caisse"}


def defined_acronyms(res: Resolver) -> None:
    text = res.text
    for match in _DEFINED.finditer(text):
        # "Office des mines nationales et des industries stratégiques (OMNIS)": a name in
        # another language keeps its later words in lower case.
        if (
            not _defined(res, match, _words_before(text, match.start()))
            and not _in_lower_case(res, match)
            and not joined_foreign(res, match)
        ):
            _placed(res, match)


# "... in Taiwan", "... in the United States": a place closing a name before its acronym.
_IN_PLACE = re.compile(r"\sin\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2})$")


def _placed(res: Resolver, match: re.Match[str]) -> None:
    """ "the American Institute in Taiwan (AIT)", "the Arab Bank for Economic Development in
    Africa (BADEA)" (round 19): a body's name that closes on "in" and a place, right before
    its acronym, runs through the place; the chunk rules cut it at the lower-case "in"."""
    text = res.text
    place = _IN_PLACE.search(text, max(0, match.start() - 60), match.start())
    where = place.group(1) if place else ""
    code = res.country_of(where)
    if not place or not (code or res.known_place(where) or where in REGIONS):
        return
    words = _words_before(text, place.start())
    while words and words[0][0] in _CONNECTORS:
        words = words[1:]
    if len(words) < 2 or not {w.lower() for w, _ in words} & ORG_HEADS:
        return  # "Sabina Yusupova in Tashkent (AFP)": no body's head word, no body
    start, end = words[0][1], match.start()
    res.rule = "org.acronym-placed"
    key = res.org(text[start:end], start, end)
    at = match.start(1)
    res.alias(key, match.group(1), at, match.end(1), "org.acronym")
    res.index(key)
    res.found.mentions.append((at, match.end(1), key))
    res.claim(start, match.end())
    at, until = place.span(1)
    if code:  # the state or place stays named too ("Taiwan", "Africa")
        res.rule = "state.name"
        res.state(code, where, at, until)
    else:
        res.rule = "place.region" if where in REGIONS else "place.gazetteer"
        res.place(where, at, until, res.gaz.cities.get(where, ("", 0))[0])


def _in_lower_case(res: Resolver, match: re.Match[str]) -> bool:
    words = _words_before(res.text, match.start(), _ANY_WORD)
    letters = match.group(1).replace("&", "").upper()
    for first in range(max(0, len(words) - 12), len(words) - 2):
        span = words[first:]
        head = span[0][0]
        if not head[0].isupper() or head.lower() not in _LOWER_CASE_HEADS:
            continue
        content = [w for w, _ in span if w.lower() not in _CONNECTORS | _FOREIGN]
        if "".join(w[0] for w in content).upper() == letters:
            start, end = span[0][1], match.start()
            key = res.org(res.text[start:end], start, end)
            at = match.start(1)
            res.alias(key, match.group(1), at, match.end(1), "org.acronym")
            res.index(key)
            res.found.mentions.append((at, match.end(1), key))
            res.claim(start, match.end())
            return True
    return False


def _defined(res: Resolver, match: re.Match[str], words: list[tuple[str, int]]) -> bool:
    """The acronym spelt by the capitalised words before it: claimed when the chunk rules
    would not read the name whole. False when no run of words spells it."""
    text = res.text
    acronym = match.group(1)
    letters = acronym.replace("&", "")
    for first in range(len(words)):
        span = words[first:]
        if span[0][0] in _CONNECTORS:
            continue
        # "King Abdullah II Design and Development Bureau (KADDB)": no letter for a numeral.
        capitals = [w for w, _ in span if w not in _CONNECTORS | _FOREIGN and w not in _NUMERALS]
        if "".join(w[0] for w in capitals) != letters.upper() or len(capitals) < 3:
            continue
        foreign = bool({w for w, _ in span} & _FOREIGN)
        # "Directorate General of Defence Purchase (DGDP)": a title word inside would make
        # the chunk rules read a rank and a person.
        titled = bool({w.lower() for w in capitals[1:]} & ROLE_HEADS)
        if not {w for w, _ in span} & _BREAKS and not foreign and not titled:
            return True  # the chunk rules read a name without "and"/"for" whole already
        lowered = [w.lower().rstrip(".") for w in capitals]
        if lowered[-1] in AGREEMENT_WORDS or not (foreign or set(lowered) & ORG_HEADS):
            return True
        start, end = span[0][1], match.start()
        name = text[start:end]
        if res.country_of(name):
            return True
        key = res.org(name, start, end)
        at = match.start(1)
        res.alias(key, acronym, at, at + len(acronym), "org.acronym")
        res.index(key)
        res.found.mentions.append((at, at + len(acronym), key))
        res.claim(start, match.end())
        return True
    return False


def _words_before(text: str, end: int, word_re: re.Pattern[str] = _WORD) -> list[tuple[str, int]]:
    """The name-like words right before ``end`` (a run of capitalised words and connectors)."""
    window_start = max(0, end - 120)
    words: list[tuple[str, int]] = []
    pos = end
    for token in reversed(list(re.finditer(r"\S+", text[window_start:end]))):
        word = token.group()
        if not word_re.fullmatch(word) or window_start + token.end() != pos:
            break
        words.append((word, window_start + token.start()))
        pos = window_start + token.start()
        while pos > window_start and text[pos - 1] == " ":
            pos -= 1
    words.reverse()
    return words
