"""Deal kind from the grammar around the amount (round 9), read before the sentence's words.

- The noun the amount belongs to, written before it: "a Line of Credit of US$ 75 million" is a
  loan even in a sentence that also names "a grant of FJ$ 10 million"; "a non-reimbursable
  contribution of 12 million euros" is a grant whatever the "financing agreement" around it.
- Money a company puts into a project it runs: "will invest 1.2 billion kina", "committed to
  invest $900 million", "committed to a $65 million work programme", "the concessionaire has
  committed US$280 million to dredging" is an investment under rights (kind "other"), not a
  loan, a grant or an energy supply, whatever facility, wells or gas the sentence names.
- A giver with its receiver between verb and amount: "Norad will give Mauritania NOK 45
  million for surveillance drones", "Berlin will fund the programme with 12 million euros" is
  a grant, not a sale of what it pays for.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefdesk.extract.deal_companion import companion_status, stopped_since
from briefdesk.extract.deal_more import settle_status
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.status_future import future_commitment

if TYPE_CHECKING:
    from briefdesk.extract.deal_kinds import DealBuild
    from briefdesk.extract.text import Sentence

_QUALIFIER = (
    r"(?:up\s+to\s+|about\s+|around\s+|some\s+|nearly\s+|approximately\s+|roughly\s+|almost\s+)?"
)
_LOAN_NOUN = (
    r"loans?|credits?|credit\s+lines?|lines?\s+of\s+credit|financing\s+facility|"
    r"prepayments?|prepayment\s+facility"
)
_GRANT_NOUN = (
    r"grants?|donations?|non-reimbursable\s+[\w-]+|grant\s+aid|budget\s+support|"
    r"assistance\s+measure"
)
# "a $150 million credit", "a US$180 million prepayment", "1 billion euros of its
# macro-financial assistance", "$40 million in loans": the noun right after the amount.
_NOUN_AFTER = re.compile(
    r"^(?:\s*\([^)]{0,40}\))?\s+(?:(?:in|of)\s+(?:its\s+|the\s+|new\s+)?)?"
    r"(?:(?P<loan>credit|credits|prepayment|loans?|macro-financial\s+assistance)"
    r"|(?P<grant>grants?|grant\s+aid))\b(?!\s+(?:agency|agencies|insurance|rating|guarantee))",
    re.IGNORECASE,
)
# "a loan of up to $900 million", "a grant worth €5 million": the noun just before.
_NOUN_BEFORE = re.compile(
    rf"\b(?:(?P<loan>{_LOAN_NOUN})|(?P<grant>{_GRANT_NOUN}))\s+"
    rf"(?:of|worth|totall?ing|amounting\s+to)\s+{_QUALIFIER}$",
    re.IGNORECASE,
)
# "will invest", "has committed to invest", "undertakes to invest", "committed to spend".
_INVEST_BEFORE = re.compile(
    r"\b(?:invest|invests|invested|investing|(?:commit|commits|committed|undertakes?|undertook|"
    r"pledged?)\s+to\s+(?:invest|spend))\s+" + _QUALIFIER + r"$",
    re.IGNORECASE,
)
# "committed (to a) $65 million work programme": the amount heads a work programme.
_WORK_AFTER = re.compile(
    r"^(?:\s*\([^)]{0,40}\))?\s+(?:minimum\s+)?(?:work\s+program(?:me)?|investment\s+programme)\b",
    re.IGNORECASE,
)
_WORK_BEFORE = re.compile(
    rf"\b(?:minimum\s+)?work\s+program(?:me)?\s+(?:of|worth|totall?ing)\s+{_QUALIFIER}$",
    re.IGNORECASE,
)
# "the concessionaire has committed US$280 million to dredging": a bare commitment counts as an
# investment only where the sentence speaks of rights or investment.
_COMMITTED_BEFORE = re.compile(r"\b(?:commits|committed|has\s+committed)\s+" + _QUALIFIER + "$")
_INVESTOR_WORDS = lazy(
    r"\b(?:concession\w*|invest\w*|licen[cs]e[ed]?|lease|mine|block|production[- ]sharing)\b",
    re.IGNORECASE,
)
# "will give Mauritania NOK 45 million", "will fund the programme with 12 million euros".
_GIVE_TO_BEFORE = re.compile(
    r"\b(?:will|would|to|shall)\s+(?:also\s+)?(?:give|grant|donate)\s+"
    r"(?:[A-Z][\w'-]*\s+){1,3}" + _QUALIFIER + "$"
)
_FUND_WITH_BEFORE = re.compile(
    r"\b(?:will|would|to|shall)\s+(?:also\s+)?(?:fund|finance|support)\s+(?:the|its|this|a)\s+"
    r"(?:[\w-]+\s+){1,3}?with\s+" + _QUALIFIER + "$"
)
_LOAN_WORDS = re.compile(r"\b(?:loans?|credits?|lend\w*|lent|borrow\w*)\b", re.IGNORECASE)


def kind_before_amount(before: str, after: str, sentence: str) -> tuple[str, str]:
    """The kind the words around the amount tell and why in plain words (("", "") when they
    tell none): ``before`` is the sentence's text up to the amount, ``after`` the text after."""
    before = before[-90:]
    noun = _NOUN_BEFORE.search(before)
    if noun:
        return ("loan" if noun.group("loan") else "grant"), f"the amount is {noun.group()!r}"
    noun = _NOUN_AFTER.match(after)
    if noun:
        return (
            "loan" if noun.group("loan") else "grant"
        ), f"the noun after the amount: {noun.group().strip()!r}"
    if "joint venture" in sentence.lower():
        return "", ""  # "will invest $2 billion in a joint venture": the venture's kind
    if (
        _INVEST_BEFORE.search(before)
        or _WORK_AFTER.match(after)
        or _WORK_BEFORE.search(before)
        or (_COMMITTED_BEFORE.search(before) and _INVESTOR_WORDS.search(sentence))
    ):
        return "other", "money a company invests in what it runs"
    if (_GIVE_TO_BEFORE.search(before) or _FUND_WITH_BEFORE.search(before)) and not (
        _LOAN_WORDS.search(sentence)
    ):
        return "grant", "money given to a receiver named before it"
    return "", ""


