"""Loan words that do not make a deal a loan (issue 10).

"paid from the state budget rather than with export credit": an instrument the deal does not use
says nothing of its kind. "agreed to buy a satellite from X for 180 million dollars, financed by
a loan from Y" (newcomer15 N15-05): the amount is the price the buyer pays; the clause after it
tells how the purchase is paid, and names no amount of its own, so its loan is no kind of this
amount's deal (deal_financing reads the loan itself).
"""

from __future__ import annotations

from briefdesk.extract import rx as re

_NOT_USED = re.compile(
    r"\b(?:rather\s+than|instead\s+of|without|no)\s+(?:with\s+|through\s+|by\s+)?(?:an?\s+)?"
    r"(?:export\s+|bank\s+)?(?:credit|loan|financing|borrowing)s?\b",
    re.IGNORECASE,
)
# ", financed by a loan from Y" after a price: no figure inside, so no amount is the loan's.
_PAID_WITH = re.compile(
    r"(?i:,\s+(?:to\s+be\s+|partly\s+|largely\s+|mostly\s+)?(?:financed|funded|paid\s+for)\s+"
    r"(?:by|with|through|from)\s+(?:an?\s+|the\s+)?[^.;,\d$€£¥]{0,60}?"
    r"\b(?:loan|credit|credit\s+line|financing)\b[^.;\d$€£¥]{0,90})"
)
# The price clause the financing follows: a purchase "for" an amount.
_BOUGHT_FOR = re.compile(
    r"(?i:\b(?:buy|buys|bought|buying|purchase|purchases|purchased|acquire|acquires|acquired|"
    r"order|orders|ordered)\b[^.;]{3,160}?\bfor\s+(?:about\s+|around\s+|some\s+)?[$€£¥\d])"
)


def unused_loan_words(sentence: str) -> str:
    """``sentence`` without the instruments it says the deal does not use, and without the
    financing clause after a purchase's price."""
    sentence = _NOT_USED.sub(" ", sentence)
    paid = _PAID_WITH.search(sentence)
    if paid and _BOUGHT_FOR.search(sentence, 0, paid.start()):
        sentence = sentence[: paid.start()] + sentence[paid.end() :]
    return sentence
