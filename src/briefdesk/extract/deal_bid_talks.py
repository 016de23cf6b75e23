"""Talks about a purchase with no party to talk *with* (round 23, issue 10): "X is in talks to
buy Y Ltd", "we have entered exclusive talks to acquire Y", "X had ended talks to buy Y", "the
air force is in final negotiations for six helicopters, the Z T-72", "Talks on two more frigates
from Z have stalled".

``deal_talks`` reads a talk *with* a named party; writers the rules were not built on (fresh-18,
fresh-20: a wire, an earnings call, a trade weekly) tell a bid for a company or for goods with
the talk's object right after the talk: "to buy <company>" (the gold keeps the bidder as the
buyer and no seller: the company bought is no side) or "for|on <counted goods>" with the maker
after "from" or in the goods' apposition (the maker sells). Status proposed; ended or broken off
talks cancelled; stalled or on hold suspended. Not talks denied or wondered about, nor talks to
buy goods with no maker named (a tender, a plan).
"""

from __future__ import annotations

from collections.abc import Callable

from briefdesk.extract import rx as re
from briefdesk.extract.deal_first_person import we_reader
from briefdesk.extract.deal_free_sentences import deals_in_free_sentences
from briefdesk.extract.deal_kinds import NO_PARTY_KINDS, PARTY_TYPES, DealBuild, deal_kind
from briefdesk.extract.deal_talks import TALK_BE as _BE
from briefdesk.extract.deal_talks import TALK_NOUN as _TALK_NOUN
from briefdesk.extract.deal_talks import TALK_STAGE as _STAGE
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.party_near import Mention, party_named_at, subject_party
from briefdesk.extract.resolver import Found
from briefdesk.extract.text import Sentence

_ENDED = r"(?:ended|broke\s+off|broken\s+off|called\s+off|abandoned|terminated)"
# "is in talks to buy", "have entered exclusive talks to acquire", "had ended talks to buy"
_TO_BUY = re.compile(
    rf"\b(?:{_BE}\s+(?:also\s+|now\s+|still\s+)?in\s+{_STAGE}{_TALK_NOUN}"
    rf"|(?:entered(?:\s+into)?|opened|began|started|(?P<ended>{_ENDED}))\s+(?:its\s+|the\s+)?"
    rf"{_STAGE}{_TALK_NOUN}"
    rf"|{_BE}\s+(?:also\s+)?negotiating)"
    rf"\s+to\s+(?:buy|acquire|purchase|take\s+over)\s+"
)
_COUNTED = (
    r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|more)\s+(?:(?:more|additional|further|new|used|second-hand)\s+)?"
    r"(?:[\w-]+\s+){0,4}?[a-z-]+(?:s|craft)\b"
)
# "is in final negotiations for six helicopters", "Talks on two more frigates from X"
_FOR_GOODS = lazy(
    rf"(?:\b{_BE}\s+(?:also\s+|now\s+|still\s+)?in\s+{_STAGE}{_TALK_NOUN}|(?<![\w,] )\b"
    rf"(?-i:[TN])(?:alks|egotiations))\s+(?:for|on|over)\s+(?:the\s+)?(?P<goods>{_COUNTED})"
)
_MAKER = re.compile(r"\s*(?:,\s+(?:the\s+)?|\s+from\s+)")
_NO_TALK = re.compile(
    r"\b(?:den(?:y|ies|ied)|ruled\s+out|rules\s+out|no\s+talks|not\s+in\s+talks|whether|"
    r"reject\w*|rumou?rs?|speculation|may|might|could)\b|\?",
    re.IGNORECASE,
)
_WE = re.compile(r"\b[Ww]e\b(?=\s+(?:have|had|are|were|'ve|’ve)?\s*\w)")
_STALLED = re.compile(r"\b(?:stalled|on\s+hold|suspended|frozen)\b")
_WHY = "talks {}: {!r}"


