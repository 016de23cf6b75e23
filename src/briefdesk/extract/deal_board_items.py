"""A board's list of the operations it approved: each item's lender and status (round 19).

A development bank's or fund's board summary lists its decisions as items under one line that
says what they are ("The Board of Directors approved the following operations:", "The Board
approved:"), each item a phrase with no verb: "- a loan of USD 120 million to the Republic of
Kenya for the Nairobi Western Bypass;". The sentence rules read the amount, the kind and the
borrower from the item, but not who lends (named only in the title or the line above: the
bank) nor that it was approved. Here, for a deal whose amount stands on such an item and whose
kind is a loan or a grant, the body that issues the list (``table_shape.issuer_above``) is the
lender when no seller was read and it is not the borrower, and the status is "approved" when
nothing in the item said otherwise. Items under any other words ("The project will finance:")
are left as the sentence rules read them.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.resolver import Found
from briefdesk.extract.table_shape import issuer_above

_ITEM = re.compile(r"^[ \t]*(?:[-•*▪·◦‣]|\d{1,2}[.)]|\([a-z]\))[ \t]+(?=\S)")
# The line above the items: "approved the following operations:", "The Board approved:".
_APPROVED = re.compile(
    r"\b(?:approved|endorsed|authori[sz]ed)\b(?:\s+the\s+following\b[^:\n]{0,40})?[ \t]*:[ \t]*$",
    re.I,
)
_WHY = "the body that issues the list of approved operations, named above it"
_LENDS = frozenset({"loan", "grant"})


def board_items(text: str, found: Found, deals: list[DealBuild]) -> None:
    """Give the loans and grants on a board's list of approvals their lender and status."""
    if "approved" not in text and "endorsed" not in text and "authori" not in text:
        return
    lines = text.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    intro: int | None = None  # the line that opens the current list
    for index, line in enumerate(lines):
        if _ITEM.match(line) and intro is not None:
            _item(text, found, deals, lines, starts, intro, (starts[index], starts[index + 1]))
        elif line.strip():
            intro = index if _APPROVED.search(line.rstrip()) else None


def _item(
    text: str,
    found: Found,
    deals: list[DealBuild],
    lines: list[str],
    starts: list[int],
    intro: int,
    span: tuple[int, int],
) -> None:
    on_item = [
        d
        for d in deals
        if d.kind in _LENDS and d.value is not None and span[0] <= d.value.start < span[1]
    ]
    if not on_item:
        return
    mentions = sorted(found.mentions)
    _words, issuer, _acts = issuer_above(text, found, mentions, lines, starts, intro + 1)
    for deal in on_item:
        if issuer and not deal.seller and issuer != deal.buyer:
            deal.seller, deal.seller_why = issuer, _WHY
        if deal.status == "reported":
            deal.status = "approved"
