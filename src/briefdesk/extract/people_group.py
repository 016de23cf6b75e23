"""The round-6 people rules as one chunk rule, declared next to the pipeline (components never
call each other): one call per run of capitals instead of seven, and plain character and set
tests decide which of the small rules can apply at all (most runs reach none)."""

from __future__ import annotations

from briefdesk.extract.chunk_view import NEXT, View
from briefdesk.extract.components.capital_names import (
    CAPITAL_HONORIFICS,
    HONORIFIC_DOT,
    capital_name,
)
from briefdesk.extract.components.not_people import GEO_INSIDE, STATE_NOUNS, body_not_person
from briefdesk.extract.components.people_moves import MOVE_CUES, moved_person
from briefdesk.extract.components.ranked_names import FIRSTS, ranked_name, role_comma_name
from briefdesk.extract.components.titled_names import (
    PICTURE_BY,
    picture_credit,
    possessor_title_name,
    role_then_name,
    signatory_for_side,
)
from briefdesk.extract.firstnames import first_names
from briefdesk.extract.lexicon import TITLE_WORDS
from briefdesk.extract.resolver import Resolver

# What may follow a title or body whose person comes after a comma.
_AFTER_TITLE = (",", " (", " for ", " of the ", " – ", " — ")
_BEFORE_BODY = (" of ", " of the ", " at ", " at the ", " in ", " in the ")


def family_in_capitals(words: list[str], lowered: list[str]) -> bool:
    """A cheap test before ``capital_name``: a word in capitals after an honorific or a given
    name ("Mr Tomasz NOWAK", "Lionel TAN Wei Ming", "Andrei KAZLOU")."""
    if words[0].isupper() or not any(len(w) > 2 and w.isupper() for w in words[1:]):
        return False  # ("KEY EVENTS", "SIERRA LEONE": a heading in capitals)
    return lowered[0].rstrip(".") in CAPITAL_HONORIFICS or lowered[0] in first_names()


def people_first(res: Resolver, v: View) -> str:
    """Ranks and titles before a name, people-moves lines, bodies read as people."""
    text, start, end = res.text, v.chunk.start, v.chunk.end
    lowered, words = v.lowered, v.words
    rules = []
    if words[-1].isupper() and (
        (lowered[0].rstrip(".") in CAPITAL_HONORIFICS and len(words) > 2)
        or HONORIFIC_DOT.search(text[start - 6 if start > 6 else 0 : start])
    ):
        rules.append((capital_name, "person.honorific"))  # "Mr JOEL WANAMBI-KAUPA ("
    elif 1 < len(words) < 6 and family_in_capitals(words, lowered):
        rules.append((capital_name, "person.family-capitals"))  # "Mr Tomasz NOWAK"
    if text.startswith(_AFTER_TITLE, end):
        lead = lowered[1] if lowered[0] in {"the", "its"} and len(lowered) > 1 else lowered[0]
        if (
            lead in TITLE_WORDS
            or text.startswith((", its ", ", their "), end)
            or text[start - 8 if start > 8 else 0 : start].endswith(_BEFORE_BODY)
        ):
            rules.append((role_comma_name, "person.role-comma-name"))
    if lowered[0].split(".")[0] in FIRSTS:
        rules.append((ranked_name, "person.rank-before-name"))
    if text.startswith(MOVE_CUES, end):
        rules.append((moved_person, "person.moved"))
    several = 1 < len(words) < 6
    if several and (
        words[-1].endswith(("'s", "’s"))
        or (len(words) == 3 and words[1] in GEO_INSIDE)
        or (len(words) == 2 and words[1] in STATE_NOUNS)
        or text[start - 6 if start > 6 else 0 : start].endswith(("for ", "of ", "at ", "the "))
    ):
        rules.append((body_not_person, "org.not-a-person"))
    if len(words) > 4 and "for" in lowered:
        rules.append((signatory_for_side, ""))
    if words[-1].endswith(("'s", "’s")) and text[end + 1 : end + 2].islower():
        rules.append((possessor_title_name, "person.possessed-title"))
    if 1 < len(words) < 5 and start > 1 and "a" <= text[start - 2] <= "z":
        rules.append((role_then_name, "person.role-before-name"))
    if text[start - 2 if start > 2 else 0 : start] in {"y ", ": "} and text[
        start - 16 if start > 16 else 0 : start
    ].endswith(PICTURE_BY):
        rules.append((picture_credit, "person.byline"))
    for rule, rule_id in rules:
        res.rule = rule_id
        verdict = rule(res, v)
        if verdict != NEXT:
            return verdict
    return NEXT