def bid_talks(
    text: str, found: Found, sents: list[Sentence], deals: list[DealBuild]
) -> list[DealBuild]:
    """``deals`` with a proposed (or ended) deal for each bid told as talks with no partner."""
    if "alks" not in text and "egotiat" not in text and "iscussions" not in text:
        return deals
    speakers: list[Callable[[int], str]] = []

    def we_at(at: int) -> str:  # (the readers of "we" run only when a bid is told by "we")
        if not speakers:
            speakers.append(we_reader(text, found))
        key = speakers[0](at)
        return found.actors[key].name if key in found.actors else ""

    def read(found: Found, mentions: list[Mention], sentence: Sentence) -> DealBuild | None:
        return _bid(found, mentions, sentence, we_at)

    return deals_in_free_sentences(found, sents, deals, read, _NO_TALK, told=_told)


def _bid(
    found: Found, mentions: list[Mention], sentence: Sentence, we_at: Callable[[int], str]
) -> DealBuild | None:
    """The deal one sentence's bid is, or None (``we_at``: the body a "we" speaks for)."""
    said, start = sentence.text, sentence.start
    if (match := _TO_BUY.search(said)) is not None:
        target, target_end = party_named_at(found, mentions, sentence, start + match.end())
        if not target:
            return None  # "in talks to buy gas": no company named, a plan (left to others)
        actor = next((a for a in found.actors.values() if a.name == target), None)
        if actor is None or actor.type != "organization":
            return None
        status = "cancelled" if match.group("ended") else "proposed"
        deal = DealBuild("other", None, item=target, status=status)
        deal.item_span = (start + match.end(), target_end)
        deal.buyer = _subject(found, mentions, sentence, match.start())
        we = _WE.search(said, 0, match.start())
        if not deal.buyer and we is not None:  # "we have entered exclusive talks to acquire"
            deal.buyer = we_at(start + we.start())
        if not deal.buyer or deal.buyer == target:
            return None
        deal.buyer_why = f"the bidder ({' '.join(match.group().split())})"
    elif (match := _FOR_GOODS.search(said)) is not None:
        tail = _MAKER.match(said, match.end())
        if tail is None:
            return None
        maker, _ = party_named_at(found, mentions, sentence, start + tail.end())
        maker = maker or _name_at(found, said, tail.end())
        if not maker:
            return None
        kind = deal_kind(said, said)
        if kind in NO_PARTY_KINDS:
            return None
        status = "suspended" if _STALLED.search(said) else "proposed"
        deal = DealBuild(kind, None, status=status)
        deal.seller = maker
        deal.buyer = _subject(found, mentions, sentence, match.start())
        if deal.buyer == maker:
            return None
        deal.seller_why = f"the maker of the goods talked about ({match.group('goods')})"
    else:
        return None
    deal.rule, deal.rule_words = "deal.unpriced", _WHY.format(match.group().split()[0], said[:80])
    return deal


def _name_at(found: Found, said: str, at: int) -> str:
    """A party whose name opens ``said`` at ``at`` though no mention was kept there ("the
    Anatolia Rotorcraft T-72 Doğan": the maker's name inside a product's)."""
    at += len(said[at:]) - len(said[at:].lstrip())
    at += 4 if said.startswith("the ", at) else 0
    names = [a.name for a in found.actors.values() if a.type in PARTY_TYPES and a.type != "state"]
    return max((n for n in names if said.startswith(n + " ", at)), key=len, default="")


def _subject(found: Found, mentions: list[Mention], sentence: Sentence, before: int) -> str:
    """The party opening the talk's clause (after a colon or semicolon: an interview's speaker
    is no party)."""
    said = sentence.text
    opens = max(said.rfind(":", 0, before), said.rfind(";", 0, before)) + 1
    dash = max(said.rfind(f" {d} ", 0, before) for d in "-—–")
    if dash > 0 and ")" in said[:dash]:  # "BULAWAYO, Aug 15 (ZNA) - X is in talks": the dateline
        opens = max(opens, dash + 3)
    return subject_party(found, mentions, sentence, sentence.start + opens, sentence.start + before)


def _told(deal: DealBuild, deals: list[DealBuild]) -> bool:
    """Whether a deal already read is this one: the same company bought by the same bidder, or
    (goods) a deal with this one's sides."""
    if deal.item:
        return any(d.buyer == deal.buyer and deal.item.lower() in d.item.lower() for d in deals)
    sides = {deal.buyer, deal.seller} - {""}
    return any(sides <= {d.buyer, d.seller} for d in deals)
