"""Component: a letterhead line that names an office and its holder (round 14).

Ministers' and chairs' readouts and letters head the page with the office and the person who
holds it: "Office of the Minister of Mining, Paula Soto", "Office of the Chairperson, Hon. Ana
Ruiz". The line names a person, whose post is the office's title (later "the Minister" in the
text is that person); the "Office of the ..." words are no organisation of their own.
Gate: "Office of the " at the start of a line.
"""

from __future__ import annotations

from briefdesk.extract.lexicon import ROLE_HEADS
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.scans import LineLed

RULE = "person.office-line"
_LINE = LineLed(
    r"[ \t]*(?P<office>Office[ ]of[ ]the[ ]"
    r"(?P<post>[A-Z][\w-]+(?:[ ](?:of|for|and|the|[A-Z][\w-]+)){0,6}))"
    r",[ ]+(?P<hon>(?:(?:H\.E\.|Hon\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Prof\.?)[ ]+)*)"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ ][A-ZÀ-ÖØ-Þ][\w'’.-]+){1,3})[ \t]*"
)


def office_lines(res: Resolver) -> None:
    """The holder named on an office's letterhead line, with the office's title as post."""
    if "Office of the " not in res.text:
        return
    for match in _LINE.finditer(res.text):
        post = match.group("post")
        if not any(w.lower() in ROLE_HEADS for w in post.split()):
            continue
        res.rule = RULE
        name, start = match.group("name"), match.start("name")
        res.person(name, start, match.end("name"), role=post)
        res.claim(match.start("office"), match.end("office"))
        res.claim(start, match.end("name"))