def settle_kind_and_status(deal: DealBuild, sents: list[Sentence], index: int) -> None:
    """The deal's status (settle_status, read with the kind its sentence's words gave), then its
    kind from the words around its amount, with the reason; sides and status stay as read."""
    told, why = "", ""
    if deal.value is not None:
        sentence = sents[index]
        at, end = deal.value.start - sentence.start, deal.value.end - sentence.start
        text = sentence.text
        told, why = kind_before_amount(text[:at], text[end : end + 60], text)
    status = _invested_status(deal, sents, index, told)
    if status is None:
        status = companion_status(sents, index, settle_status(deal, sents, index))
        if deal.value is not None:  # (round 26: "X will sell ... for NOK 410 million")
            at = deal.value.start - sents[index].start
            status = future_commitment(sents[index].text, at, status)
    deal.status = stopped_since(sents, index, status)
    if told:
        deal.kind, deal.kind_why = told, (told, why)


def _invested_status(deal: DealBuild, sents: list[Sentence], index: int, told: str) -> str | None:
    """Round 25: the status of a company's committed investment first read as a loan or grant
    ("Under the 30-year contract, X committed to a $65 million work programme", "The
    concessionaire has committed US$280 million"): read as the "other" deal it is, its
    concession's sentence before tells it (signed) where "committed" made a loan approved.
    None (read as before) when that tells nothing: "The partners committed to a minimum work
    program of $780 million" with no agreement before stays approved."""
    if told != "other" or deal.kind not in ("loan", "grant"):
        return None
    kind, status = deal.kind, deal.status
    deal.kind = "other"
    settled = companion_status(sents, index, settle_status(deal, sents, index))
    if settled != "reported":
        return settled
    deal.kind, deal.status = kind, status
    return None
