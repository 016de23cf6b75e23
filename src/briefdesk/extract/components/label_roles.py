"""Component: a title written as a line's label before the person's name (round 19).

Notices, filings and briefings end with lines such as "Director: X", "Representative
Director: X", "Spokesperson: Major General X", "Director-General of the ISP: X" or "Director
General, North Africa Regional Office: X". The label is the person's office; a body after "of"
is the affiliation when the text names it. A unit after the label's comma is kept when it is
a remit ("Assistant Deputy Minister, Defence and Marine Procurement"), as in
``role_units``, and left out when it names a place or a body ("Director General, North
Africa Regional Office" is a director general). Only when the label is a title (every word
a title word, the last a role head), the rest of the line is the name (perhaps after a rank or
an honorific), and the person has no role yet or only a rank ("Major General" before the name
is how the spokesperson is addressed, not the office).
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.body_names import org_named
from briefdesk.extract.lexicon import ROLE_HEADS, TITLE_WORDS
from briefdesk.extract.name_priority import is_rank
from briefdesk.extract.resolver import Resolver, note
from briefdesk.extract.unit_words import is_unit

# "Title[ of the Body][, Unit]: <the rest of the line>"
_LABEL_LINE = re.compile(
    r"(?m)^[ \t]*([A-Z][\w'’-]*(?:[ \t]+(?!of\b)[A-Za-z][\w'’-]*){0,4})"
    r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?([A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*){0,4}))?"
    r"(?:,[ \t]+([A-Z][^:\n]{1,60}))?:[ \t]+(\S[^\n]*?)[ \t]*$"
)


def label_roles(res: Resolver) -> None:
    """Give the person named alone after a title's label that title as the role."""
    if ":" not in res.text:
        return
    people = [
        p
        for p in res.found.actors.values()
        if p.type == "person" and p.evidence and (not p.role or is_rank(p.role))
    ]
    if not people:
        return
    for line in _LABEL_LINE.finditer(res.text):
        title = line.group(1)
        words = title.lower().replace("-", " ").split()
        if not all(w in TITLE_WORDS for w in words) or words[-1] not in ROLE_HEADS:
            continue
        for person in people:
            if any(line.start(4) <= s and e == line.end(4) for s, e in person.evidence):
                unit = line.group(3)
                person.role = f"{title}, {unit}" if unit and is_unit(res, unit) else title
                body = line.group(2)
                known = org_named(res, body, create=False) if body else ""
                person.affiliation = person.affiliation or known
                note(person.why, "person.label-title", person.role)
                break
