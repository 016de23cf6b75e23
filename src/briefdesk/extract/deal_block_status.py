"""A deal's status from the dated fields of the block its value stands in (round 23).

Exchange filings and award notices give a deal as a block of labelled lines, one block per
deal: "3. Contract amount (KRW): 693,240,000,000" ... "7. Date of contract: 2027-02-09"; a
termination report "5. Date of termination: 2027-02-09"; a board's decision "7. Date of board
resolution: 2027-02-09". No sentence says "signed", so the deal was read as only reported (or,
in a termination report whose reason says "The contract, signed on 14 July 2025, did not
enter into force", as signed). The block is the value's line and the lines around it up to a
blank line or a rule of dashes; a dated field in it tells the status: a signature or contract
date signs a deal told with no status, a termination or cancellation stops it whatever it was
read as, a board resolution approves a deal told with no status. Only a field with a date or a
digit after its colon counts ("Date of contract: to be confirmed" tells nothing).
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.deal_kinds import DealBuild

_FIELD = re.compile(
    r"^[ \t#*•·▪‣>-]*(?:(?:[IVX]{1,4}|\d{1,2})(?:\.\d{1,2}){0,3}[.)][ \t]+)?"
    r"(?:(?P<signed>date\s+of\s+(?:the\s+)?(?:contract|signature|signing|conclusion)"
    r"(?:\s+of\s+(?:the\s+)?contract)?|contract\s+date)"
    r"|(?P<cancelled>date\s+of\s+(?:the\s+)?(?:termination|cancellation|rescission))"
    r"|(?P<approved>date\s+of\s+(?:the\s+)?board\s+(?:resolution|decision|approval)))"
    r"[ \t*]*:[ \t*]*\d",
    re.I | re.M,
)
_BLOCK_END = re.compile(r"\n[ \t]*(?:\n|[-=_*]{5,})")
_HINT = re.compile(r"date\s+of|contract\s+date", re.I)


def block_status(text: str, deals: list[DealBuild]) -> None:
    """Set the status of each priced deal whose value's block has a dated status field."""
    if not _HINT.search(text):
        return
    for deal in deals:
        if deal.value is None:
            continue
        start, end = _block(text, deal.value.start)
        for field in _FIELD.finditer(text, start, end):
            if field.group("cancelled"):
                deal.status = "cancelled"
                break
            if deal.status == "reported":
                deal.status = "signed" if field.group("signed") else "approved"


def _block(text: str, at: int) -> tuple[int, int]:
    """The lines around offset ``at`` up to a blank line or a rule on either side."""
    before = [m.end() for m in _BLOCK_END.finditer(text, 0, at)]
    after = _BLOCK_END.search(text, at)
    return (before[-1] if before else 0), (after.start() if after else len(text))
