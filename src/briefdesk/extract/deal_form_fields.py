"""A deal's sides from the labelled fields of a notice (newcomer12 N12-01).

Award notices, tender results, fact boxes and deal tables say who is who by a label, not by a
verb: "Contracting authority: Ministry of Defence …", "Successful tenderer: Halvard Works Oy",
"Supplier:", "Buyer:", "Lender:", "Borrower:". No sentence there reads "A will sell to B", so the
verb rules find no side. The first party named in a labelled field (on the label's line, or on
the next line when the label stands alone) takes that side of the deal the notice prices (the
deal whose value stands on a value line, "Value of the contract: EUR 96,800,000"), else of the
text's one deal. A side a cue already gave is kept.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.deal_block_status import block_status
from briefdesk.extract.deal_field_blocks import block_sides
from briefdesk.extract.deal_gap_table import gap_table_sides
from briefdesk.extract.deal_kinds import VALUE_LABEL, DealBuild
from briefdesk.extract.deal_lots import lot_sides
from briefdesk.extract.deal_parties import same_side
from briefdesk.extract.deal_status import deal_status
from briefdesk.extract.deal_table import first_party, table_sides
from briefdesk.extract.money import MoneyMention
from briefdesk.extract.notice_labels import field_span, labels
from briefdesk.extract.resolver import ActorBuild, Found

_WHY = "named in the notice's labelled field {label!r}"
# A notice's field naming what the contract is for, and the works noun its title opens with.
_TITLE = re.compile(
    r"^[ \t#*•·▪‣>-]*(?:\d{1,2}[.)][ \t]+)?(?:(?:title|subject|object)\s+of\s+(?:the\s+)?"
    r"(?:contract|tender|award|procurement)|contract\s+title)[ \t*]*:[ \t*]*(.+)$",
    re.I | re.M,
)
_WORKS_OF = re.compile(
    r"^(?:construction|supply|delivery|provision|procurement|purchase|acquisition|"
    r"design\s+and\s+construction|installation)\s+of\s+(?:the\s+|an?\s+)?",
    re.I,
)
_COUNT_LEAD = re.compile(r"(\d{1,5})\s+(\D.*)$")
# A notice's status field ("Status: Contract signed", "Contract status: Awarded").
STATUS_FIELD = re.compile(r"^[ \t#*•·▪‣>-]*(?:contract\s+)?status[ \t*]*:[ \t*]*(.+)$", re.I | re.M)
# A dated signature field says the contract is signed, with no status word ("V.2.1) Date of
# conclusion of the contract: 14 April 2027", "Date of signature: 3 May 2027").
SIGNED_ON = re.compile(
    r"^[ \t#*•·▪‣>-]*(?:(?:[IVX]{1,4}|\d{1,2})(?:\.\d{1,2}){0,3}[.)][ \t]+)?"
    r"(?:date\s+of\s+(?:the\s+)?(?:conclusion|signature|signing)(?:\s+of\s+(?:the\s+)?contract)?|"
    r"contract\s+signed(?:\s+on)?|date\s+signed|"
    r"date\s+of\s+(?:the\s+)?contract)[ \t*]*:[ \t*]*\d",  # (round 23: "Date of contract: 4 May")
    re.I | re.M,
)


def labelled_sides(
    text: str, found: Found, deals: list[DealBuild], money: list[MoneyMention] | None = None
) -> None:
    """Sides named by a label: a notice's lots or fields, then a table's columns (deal_table)."""
    if not lot_sides(text, found, deals, money):
        form_sides(text, found, deals)
        block_sides(text, found, deals, money)  # "Vendor: X" / "Purchaser: Y" / "Consideration:"
    table_sides(text, found, deals)
    gap_table_sides(text, found, deals, money)  # "Supply of 60 ambulances    X Ltd    96,000,000"
    block_status(text, deals)  # "Date of contract: 2027-02-09" in the value's block (round 23)


def form_sides(text: str, found: Found, deals: list[DealBuild]) -> None:
    """Fill empty sides of the notice's deal from its labelled fields (see the module)."""
    if ":" not in text and "|" not in text and "/" not in text:
        return
    fields: dict[str, tuple[str, str]] = {}  # side -> (actor key, label)
    mentions: list[tuple[int, int, str]] | None = None  # sorted once, when a label is found
    for match in labels(text):
        side = "seller" if match.group("seller") else "buyer"
        if side in fields:
            continue
        start, end = field_span(text, match)
        if start >= end:
            continue
        mentions = sorted(found.mentions) if mentions is None else mentions
        key = first_party(found, mentions, start, end)
        if key and _opens_field(text, found, key, start):
            label = " ".join(match.group(side).split())
            fields[side] = (key, label)
    if not fields:
        return
    deal, priced = _notice_deal(text, deals)
    if deal is None:
        return
    title = _TITLE.search(text) if "itle" in text or "ubject" in text else None
    if title and not deal.item:  # "Title of contract: Construction of the X line"
        item = _WORKS_OF.sub("", title.group(1).strip().rstrip("."))
        count = _COUNT_LEAD.match(item)  # "Supply of 40 city buses": 40 of them
        deal.item = count.group(2) if count else item
        deal.quantity = int(count.group(1)) if count and deal.quantity is None else deal.quantity
        deal.item_span = title.span(1)
    status = STATUS_FIELD.search(text) if "tatus" in text else None
    if status and (stated := deal_status(status.group(1))) != "reported":
        deal.status = stated  # "Status: Contract signed on 22 September 2026"
    elif not status and deal.status == "reported" and SIGNED_ON.search(text):
        deal.status = "signed"
    if priced:  # the deal the notice prices on a value line: its fields outrank verb cues
        _outrank(deal, {side: found.actors[key].name for side, (key, _label) in fields.items()})
    for side, (key, label) in fields.items():
        actor = found.actors[key]
        held = deal.buyer if side == "buyer" else deal.seller
        other = deal.seller if side == "buyer" else deal.buyer
        if actor.name == other or (held and not _state_of(found, held, actor)):
            continue  # a side a cue gave stays, unless it is only the field's own state
        if side == "buyer":
            deal.buyer, deal.buyer_why = actor.name, _WHY.format(label=label)
        else:
            deal.seller, deal.seller_why = actor.name, _WHY.format(label=label)


