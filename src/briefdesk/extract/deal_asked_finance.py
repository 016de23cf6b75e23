"""Financing asked of a lender, not yet given (round 24, issue 10): "The province has asked the
Inter-American Development Bank to finance the paving of Route 43", "The Company has mandated
the International Finance Corporation (IFC) to arrange the senior debt for the project", "the
Government also asked the People's Bank of China to extend its currency swap line".

Writers of unseen news (a wire, a listed company's release, a ratings note: fresh-18 W08,
fresh-21 Z01, Z08) tell a loan sought by naming the lender as the object of a request, with no
amount, no contract noun and no talk; no pass read it. The gold keeps it as a proposed loan:
the one asking borrows, the one asked lends. Only a lender that looks like one (a bank, a fund,
a finance corporation) and an object of money (finance, fund, lend, a loan, debt, credit, a
facility, a swap line); not a request refused, wondered about or denied, nor one asked of a
person (an adviser "asked X to review" is no loan).
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.deal_free_sentences import deals_in_free_sentences
from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.deal_parties import lender_like
from briefdesk.extract.party_near import Mention, party_named_at, subject_party
from briefdesk.extract.resolver import Found
from briefdesk.extract.text import Sentence

# "has asked", "had formally requested", "mandated", "has invited"; the verbs also pre-filter
# the text and each sentence (a plain substring test before the regex).
_REQUEST_VERBS = ("asked", "requested", "mandated", "invited", "appointed")
_ASKED = re.compile(
    r"\b(?:has\s+|have\s+|had\s+)?(?:also\s+|formally\s+|now\s+)?"
    r"(?:asked|requested|mandated|invited|appointed)\s+(?=(?:the\s+)?[A-Z])"
)
# after the lender (a parenthesis allowed): "to finance", "to arrange the senior debt"
_TO_LEND = re.compile(
    r"(?:\s*\([^()]{1,40}\))?\s+to\s+(?P<verb>(?:co-)?financ\w*|fund|lend|extend|provide|"
    r"arrange|underwrite)\s+(?P<object>[^.;]{0,80})"
)
_MONEY_WORDS = re.compile(
    r"\b(?:loans?|debt|financ\w*|funding|credit|facility|swap\s+line|bonds?)\b",
    re.I,
)
_NO_REQUEST = re.compile(
    r"\b(?:declined|refused|rejected|turned\s+down|den(?:y|ies|ied)|whether|might|could|may)\b|\?",
    re.I,
)
_WHY = "financing asked of {}: {!r}"


def asked_financing(
    text: str, found: Found, sents: list[Sentence], deals: list[DealBuild]
) -> list[DealBuild]:
    """``deals`` with a proposed loan for each lender asked to finance, in sentences no deal
    cites."""
    if not any(verb in text for verb in _REQUEST_VERBS):
        return deals
    return deals_in_free_sentences(found, sents, deals, _asked, _NO_REQUEST, gate=_REQUEST_VERBS)


def _asked(found: Found, mentions: list[Mention], sentence: Sentence) -> DealBuild | None:
    """The loan one sentence asks a lender for, or None."""
    said, start = sentence.text, sentence.start
    match = _ASKED.search(said)
    if match is None:
        return None
    lender, lender_end = party_named_at(found, mentions, sentence, start + match.end())
    if not lender:
        return None
    request = _TO_LEND.match(said, lender_end - start)
    if request is None:
        return None
    plain_money = request.group("verb").startswith(("financ", "co-financ", "fund", "lend"))
    if not plain_money and not _MONEY_WORDS.search(request.group("object")[:60]):
        return None
    actors = {a.name: a for a in found.actors.values()}
    if lender not in actors or not lender_like(actors[lender]):
        return None
    opens = max(said.rfind(":", 0, match.start()), said.rfind(";", 0, match.start())) + 1
    borrower = subject_party(found, mentions, sentence, start + opens, start + match.start())
    if borrower == lender:
        return None
    deal = DealBuild("loan", None, status="proposed")
    deal.buyer, deal.seller = borrower, lender
    deal.rule, deal.rule_words = "deal.unpriced", _WHY.format(lender, said[:80])
    deal.seller_why = f"the lender asked ({' '.join(match.group().split())})"
    deal.buyer_why = "the one asking for the financing"
    return deal
