"""Sides a lead told by descriptions and the next sentence names (round 14, news).

A news lead often tells the deal with descriptions and names the bodies in the next sentence:
"The operator of Lima's Line 2 metro has agreed to buy 30 trains from a Spanish manufacturer.
Metro de Lima Línea 2 SA, which holds the concession, signed the contract with Talleres
Ferroviarios del Ebro SA." The lead's verb says what its subject does (buys or sells); the next
sentence opens with the subject's name and signs "the contract" (the one just told) "with" the
other. Only a deal with both sides empty, whose lead names no party before its verb, is read;
"X and Y signed" says no direction and is left.
"""

from __future__ import annotations

import bisect

from briefdesk.extract import rx as re
from briefdesk.extract.deal_kinds import NO_PARTY_KINDS, PARTY_TYPES, DealBuild
from briefdesk.extract.resolver import Found

# The lead's subject and what it does: "X has agreed to buy", "X will sell", "X ordered".
_LEAD = re.compile(
    r"(?P<subject>[^,;:]{3,120}?)\s+(?:has\s+|have\s+|had\s+|will\s+|is\s+to\s+|plans\s+to\s+)?"
    r"(?:agreed\s+to\s+|signed\s+(?:a|an)\s+(?:deal|contract|agreement)\s+to\s+)?"
    r"(?:(?P<buys>buy|bought|order|ordered|purchase|purchased|acquire|acquired|import)|"
    r"(?P<sells>sell|sold|supply|supplied|deliver|build|export))\b"
)
# The next sentence: "<X>[, which ...,] signed the contract with <Y>".
_SIGNED_WITH = re.compile(
    r"[^.;]{0,160}?\b(?:signed|inked|concluded|sealed|finali[sz]ed)\s+(?:the|this)\s+"
    r"(?:contract|deal|agreement|order|purchase)\s+with\s+(?:the\s+)?"
)
_BODIES = frozenset({"organization", "international_organization"})  # ("Lima's operator": a
# state in a description is no name of the subject)
_WHY = "named in the next sentence, which signs the contract the lead tells"


def _party(found: Found, mentions: list[tuple[int, int, str]], start: int) -> str:
    """The key of the longest party mention that starts at ``start`` ("" if none)."""
    at = bisect.bisect_left(mentions, (start, -1, ""))
    best = ""
    for m_start, _end, key in mentions[at:]:
        if m_start != start:
            break
        if found.actors[key].type in PARTY_TYPES:
            best = key
    return best


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence that holds [start, end) (an evidence span may be its amount only): from
    the line start or the last full stop before, to the next full stop or line end."""
    stop = text.rfind(". ", 0, start)
    head = max(text.rfind("\n", 0, start) + 1, stop + 2 if stop >= 0 else 0)
    stops = [i for i in (text.find(". ", end - 1), text.find("\n", end - 1)) if i >= 0]
    tail = min(stops) + 1 if stops else len(text)
    return head + len(text[head:tail]) - len(text[head:tail].lstrip()), tail


def _told_next(
    text: str, found: Found, mentions: list[tuple[int, int, str]], start: int, end: int
) -> tuple[str, str, bool] | None:
    """(the lead's subject, the other side, whether the subject buys) from the lead at
    [start, end) and the sentence after it; None when they do not say."""
    lead = _LEAD.match(text, start, end)
    if lead is None:
        return None
    at = bisect.bisect_left(mentions, (start, -1, ""))
    for m_start, _end, key in mentions[at:]:
        if m_start >= lead.end("subject"):
            break
        if found.actors[key].type in _BODIES:
            return None  # a body named in the subject: the other rules read it
    nxt = end + len(text[end:]) - len(text[end:].lstrip())
    first = _party(found, mentions, nxt)
    if not first:
        return None
    first_end = max(e for s, e, k in mentions if s == nxt and k == first)
    signed = _SIGNED_WITH.match(text, first_end)
    other = _party(found, mentions, signed.end()) if signed else ""
    if not other or other == first:
        return None
    return first, other, bool(lead.group("buys"))


def named_next(text: str, found: Found, deals: list[DealBuild]) -> None:
    """Fill both sides of a lead told by descriptions from the sentence after it."""
    if " with " not in text:
        return
    mentions: list[tuple[int, int, str]] | None = None
    for deal in deals:
        if (
            deal.buyer
            or deal.seller
            or deal.kind in NO_PARTY_KINDS
            or deal.kind in {"loan", "grant"}
        ):
            continue
        mentions = mentions if mentions is not None else sorted(found.mentions)
        for start, end in deal.evidence:
            start, end = _sentence_around(text, start, end)
            sides = _told_next(text, found, mentions, start, end)
            if sides:
                break
        else:
            continue
        first, other, buys = sides
        buyer, seller = (first, other) if buys else (other, first)
        deal.buyer, deal.buyer_why = found.actors[buyer].name, _WHY
        deal.seller, deal.seller_why = found.actors[seller].name, _WHY
