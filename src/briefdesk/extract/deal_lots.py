"""Each lot of an award notice is its own deal, with its own winner and status (round 15).

A tender is often split into lots, and its award notice gives each lot a heading ("Lot 2 —
Chembe to Luwingu section", "3. LOT 2 - 220 kV line") and under it the lot's own fields:
"Awarded to:", "Contract price:", "Status:" or "Contract signed:". The notice reading
(``deal_form_fields``) takes one label a side for the one deal a notice prices, so the second
and third lots got no seller, or the first lot's. Here the text under each lot heading, up to a
blank line or the next heading, is a block: the deal priced in the block takes the block's
seller field, the notice's own buyer (its "Contracting authority:" field, else the body that
"hereby gives notice" or "publishes the results", else the "For X" sign-off) and the block's
status: signed when a line says the contract was signed, cancelled when the lot was cancelled
or annulled, else approved (awarded, not yet signed). The block's labels outrank a cue from a
sentence: a lot's seller is what its field says.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.deal_table import first_party
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.money import MoneyMention
from briefdesk.extract.notice_labels import LABEL, field_span, labels
from briefdesk.extract.resolver import Found

_HEADING = re.compile(
    r"^[ \t#*•-]*(?:\d{1,2}[.)][ \t]+)?lot[ \t]+(?:no\.?[ \t]*)?(?:\d{1,2}|[IVX]{1,4}|[A-H])\b"
    r"[ \t]*(?:[-–—:.][^\n]*)?$",
    re.IGNORECASE | re.MULTILINE,
)
# Who issues the notice: "X (ABC) hereby gives notice", "EDM publishes the results".
_ISSUES = re.compile(
    r"\b(?:hereby\s+(?:gives?\s+notice|announces?|notif(?:y|ies)|informs?|publish(?:es)?)|"
    r"publish(?:es)?\s+the\s+results?|(?:wishes|is\s+pleased)\s+to\s+announce)\b",
    re.IGNORECASE,
)
# Between the issuer's name and its "hereby gives notice": a bracketed short form, an aside.
_SUBJECT_GAP = re.compile(r"\)?[ \t]*(?:\([^()\n]{1,20}\)[ \t]*)?(?:,[^,\n]{1,80},[ \t]*)?")
_FOR = re.compile(r"^[ \t]*For[ \t]+(?:and[ \t]+on[ \t]+behalf[ \t]+of[ \t]+)?(.+)$", re.MULTILINE)
_CANCELLED = re.compile(r"\b(?:cancel+ed|annul+ed|declared\s+void|terminated)\b", re.IGNORECASE)
_NOT_YET = re.compile(
    r"\b(?:shall|will|to)\s+be\s+signed|\bsignature\s+(?:is\s+)?pending|\bnot\s+(?:yet\s+)?"
    r"(?:been\s+)?signed",
    re.IGNORECASE,
)
_SIGNED = re.compile(
    r"\bsigned\b|\bdate\s+of\s+(?:signature|signing|conclusion)\b"
    r"|\bdate\s+of\s+(?:the\s+)?contract\s*:\s*\d",  # (round 23: "Date of contract: 4 October")
    re.I,
)
# A lot's own price line ("Award amount: B/. 48,750,000.00", "Contract sum: ZMW 31,200,000").
_PRICE_LINE = lazy(
    r"[ \t•*-]*(?:award(?:ed)?[ \t]+|contract[ \t]+|total[ \t]+)?(?:amount|price|sum|value)\b"
    r"[^:\n]{0,40}:",
    re.IGNORECASE,
)
_ITEM_END = re.compile(r"[(,;]|\s[-–—]\s")
_WHY = "named in the lot's labelled field {label!r}"
_BUYER_WHY = "the body that issues the award notice"


def lot_sides(
    text: str, found: Found, deals: list[DealBuild], money: list[MoneyMention] | None = None
) -> bool:
    """Give each lot's deal its sides and status (see the module); whether any lot was read.
    A lot awarded in its fields that no sentence made a deal of becomes one ("deal.lot")."""
    if "Lot" not in text and "LOT" not in text:
        return False
    heads = [m.start() for m in _HEADING.finditer(text)]
    if not heads:
        return False
    mentions = sorted(found.mentions)
    buyer = ""
    read = False
    for index, head in enumerate(heads):
        start, end = _block(text, head, heads[index + 1] if index + 1 < len(heads) else len(text))
        seller = _seller(text, found, mentions, start, end)
        if seller is None:
            continue
        deal = _lot_deal(text, deals, money or [], start, end)
        buyer = buyer or notice_buyer(text, found, mentions)
        key, label = seller
        name = found.actors[key].name
        if name != deal.buyer:
            deal.seller, deal.seller_why = name, _WHY.format(label=label)
        if buyer and buyer != name:
            deal.buyer, deal.buyer_why = buyer, _BUYER_WHY
        deal.status = _status(text[start:end])
        read = True
    return read


def _lot_deal(
    text: str, deals: list[DealBuild], money: list[MoneyMention], start: int, end: int
) -> DealBuild:
    """The deal priced in the lot (on its price line first), else a new one for the lot."""
    priced = [d for d in deals if d.value and start <= d.value.start < end]
    on_line = [d for d in priced if d.value and _price_line(text, d.value.start)]
    if on_line or priced:
        return (on_line or priced)[0]
    value = next((m for m in money if start <= m.start < end and _price_line(text, m.start)), None)
    head_end = text.find("\n", start)
    head_end = end if head_end < 0 else min(head_end, end)
    title = re.sub(
        r"^[^-–—:.]*?lot[ \t]+\S+[ \t]*[-–—:.]?[ \t]*", "", text[start:head_end], flags=re.I
    )
    item = _ITEM_END.split(title, 1)[0].strip()
    deal = DealBuild("other", value, item=item, evidence=[(start, head_end)], rule="deal.lot")
    deals.append(deal)
    return deal


def _price_line(text: str, at: int) -> bool:
    line = text.rfind("\n", 0, at) + 1
    return _PRICE_LINE.match(text, line, at) is not None


def _block(text: str, head: int, stop: int) -> tuple[int, int]:
    """The lot's lines: from its heading to a blank line after its first field, or ``stop``."""
    at = text.find("\n", head)
    if at < 0 or at >= stop:
        return head, stop
    body = at + 1
    while body < stop and text[body] == "\n":  # (a blank line under the heading)
        body += 1
    blank = text.find("\n\n", body)
    return head, stop if blank < 0 else min(stop, blank)


