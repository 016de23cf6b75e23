"""A financing package told as its parts: "a loan of US$41.2 million from the AfDB and a grant of
US$27.3 million from the ADF". Each part with its own instrument and its own funder is a deal;
a total that is exactly the sum of parts told after it ("approved a package of US$68.5 million")
is those deals counted again, so it goes and lends its borrower to the parts that lack one.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from decimal import Decimal

from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.money import MoneyMention

Mention = tuple[int, int, str]

# "a loan of", "a grant of", "a concessional loan of", "a EUR 5 million grant" (after).
_BEFORE = re.compile(
    r"\b(?:a|an|another|and)\s+(?:[\w-]+\s+){0,2}?(loan|grant|credit|credit\s+line)\s+of\s+"
    r"(?:up\s+to\s+|about\s+)?$",
    re.IGNORECASE,
)
_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,1}?(loan|grant|credit)s?\b", re.IGNORECASE)
_FROM = re.compile(r"\s+(?:[\w-]+\s+){0,1}?from\s+(?:the\s+)?$", re.IGNORECASE)
# "... and a grant of UA 5.2 million", "... and a $30 million grant", "... and US$150 million in
# grants": a part joined to the one before by "and" (round 11).
_AND_BEFORE = re.compile(
    r"\band\s+(?:an?\s+|another\s+)?(?:(?:[\w-]+\s+)?(?:loan|grant|credit)\s+of\s+)?"
    r"(?:up\s+to\s+|about\s+|some\s+)?$",
    re.IGNORECASE,
)


# "..., and the Government of the Netherlands is providing a grant of": the part's funder is the
# subject of its own clause, joined by "and" or a semicolon (round 12, N11-23).
_CLAUSE_OPEN = lazy(r"(?:,\s*and|;|\band)\s+(?:the\s+)?$", re.IGNORECASE)
_GIVES = re.compile(
    r"\s+(?:(?:is|are|will|would|has|have|had|was|were)\s+)?(?:also\s+)?"
    r"(?:provid|offer|extend|contribut|add|giv|lend|lent|grant|pledg|commit)\w*\s+$",
    re.IGNORECASE,
)

Part = tuple[str, str, str]  # (kind, funder key, recipient key)
# "(about US$66 million)" between a part and its own "from" or "to"
_BRACKET = re.compile(r"\s*\([^()]{0,40}\)")
_TO = re.compile(
    r"\s+to\s+(?:the\s+)?(?:(?:Government|Republic)\s+of\s+(?:the\s+)?)?$", re.IGNORECASE
)


def _key_after(
    text: str, at: int, mentions: list[Mention], link: re.Pattern[str]
) -> tuple[str, int]:
    """The mention ``link`` ("from the", "to the Republic of") leads to from ``at``, and its end."""
    for start, end, key in mentions:
        if at <= start <= at + 30 and link.fullmatch(text, at, start):
            return key, end
    return "", at


def part_of_package(text: str, money: MoneyMention, mentions: list[Mention]) -> Part:
    """(kind, funder key, recipient key) when ``money`` is one part of a package: headed by its
    own instrument and followed by its own "from X", or joined to the part before by "and"
    (round 11: then the funder may be told after its own "to Y", or not at all);
    ("", "", "") otherwise."""
    head = _BEFORE.search(text, max(0, money.start - 60), money.start)
    tail = None if head else _AFTER.match(text, money.end, money.end + 30)
    if not (head or tail):
        return "", "", ""
    kind = (head or tail).group(1).lower().split()[0]  # type: ignore[union-attr]
    after = tail.end() if tail else money.end
    if bracket := _BRACKET.match(text, after):
        after = bracket.end()
    funder, _ = _key_after(text, after, mentions, _FROM)
    if not funder and head:
        funder = _clause_subject(text, head.start(), mentions)
    joined = bool(_AND_BEFORE.search(text, max(0, money.start - 40), money.start))
    if not (funder or joined):
        return "", "", ""
    recipient = ""
    if joined and not funder:  # "a $90 million grant to Djibouti from the ADF"
        recipient, end = _key_after(text, after, mentions, _TO)
        funder = _key_after(text, end, mentions, _FROM)[0] if recipient else ""
    return ("grant" if kind == "grant" else "loan"), funder, recipient


def _clause_subject(text: str, at: int, mentions: list[Mention]) -> str:
    """The mention that opens the clause ending at ``at`` and gives what follows ("and the
    Government of the Netherlands is providing"), or ""."""
    for start, end, key in mentions:
        if (
            at - 80 <= start < at
            and _GIVES.fullmatch(text, end, at)
            and _CLAUSE_OPEN.search(text, max(0, start - 12), start)
        ):
            return key
    return ""


def package_part(deal: DealBuild, part: Part, name: Callable[[str], str], index: int) -> DealBuild:
    """``deal`` made the part ``part`` (kind, funder key, recipient key) of a package told in
    ``index``."""
    deal.kind, deal.sentence_index = part[0], index
    if part[1]:
        deal.seller, deal.seller_why = name(part[1]), "its own 'from' or clause in a package"
    if part[2]:
        deal.buyer, deal.buyer_why = name(part[2]), "its own 'to' in a package"
    return deal


def _counted_as(text: str, value: MoneyMention, currency: str) -> Decimal | None:
    """``value``'s amount in ``currency``: its own, or the bracketed equivalent written right
    after it ("UA 48.6 million (about $65 million)", round 11)."""
    if value.currency == currency:
        return value.amount
    bracket = _BRACKET.match(text, value.end)
    if bracket is None:
        return None
    from briefdesk.extract.money import find_money

    stated = [m for m in find_money(bracket.group()) if m.currency == currency]
    return stated[0].amount if len(stated) == 1 else None


_HELD = frozenset({"proposed", "suspended", "cancelled"})


def drop_package_totals(deals: list[DealBuild], text: str = "") -> list[DealBuild]:
    """Without a total that two or three parts told after it add up to exactly."""
    dropped: set[int] = set()
    for deal in deals:
        value = deal.value
        if value is None:
            continue
        later = [
            (d, amount)
            for d in deals
            if d.value is not None
            and d.value.start > value.start
            and (amount := _counted_as(text, d.value, value.currency)) is not None
            and amount < value.amount
        ]
        parts = next(
            (
                [d for d, _ in c]
                for n in (2, 3)
                for c in itertools.combinations(later, n)
                if sum(amount for _, amount in c) == value.amount
            ),
            [],
        )
        if parts:
            dropped.add(id(deal))
            for part in parts:  # the parts were decided when the total was, unless a part is
                if part.status not in _HELD:  # told held back or stopped (round 22: "in talks")
                    part.status = deal.status
                if not part.buyer and deal.buyer:
                    part.buyer, part.buyer_why = deal.buyer, deal.buyer_why
    return [d for d in deals if id(d) not in dropped]


# "to be built at a cost of 1.9 billion dollars, is being financed with a 48 billion baht loan":
# what the project costs is no deal when the sentence names the loan or grant that pays for it.
_COST_BEFORE = re.compile(
    r"\b(?:(?:at\s+)?an?\s+(?:total\s+|estimated\s+)?cost\s+of|costing|to\s+cost|"
    r"price\s+tag\s+of)\s+(?:about\s+|some\s+|around\s+|nearly\s+|up\s+to\s+)?$",
    re.IGNORECASE,
)


def project_cost(text: str, money: MoneyMention, amounts: list[MoneyMention], end: int) -> bool:
    """Whether ``money`` is a project's cost and a later amount of its sentence (which ends at
    ``end``) is the loan or grant that finances it."""
    if not _COST_BEFORE.search(text, max(0, money.start - 40), money.start):
        return False
    later = [m for m in amounts if money.end < m.start < end]
    return any(
        _AFTER.match(text, m.end, m.end + 30)
        or _BEFORE.search(text, max(0, m.start - 60), m.start)
        or re.match(r"\s*\([^)]{0,40}\)\s+(?:[\w-]+\s+)?(?:loan|grant|credit)\b", text[m.end :])
        for m in later
    )


_ALSO = re.compile(r"\balso\s+(?:approved|provided|agreed|extended|signed|granted|pledged)\b")


def carry_recipient(deals: list[DealBuild], deal: DealBuild, sentence: str) -> None:
    """ "The Board also approved a grant of GBP9 million from UKCIF": a loan or grant told as
    another of the same approval goes to the borrower of the loan or grant before it."""
    if deal.kind not in {"loan", "grant"} or deal.buyer or not _ALSO.search(sentence):
        return
    before = next((d for d in reversed(deals) if d.kind in {"loan", "grant"} and d.buyer), None)
    if before is not None and before.buyer != deal.seller:
        deal.buyer, deal.buyer_why = before.buyer, "the recipient of the approval before ('also')"
