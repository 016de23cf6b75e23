"""A package of sanctions adopted on named targets, read as a deal of kind "sanctions" (N16-01).

Brief format 3 has the kind, with the imposing party (the seller slot) and the target (the buyer
slot). A wire story whose lead is "The European Union on Wednesday adopted a package of sanctions
against three X companies" had no deal at all: the amount pass needs a price, and the unpriced
pass needs a contract noun. Read here, after every other deal, so no other deal changes:

- the imposing party is the party that is the clause's subject right before the verb;
- the target is the party named right after "on"/"against", else the first party of a listing
  in the next two sentences ("The listed firms are A, B and C", "The measures target A");
- the status is "approved" for an act done ("adopted", "imposed", "agreed"), "proposed" for one
  put forward ("proposed", "will impose", "plans to impose"). Lifted, threatened or past
  sanctions ("sanctions imposed in 2014") are no package adopted, and no deal.

The gold conventions record no sanctions deals, so the benchmark leaves this kind out
(``benchmarks/bench_extract.as_gold_kinds``); a sanctions deal never takes another deal's place.
"""

from __future__ import annotations

import bisect

from briefdesk.extract import rx as re
from briefdesk.extract.deal_kinds import PARTY_TYPES, DealBuild
from briefdesk.extract.resolver import Found
from briefdesk.extract.text import Sentence

Mention = tuple[int, int, str]

_DONE = r"adopted|adopts|imposed|imposes|agreed|agrees|approved|approves|announced|unveiled|slapped"
_PUT = r"proposed|proposes|(?:will|would|plans\s+to|is\s+to|are\s+to)\s+(?:adopt|impose)"
# "adopted a package of sanctions against", "imposed new sanctions on", "agreed its 14th round
# of sanctions on", "slapped sanctions on".
_ACT = re.compile(
    r"\b(?:has\s+|have\s+)?(?P<verb>" + _DONE + "|" + _PUT + r")\s+"
    r"(?:(?:a|an|the|its|their|new|fresh|further|additional|targeted|[\w-]+(?:st|nd|rd|th))\s+){0,3}"
    r"(?:(?:package|round|set|raft|list)\s+of\s+(?:new\s+)?)?sanctions\s+"
    r"(?P<prep>on|against|targeting)\s+(?:the\s+)?"
)
# What names the targets after a group noun: "The listed firms are A, B and C", "The
# designated entities include A", "The measures target A".
_LISTING = re.compile(
    r"\b(?:(?:listed|designated|sanctioned|targeted|named)\s+(?:firms|companies|entities|"
    r"individuals|banks|groups|people|persons)\s+(?:are|were|include|included)|"
    r"(?:measures|sanctions|package)\s+(?:target|targets|name|names|list|lists))\s+(?:the\s+)?"
    r"(?=[A-Z])"
)
# Said of sanctions told as background, or undone: no package adopted here.
_NOT_NOW = re.compile(
    r"\b(?:lift|lifted|lifts|eased|eases|ease|threat\w*|warn\w*|could|might|consider\w*|"
    r"in\s+(?:19|20)\d\d|since|earlier\s+sanctions|previous)\b"
)


def sanctions_packages(
    text: str, found: Found, sents: list[Sentence], deals: list[DealBuild]
) -> list[DealBuild]:
    """``deals`` with one sanctions deal per imposing party that a sentence says adopted a
    package of sanctions on a named target (or a group the next sentences list)."""
    if "sanction" not in text:
        return deals
    mentions = sorted(found.mentions)
    added: list[DealBuild] = []
    for index, sentence in enumerate(sents):
        match = _ACT.search(sentence.text) if "sanctions" in sentence.text else None
        if match is None or _NOT_NOW.search(sentence.text, 0, match.start("verb")):
            continue
        verb_at = sentence.start + match.start("verb")
        imposer = _subject(text, found, mentions, sentence.start, verb_at)
        if not imposer:
            continue
        target = _named_target(text, found, mentions, sentence.start + match.end())
        if not target:
            target = _listed(text, found, mentions, sents[index + 1 : index + 3])
        if not target or target == imposer:
            continue
        told = next((d for d in added if d.seller == imposer), None)
        if told is not None:  # a headline's package told again in the lead
            told.evidence.append((sentence.start, sentence.end))
            continue
        put = re.match(_PUT, match.group("verb"))
        deal = DealBuild(kind="sanctions", value=None, seller=imposer, buyer=target)
        deal.status = "proposed" if put else "approved"
        deal.seller_why = f"imposing party: subject of {match.group('verb')!r}"
        deal.buyer_why = "target: named as the sanctions' target"
        deal.rule, deal.rule_words = "deal.sanctions", match.group().strip()
        deal.evidence = [(sentence.start, sentence.end)]
        deal.sentence_index = index
        added.append(deal)
    return deals + added


def _subject(text: str, found: Found, mentions: list[Mention], start: int, verb_at: int) -> str:
    """The party that ends right before ``verb_at`` (a day or "has" between), in its clause."""
    at = bisect.bisect_left(mentions, (verb_at, -1, ""))
    for m_start, m_end, key in reversed(mentions[:at]):
        if m_start < start:
            break
        gap = text[m_end:verb_at]
        if not re.fullmatch(
            r"\s*(?:on\s+[A-Z][a-z]+\s+|(?:yesterday|today)\s+)?(?:has\s+|have\s+)?(?:also\s+)?",
            gap,
        ):
            return ""
        actor = found.actors.get(key)
        if actor is not None and actor.type in PARTY_TYPES:
            return actor.name
        return ""
    return ""


def _first_party(found: Found, mentions: list[Mention], at: int, within: int) -> str:
    """The first party whose mention starts within ``within`` characters of ``at`` (the
    longest of those starting there)."""
    i = bisect.bisect_left(mentions, (at, -1, ""))
    best: tuple[int, int, str] | None = None
    for m_start, m_end, key in mentions[i:]:
        if m_start > at + within or (best is not None and m_start > best[0]):
            break
        actor = found.actors.get(key)
        if actor is not None and actor.type in PARTY_TYPES and (best is None or m_end > best[1]):
            best = (m_start, m_end, actor.name)
    return best[2] if best else ""


def _named_target(text: str, found: Found, mentions: list[Mention], at: int) -> str:
    """The party named right at ``at`` by its own name: not "a Georgian shipping company", "a
    Singapore-registered trader" nor "Nicaragua's state mining company" (a state's word that
    describes or owns the target)."""
    target = _first_party(found, mentions, at, 0)
    after = text[at + len(target) : at + len(target) + 2]
    if not target or not text.startswith(target, at) or after[:1] == "-" or after in ("'s", "’s"):
        return ""
    return target


def _listed(text: str, found: Found, mentions: list[Mention], nexts: list[Sentence]) -> str:
    """The first party a listing sentence among ``nexts`` names."""
    for sentence in nexts:
        listing = _LISTING.search(sentence.text)
        if listing is not None:
            # (the list's first name may be no actor: the first party of the list)
            at = sentence.start + listing.end()
            return _first_party(found, mentions, at, min(80, sentence.end - at))
    return ""
