"""Whether a name a rule reads as a person names a body or a thing instead (round 9, the
"persons that are not persons" kind), from the words of the name and the words around it.

A body: a legal form or business tail ("Kotka Marine Oy", "Peter Kiewit Sons"); a word that
ends bodies' names and is no surname ("Mulanje Resources", "Levant Policy Lab"); a common noun
for a body right before it ("the watchdog Jaring Hijau", "the shipowners' association X"); a
name with no title that says something about "its" members or what "it" will do ("X said its
members would pay", "X said in a statement that it regretted"): people say "his" or "her".
No one at all: a programme or a thing named after it ("the X programme", "a Vega C rocket",
"the Dung Quat yard"); a place's tail ("Hoa Lac Hi-Tech Park", "Santo Domingo Norte"); a name
after "the" or "its" ("on the Rio Pongo"); ships named after a vessel noun ("the frigates X
and Y", "two tankers, X and Y").
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.firstnames import first_names
from briefdesk.extract.lexicon import LEGAL_SUFFIXES
from briefdesk.extract.vocab import BUSINESS_TAILS, NOT_A_PERSON_AFTER, PROGRAMME_TAILS
from briefdesk.extract.words import word_list

BODY_NOUNS = word_list("body_nouns")
BODY_TAILS = word_list("body_tails")
PLACE_TAILS = word_list("place_tails")
_VESSELS = "|".join(sorted(word_list("vessel_nouns")))
# "the frigates Mohammed V and", "two MR tankers, Nusa Indah and", "the ship": ships' names.
_AFTER_VESSELS = re.compile(
    r"\b(?:" + _VESSELS + r")s?,?\s+(?:[A-Z][\w'’-]*\s+){0,4}?(?:(?:and|or)\s+)?$"
)
_THINGS_AFTER = re.compile(
    r"\s+(?:[a-z][a-z-]*\s+)?(?:yard|shipyard|rocket|launcher|class|mine|oilfield|refinery|"
    r"terminal|dam|cable|satellite|reactor|scheme)s?\b"
)
_BODY_BEFORE = re.compile(r"\b([a-z][a-z-]*)['’]?\s+$")
# "X said its members", "X said in a statement from Colombo that it": what a body says.
_SAYS_ITS = re.compile(
    r"\s+(?:said|says|announced|added|stated)\s+(?:(?:in|on|at)\s+[^,.;:\"“]{0,50}?\s+)?"
    r"(?:that\s+)?(?:its|it)\b"
)
_DETERMINER_BEFORE = re.compile(r"(?:^|\W)(?:[Tt]he|[Ii]ts)\s$")


def not_a_person(text: str, name: str, start: int, end: int, role: str) -> str:
    """ "org" when the name is a body's, "none" when it names no actor, "" for a person."""
    words = name.split()
    last = words[-1]
    if last in BUSINESS_TAILS or (len(words) > 1 and last.lower().rstrip(".") in LEGAL_SUFFIXES):
        return "org"
    if last in PROGRAMME_TAILS or NOT_A_PERSON_AFTER.match(text, end):
        return "none"
    if role:
        return ""  # a title or a function before or after it: a person
    low = last.lower()
    if len(words) > 1 and low in BODY_TAILS:
        return "org"
    if (len(words) > 1 and low in PLACE_TAILS) or _THINGS_AFTER.match(text, end):
        return "none"
    before = text[max(0, start - 60) : start]
    if before[-4:-1] in {"the", "The", "its", "Its"} and _DETERMINER_BEFORE.search(before):
        return "none"
    if before.endswith(" ") and _AFTER_VESSELS.search(before):
        return "none"
    noun = _BODY_BEFORE.search(before)
    if noun and noun.group(1) in BODY_NOUNS:
        return "org"
    if words[0].lower() not in first_names() and _SAYS_ITS.match(text, end):
        return "org"
    return ""
