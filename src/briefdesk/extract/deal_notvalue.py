"""Amounts in a deal sentence that are no deal's value (round 6, tuning articles 144-163).

"The credit, equivalent to about 1,252 million bolivianos, ..." restates a value told before
in another currency; "reviewed projects ... worth more than USD 1 billion" adds up several
projects; "We pay more than Tk 150 crore a year for foreign images" is a running cost; "the
plan to buy three helicopters worth 4.9 billion baht, but no supplier has been chosen" is a
plan with nobody to buy from.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.money import MoneyMention
from briefdesk.extract.non_deal_flows import flow_amount
from briefdesk.extract.scans import Gated

_ABOUT = (
    r"(?:about\s+|around\s+|some\s+|roughly\s+|approximately\s+|nearly\s+|over\s+|more\s+than\s+)?"
)
# (Gated: an end-anchored pattern is tried at every position; every match holds a hint.)
_EQUIVALENT = Gated(
    ("equivalent",),
    rf"\b(?:equivalent\s+to|the\s+equivalent\s+of)\s+{_ABOUT}$",
    re.I,
    caseless=True,
)
_PROJECTS = Gated(
    ("projects",),
    rf"\bprojects\b[^.;]{{0,80}}?\b(?:worth|valued\s+at|totall?ing)\s+{_ABOUT}$",
    re.I,
    caseless=True,
)
# a habit, not terms: "We pay ... a year" (but "will pay $40 million a year" is a deal's terms)
_SPEND = Gated(
    ("pay", "spend", "cost"),
    rf"(?<!will )(?<!would )(?<!to )\b(?:pay|pays|spend|spends|costs?)\s+{_ABOUT}$",
    re.I,
    caseless=True,
)
# a fund set up, not a deal's price: "will constitute a social trust fund of S/ 95 million"
_FUND_SET_UP = re.compile(
    rf"\b(?:constitut|set(?:s|ting)?\s+up|creat|establish)\w*\s+(?:a|an|the)\s+"
    rf"(?:[\w-]+\s+){{0,3}}fund\s+of\s+{_ABOUT}$",
    re.I,
)
# Money moved inside a government's budget, not paid to a counterparty: "a budget transfer of
# S/ 1,250 million in favour of the Ministry of Defence", "S/ 1,250 million credit transfer to"
# (Latin American "transferencia de partidas", newcomer10's Peruvian release).
_BUDGET_MOVE = (
    r"(?:budget(?:ary)?|credit|budget\s+credit)\s+(?:transfers?|allocations?|reallocations?)"
)
_BUDGET_BEFORE = re.compile(rf"\b{_BUDGET_MOVE}\s+of\s+{_ABOUT}$", re.I)
_BUDGET_AFTER = re.compile(rf"\s*(?:\([^()]{{1,20}}\)\s*)?{_BUDGET_MOVE}\b", re.I)
_EACH_YEAR = lazy(r"\s*(?:a|per|each|every)\s+(?:year|annum|month)\b", re.I)
# A value revised: "cutting the first phase from $850 million to $620 million", "reduced from the
# USD 400 million agreed in 2022 to USD 300 million": the old figure is no value (round 11).
_FROM_BEFORE = re.compile(
    rf"\bfrom\s+(?:the\s+|an?\s+|its\s+)?(?:original\s+|initial\s+|earlier\s+|previous\s+)?"
    rf"{_ABOUT}$",
    re.I,
)
_TO_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,5}?\s+to\s+(?:about\s+|around\s+|some\s+|nearly\s+)?"
    r"(?:[$€£¥₹]|[A-Z]{1,3}\$|[A-Z]{2,3}\s?\d|\d)"
)
# What a court or tribunal orders paid is no deal's price (N12-03): "ordered the Republic to pay
# the claimant US$418 million", "must pay the investor $90 million in damages".
_ORDERED_TO_PAY = Gated(
    ("order",),
    r"\border(?:ed|s|ing)\b[^.;]{0,80}?\bto\s+pay\b[^.;]{0,60}$",
    re.I,
    caseless=True,
)
# The price of an option for more units is no deal's value: a deal not (yet) made (N12-01):
# "an option for a further 12 howitzers valued at up to EUR 150 million", "options to order
# four more ships worth $90 million". ("The contract, including options, is worth" keeps it.)
_OPTION = Gated(
    ("option",),
    r"\boptions?\s+(?:for|on|covering|to\s+[a-z]+)\s+[^.;]{0,60}?\b(?:further|additional|more|"
    r"another|extra|follow-on)\b[^.;]{0,60}$",
    re.I,
    caseless=True,
)
# A donor's yearly programme figure is no deal (N12-07): "withheld part of its annual $1.3 billion
# in military financing", "their yearly €50 million of budget support" ("an annual $X contract"
# keeps its value: the article is not "its").
_YEARLY_OWN = Gated(
    ("annual", "yearly"),
    r"\b(?:its|their)\s+(?:annual|yearly)\s+$",
    re.I,
    caseless=True,
)
# A part of a loan told before is no second loan (newcomer16 N16-07): "the first disbursement
# of $200 million was expected in July", "the second tranche of EUR 50 million".
_PART_OF = Gated(
    ("disbursement", "tranche", "instal", "drawdown"),  # ("instal+ment": "instal")
    r"\bthe\s+(?:first|second|third|fourth|next|initial|final|last)\s+(?:disbursement|"
    r"tranche|instal+ment|drawdown)\s+(?:of\s+(?:the|this|that|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:credit\s+line|loan|facility|credit|financing|package|grant),?\s+(?:of\s+)?|of\s+)"
    r"(?:about\s+|around\s+|some\s+|up\s+to\s+)?$",
    re.I,
    caseless=True,
)
# (round 25, N25-18: also after a conversion's closing bracket, "3.4 billion pesos ($58
# million) in damages", and a fine or penalty: never the value of the contract it is about.)
_AWARDED_AS = re.compile(
    r"\s*\)?\s*(?:\([^()]{1,30}\)\s*)?(?:in|as)\s+(?:an?\s+)?(?:damages|compensation|restitution|"
    r"legal\s+costs|fines?|penalt(?:y|ies))\b",
    re.I,
)
# A yearly estimate of what deliveries would be worth, where the text says the contract's value
# was not disclosed, is no contract value (round 24, newcomer24 N24-11): "The value of the deal
# was not disclosed. Analysts estimate the volumes at about $300 million a year."
_UNDISCLOSED = re.compile(
    r"\b(?:value|price|terms|amount|cost|size)\b[^.;]{0,60}?\b(?:was|were|is|are|has|have)\s+"
    r"not\s+(?:been\s+)?(?:disclosed|revealed|made\s+public|given)\b|\bundisclosed\s+"
    r"(?:sum|amount|price|value|terms)\b|\bdid\s+not\s+disclose\b",
    re.I,
)
# Each lender's or partner's share of a sum told before is no deal of its own (N24-11's loan):
# "The two banks will each provide EUR 225 million", "each contributing $50 million".
_EACH_SHARE = Gated(
    ("each",),
    r"\beach\s+(?:will\s+)?(?:provide|providing|lend|lending|contribute|contributing|put\s+up|"
    rf"putting\s+up|extend|extending)\s+{_ABOUT}$",
    re.I,
    caseless=True,
)
_ESTIMATED = re.compile(r"\b(?:estimat\w*|would\s+be\s+worth|could\s+be\s+worth)\b", re.I)
_NO_SUPPLIER = re.compile(
    r"\bno\s+(?:supplier|contractor|manufacturer|builder|vendor|bidder|seller)\s+"
    r"(?:has|have|had)\s+(?:yet\s+)?been\s+(?:chosen|selected|named|picked)\b",
    re.I,
)


def not_a_value(text: str, start: int, money: MoneyMention) -> bool:
    """Whether ``money`` (in a sentence from ``start``) is an equivalent, a sum of projects, a
    running cost, a budget transfer, a figure revised from or the price of a plan with no
    supplier."""
    end = text.find(". ", money.end)
    end = len(text) if end < 0 else end
    before = max(start, money.start - 120)
    if _EQUIVALENT.search_in(text, max(start, money.start - 40), money.start):
        return True
    if _FROM_BEFORE.search(text, max(start, money.start - 30), money.start) and _TO_AFTER.match(
        text, money.end
    ):
        return True  # the figure a value was revised from
    if flow_amount(text, start, money):
        return True  # a year's exports, a running total, a debt, a unit price (non_deal_flows)
    if _PROJECTS.search_in(text, before, money.start):
        return True
    if _ORDERED_TO_PAY.search_in(text, before, money.start) or _AWARDED_AS.match(text, money.end):
        return True  # a ruling's award (damages, compensation), not a price
    if _OPTION.search_in(text, before, money.start):
        return True
    if _PART_OF.search_in(text, max(start, money.start - 80), money.start):
        return True  # a part of the loan told before
    if _YEARLY_OWN.search_in(text, max(start, money.start - 40), money.start):
        return True
    if _FUND_SET_UP.search(text, before, money.start):
        return True
    if _BUDGET_BEFORE.search(text, max(start, money.start - 60), money.start) or (
        _BUDGET_AFTER.match(text, money.end)
    ):
        return True  # a budget moved between a government's own bodies
    if _SPEND.search_in(text, max(start, money.start - 30), money.start) and _EACH_YEAR.match(
        text, money.end
    ):
        return True
    if _EACH_SHARE.search_in(text, max(start, money.start - 40), money.start):
        return True
    if _estimate_of_undisclosed(text, start, money):
        return True
    return "no " in text[start:end] and bool(_NO_SUPPLIER.search(text, start, end))


def _estimate_of_undisclosed(text: str, start: int, money: MoneyMention) -> bool:
    """ "estimate deliveries would be worth about $X a year" after "the value was not
    disclosed" (in its sentence or the one or two before): an estimate of flows, no price."""
    if "not disclos" not in text and "ndisclosed" not in text:
        return False
    if not _EACH_YEAR.match(text, money.end):
        return False
    if not _ESTIMATED.search(text, start, money.start):
        return False
    return bool(_UNDISCLOSED.search(text, max(0, start - 300), money.start))
