"""Component: the post a designation entry's reasons open with (round 20).

Sanctions notices list each person on a numbered line, given names first and the family name
in capitals ("2. Aloys NSHIMIRIMANA"), then field lines; the reasons field often opens with
what the person is: "Reasons: Businessman who organises ...", "Reasons: Managing director of
Entebbe Bullion Refinery Ltd.", "Reasons: Military leader of the armed group ...". The name
rules find the person; no rule reads the field. For a person with no role whose name opens a
numbered line, the first "Reasons:" / "Grounds:" / "Statement of reasons:" field within the
next few lines gives the post when it opens with one to three words that end in a title word
and are followed by "of", "at", "who", "and", a comma or a full stop.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.lexicon import ROLE_HEADS
from briefdesk.extract.resolver import Resolver, note
from briefdesk.extract.words import word_list

_HEADS = ROLE_HEADS | word_list("occupation_heads")
_ENTRY_LINE = re.compile(r"(?:^|\n)[ \t]*\d{1,3}[.)][ \t]+$")
_REASONS = re.compile(
    r"\n[ \t]*(?:Statement of reasons|Reasons?|Grounds)[ \t]*:[ \t]*"
    r"(?P<post>[A-Z][a-z-]*(?:[ ][a-z][a-z-]*){0,2})(?=[ ](?:of|at|who|and|for)\b|[,.])"
)
_MAX_LINES = 6


def entry_reasons(res: Resolver) -> None:
    """Give a listed person with no role the post their entry's reasons open with."""
    text = res.text
    if "eason" not in text and "rounds" not in text:
        return
    for person in res.found.actors.values():
        if person.type != "person" or person.role or not person.evidence:
            continue
        for start, end in sorted(person.evidence):
            if not _ENTRY_LINE.search(res.before(start, 8)):
                continue
            below = "\n".join(text[end:].split("\n", _MAX_LINES + 1)[: _MAX_LINES + 1])
            found = _REASONS.search(below)
            if found and found.group("post").split()[-1].lower() in _HEADS:
                person.role = found.group("post")
                note(person.why, "person.entry-reasons", person.role)
                break
