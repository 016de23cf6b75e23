"""The mentions a deal's sides are read from, once per text: the actors' mentions without an
amount's letters ("CFA 180"), with what a describing phrase points at ("the Turkish firm") or a
named part ("the buyer"), with an interview's or a transcript speaker's "we", and without a
state named only as a route ("via Bulgaria")."""

from __future__ import annotations

import bisect

from briefdesk.extract import rx as re
from briefdesk.extract.deal_anaphora import described_mentions
from briefdesk.extract.deal_apposed import apposed_mentions
from briefdesk.extract.deal_role_nouns import role_mentions
from briefdesk.extract.deal_transit import without_transit
from briefdesk.extract.deal_turns import quoted_turns, transcript_turns
from briefdesk.extract.deal_we import first_person_mentions
from briefdesk.extract.money import MoneyMention
from briefdesk.extract.resolver import Found
from briefdesk.extract.text import Sentence


def party_mentions(
    text: str,
    found: Found,
    mentions: list[tuple[int, int, str]],
    money: list[MoneyMention],
    sents: list[Sentence],
) -> list[tuple[int, int, str]]:
    """``mentions`` (sorted) as the deal finder reads them for sides."""
    mentions = without_amounts(mentions, money)
    mentions = described_mentions(text, found, mentions, sents)
    mentions = apposed_mentions(text, found, mentions)  # "from a Dutch yard, X,"
    mentions = role_mentions(text, found, mentions)  # "The buyer, X, ...": later "the buyer"
    mentions = first_person_mentions(text, found, mentions)
    mentions = transcript_turns(text, found, mentions)  # "MINISTER X: We signed ..."
    mentions = quoted_turns(text, found, mentions)  # '"We will buy ...," said Minister X'
    return without_transit(text, found, without_outlets(text, mentions))


# "MAPUTO, Aug 17 (ZNA) - ...", "LIMA, Nov 24 (Reuters) —": the outlet of a dateline, at the
# head of any item of a roundup, not only the first (round 23, fresh-20 Y05).
_DATELINE_HEAD = re.compile(r"(?:^|\n)[A-Z][A-Za-z .'’/-]{1,40},\s+[^()\n]{3,40}\($")
_DATELINE_TAIL = re.compile(r"\)\s*[-—–]")


def without_outlets(text: str, mentions: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Name mentions that are not a dateline's outlet: an outlet reports a deal, no side."""
    return [
        m
        for m in mentions
        if not (
            _DATELINE_TAIL.match(text, m[1])
            and _DATELINE_HEAD.search(text, max(0, m[0] - 60), m[0])
        )
    ]


def without_amounts(
    mentions: list[tuple[int, int, str]], money: list[MoneyMention]
) -> list[tuple[int, int, str]]:
    """Name mentions that do not overlap an amount: "CFA 180" read as a name inside "CFA 180
    billion" is no party. ``money`` is in text order."""
    if not money:
        return mentions
    starts = [m.start for m in money]
    kept = []
    for mention in mentions:
        index = bisect.bisect_left(starts, mention[1]) - 1
        if index < 0 or money[index].end <= mention[0]:
            kept.append(mention)
    return kept
