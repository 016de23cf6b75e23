"""The item a deal is about: the counted goods or the head noun after the deal word, and a
designated form of it said elsewhere ("JF-17C Block-III fighter jets" for "fighter jet sale")."""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.deal_first_of import total_before
from briefdesk.extract.deal_for_item import for_item
from briefdesk.extract.deal_kinds import (
    COUNTED_RE,
    ITEM_RE,
    KIND_LABELS,
    NOT_GOODS,
    NOT_GOODS_FIRST,
    DealBuild,
    number_value,
)
from briefdesk.extract.text import Sentence


def designated_item(deal: DealBuild, sents: list[Sentence]) -> None:
    """ "fighter jet sale" in one place, "JF-17C Block-III fighter jets" in another."""
    head = deal.item.split()[-1].lower().rstrip("s")
    for sentence in sents:
        if head not in sentence.text.lower():
            continue  # no item there can end in the head noun (the pattern is costly)
        for match in ITEM_RE.finditer(sentence.text):
            item = re.sub(
                r"^(?:more|additional|new|the|of)\s+", "", match.group("item"), flags=re.IGNORECASE
            )
            if item.split()[-1].lower().rstrip("s") == head and designated(item):
                deal.item = item.strip()
                start = sentence.start + match.start("item") + match.group("item").index(item)
                deal.item_span = (start, start + len(deal.item))
                return


def find_item(deal: DealBuild, sentence: Sentence) -> None:
    match = ITEM_RE.search(sentence.text) or counted_goods(sentence.text)
    if deal.kind in ("loan", "grant") and _item_after_for(deal, sentence, match):
        return
    if not match:
        return
    item = match.group("item").strip()
    item = re.sub(r"^(?:more|additional|new|the|of)\s+", "", item, flags=re.IGNORECASE)
    if item.lower() in KIND_LABELS:
        return
    deal.item = item
    start = sentence.start + match.start("item") + match.group("item").index(item)
    deal.item_span = (start, start + len(item))
    qty = match.group("qty")
    if qty:
        deal.quantity = number_value(qty)
    else:  # "the first six of 18 ordered Falke-2 drones": 18 (round 10, N10-05)
        deal.quantity = total_before(sentence.text, start - sentence.start) or deal.quantity


def counted_goods(sentence: str) -> re.Match[str] | None:
    for match in COUNTED_RE.finditer(sentence):
        words = match.group("item").lower().split()
        if words[-1] not in NOT_GOODS and words[0] not in NOT_GOODS_FIRST:
            return match
    return None


def designated(item: str) -> bool:
    """A type name or designation ("JF-17C", "Rafale"), not just "fighter jets"."""
    return any(w[0].isupper() or w[0].isdigit() for w in item.split()[:-1])


def _item_after_for(deal: DealBuild, sentence: Sentence, match: re.Match[str] | None) -> bool:
    """ "a $300 million loan to Kenya for a water treatment plant": the item after "for", also
    when it holds the counted goods found first ("for two berths, a rail spur and dredging")."""
    found = for_item(sentence.text)
    if not found:
        return False
    item, at = found
    if match and not (at <= match.start("item") and match.end("item") <= at + len(item)):
        return False
    if match and not re.search(r",|\s(?:and|or)\s", item):
        return False  # one thing ("for four ferries"): the counted reading keeps its quantity
    deal.item = item
    deal.item_span = (sentence.start + at, sentence.start + at + len(item))
    return True
