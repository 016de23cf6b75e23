"""Amounts that measure a running flow, a stock or a debt rather than a deal (issue 10,
round 9: the non-deal money of the retired blind sets).

- a running total of a programme: "bringing total disbursements under the arrangement to about
  US$2.8 billion";
- a year's (or a period's) economic figure: "Gold is the country's largest export, worth about
  $1.6 billion last year", "spent about US$5.5 billion on defence in 2024", "Net sales in 2025
  were EUR 2.1 billion", "the yard's order book now stood at NOK 13 billion", "has lent it
  about ¥3 trillion since 1992", "financing needs for 2026 exceed $20 billion";
- money owed, still needed, or paid under something else: "Baghdad owed it around $400
  million", "with $4.2 billion still needed", "the performance bond of FJ$14.8 million", "will
  pay out US$42.9 million under its hurricane policy", "as principal falls due", "a soldier's
  monthly pay";
- a price per unit: "valued each ship at about $38 million", "about $47 million a ship";
- the borrower's own share of a financed project (newcomer9 N9-03): "The loan will be matched by
  $45 million from the Government", "counterpart funding of $12 million".

Each test reads only the amount's own neighbourhood; a sentence that also signs, orders or
agrees something keeps its period figures (a deal's terms may run "a year").
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.money import MoneyMention
from briefdesk.extract.scans import Gated

_ABOUT = (
    r"(?:about\s+|around\s+|some\s+|roughly\s+|approximately\s+|nearly\s+|over\s+|more\s+than\s+|"
    r"almost\s+|an\s+estimated\s+|up\s+to\s+)?"
)
# (Gated: these end-anchored patterns are tried at every position of the text before an amount;
# a few substring tests of words every match holds skip most of them, round 10 speed.)
# "bringing total IMF financial support under the arrangement to about"
_RUNNING_TOTAL = Gated(
    ("total", "cumulative", "overall"),
    r"\b(?:bring(?:s|ing)?|brought|tak(?:e|es|ing)|took|rais(?:e|es|ing|ed))\s+(?:the\s+)?"
    r"(?:total|cumulative|overall)\b[^.;]{0,110}?\bto\s+" + _ABOUT + r"$",
    re.I,
    caseless=True,
)
_ONE_DEAL = lazy(r"\b(?:contract|deal|order|agreement|value|price|cost)\b", re.I)
# A flow or stock measured over a period: the word before the amount, in its own clause.
_FLOW_HINTS = ("earn", "spen", "export", "import", "revenue", "sales", "turnover", "order")
# (round 13: a market's size and a trade's or cargo's volume over a period are flows too: "the
# cement market was worth MAD 18 billion in 2025", "handled cargo worth $3 billion last year")
_MEASURES = ("market", "trade", "cargo", "freight", "traffic")
_FLOW = Gated(
    (*_FLOW_HINTS, *_MEASURES, "needs", "deficit", "income", "receipts"),
    r"\b(?:earned|earns|earning|spent|spends|exports?|imports?|revenues?|sales|turnover|"
    r"order\s+book|needs|deficit|income|receipts|markets?|trade|cargo|freight|traffic)\b"
    r"[^.;]{0,60}$",
    re.I,
    caseless=True,
)
_PERIOD = re.compile(
    r"\b(?:in|during|for)\s+(?:the\s+)?(?:(?:19|20)\d\d|last\s+(?:fiscal\s+)?year|past\s+year)\b"
    r"|\blast\s+year\b|\ba\s+year\b|\bannually\b|\bsince\s+(?:19|20)\d\d\b|\bstood\s+at\b"
    r"|\b(?:in\s+|so\s+far\s+)?(?:the\s+current|this)\s+(?:fiscal\s+)?year\b",
    re.I,
)
_DEAL_TOLD = re.compile(
    r"\b(?:signed|signs|sign|agreed|agrees|ordered|contract|agreement|deal|will|would|under)\b",
    re.I,
)
# "has lent Vietnam about ¥3 trillion in ODA since 1992": a sum over the years.
_SINCE = re.compile(r"^[^.;]{0,40}?\bsince\s+(?:19|20)\d\d\b", re.I)
_GIVEN_BEFORE = re.compile(
    r"\b(?:has|have|had)\s+(?:lent|provided|given|disbursed|invested|committed)\b[^.;]{0,50}$",
    re.I,
)
# Debts, bonds and payouts: "owed it around", "the performance bond of", "will pay out".
_OWED_BEFORE = Gated(
    (
        "owe",
        "owing",
        "arrears",
        "paid",
        "pay",
        "bond",
        "guarantee",
        "security",
        "claim",
        "damages",
        "compensation",
        "book",  # ("order\s+book")
    ),
    r"\b(?:owed?|owes|owing|arrears\s+of|unpaid\s+\w+(?:,\s+which)?\s+stood\s+at|"
    r"(?:performance|bid|advance[- ]payment)\s+(?:bond|guarantee|security)\s+of|"
    r"pa(?:y|ys|id)\s+out|monthly\s+pay\s+is(?:\s+now)?|"
    r"requested\s+(?:additional\s+)?payments?\s+of|"
    # round 13: a claim, damages or a demand for money back ("has claimed S/ 310 million",
    # "demanded repayment of", "seeks damages of"), and an order book ("to a record of")
    r"claim(?:s|ed|ing)?(?:\s+(?:damages|compensation)\s+of)?|(?:damages|compensation)\s+of|"
    # round 22 (N22-13): "filed an arbitration claim of US$65 million": a claim, no deal
    r"claims?\s+(?:for|of)|"
    r"demand(?:s|ed)?\s+(?:the\s+)?(?:re)?payment\s+of|order\s+book\b[^.;]{0,40})\s+"
    + _ABOUT
    + r"$",
    re.I,
    caseless=True,
)
_NEEDED_AFTER = re.compile(
    r"^\s*(?:\([^)]{0,40}\)\s*)?(?:is\s+|are\s+)?(?:still\s+)?(?:needed|required|unfunded)\b"
    # round 22 (N22-13): "a US$65 million arbitration claim", "a $2 billion damages claim"
    r"|^\s*(?:(?:arbitration|arbitral|legal|damages|compensation|counter)[- ]?)?claims?\b",
    re.I,
)
_DEBT_SERVICE = re.compile(r"\b(?:principal|debt\s+service|repayments?)\b[^.;]{0,30}\bdue\b", re.I)
_COUNTERPART_BEFORE = Gated(
    ("matched", "counterpart"),
    r"\b(?:matched\s+by|counterpart\s+(?:funding|funds|contribution|financing)\s+(?:of\s+)?)"
    + _ABOUT
    + r"$",
    re.I,
    caseless=True,
)
_EACH_BEFORE = Gated(
    ("each",), r"\beach\s+(?:[\w-]+\s+){0,2}at\s+" + _ABOUT + r"$", re.I, caseless=True
)
_EACH_AFTER = re.compile(
    r"^\s*(?:\([^)]{0,40}\)\s*)?(?:a|per|each)\s+(?:ship|vessel|aircraft|jet|plane|boat|"
    r"helicopter|satellite|locomotive|train|car|vehicle|piece)\b",
    re.I,
)


def flow_amount(text: str, start: int, money: MoneyMention) -> bool:
    """Whether ``money`` (in a sentence that starts at ``start``) is a running total, a
    period's flow or stock, a debt, bond or payout, or a price per unit."""
    end = text.find(". ", money.end)
    end = len(text) if end < 0 else end
    before = text[max(start, money.start - 130) : money.start]
    after = text[money.end : min(end, money.end + 70)]
    total = _RUNNING_TOTAL.search(before)
    if total and not _ONE_DEAL.search(total.group()):
        return True  # (but "brings the total value of the contract to" is that contract's)
    if _OWED_BEFORE.search(before[-70:]) or _COUNTERPART_BEFORE.search(before[-70:]):
        return True
    if _NEEDED_AFTER.match(after) or _EACH_AFTER.match(after) or _EACH_BEFORE.search(before):
        return True
    if _SINCE.match(after) and _GIVEN_BEFORE.search(before):
        return True
    sentence = text[start:end]
    if "due" in sentence and _DEBT_SERVICE.search(sentence):
        return True
    flow = _FLOW.search(before[-80:])
    if not flow or _DEAL_TOLD.search(sentence):
        return False
    return bool(_PERIOD.search(before[-80:] + " " + after))
