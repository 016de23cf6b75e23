"""Component: a defined term ("the Company", "the Vendor", "TBS") is the party defined before it.

Two steps around the chunk pass. Before it, ``claim_defined_terms`` claims each term in its
bracket and each later use of it, so no chunk rule makes "Company", "Vendor" or "Claimant" an
organisation. After it, ``bind_defined_terms`` finds the party named right before the bracket
and records the bracket's terms and their later uses as mentions of that party, so a deal
sentence that says "the Company" or "the Purchaser" names it (see ``defined_terms``).
"""

from __future__ import annotations

import bisect

from briefdesk.extract.components.issuer_company import issuer_company
from briefdesk.extract.defined_terms import (
    GAP,
    GAP_AT_END,
    UNNAMED_PARTY,
    definitions,
    has_definitions,
    later_uses,
    role_of,
)
from briefdesk.extract.resolver import Resolver

RULE = "alias.defined-term"


def _uses(text: str, defs_end: int, term: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(start, end), *later_uses(text, term, defs_end)]


def claim_defined_terms(res: Resolver) -> None:
    """Claim the terms and their later uses before the chunk rules read them."""
    text = res.text
    if not has_definitions(text):
        return
    for definition in definitions(text):
        for term, start, end in definition.terms:
            for at, until in _uses(text, definition.end, term, start, end):
                res.claim(_with_article(text, at), until)


def _with_article(text: str, at: int) -> int:
    """The start of "the " before a term, so a chunk "The Company" is inside the claim."""
    lead = text[max(0, at - 4) : at]
    return at - 4 if lead.lower() == "the " else at


def bind_defined_terms(res: Resolver) -> None:
    """Make each term and its later uses mentions of the party named before its bracket; then
    an undefined "the Company" the issuer's (``issuer_company``)."""
    if has_definitions(res.text):
        _bind_definitions(res)
    issuer_company(res)


def _bind_definitions(res: Resolver) -> None:
    text = res.text
    mentions = sorted(res.found.mentions)
    ends = [m[0] for m in mentions]
    for definition in definitions(text):
        if definition.name_at >= 0:  # "The Claimant, Nordvik Dredging AS,"
            key = _party_at(mentions, ends, definition.name_at)
        else:
            key = _party_before(text, mentions, ends, definition.start)
        roles = all(role_of(term) for term, _s, _e in definition.terms)
        if not key and roles and definition.name_at < 0:
            key = _unnamed_party(res, definition.start)
        if not key:
            continue
        for term, start, end in definition.terms:
            for at, until in _uses(text, definition.end, term, start, end):
                if _covered(mentions, ends, at, until):
                    continue  # "Pelangi" inside "Pelangi Aerotech Bhd", named already
                res.alias(key, term, at, until, RULE)
                res.found.mentions.append((at, until, key))


def _party_before(
    text: str, mentions: list[tuple[int, int, str]], starts: list[int], bracket: int
) -> str:
    """The actor whose mention ends where the gap before the bracket begins (the longest)."""
    at = bisect.bisect_left(starts, bracket)
    best: tuple[int, int, str] | None = None
    for start, end, key in reversed(mentions[max(0, at - 6) : at]):
        fits = end <= bracket and GAP.fullmatch(text, end, bracket)
        if fits and (best is None or start < best[0]):
            best = (start, end, key)
    return best[2] if best else ""


def _party_at(mentions: list[tuple[int, int, str]], starts: list[int], at: int) -> str:
    """The actor whose (longest) mention starts at ``at``."""
    first = bisect.bisect_left(starts, at)
    here = [m for m in mentions[first : first + 4] if m[0] == at]
    return max(here, key=lambda m: m[1])[2] if here else ""


def _unnamed_party(res: Resolver, bracket: int) -> str:
    """An organisation for the capitalised run right before a role's bracket (see module)."""
    head = res.text[max(0, bracket - 90) : bracket]
    gap = GAP_AT_END.search(head)
    run = UNNAMED_PARTY.search(head, 0, gap.start() if gap else len(head))
    if run is None or run.group().split()[0] in _NOT_NAMES:
        return ""
    start = bracket - len(head) + run.start()
    res.rule = "org.defined-party"
    key = res.org(run.group(), start, start + len(run.group()))
    res.rule = ""
    return key


# Capitalised words that open a sentence, not a name ("Under the Agreement (the ...").
_NOT_NAMES = frozenset({"A", "An", "In", "Its", "On", "The", "Under"})


def _covered(mentions: list[tuple[int, int, str]], starts: list[int], at: int, until: int) -> bool:
    """Whether a mention already spans ``at:until`` (the term inside the full name)."""
    last = bisect.bisect_right(starts, at)
    return any(end >= until for _start, end, _key in mentions[max(0, last - 4) : last])
