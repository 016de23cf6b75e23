"""A block of labelled fields that names both sides is one deal (round 15).

An exchange filing, a fact box or a term sheet sets a transaction out as a block of fields, one
a line: "Vendor: X Sdn Bhd" / "Purchaser: PT Y Lines" / "Disposal consideration: USD 23,800,000",
or "Lender: Z Bank" / "Borrower: X Sdn Bhd". No sentence says who sells, and often no sentence
prices the deal at all (the price stands only in its field), so no deal was found, or the notice
reading gave the first block's sides to the only deal. Here a paragraph (lines between blank
lines) holding a buyer-side label and a seller-side label is a deal's block: the deal told in it
(of several, the one told on a value field's line, "Loan: $1 billion"), else in the paragraph
just above it (the sentence that announces it), else a new deal
priced by the block's own value field or the amount of the paragraph above ("deal.fields"; a
loan when its labels are a lender's and a borrower's). The block's fields give its sides and
outrank a cue from a sentence.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.deal_kinds import PARTY_TYPES, VALUE_LABEL, DealBuild
from briefdesk.extract.deal_table import first_party
from briefdesk.extract.money import MoneyMention
from briefdesk.extract.notice_labels import field_span, labels
from briefdesk.extract.resolver import Found

# A block's value field: "Disposal consideration:", "Purchase price:", "Facility amount:".
_VALUE_FIELD = re.compile(
    r"[ \t•*-]*(?:[A-Za-z]+[ \t]+){0,3}(?:consideration|price|amount|value|sum|facility)\b"
    r"[^:\n]{0,30}:",
    re.IGNORECASE,
)
_LOAN_LABELS = frozenset({"lender", "borrower"})
_WHY = "named in the block's labelled field {label!r}"


def block_sides(
    text: str, found: Found, deals: list[DealBuild], money: list[MoneyMention] | None = None
) -> None:
    """Give each two-sided block of fields its deal's sides (see the module)."""
    if "\n" not in text or ":" not in text:
        return
    blocks: dict[int, dict[str, tuple[int, int, str]]] = {}  # paragraph start -> side fields
    for match in labels(text):
        side = "seller" if match.group("seller") else "buyer"
        para = text.rfind("\n\n", 0, match.start()) + 2 if match.start() > 1 else 0
        label = " ".join(match.group(side).split()).lower()
        blocks.setdefault(max(para, 0), {}).setdefault(side, (*field_span(text, match), label))
    mentions: list[tuple[int, int, str]] | None = None
    for para, fields in blocks.items():
        if len(fields) < 2:
            continue
        mentions = sorted(found.mentions) if mentions is None else mentions
        keys = {
            side: (field_party(text, found, mentions, start, end), label)
            for side, (start, end, label) in fields.items()
        }
        if not all(key for key, _label in keys.values()) or keys["buyer"][0] == keys["seller"][0]:
            continue
        end = text.find("\n\n", para)
        deal = _block_deal(text, deals, money or [], para, len(text) if end < 0 else end, keys)
        if deal is None:
            continue
        for side, (key, label) in keys.items():
            name, why = found.actors[key].name, _WHY.format(label=label)
            if side == "buyer":
                deal.buyer, deal.buyer_why = name, why
            else:
                deal.seller, deal.seller_why = name, why


def _block_deal(
    text: str,
    deals: list[DealBuild],
    money: list[MoneyMention],
    start: int,
    end: int,
    keys: dict[str, tuple[str, str]],
) -> DealBuild | None:
    """The deal priced in the block, else in the paragraph above, else a new one."""
    above = text.rfind("\n\n", 0, max(0, start - 2)) + 2 if start > 2 else 0
    for low in (start, above):
        told = [d for d in deals if any(low <= at < end for at, _e in _spans(d))]
        valued = [d for d in told if any(_valued(text, at) for at, _e in _spans(d))]
        if len(valued or told) == 1:  # ("Loan: $1 billion" over "Earlier: $500 million ...")
            return (valued or told)[0]
        if told:
            return None  # several deals and no value field to tell them apart
    value = next((m for m in money if start <= m.start < end and _valued(text, m.start)), None)
    # (else the amount of the sentence that announces the block)
    value = value or next((m for m in money if above <= m.start < start), None)
    if value is None:
        return None
    loan = {label for _key, label in keys.values()} <= _LOAN_LABELS
    line_end = text.find("\n", start)
    deal = DealBuild(
        "loan" if loan else "other",
        value,
        evidence=[(start, end if line_end < 0 else min(line_end, end))],
        rule="deal.fields",
    )
    deals.append(deal)
    return deal


def field_party(
    text: str, found: Found, mentions: list[tuple[int, int, str]], start: int, end: int
) -> str:
    """The party a field names: the first mention in it, else the actor whose name or alias is
    the field's first comma part ("Buyer: Kalashnikov Concern", named before in a sentence,
    where the chunk rules left the field's own words unread)."""
    if start >= end:
        return ""
    key = first_party(found, mentions, start, end)
    if key:
        return key
    name = text[start:end].split(",")[0].strip(" \t*.").lower()
    for key, actor in found.actors.items():
        if actor.type in PARTY_TYPES and (
            actor.name.lower() == name or any(a.lower() == name for a in actor.aliases)
        ):
            return key
    return ""


def _spans(deal: DealBuild) -> list[tuple[int, int]]:
    """Where the deal is told: its amount, then every restatement."""
    return ([(deal.value.start, deal.value.end)] if deal.value else []) + deal.evidence


def _valued(text: str, at: int) -> bool:
    """Whether ``at`` stands on a value field's line ("Loan: $1 billion", "Price: ...")."""
    line = _line(text, at)
    return bool(VALUE_LABEL.match(text, line) or _VALUE_FIELD.match(text, line))


def _line(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1
