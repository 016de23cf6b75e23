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
)
from briefdesk.extract.gazetteer import gazetteer
from briefdesk.extract.item_numbers import item_text
from briefdesk.extract.number_words import number_value
from briefdesk.extract.text import Sentence


def designated_item(deal: DealBuild, sents: list[Sentence]) -> None:
    """ "fighter jet sale" in one place, "JF-17C Block-III fighter jets" in another."""
    head = deal.item.split()[-1].lower().rstrip("s")
    for sentence in sents:
        if head not in sentence.text.lower():
            continue  # no item there can end in the head noun (the pattern is costly)
        for match in ITEM_RE.finditer(item_text(sentence.text)):
            item = re.sub(
                r"^(?:more|additional|new|the|of)\s+",
                "",
                sentence.text[match.start("item") : match.end("item")],
                flags=re.IGNORECASE,
            )
            qty = number_value(match.group("qty")) if match.group("qty") else None
            if deal.quantity and qty and qty != deal.quantity:
                continue  # "two Dutch frigates" leased, "four frigates" built: other goods
            if item.split()[-1].lower().rstrip("s") == head and _names_more(item, deal.item):
                deal.item = item.strip()
                start = sentence.start + match.end("item") - len(item)
                deal.item_span = (start, start + len(deal.item))
                return


# "Swedish aircraft maker Falkberg Aero", "the radar manufacturer": goods that describe a firm
# are not what the deal buys (newcomer11 N11-02).
_MAKER_AFTER = re.compile(
    r"\s+(?:makers?|manufacturers?|builders?|producers?|suppliers?|exporters?|firms?|"
    r"compan(?:y|ies)|groups?|giants?|specialists?|industry|sector)\b"
)


def _goods(text: str) -> re.Match[str] | None:
    """The first named goods of ``text`` that are not a firm's descriptor."""
    for match in ITEM_RE.finditer(text):
        if not _MAKER_AFTER.match(text, match.end()):
            return match
    return None


def find_item(deal: DealBuild, sentence: Sentence) -> None:
    text = item_text(sentence.text)  # "Block 20", "155 mm": no count (round 16)
    match = _goods(text)
    match = _counted_around(text, match) if match else counted_goods(text)
    if deal.kind in ("loan", "grant") and _item_after_for(deal, sentence, match):
        return
    if not match:
        return
    item = sentence.text[match.start("item") : match.end("item")].strip()
    item = re.sub(r"^(?:more|additional|new|the|of)\s+", "", item, flags=re.IGNORECASE)
    if item.lower() in KIND_LABELS:
        return
    deal.item = item
    start = sentence.start + match.end("item") - len(item)
    deal.item_span = (start, start + len(item))
    qty = match.group("qty")
    if qty:
        deal.quantity = number_value(qty)
    else:  # "the first six of 18 ordered Falke-2 drones": 18 (round 10, N10-05)
        deal.quantity = total_before(sentence.text, start - sentence.start) or deal.quantity


def _counted_around(text: str, match: re.Match[str]) -> re.Match[str]:
    """The counted phrase that ends in the item noun read without its count ("36 Kuzgun-T
    armed drones", where the noun reading saw only "drones"): it keeps the designation and the
    count a bullet's or headline's vaguer "36 Turkish drones" would replace (newcomer14 N14-33)."""
    if match.group("qty") or not any(c.isdigit() for c in text[: match.start("item")]):
        return match
    if designated(match.group("item")):
        return match  # "the first four of 16 ordered Sokol-7 drones": named already
    counted = counted_goods(text[: match.end("item")])
    if counted and counted.end("item") == match.end("item") and counted.group("qty"):
        return counted
    return match


def counted_goods(sentence: str) -> re.Match[str] | None:
    """The first counted goods of ``sentence`` (already read through ``item_text``)."""
    for match in COUNTED_RE.finditer(sentence):
        words = match.group("item").lower().split()
        if words[-1] not in NOT_GOODS and words[0] not in NOT_GOODS_FIRST:
            return match
    return None


def designated(item: str) -> bool:
    """A type name or designation ("JF-17C", "Rafale"), not just "fighter jets" nor where
    they come from ("Swedish fighter jets", "Philippine radar": newcomer11 N11-02/N11-24)."""
    words = item.split()[:-1]
    if words and words[0] in gazetteer().adjectives:
        words = words[1:]
    return any(w[0].isupper() or w[0].isdigit() for w in words)


def _names_more(item: str, current: str) -> bool:
    """A designation, or an origin with more words than ``current`` ("Canadian armoured
    vehicles" for "vehicles", not "Philippine radar" for "air surveillance radars")."""
    return designated(item) or (
        item.split()[0] in gazetteer().adjectives and len(item.split()) > len(current.split())
    )


def lead_item(deal: DealBuild, lead: Sentence) -> None:
    """A headline's goods give way to the lead's when the lead names them better ("deal for
    24 Swedish fighter jets" / "for 24 Kestrel E light fighters"); a headline that tells two
    deals ("howitzer order; Brazil wins Philippine radar contract") names the wrong ones."""
    if deal.kind in ("loan", "grant"):
        return  # what a loan is for: the headline's words are as good as the lead's
    probe = DealBuild(kind=deal.kind, value=None)
    find_item(probe, lead)
    if not probe.item or deal.item.lower().endswith(probe.item.lower()):
        return  # "for Canadian armoured vehicles" / "the vehicles": nothing new
    if designated(probe.item) or not designated(deal.item):
        deal.item, deal.item_span, deal.quantity = probe.item, probe.item_span, probe.quantity


def _item_after_for(deal: DealBuild, sentence: Sentence, match: re.Match[str] | None) -> bool:
    """ "a $300 million loan to Kenya for a water treatment plant": the item after "for", also
    when it holds the counted goods found first ("for two berths, a rail spur and dredging")."""
    value = deal.value
    after = value.end - sentence.start if value and value.start >= sentence.start else 0
    found = for_item(sentence.text, after)
    if not found:
        return False
    item, at, length = found
    if match and not (at <= match.start("item") and match.end("item") <= at + length):
        return False
    if match and not re.search(r",|\s(?:and|or)\s", item):
        return False  # one thing ("for four ferries"): the counted reading keeps its quantity
    deal.item = item
    deal.item_span = (sentence.start + at, sentence.start + at + length)
    return True
