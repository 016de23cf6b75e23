"""A plural title before two names (round 17, N16-08): "signed by the Foreign Ministers Ingrid
Solberg and Yusuf Taleb". The run "Foreign Ministers Ingrid Solberg" has no singular head word,
so no title rule read it and the late pass dropped the first name; each of the two names takes
the title in the singular."""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.chunk_view import CLAIM, NEXT, View
from briefdesk.extract.firstnames import first_names
from briefdesk.extract.lexicon import ORG_HEADS, ROLE_HEADS, ROLE_MODIFIERS
from briefdesk.extract.remits import remit_like
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.vocab import BUSINESS_WORDS

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


# Head words of a body named after "of" ("of the World Bank"); "State" and "Government" are the
# offices' own ("Heads of State and Government").
_BODY_WORDS = ORG_HEADS - ROLE_MODIFIERS - BUSINESS_WORDS - {"government", "state"}


def plural_office(res: Resolver, v: View) -> str:
    """Claim "the Ministers of Energy", "Heads of Government" (round 21): several holders of an
    office, no body (the head word "Government" or "Energy" made one: 4 in four readable
    sets; no readable gold lists such a run). Only when every word after "of" is a remit's
    ("Energy and Mineral Resources", "State and Government"); "Directors of Mahenge Carbon"
    or "Ministers of Defence of Kenya" are left to the other rules."""
    lowered = v.lowered
    head = next((i for i, w in enumerate(lowered) if w in PLURAL_HEADS), -1)
    if head < 0 or head + 2 >= len(lowered) or lowered[head + 1] != "of":
        return NEXT
    if not all(w in ROLE_MODIFIERS for w in lowered[:head]):
        return NEXT  # "Council of Ministers", "Conference of Heads of Government"
    remit = [t.text for t in v.rest[head + 2 :]]
    if any(w.lower() not in {"and", "the"} and not remit_like(w) for w in remit):
        return NEXT
    if {w.lower() for w in remit} & _BODY_WORDS:
        return NEXT  # "Executive Directors of the World Bank": the bank is named
    if res.country_of(" ".join(remit)) or any(res.country_of(w) for w in remit):
        return NEXT
    return CLAIM
