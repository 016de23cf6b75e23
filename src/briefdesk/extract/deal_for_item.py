"""The item of a loan or grant told by "for": "a €420 million loan to Kazakhstan for two
container berths, a rail spur and dredging at Aktau" is for "two container berths, a rail spur
and dredging".

Read only after a money word of the deal and only when the phrase starts with a lower-case word
or a number, or is a name after "the" that is no state ("for the Lae Port Project"): "a credit
line for Ghana" names the borrower, not the item. The phrase stops at a preposition that begins
a place, time or party ("at Aktau", "in 2027", "from the bank"), at a clause ("which", "the bank
said"), at a dash and at a comma unless the commas make a list of short parts ("A, B and C").

A bare noun after "the" points back at something told elsewhere (newcomer20 N20-09: "a US$160
million loan ... to pay for the launch" gave a loan titled "Launch"): an activity ("the launch",
"the purchase") is what the money finances, "launch financing"; a deal or project ("the
project", "the contract") is no item at all.
"""

from __future__ import annotations

import re

from briefdesk.extract.words import word_list

_ACTIVITIES = word_list("financed_activity_nouns")
_POINTERS = word_list("pointer_item_nouns")
_FOR = re.compile(
    r"\b(?:loans?|grants?|credits?|credit lines?|financing|facility|funding|aid|package)\b"
    r"[^.;:()]{0,80}?\bfor\s+(?:(?P<the>the)\s+|(?:a|an)\s+)?(?P<item>[a-z0-9A-Z][^.;:()—]{2,120})"
)
_STOP = re.compile(
    r"\s+(?:at|in|on|from|to|by|under|over|with|which|that|who|after|before|until|through|"
    r"via|as|while|during|between|within|if|when|where|said|says|and\s+(?:is|was|will|would))\b"
    r"|\s[-–]\s"
)
_CLAUSE_BREAK = re.compile(r",\s+and\s|;")
# What follows "for" without naming what the money buys.
_NOT_ITEMS = re.compile(
    r"(?:\d+\s+)?(?:years?|months?|weeks?|days?|decades?|time|first time|now|years to come|"
    r"government|country|state|nation|people|it|them|its|their|his|her|this|that)\b"
)


def for_item(sentence: str, after: int = 0) -> tuple[str, int, int] | None:
    """(item, offset and length of its words in the sentence) for "a loan ... for <noun
    phrase>", or None. ``after`` is
    where the deal's amount ends in the sentence: a money word past a clause break after it
    ("a $150 million loan, and X is providing a grant of €25 million for technical
    assistance") belongs to another part of the package, not to this deal (round 12)."""
    match = _FOR.search(sentence)
    if not match or _CLAUSE_BREAK.search(sentence, after, max(after, match.start("item"))):
        return None
    phrase = match.group("item")
    if phrase[0].isupper() and not _named_thing(phrase, bool(match.group("the"))):
        return None
    stop = _STOP.search(phrase)
    if stop:
        phrase = phrase[: stop.start()]
    parts = phrase.split(",")
    listed = re.match(r"\s*(?:and|or)\s|.*\s(?:and|or)\s", parts[-1])
    if len(parts) > 1 and (not listed or any(len(p.split()) > 6 for p in parts)):
        phrase = parts[0]  # "for rural roads, the bank said", "phase one, and the state has..."
    phrase = re.sub(r"^(?:new|more|additional)\s+", "", phrase.strip().rstrip(","))
    if not phrase or _NOT_ITEMS.fullmatch(phrase) or _NOT_ITEMS.match(phrase):
        return None
    if len(phrase.split()) > 14:
        return None
    at = match.start("item") + match.group("item").index(phrase)
    if match.group("the") and phrase in _POINTERS:
        return None  # "for the project": the project told elsewhere, no item here
    if match.group("the") and phrase in _ACTIVITIES:
        return f"{phrase} financing", at, len(phrase)  # "to pay for the launch"
    return phrase, at, len(phrase)


def _named_thing(phrase: str, after_the: bool) -> bool:
    """ "the Fiji Roads Resilience Project" is an item; "Ghana", "the Philippines" are parties."""
    from briefdesk.extract.gazetteer import gazetteer

    if not after_the:
        return False
    gaz = gazetteer()
    name = phrase.strip().rstrip(",")
    return name not in gaz.names and name not in gaz.provinces and name not in gaz.cities
