"""Chunk rule part: a title, then the name after a comma or in brackets.

"Kenya's Cabinet Secretary for the National Treasury, Njuguna Ndung'u, welcomed": the title is
the chunk, the name follows it. Moved out of ``titles.py`` (round 14) to keep it under the limit.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.cues_people import possessor_before
from briefdesk.extract.lexicon import ORG_HEADS
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.role_lists import list_tail
from briefdesk.extract.text import Chunk


def title_then_name(res: Resolver, chunk: Chunk, role: str, affiliation: str) -> bool:
    """ "Kenya's Cabinet Secretary for the National Treasury, Njuguna Ndung'u, welcomed"."""
    # "The Minister of Lands, Housing and Urban Development, X": a listed remit first.
    listed = list_tail(res.after(chunk.end, 160)) if re.search(r"\s(?:of|for)\s", role) else ""
    match = re.match(
        r",\s+((?:[A-Z][\w'’\-]+)(?:\s+(?:[A-Z][\w'’\-]+|bin|al|de|van|von))"
        r"{0,4})(?=,|\s+(?:said|told|says|added))",
        res.after(chunk.end + len(listed), 80),
    ) or _BRACKETED_NAME.match(res.after(chunk.end, 80))
    if not match or match.group(1).rsplit(None, 1)[-1].lower() in ORG_HEADS:
        return False  # "Officer, Caribbean Development Bank, Wildey": a body, not a name
    affiliation = affiliation or possessor_before(res, chunk.start)
    if listed:
        role += listed
        res.skip_until = chunk.end + len(listed)
    start = chunk.end + len(listed) + match.start(1)
    res.rule = "person.title-then-name"
    res.person(match.group(1), start, start + len(match.group(1)), role, affiliation)
    return True


# "The Minister of Defence (Sen. The Hon. Kevin Boodoosingh-Charles):": the name in brackets.
_BRACKETED_NAME = re.compile(
    r"\s+\((?:(?:Sen|Hon|Dr|Mr|Mrs|Ms|Prof|The|H\.E|Deputy|Lord|Baroness)\.?\s+)*"
    r"([A-Z][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’.-]*){1,3})\)"
)
