"""Component: a name in a list with a place is a place too (round 9): "cable from the capital
to Auki, Noro, Gizo and Kirakira", "the ports of Alat, Aktau and Kuryk", "substations around
Bishkek and Kant". Runs after the late pass: a list whose members are places the rules found
or towns the gazetteer knows, and names no rule took, gives the others as places. A list that
holds a person or an organisation is a list of actors and stays as read ("Nairobi, Safaricom
and Ruto"); a pair ("A and B") needs a place word before it ("in", "to", "between") and no
verb after it ("Lagos and Tinubu said")."""

from __future__ import annotations

import re

from briefdesk.extract.common_words import is_common_word
from briefdesk.extract.firstnames import first_names
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.lexicon import MONTH_NAMES, WEEKDAY_NAMES
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.words import word_list

# A saint's or a mount's short form opens a name ("between Scarborough and St. George's",
# round 24): without it the list's last member was read as the bare "St".
_NAME = r"(?:(?:St|Ste|Mt|Ft)\.? )?[A-ZÀ-ÖØ-Þ][\w'’-]+(?: [A-ZÀ-ÖØ-Þ][\w'’-]+){0,2}"
# The list read from its last "and" (or "or", round 24: "leaves Pemba or Nacala") back:
# " and Kuryk", then "Alat, Aktau" before it.
_AND_LAST = re.compile(rf",? (?:and|or) {_NAME}\b")
_HEAD_BEFORE = re.compile(rf"(?<![\w'’-])(?:{_NAME}, )*{_NAME}$")
_MEMBER = re.compile(_NAME)
_PAIR_BEFORE = re.compile(
    r"\b(?:in|at|near|from|to|between|of|around|via|linking|and|through|leaves)\s+(?:the\s+)?$",
    re.IGNORECASE,  # "In Juticalpa and Catacamas, residents remember" (round 24)
)
# A month or a weekday opening the run is the sentence's time, not a member ("In the first
# week of February, Islamabad and Tashkent signed", round 24).
_TIME_WORDS = frozenset((*MONTH_NAMES, *WEEKDAY_NAMES))
# "the Arafura and Timor seas", "the Kwanza and Lower Congo basins": the names modify a
# plural noun; the features are not the places the gold lists.
_PLURAL_AFTER = re.compile(r"\s+(?!(?:is|was|has|as|its|this|his|plus|across|towards)\b)[a-z]+s\b")
_PARTY_WORDS = word_list("party_words")  # "(Liberal Democrat, Taunton and Wellington)"
_VERB_AFTER = re.compile(r"\s+(?:said|says|say|will|would|has|have|had|is|are|was|were)\b")


def list_places(res: Resolver) -> None:
    text = res.text
    if " and " not in text and " or " not in text:
        return
    places = {span for place in res.found.places.values() for span in place.evidence}
    actors = {(start, end) for start, end, _ in res.found.mentions}
    for match in _AND_LAST.finditer(text):  # (led by the literal " and ": one fast pass)
        head = _HEAD_BEFORE.search(text, max(0, match.start() - 160), match.start())
        if not head:
            continue
        start, end = head.start(), match.end()
        members = [(m.group(), start + m.start()) for m in _MEMBER.finditer(text[start:end])]
        members = [(n, s) for n, s in members if n not in ("and", "or")]
        members = _without_opening_locative(members)
        while members and members[0][0] in _TIME_WORDS:
            members = members[1:]
        if not members or any(n in _TIME_WORDS for n, _ in members):
            continue  # "between March and April": times, not places
        if _PLURAL_AFTER.match(res.after(end, 20)) or any(
            w.lower() in _PARTY_WORDS for n, _ in members for w in n.split()
        ):
            continue
        if len(members) == 2 and (
            not _PAIR_BEFORE.search(res.before(members[0][1], 30))
            or _VERB_AFTER.match(res.after(end, 12))
        ):
            continue
        _read_list(res, members, places, actors)


_OPENING_LOCATIVES = ("In ", "At ", "From ", "Between ", "Near ", "Around ", "Through ")


def _without_opening_locative(members: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The first member without a sentence's opening locative: "In Juticalpa" is Juticalpa."""
    if not members:
        return members
    name, start = members[0]
    for word in _OPENING_LOCATIVES:
        if name.startswith(word) and len(name) > len(word):
            return [(name[len(word) :], start + len(word)), *members[1:]]
    return members


def _read_list(
    res: Resolver,
    members: list[tuple[str, int]],
    places: set[tuple[int, int]],
    actors: set[tuple[int, int]],
) -> None:
    unknown = []
    anchored = False
    for name, start in members:
        span = (start, start + len(name))
        if any(s <= span[0] and span[1] <= e for s, e in actors):
            if name in res.gaz.capitals:
                anchored = True  # "around Bishkek and Kant": a capital read as its state
                continue
            if res.country_of(name):
                continue  # a state in a list of towns ("Kenya, Nairobi and Kisumu")
            return  # a person or a body: a list of actors
        if span in places or any(s <= span[0] and span[1] <= e for s, e in places):
            anchored = True
        elif (
            is_common_word(name)
            or name.split()[0].lower() in first_names()
            or res.country_of(name)
            or name.isupper()
        ):
            return  # "Finance and Planning", "John and Ana", "ADB and AIIB"
        else:
            anchored = anchored or res.known_place(name)
            unknown.append((name, start))
    if not anchored:
        return
    res.rule = "place.in-a-list"
    for name, start in unknown:
        res.place(name, start, start + len(name))


# "the people of Korovou, Nayavu and Wailotua", "the villages of Mulungwishi and Kiona",
# "residents of Santo Domingo Este, Santo Domingo Norte and Los Alcarrizos", "the provinces
# of Dos de Mayo and Huamalíes": whoever or whatever lives there, the names are places.
_PART = r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ \t](?:(?:de|del|la|el|los|do|da)[ \t])?[A-ZÀ-ÖØ-Þ][\w'’-]+){0,3}"
_DWELLERS = lazy(
    r"\b(?:people|residents|inhabitants|villagers|communities|villages|towns|provinces|"
    r"districts|municipalities)[ \t]+of[ \t]+(?:the[ \t]+)?"
    rf"({_PART}(?:,[ \t]+{_PART})*(?:,?[ \t]+and[ \t]+{_PART})?)"
)
_SPLIT = re.compile(r",?[ \t]+and[ \t]+|,[ \t]+")


_DWELLER_CUES = (
    "people of",
    "residents of",
    "inhabitants of",
    "villagers of",
    "communities of",
    "villages of",
    "towns of",
    "provinces of",
    "districts of",
    "municipalities of",
)


def dwellers_places(res: Resolver) -> None:
    text = res.text
    if not any(cue in text for cue in _DWELLER_CUES):
        return  # the cheap test first
    for match in _DWELLERS.finditer(text):
        pos = match.start(1)
        for part in _SPLIT.split(match.group(1)):
            at = text.index(part, pos)
            pos = at + len(part)
            if res.country_of(part) or is_common_word(part) or part.isupper():
                continue  # "the people of Japan": the state, read as before
            res.rule = "place.dwellers-of"
            res.place(part, at, at + len(part))
            res.claim(at, at + len(part))
