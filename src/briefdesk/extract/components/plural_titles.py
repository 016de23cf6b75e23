"""A plural title before two names (round 17, N16-08): "signed by the Foreign Ministers Ingrid
Solberg and Yusuf Taleb". The run "Foreign Ministers Ingrid Solberg" has no singular head word,
so no title rule read it and the late pass dropped the first name; each of the two names takes
the title in the singular."""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.chunk_view import CLAIM, NEXT, View
from briefdesk.extract.firstnames import first_names
from briefdesk.extract.lexicon import ROLE_HEADS, ROLE_MODIFIERS
from briefdesk.extract.resolver import Resolver

# the second name, right after the run: " and Yusuf Taleb" (two or three capitalised words)
_AND_NAME = re.compile(r"\s+and\s+([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,2})(?![\w'’-])")

# the plural head words a trigger looks for ("ministers", "presidents")
PLURAL_HEADS = frozenset(head + "s" for head in ROLE_HEADS if not head.endswith("s"))


def plural_title(res: Resolver, v: View) -> str:
    """Claim "Foreign Ministers A" when " and B" follows: A and B each hold the title."""
    lowered = v.lowered
    head = next((i for i, w in enumerate(lowered) if w in PLURAL_HEADS), -1)
    if head < 0 or len(lowered) - head - 1 not in {2, 3}:
        return NEXT
    if not all(w in ROLE_MODIFIERS for w in lowered[:head]):
        return NEXT  # "Council of Ministers X": no title of two people
    name_tokens = v.rest[head + 1 :]
    second = _AND_NAME.match(res.text, v.chunk.end)
    if not second or name_tokens[0].text.lower() not in first_names():
        return NEXT
    if second.group(1).split()[0].lower() not in first_names():
        return NEXT  # "Ministers Ingrid Solberg and Nordmark": no second person
    role_tokens = v.rest[: head + 1]
    role = res.text[role_tokens[0].start : role_tokens[-1].end][:-1]  # the singular title
    start = name_tokens[0].start
    res.person(res.text[start : name_tokens[-1].end], start, name_tokens[-1].end, role)
    at = second.start(1)
    res.person(second.group(1), at, second.end(1), role)
    return CLAIM
