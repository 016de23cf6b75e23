"""Component: an entry of a list of designated or listed persons (round 14).

Sanctions annexes, registers and court lists open each entry with the family name in capitals,
a comma and the given names ("1. KAZLOU, Andrei Viktaravich"), then labelled field lines
("Function: Director General of X OJSC", "Nationality: Belarusian"). No sentence names the
person; the entry's layout does. The person is named given names first, family name in title
case; the post is the "Function:" (or "Position:", "Title:", "Designation:") field without the
body after its last " of " (the body is left to the organisation rules); a "Nationality:" or
"Citizenship:" field that names a state gives the person's country.
Gate: a comma right after a word in capitals at a line's start.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.lexicon import LEGAL_SUFFIXES, ORG_HEADS
from briefdesk.extract.resolver import Resolver, note
from briefdesk.extract.scans import LineLed

RULE = "person.designation-entry"
_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
_ENTRY = LineLed(
    rf"[ \t]*(?:\d{{1,3}}[.)][ \t]*)?"
    rf"(?P<family>[{_UPPER}][{_UPPER}'’-]+(?:[ ][{_UPPER}][{_UPPER}'’-]+)?)"
    r",[ ]+(?P<given>[A-Z][^\W\d_]+(?:[ ][A-Z][^\W\d_]+){0,3})[ \t]*(?:\([^)\n]*\))?[ \t]*"
)
_FIELD = re.compile(
    r"(?im)^[ \t]*(?P<label>function|position|title|designation|nationality|citizenship)"
    r"[ \t]*:[ \t]*(?P<value>[^\n;]+)"
)
_OF_BODY = re.compile(r"\s+of\s+(?:the\s+)?(?=[A-Z])")
_MAX_FIELD_LINES = 6


def designations(res: Resolver) -> None:
    """A person for each entry line with its post and nationality fields (see the module)."""
    text = res.text
    if "," not in text or ":" not in text:
        return
    for match in _ENTRY.finditer(text):
        family = match.group("family")
        if not family.isupper() or res.country_of(family.title()):
            continue
        role, body, country = _fields(res, text, match.end())
        if not (role or country):
            continue  # "ANNEX, Part One": an entry has its fields
        given = match.group("given")
        name = f"{given} {family.title()}"
        start = match.start("family")
        res.rule = RULE
        key = res.person(name, start, match.end("given"), role, body)
        res.claim(start, match.end("given"))
        actor = res.found.actors.get(key)
        if actor is not None and country and not actor.country:
            actor.country = country
            note(actor.why, "person.country-nationality", res.affiliation_name(country))


def _fields(res: Resolver, text: str, at: int) -> tuple[str, str, str]:
    """(post, body, state code) from the entry's field lines, up to a blank line."""
    end = text.find("\n\n", at)
    end = len(text) if end < 0 else end
    block = text[at:end].split("\n")[: _MAX_FIELD_LINES + 1]
    role = body = country = ""
    for line in block:
        field = _FIELD.match(line)
        if not field:
            continue
        value = field.group("value").strip()
        if field.group("label").lower() in {"nationality", "citizenship"}:
            country = country or res.country_of(value)
        elif not role:
            role, body = _post_and_body(res, value)
    return role, body, country


def _post_and_body(res: Resolver, value: str) -> tuple[str, str]:
    """ "Director General of X OJSC" -> ("Director General", "X OJSC"): the first " of " after
    which a body's head word or a state stands."""
    for cut in _OF_BODY.finditer(value):
        after = value[cut.end() :]
        words = {w.lower().strip(".,") for w in after.split()}
        if words & (ORG_HEADS | LEGAL_SUFFIXES) or res.country_of(after):
            role = value[: cut.start()]
            return (role, after) if len(role.split()) <= 8 else ("", "")
    return (value, "") if len(value.split()) <= 8 else ("", "")
