"""A region named inside a job title's remit is no place (newcomer24 N24-13, round 25).

"the DIB Managing Director for Eastern Europe and the Caucasus, Henrik Solberg": "the
Caucasus" is part of Solberg's title (the area he answers for), not a place the story happens
in. A region counts as such only when a title word with "for" opens its phrase and a person's
name follows it, set off by a comma.
"""

from __future__ import annotations

from briefdesk.extract import rx as re

# "Managing Director for Eastern Europe and the ", "Vice-President for ": a title's remit.
_REMIT_BEFORE = re.compile(
    r"\b(?:Director|Manager|Head|President|Officer|Chief|Representative|Coordinator|"
    r"Commissioner|Envoy|Secretary)\s+for\s+(?:(?:the\s+)?[A-Z][\w-]*\s+){0,3}"
    r"(?:(?:and|&)\s+)?(?:the\s+)?$"
)
# ", Henrik Solberg": a person's name after the title.
_NAME_AFTER = re.compile(r",\s+(?:Dr\.?\s+|Mr\.?\s+|Ms\.?\s+)?[A-Z][\w'’.-]+\s+[A-Z][\w'’-]+")


def in_title_remit(text: str, start: int, region: str) -> bool:
    """Whether ``region``, at ``start``, ends a title's "for …" remit before a name."""
    end = start + len(region)
    return bool(
        text[end : end + 1] == ","
        and _NAME_AFTER.match(text, end)
        and _REMIT_BEFORE.search(text, max(0, start - 80), start)
    )