def _seller(
    text: str, found: Found, mentions: list[tuple[int, int, str]], start: int, end: int
) -> tuple[str, str] | None:
    """The party a seller label in ``start:end`` names, and the label."""
    for match in LABEL.finditer(text, start, end):
        if not match.group("seller"):
            continue
        f_start, f_end = field_span(text, match)
        key = first_party(found, mentions, f_start, f_end) if f_start < f_end else ""
        if key:
            return key, " ".join(match.group("seller").split())
    return None


def _status(block: str) -> str:
    """A lot's status from its lines: cancelled, signed, else awarded (approved)."""
    if _CANCELLED.search(block):
        return "cancelled"
    if _SIGNED.search(block) and not _NOT_YET.search(block):
        return "signed"
    return "approved"


def notice_buyer(text: str, found: Found, mentions: list[tuple[int, int, str]]) -> str:
    """The body a notice is issued by: its buyer field, the subject of "hereby gives notice",
    else the "For X" line it is signed for."""
    for match in labels(text):
        if match.group("buyer"):
            start, end = field_span(text, match)
            key = first_party(found, mentions, start, end) if start < end else ""
            if key:
                return found.actors[key].name
    for match in _ISSUES.finditer(text):
        line = text.rfind("\n", 0, match.start()) + 1
        before = [
            m for m in mentions if line <= m[0] and m[1] <= match.start() and _body(found, m[2])
        ]
        if before and _SUBJECT_GAP.fullmatch(text, before[-1][1], match.start()):
            return found.actors[before[-1][2]].name
    for match in _FOR.finditer(text):
        key = first_party(found, mentions, *match.span(1))
        if key and _body(found, key):
            return found.actors[key].name
    return ""


def _body(found: Found, key: str) -> bool:
    actor = found.actors.get(key)
    return actor is not None and actor.type in ("organization", "international_organization")
