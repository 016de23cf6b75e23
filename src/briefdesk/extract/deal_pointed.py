"""Whether a sentence tells a deal's value: a deal word in it, or (round 11) a value told in a
sentence of its own right after a purchase or contract.

"Senegal also ordered missiles from X. The value was put at EUR 38.5 million." "The estimated
total cost is $825 million." "The vessels will cost $188 million in total." "Tawazun put the
value at AED 1.9 billion." The value sentence has no deal word, so the amount used to be
skipped; its deal is told in one of the two sentences before, which must name a purchase,
order, contract or sale (a loan's or grant's sentence is left alone: there the cost is the
project's, paid for by the loan)."""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.deal_kinds import is_deal_sentence, word_set
from briefdesk.extract.deal_more import MONEYISH
from briefdesk.extract.deal_status import deal_status
from briefdesk.extract.deal_table import table_row_priced
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.money import MoneyMention
from briefdesk.extract.party_preps import WENT_TO
from briefdesk.extract.text import Sentence
from briefdesk.extract.words import word_list

# (round 13: "The total is ...", "The amount is ...", "A budget line puts it at ...")
_HINT = re.compile(
    r"\b(?:cost|costs|value|price|share|commitment|bill|total|amount|sum|puts?\s+it)\b",
    re.IGNORECASE,
)
_QUALIFIER = (
    r"(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+|up\s+to\s+|an\s+estimated\s+|~\s?)?"
)
# What stands right before the amount.
_VALUE_BEFORE = lazy(
    r"(?:\b(?:cost|value|price|share|commitment|bill)\b[^.;:$€£\d]{0,40}?\b(?:is|was|are|were|"
    r"will\s+be|would\s+be|stands\s+at|comes\s+to|came\s+to|amounts\s+to|totals|totalled|"
    r"(?:was\s+|is\s+|has\s+been\s+)?(?:put|estimated|set|reported|valued|quoted)\s+at|"
    # "Value said to be ~$140m", "value per our sources ~$90m" (newcomer12 N12-04)
    r"(?:said|reported|believed|thought|understood)\s+to\s+be|"
    r"(?:per|according\s+to)\s+(?:our\s+|two\s+|several\s+)?sources)"
    r"|\b(?:put|puts)\s+(?:the\s+|its\s+)?(?:value|cost|price|it)\s+at"
    # round 13: "The total is", "The amount of the contract is" (the noun is the subject itself)
    r"|\b(?:the|its)\s+(?:total|amount|sum)\s+(?:of\s+the\s+(?:contract|deal|order|agreement|"
    r"purchase)\s+)?(?:is|was|comes\s+to|came\s+to|amounts\s+to|stands\s+at)"
    r"|\b(?:will|would|is\s+to|are\s+to|to|should)\s+cost)\s+" + _QUALIFIER + "$",
    re.IGNORECASE,
)
# The same clause anywhere in a sentence, before an amount (read by deal_folded).
_VALUE_CLAUSE = re.compile(
    _VALUE_BEFORE.pattern[:-1] + r"(?=[$€£¥₹\d]|[A-Z][A-Za-z$]{0,3}\s?\d)", re.IGNORECASE
)
_PURCHASE = word_list("pointed_purchase_words")
_FINANCE = word_list("pointed_finance_words")
REACH = 2


def deal_told(sents: list[Sentence], index: int, money: MoneyMention) -> bool:
    """Whether the amount ``money`` of ``sents[index]`` is read as a deal's value."""
    sentence = sents[index]
    if is_deal_sentence(sentence, money) or WENT_TO.search(sentence.text):
        return True
    if table_row_priced(sents, index):
        return True  # a row of a table with a buyer or seller column
    return pointed_value(sents, index, money)


def pointed_value(sents: list[Sentence], index: int, money: MoneyMention) -> bool:
    """A value sentence ("The value was put at ...") after a purchase told just before."""
    sentence = sents[index]
    at = money.start - sentence.start
    if not _HINT.search(sentence.text, 0, at) or not _VALUE_BEFORE.search(
        sentence.text, max(0, at - 80), at
    ):
        return False
    before = sents[max(0, index - REACH) : index]
    if any(MONEYISH.search(s.text) for s in before):
        return False  # a priced deal close before: a restatement ("put the value at Tk ...")
    for back in reversed(before):
        words = word_set(back.text)
        if _purchase(back.text):
            return not words & _FINANCE
    return False


# "X has signed for six drones": to sign for goods is to buy them.
# ... and "X has signed with Argentine firm Y for 3 satellites" (round 13, N13-06).
_SIGNED_FOR = re.compile(
    r"\bsign(?:ed|s)?\s+(?:with\s+(?:[\w'’-]+\s+){1,6}?)?for\s+(?!the\s+\w+\s+side\b)",
    re.IGNORECASE,
)


def _purchase(sentence: str) -> bool:
    return bool(word_set(sentence) & _PURCHASE) or (
        "for" in sentence and bool(_SIGNED_FOR.search(sentence))
    )


def pointed_status(
    sents: list[Sentence], index: int, money: MoneyMention | None, status: str
) -> str:
    """``status``, or (when it is "reported" and the amount is a value pointing back) the
    status the purchase's own sentence tells ("ordered" -> signed)."""
    if status != "reported" or money is None or not pointed_value(sents, index, money):
        return status
    for back in reversed(sents[max(0, index - REACH) : index]):
        if _purchase(back.text):
            return deal_status(back.text, current_only=True)
    return status


def value_clause(sentence: str) -> bool:
    """Whether ``sentence`` states a value the way a sentence pointing back does ("The value
    was put at ...", "will cost ...")."""
    return bool(_HINT.search(sentence) and _VALUE_CLAUSE.search(sentence))
