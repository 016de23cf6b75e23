"""A dated signing in the amount's sentence is background to a later stage told just before
(round 25, issue 10).

"The first of two patrol vessels built for the navy arrived in Muscat on Sunday. The contract,
valued at OMR 63 million, was signed in 2024." "The ministry terminated in July the contract
under which X was to build two ferries. The contract, worth 14 billion CFA francs, had been
signed in 2024." The amount's sentence tells the signing, set in the past ("signed in 2024",
"under a contract signed in 2023", "ordered four of the ships in 2023"); the deal's present is
the sentence before: a delivery begun, a handover, a stop. ``later_status`` reads only the
sentences after; this reads the one before, when it names no amount of its own (then it may be
another deal) and the amount's sentence does not bring in a new one ("Its new order, signed in
May, is worth ..."). Read from fresh-22 (A06, A21), fresh-16 (U05) and the corpus (171, 174,
182): in each the gold takes the later stage.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.deal_carried import AMOUNT  # (any amount: a sign or scale word)
from briefdesk.extract.deal_status import deal_status
from briefdesk.extract.lexicon import MONTH_NAMES
from briefdesk.extract.money import MoneyMention
from briefdesk.extract.text import Sentence

_MONTHS = "|".join(MONTH_NAMES)  # (the pattern ignores case)
# The signing with a past time: "was signed in 2024", "signed in May", "ordered four of the
# ships in 2023", "concluded last year".
_DATED = re.compile(
    r"\b(?:signed|ordered|concluded|awarded|placed)\b(?:\s+[\w-]+){0,4}?\s+"
    r"(?:in\s+(?:early\s+|late\s+|mid-)?(?:(?:19|20)\d\d|" + _MONTHS + r")"
    r"|last\s+(?:year|month|" + _MONTHS + r"))\b",
    re.IGNORECASE,
)
# A deal new to the reader in the amount's sentence: another one than the stage before.
_ANOTHER = re.compile(
    r"\b(?:new|another|separate|second|follow-on|follow-up|further|additional|earlier)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:contract|order|deal|agreement|batch|tranche)s?\b",
    re.IGNORECASE,
)
# One of a series on its way: "The first of two vessels ... arrived", "the third corvette
# sailed from Tuzla for Karachi", "The first cargo under the contract arrived".
_ARRIVED = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|lead)\b(?:[^.;]|(?<=[A-Z])\.){0,160}?\b(?:arrived|sailed|"
    r"docked|(?:was|were)\s+(?:handed\s+over|delivered))\b",
    re.IGNORECASE,
)
# All of it handed over: "formally handed the patrol vessel RFNS X to the navy".
_HANDED = re.compile(
    r"\bhanded\s+(?:over\s+)?(?:the|its|their|both|two|three|four)\b", re.IGNORECASE
)
_LATER = ("in_delivery", "delivered", "cancelled", "suspended")


def stage_before(sents: list[Sentence], index: int, money: MoneyMention | None, status: str) -> str:
    """``status``, or (when it is "signed" by a signing set in the past) the later stage the
    sentence just before tells: in delivery, delivered, cancelled, suspended."""
    if status != "signed" or money is None or index == 0:
        return status
    text = sents[index].text
    if not _DATED.search(text) or _ANOTHER.search(text):
        return status
    back = sents[index - 1].text
    if AMOUNT.search(back):
        return status  # a priced deal before: the stage may be that one's
    told = deal_status(back)
    if told in _LATER:
        return told
    if _ARRIVED.search(back):
        return "in_delivery"
    if _HANDED.search(back):
        return "delivered"
    return status
