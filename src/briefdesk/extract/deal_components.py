"""A financing package told as its parts: "a loan of US$41.2 million from the AfDB and a grant of
US$27.3 million from the ADF". Each part with its own instrument and its own funder is a deal;
a total that is exactly the sum of parts told after it ("approved a package of US$68.5 million")
is those deals counted again, so it goes and lends its borrower to the parts that lack one.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.money import MoneyMention

Mention = tuple[int, int, str]

# "a loan of", "a grant of", "a concessional loan of", "a EUR 5 million grant" (after).
_BEFORE = re.compile(
    r"\b(?:a|an|another|and)\s+(?:[\w-]+\s+){0,2}?(loan|grant|credit|credit\s+line)\s+of\s+"
    r"(?:up\s+to\s+|about\s+)?$",
    re.IGNORECASE,
)
_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,1}?(loan|grant|credit)\b", re.IGNORECASE)
_FROM = re.compile(r"\s+(?:[\w-]+\s+){0,1}?from\s+(?:the\s+)?$", re.IGNORECASE)


def part_of_package(text: str, money: MoneyMention, mentions: list[Mention]) -> tuple[str, str]:
    """(kind, funder key) when ``money`` is one part of a package: headed by its own
    instrument and followed by its own "from X"; ("", "") otherwise."""
    head = _BEFORE.search(text, max(0, money.start - 60), money.start)
    tail = None if head else _AFTER.match(text, money.end, money.end + 30)
    if not (head or tail):
        return "", ""
    kind = (head or tail).group(1).lower().split()[0]  # type: ignore[union-attr]
    after = tail.end() if tail else money.end
    funder = next(
        (
            key
            for start, _end, key in mentions
            if after <= start <= after + 30 and _FROM.fullmatch(text, after, start)
        ),
        "",
    )
    if not funder:
        return "", ""
    return ("grant" if kind == "grant" else "loan"), funder


def package_part(
    deal: DealBuild, part: tuple[str, str], name: Callable[[str], str], index: int
) -> DealBuild:
    """``deal`` made the part ``part`` (kind, funder key) of a package told in ``index``."""
    deal.kind, deal.sentence_index = part[0], index
    deal.seller, deal.seller_why = name(part[1]), "its own 'from' in a package"
    return deal


def drop_package_totals(deals: list[DealBuild]) -> list[DealBuild]:
    """Without a total that two or three parts told after it add up to exactly."""
    dropped: set[int] = set()
    for deal in deals:
        value = deal.value
        if value is None:
            continue
        later = [
            d
            for d in deals
            if d.value is not None
            and d.value.currency == value.currency
            and d.value.start > value.start
            and d.value.amount < value.amount
        ]
        parts = next(
            (
                list(c)
                for n in (2, 3)
                for c in itertools.combinations(later, n)
                if sum(d.value.amount for d in c if d.value) == value.amount
            ),
            [],
        )
        if parts:
            dropped.add(id(deal))
            for part in parts:  # the parts were decided when the total was
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
