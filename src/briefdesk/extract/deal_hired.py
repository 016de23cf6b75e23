"""Work a named firm was hired or contracted for (round 21, issue 10): "X, an Ankara-based
contractor, was hired by Y to work over thirty wells", "Y has contracted the Dutch firm X for
the dredging", "X has been contracted by Y to make and lay the cable", "Y has subcontracted two
ground stations to X".

No price and often no contract noun, so no pass made these deals: the gold keeps them as signed
contracts (kind other), the firm that does the work selling and the one that hired it buying.
Read here, after the other deals, in sentences no deal cites: the hired firm must be a named
party and the work must follow ("to <verb>", "for the ...", "for <work>"); the client is the
party after "by" or the one opening the clause. Not a person hired, an adviser retained ("as
financial adviser"), a plant commissioned, a hire denied, nor a side pair a deal already has.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.deal_free_sentences import deals_in_free_sentences
from briefdesk.extract.deal_kinds import DealBuild, deal_kind
from briefdesk.extract.deal_status import deal_status
from briefdesk.extract.party_near import Mention, first_party, party_named_at
from briefdesk.extract.resolver import Found
from briefdesk.extract.text import Sentence

_VERB = r"(?:hired|contracted|engaged|retained|commissioned|subcontracted|sub-contracted)"
# "was hired by", "has been contracted", "were engaged by"
_PASSIVE = re.compile(
    rf"\b(?:was|were|has\s+been|have\s+been|had\s+been|is\s+being)\s+(?:also\s+)?{_VERB}\b"
    rf"(?P<by>\s+by\s+)?"
)
# "has hired", "contracted", "had also engaged"
_ACTIVE = re.compile(rf"\b(?:(?:has|have|had)\s+(?:also\s+)?)?{_VERB}\s+(?!by\b)")
# "subcontracted two ground stations to"
_SUB_TO = re.compile(r"\bsub-?contracted\s+(?:[^.;,]{3,80}?)\s+to\s+(?=[A-Z])")
# The work after the hired firm: "to work over", "for the dredging", "for dredging"
_WORK = re.compile(r"[^;:]{0,80}?\s(?:to\s+(?!be\b)[a-z]+|for\s+(?:the\s+)?[a-z])")
# Or the work told first (round 25): "For the marine works the Claimant contracted X, a Dutch
# dredging company, in 2021", "2. For the steel superstructure, PM subcontracted X in 2023"
_WORK_FIRST = re.compile(r"(?:\d[\d.]*\s+)?For\s+the\s+[a-z][a-z -]{2,50}?,?\s+[^,;]{1,40}$")
_NOT_WORK = re.compile(
    r"\bas\s+(?:(?:its|their|the|a|an|lead|joint|financial|legal|technical)\s+)*"
    r"(?:advis[eo]rs?|counsel|bookrunners?|arrangers?|underwriters?)\b|\bnot\b|\bnever\b",
    re.I,
)
_WHY = "hired for work: {!r}"


def hired_deals(
    text: str, found: Found, sents: list[Sentence], deals: list[DealBuild]
) -> list[DealBuild]:
    """``deals`` with a signed contract for each firm told hired or contracted for work."""
    if not any(w in text for w in ("ontracted", "hired", "engaged", "retained", "commissioned")):
        return deals
    return deals_in_free_sentences(found, sents, deals, _hired, _NOT_WORK)


def _hired(found: Found, mentions: list[Mention], sentence: Sentence) -> DealBuild | None:
    """The contract one sentence tells a firm was hired for, or None."""
    said, start = sentence.text, sentence.start
    buyer = seller = ""
    if (match := _PASSIVE.search(said)) is not None:
        seller, _ = first_party(
            found, mentions, start + _opens(said, match.start()), start + match.start()
        )
        after = start + match.end()
        if match.group("by"):
            buyer, after = party_named_at(found, mentions, sentence, after)
    elif (match := _SUB_TO.search(said) or _ACTIVE.search(said)) is not None:
        buyer, _ = first_party(
            found, mentions, start + _opens(said, match.start()), start + match.start()
        )
        seller, after = party_named_at(found, mentions, sentence, start + match.end())
    else:
        return None
    if not seller or seller == buyer:
        return None
    if not _WORK.match(said, after - start) and not (
        buyer and _WORK_FIRST.match(said[: match.start()])
    ):
        return None
    # work is a service ("other"; named later from its words) unless arms are the goods
    kind = "arms_sale" if deal_kind(said, said) == "arms_sale" else "other"
    status = deal_status(said)
    deal = DealBuild(kind, None, buyer=buyer, seller=seller)
    deal.status = status if status not in {"reported", "proposed"} else "signed"
    words = " ".join(match.group().split())
    deal.rule, deal.rule_words = "deal.unpriced", _WHY.format(words)
    deal.seller_why = f"contractor: the firm hired ({words})"
    deal.buyer_why = f"client: the side that hired it ({words})" if buyer else ""
    return deal


def _opens(said: str, before: int) -> int:
    """Where the clause ending at ``before`` opens (after a colon or semicolon)."""
    return max(said.rfind(":", 0, before), said.rfind(";", 0, before)) + 1