def _outrank(deal: DealBuild, named: dict[str, str]) -> None:
    """Clear the sides a verb cue gave that the notice's fields contradict (round 16, N15-03):
    "Awarded to: X" over a prose sentence that read X as the buyer from a third party. A side
    the field names otherwise, and a side that holds a field's party of the other side, go;
    the loop after fills them from the fields."""
    for side, name in named.items():
        held = deal.buyer if side == "buyer" else deal.seller
        other_side = "seller" if side == "buyer" else "buyer"
        other = deal.seller if side == "buyer" else deal.buyer
        if other == name and named.get(other_side) != name:
            _clear(deal, other_side)
        if held and held != name:
            _clear(deal, side)


def _clear(deal: DealBuild, side: str) -> None:
    if side == "buyer":
        deal.buyer, deal.buyer_why = "", ""
    else:
        deal.seller, deal.seller_why = "", ""


def _state_of(found: Found, name: str, actor: ActorBuild) -> bool:
    """Whether ``name`` is the state ``actor`` belongs to ("Kenya" for Kenya Ports Authority)."""
    held = next((a for a in found.actors.values() if a.name == name), None)
    return held is not None and held.type == "state" and same_side(held, actor)


def _opens_field(text: str, found: Found, key: str, start: int) -> bool:
    """Whether the party's name opens the field ("Customer: VNSC, under the Academy …" names
    the customer first, by a short form the reading may not know: the Academy is not it)."""
    begin = min(m[0] for m in found.mentions if m[2] == key and m[0] >= start)
    return _LEAD.fullmatch(text, start, begin) is not None


_LEAD = re.compile(r"[ \t*]*(?:the\s+)?", re.IGNORECASE)


def _notice_deal(text: str, deals: list[DealBuild]) -> tuple[DealBuild | None, bool]:
    """The deal priced on a value line ("Value of the contract: EUR 96,800,000", read there or
    restated there), else the one deal of the text when it has no side yet; and whether the
    deal was priced there."""
    for deal in deals:
        spans = [(deal.value.start, deal.value.end)] if deal.value else []
        for start, _stop in spans + deal.evidence:
            # The line as its own string: "^" never matches at a ``pos`` past a line break.
            end = text.find("\n", start)
            if VALUE_LABEL.match(text[text.rfind("\n", 0, start) + 1 : None if end < 0 else end]):
                return deal, True
    if len(deals) == 1 and not deals[0].buyer and not deals[0].seller:
        return deals[0], False
    return None, False
