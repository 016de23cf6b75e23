"""Component: the seat a member of parliament sits for, and the outlet a reporter asks for
(round 9).

A member is named with the place that elects them: "the Member for Wabag", "Opposition MP for
Tarawa North", "the Member of Parliament of Lindi Urban", or the seat in brackets after the
questioner's name in a record of questions ("Mr. Ana Reyes (Port Ellis South) asked the
Minister", "Asked by Tom Hale (Kent, Down and West Fell)"). The seat is a place. A party in
the same brackets ("(DA)", "(Labour)") is no place: an acronym, a word of everyday English or
a body's head word keeps it out.

A question at a press conference names the reporter and the outlet: "Q (Ana Reyes, Delta
TV):". The outlet is an organisation (its trailing lower-case kind, "daily", is no part of
the name).
"""

from __future__ import annotations

import re

from briefdesk.extract.common_words import is_common_word
from briefdesk.extract.interview_labels import interview_labels
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.lexicon import ORG_HEADS
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.words import word_list

# Parties named in the seat's brackets ("(Labour)", "(Fine Gael)"): no place.
_PARTY_WORDS = word_list("party_words")

_NAME = r"[A-Z][\w'’-]+"
# One place name of one to four words; a list of parts joined by commas and a final "and"
# ("Kent, Down and West Fell") is one seat.
_SEAT = rf"{_NAME}(?: {_NAME}){{0,3}}(?:(?:, | and ){_NAME}(?: {_NAME}){{0,3}})*"
_MEMBER = re.compile(
    rf"\b(?:MP|MPs|Member|member|Senator|MLA|MNA|Member of Parliament|member of parliament)"
    rf" (?:for|(?<=arliament )of) ({_SEAT})"
)
# "Mr. Ana Reyes (Port Ellis South) asked", "Asked by Tom Hale (Kent, Down and West Fell)".
_BRACKETED = lazy(
    rf"\b(?:Mr|Ms|Mrs|Miss|Dr|Hon|Asked by)\.?(?: {_NAME}){{1,4}} \(({_SEAT})"
    r"(?: [—–-] [^()\n]{1,40})?\)(?= asked\b|:|[ \t]*\n)"
)
_QUESTION = re.compile(r"(?m)^(?:Q|Q\.|QUESTION|Question) ?\([^,()\n]{2,40}, ([^()\n]{2,60})\) ?:")


# Cheap tests first (plain substring searches): most texts hold none of these shapes.
_MEMBER_CUES = ("ember for ", "MP for ", "MPs for ", "Senator for ", "MLA for ", "MNA for ")
_BRACKET_CUES = (") asked", "):", "Asked by ")
_QUESTION_CUES = ("Q (", "Q. (", "QUESTION (", "Question (")


def seats(res: Resolver) -> None:
    text = res.text
    if any(cue in text for cue in _MEMBER_CUES) or "arliament of " in text:
        for match in _MEMBER.finditer(text):
            _seat(res, match.group(1), match.start(1))
    if any(cue in text for cue in _BRACKET_CUES):
        for match in _BRACKETED.finditer(text):
            _seat(res, match.group(1), match.start(1))
    if any(cue in text for cue in _QUESTION_CUES):
        for match in _QUESTION.finditer(text):
            _outlet(res, match.group(1), match.start(1))
    interview_labels(res)  # "NRR: Minister, what ...?": the outlet behind the label


def _seat(res: Resolver, name: str, start: int) -> None:
    if ", " in name and " and " not in name:
        name = name.split(", ", 1)[0]  # "MP for Hoarafushi, Ibrahim Naseem": the seat, then him
    words = name.replace(",", "").split()
    if (
        name.isupper()  # "(DA)": a party's acronym
        or (len(words) == 1 and is_common_word(name))  # "Member for Trade"
        or any(w.lower() in _PARTY_WORDS for w in words)  # "(Labour)", "(Fine Gael)"
        or any(w.lower() in ORG_HEADS for w in words)  # "(Parliamentary Communication Services)"
        or res.country_of(name)  # a state stays a state
    ):
        return
    res.rule = "place.seat"
    res.place(name, start, start + len(name))
    res.claim(start, start + len(name))


def _outlet(res: Resolver, label: str, start: int) -> None:
    words = label.split()
    while words and words[-1][:1].islower():  # "Unen Medee daily"
        words.pop()
    if not words or not words[0][:1].isupper():
        return
    name = " ".join(words)
    res.rule = "org.press-question"
    res.org(name, start, start + len(name))
    res.claim(start, start + len(name))
