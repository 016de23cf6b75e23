"""A deal's status carried back from the sentence that told it (round 13).

"We signed in August with Scheldt Dredging for the channel. The contract is 48 million
euros." "The concession had been cancelled with immediate effect. It had been valued at $2.5
billion." The amount's own sentence states no status; its subject points back to the deal
("It", "The contract", "The lease", "What it costs"), so the status is the one the sentence
before tells, provided that sentence names no amount of its own (then it is another deal).

Round 23 (fresh-20's misses): the pointing subject may follow a lead-in that names who tells
the price ("According to the DMA, the contract is worth", a transcript's "KANG: The contract
is") and may be a loan or credit ("The loan to Tajikistan would be for up to"); the deal's
sentence may stand three sentences back when the ones between name no amount ("has contracted
X for six fire units. The package comprises .... Deliveries are to start .... According to the
DMA, the contract is worth"). A three-letter word before a number ("for 260 coaches") is no
currency code: the amount test before read it as one and stopped the carry.

Round 25: a teller's clause right before the amount points back as well ("the agency put the
estimated cost at", "values the package at", "lists the award at").
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.deal_status import deal_status
from briefdesk.extract.money import MoneyMention
from briefdesk.extract.text import Sentence

# A sentence whose subject is the deal told just before, up to the amount ("The financing of
# the purchase" is another deal: no "of" inside the subject).
# (round 23: after a speaker's label, "KANG: ", or "According to X, ")
_POINTING_BACK = re.compile(
    r"^(?:\W{0,3})(?:(?-i:[A-Z][\w.'-]*(?:[ \t][A-Z][\w.'-]*){0,3}):\s+|"
    r"according\s+to\s+[^,.;:]{1,50},\s+)?"  # ("According to the DMA, the contract is worth")
    r"(?:(?:the|this|that|its|their)\s+(?:(?!of\b|for\b|from\b)[\w-]+\s+){0,3}?"
    r"(?:contract|deal|agreement|"
    r"order|lease|concession|award|amendment|licen[cs]e|sale|purchase|package|charter|"
    r"subcontract|offtake|value|cost|price|loan|credit|facility)s?\b|"
    r"it\s+(?:is|was|will|would|has|had|carries|covers)\b|"
    r"what\s+it\s+(?:costs|is\s+worth)\b)",
    re.IGNORECASE,
)
# Round 25: a teller's value clause right before the amount points back too: "The Defense
# Security Cooperation Agency put the estimated cost at", "Brasilia values the package at", "a
# procurement notice published the same day lists the award at" (fresh-22 A04, corpus 174,
# fresh-6 K13). The deal word must be the verb's object and the amount follow "at".
_TELLER = re.compile(
    r"\b(?:put|puts|valued|values|priced|prices|lists|listed|estimated|estimates)\s+"
    r"(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:contract|deal|agreement|order|award|package|sale|purchase|value|cost|price)s?"
    r"(?:\s+of\s+(?:the|this|that)\s+(?:contract|deal|agreement|order|award|package|sale|"
    r"purchase))?\s+at\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|up\s+to\s+|"
    r"an\s+estimated\s+)?$",
    re.IGNORECASE,
)
# Any amount in the sentence before (a digit and a currency sign or scale word is enough).
AMOUNT = re.compile(
    r"[$€£¥₹]\s?\d|\d\s?(?i:million|billion|trillion|bn|m)\b|\b[A-Z]{3}\s?\d"
)  # (the code case-sensitive: "for 260 coaches" names no amount)
REACH = 3


def carried_status(
    sents: list[Sentence], index: int, money: MoneyMention | None, status: str
) -> str:
    """``status``, or (when it is "reported" and the amount's sentence points back to a deal)
    the status the nearest sentence before states for it."""
    if status != "reported" or money is None:
        return status
    sentence = sents[index]
    head = sentence.text[: max(0, money.start - sentence.start)]
    if not points_back(head):
        return status
    for back in reversed(sents[max(0, index - REACH) : index]):
        if AMOUNT.search(back.text):
            return status  # a priced deal before: this may be another one
        told = deal_status(back.text)  # ("signed in August": the same deal, told in the past)
        if told != "reported":
            return told
    return status


def points_back(head: str) -> bool:
    """Whether ``head`` (a sentence up to its amount) opens on the deal told before."""
    return bool(_POINTING_BACK.match(head) or ("at" in head and _TELLER.search(head)))
