"""A loan's side named as an owner's unit: "to Tallis' Argentine subsidiary, Litio Pocitos S.A."
(newcomer14 N14-29).

Company announcements lend and borrow through subsidiaries and name them in an apposition after
the owner's possessive: "advance a US$85 million facility to Tallis' Argentine subsidiary,
Litio Pocitos S.A., to fund ...", "a loan from the group's finance arm, X Capital Ltd". The
preposition's own rule sees the owner's possessive, not a party, and leaves the side empty. For
a loan or grant with that side empty (or held only by the state of a demonym inside the phrase,
"Chilean subsidiary"), the organisation the apposition names takes it: after "to" the borrower,
after "from" the lender. Any other side a cue gave is kept.
"""

from __future__ import annotations

import bisect

from briefdesk.extract import rx as re
from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.resolver import Found
from briefdesk.extract.text import Sentence

_OWNED = re.compile(
    r"\b(?P<prep>to|from)\s+(?:the\s+)?(?:[A-Z][\w.&-]*\s+){0,4}?(?:[A-Z][\w.&-]*|group|company)"
    r"(?:'s|’s|'|’)\s+(?:[\w-]+\s+){0,3}?(?:subsidiary|unit|arm|affiliate|vehicle|"
    r"operating\s+company|project\s+company)\s*,\s+(?:the\s+)?",
    re.I,
)
_WHY = {"to": "the unit after 'to' its owner's {s!r}", "from": "the unit after 'from' {s!r}"}


def owned_parties(text: str, found: Found, sents: list[Sentence], deals: list[DealBuild]) -> None:
    """Fill a loan's empty side from an owner's named unit (see the module)."""
    if not deals or ("'" not in text and "’" not in text):
        return
    starts = [s.start for s in sents]
    mentions = sorted(found.mentions)
    for deal in deals:
        if deal.kind not in ("loan", "grant"):
            continue
        for start, _end in deal.evidence:
            index = bisect.bisect_right(starts, start) - 1
            if index >= 0 and _fill(text, found, mentions, sents[index], deal):
                break


def _fill(
    text: str,
    found: Found,
    mentions: list[tuple[int, int, str]],
    sentence: Sentence,
    deal: DealBuild,
) -> bool:
    """Give the deal the unit the sentence names; whether a side was filled."""
    for match in _OWNED.finditer(text, sentence.start, sentence.end):
        at = bisect.bisect_left(mentions, (match.end(), 0, ""))
        if at >= len(mentions) or mentions[at][0] != match.end():
            continue
        actor = found.actors[mentions[at][2]]
        if actor.type != "organization":
            continue
        prep = match.group("prep").lower()
        why = _WHY[prep].format(s=" ".join(match.group().split()))
        if prep == "to" and _open(found, mentions, match, deal.buyer) and actor.name != deal.seller:
            deal.buyer, deal.buyer_why = actor.name, why
            return True
        if (
            prep == "from"
            and _open(found, mentions, match, deal.seller)
            and actor.name != deal.buyer
        ):
            deal.seller, deal.seller_why = actor.name, why
            return True
    return False


def _open(
    found: Found, mentions: list[tuple[int, int, str]], match: re.Match[str], held: str
) -> bool:
    """Whether the side is empty, or holds only the state of the unit's demonym ("to Quarry's
    Chilean subsidiary, X": Chile is where X is, not who borrows)."""
    if not held:
        return True
    at = bisect.bisect_left(mentions, (match.start(), 0, ""))
    for start, _end, key in mentions[at:]:
        if start >= match.end():
            break
        actor = found.actors[key]
        if actor.type == "state" and actor.name == held:
            return True
    return False
