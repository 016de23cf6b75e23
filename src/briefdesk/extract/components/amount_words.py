"""Component: a currency code or a unit written with an amount is no body and no place (round 22).

Several rules read a short run of capitals from the words around it, and "the Interior
Ministry's EUR 290 million contract", "Kestrel's USD 40 million loan" or "Varo's USD1.2bn bond"
looked to them like a firm after a possessive ("Kenya's Safaricom"). The codes are ISO 4217's
(``money_codes.iso_codes``, from pycountry, as the money reader uses them) and the unit symbols
a list (``data/amount_units.txt``). A code is dropped only where every mention stands with an
amount ("EUR 290", "290 million EUR", "USD1.2bn") or in a list of codes ("paid in USD and
EUR"): bodies whose acronym is also a code ("PT PLN", "SEK, Sweden's export lender", "the
Rwanda Mines Board (RMB)") are never written so and stay.
"""

from __future__ import annotations

from functools import cache

from briefdesk.extract import rx as re
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.money_codes import ISO_EXTRA, iso_codes
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.words import word_list

_BODY_TYPES = frozenset({"organization", "international_organization"})
# "USD1.2bn", "EUR290m": a code glued to its amount is read as one word.
_GLUED = re.compile(r"([A-Z]{3})\d[\d.,]*(?:bn|mn|m|k|tn)?")
_NUMBER_AFTER = re.compile(r"[ \t\u00a0]?\d")
_NUMBER_BEFORE = re.compile(
    r"\d(?:[\d.,]*\d)?[ \t\u00a0]*(?:million|billion|trillion|thousand|bn|mn|m|k|tn)?[ \t\u00a0]*$"
)
# "in USD and EUR", "USD, EUR or GBP": the code beside another code.
_CODE_AFTER = lazy(r"\s*(?:,|and|or|/)\s*([A-Z]{3})\b")
_CODE_BEFORE = re.compile(r"\b([A-Z]{3})\s*(?:,|and|or|/)\s*$")


@cache
def _codes() -> frozenset[str]:
    return iso_codes() | ISO_EXTRA


@cache
def _units() -> frozenset[str]:
    return frozenset(word_list("amount_units"))


def amount_words(res: Resolver) -> None:
    """Drop bodies and places that are a currency code or a unit written with an amount."""
    drop = {
        key
        for key, actor in res.found.actors.items()
        if actor.type in _BODY_TYPES and _amount_word(res, actor.name, actor.evidence)
    }
    for key in drop:
        del res.found.actors[key]
    if drop:
        res.found.mentions[:] = [m for m in res.found.mentions if m[2] not in drop]
    for key, place in list(res.found.places.items()):
        if _amount_word(res, place.name, place.evidence):
            del res.found.places[key]


def _amount_word(res: Resolver, name: str, evidence: list[tuple[int, int]]) -> bool:
    glued = _GLUED.fullmatch(name)
    if glued and glued.group(1) in _codes():
        return True
    if name not in _codes() and name not in _units():
        return False
    return bool(evidence) and all(_with_amount(res, start, end) for start, end in evidence)


def _with_amount(res: Resolver, start: int, end: int) -> bool:
    text = res.text
    if _NUMBER_AFTER.match(text, end) or _NUMBER_BEFORE.search(text, max(0, start - 24), start):
        return True
    beside = _CODE_AFTER.match(text, end) or _CODE_BEFORE.search(text, max(0, start - 12), start)
    return bool(beside and beside.group(1) in _codes())
