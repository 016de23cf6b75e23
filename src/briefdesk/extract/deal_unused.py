"""Loan words that do not make a deal a loan (issue 10).

"paid from the state budget rather than with export credit": an instrument the deal does not use
says nothing of its kind. "agreed to buy a satellite from X for 180 million dollars, financed by
a loan from Y" (newcomer15 N15-05): the amount is the price the buyer pays; the clause after it
tells how the purchase is paid, and names no amount of its own, so its loan is no kind of this
amount's deal (deal_financing reads the loan itself). "to buy X for $1.4 billion, backed by
$900 million syndicated loan" (newcomer17 N17-01): the clause after the price names its own
amount, so its loan words are that amount's kind, not the price's.
"""

from __future__ import annotations

from briefdesk.extract import rx as re

_NOT_USED = re.compile(
    r"\b(?:rather\s+than|instead\s+of|without|no)\s+(?:with\s+|through\s+|by\s+)?(?:an?\s+)?"
    r"(?:export\s+|bank\s+)?(?:credit|loan|financing|borrowing)s?\b",
    re.IGNORECASE,
)
# "to be delivered through a small-scale onshore facility" (round 16, N14 once its sentence was
# read whole): a plant or site, not a credit facility.
_SITE_FACILITY = re.compile(
    r"(?i:\b(?:onshore|offshore|storage|production|manufacturing|processing|regasification|"
    r"training|maintenance|repair|industrial|terminal|port|research|medical)\s+facilit(?:y|ies)\b)"
)
# ", financed by a loan from Y" after a price: no figure inside, so no amount is the loan's.
_PAID_WITH = re.compile(
    r"(?i:,\s+(?:to\s+be\s+|partly\s+|largely\s+|mostly\s+)?(?:financed|funded|paid\s+for)\s+"
    r"(?:by|with|through|from)\s+(?:an?\s+|the\s+)?[^.;,\d$€£¥]{0,60}?"
    r"\b(?:loan|credit|credit\s+line|financing)\b[^.;\d$€£¥]{0,90})"
)
# "to purchase 10 units from X under the Indian line of credit, at a cost of USD 61 million"
# (round 16, a cabinet decision): the credit a purchase draws on, named with no figure of its
# own between the goods and their price.
_UNDER_CREDIT = re.compile(
    r"(?i:\bunder\s+(?:the|an?|its|their)\s+(?:[^.;,\d$€£¥]{0,40}?\s)?"
    r"(?:line\s+of\s+credit|credit\s+line|lines\s+of\s+credit|loan|credit|financing)"
    r"(?:\s+(?:agreement|facility|arrangement))?\b)"
)
_PURCHASE_VERB = re.compile(
    r"(?i:\b(?:buy|buys|bought|buying|purchase|purchases|purchased|acquire|acquires|acquired|"
    r"procure|procures|procured|order|orders|ordered)\b[^.;]{3,120}?\bfrom\s+)"
)
_PRICE_AFTER = re.compile(r"(?i:^,?\s+(?:at\s+a\s+(?:total\s+)?cost\s+of|for|worth|valued\s+at)\s)")
# The price clause the financing follows: a purchase "for" an amount.
_BOUGHT_FOR = re.compile(
    r"(?i:\b(?:buy|buys|bought|buying|purchase|purchases|purchased|acquire|acquires|acquired|"
    r"order|orders|ordered)\b[^.;]{3,160}?\bfor\s+(?:about\s+|around\s+|some\s+)?[$€£¥\d])"
)

# ", backed by $900 million syndicated loan" right after a price: a financing clause with an
# amount of its own (its end: the next full stop or semicolon).
_BACKED_AFTER = re.compile(
    r"(?i:^(?:\s+in\s+cash)?,?\s+(?:backed|financed|funded|paid\s+for)\s+(?:by|with|through)\s+"
    r"(?:an?\s+|the\s+)?(?:[$€£¥]|(?:US|USD|EUR|GBP)\s?\$?)\s?\d[^.;\n]{0,80}?"
    r"\b(?:loans?|credit|financing|facility)\b[^.;\n]*)"
)


def unused_loan_words(sentence: str, after_amount: str = "") -> str:
    """``sentence`` without the instruments it says the deal does not use, without the
    financing clause after a purchase's price, and (given the text after the amount read) without
    a financing clause with its own amount right after that price."""
    backed = _BACKED_AFTER.match(after_amount) if after_amount else None
    if backed and _BOUGHT_FOR.search(sentence):
        clause = backed.group().strip()
        if clause and clause in sentence:
            sentence = sentence.replace(clause, " ", 1)
    sentence = _NOT_USED.sub(" ", sentence)
    if "facilit" in sentence:
        sentence = _SITE_FACILITY.sub(" ", sentence)
    paid = _PAID_WITH.search(sentence)
    if paid and _BOUGHT_FOR.search(sentence, 0, paid.start()):
        sentence = sentence[: paid.start()] + sentence[paid.end() :]
    under = _UNDER_CREDIT.search(sentence)
    if (
        under
        and _PURCHASE_VERB.search(sentence, 0, under.start())
        and _PRICE_AFTER.match(sentence[under.end() :])
    ):
        sentence = sentence[: under.start()] + sentence[under.end() :]
    return sentence
