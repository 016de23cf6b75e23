"""A loan's guarantor: "Exportia, France's export-credit agency, has guaranteed 85 per cent of a
US$160 million loan that Banque Lorient will make to ..." (round 20, newcomer20 N20-09).

The guarantor is neither the lender nor the borrower; the model has the role (``guarantor``),
but no rule filled it, so the export-credit agency was only an actor suggestion and in no
deal. Like ``deal_coparties`` this fills a list beside the two sides (``guarantors``), with the
words that decided it, read in the loan's own sentences:

- a name as the subject of "guarantee" ("X has guaranteed", "X will guarantee", "X guarantees",
  "X provided/issued/gave a guarantee"), an apposition between them allowed;
- a name after "guaranteed by", "a guarantee from/by", "backed by a guarantee from",
  "underwritten by", "insured by".

A name that is the loan's lender or borrower (or the same party) is never its guarantor. Scoring
is unchanged: the gold has no guarantor and the scorer reads only ``buyer`` and ``seller``.
"""

from __future__ import annotations

from collections.abc import Callable

from briefdesk.extract import rx as re
from briefdesk.extract.deal_partners import Same, windows
from briefdesk.extract.party_groups import party_elements
from briefdesk.extract.resolver import Found
from briefdesk.extract.results import DealSuggestion, Reason
from briefdesk.extract.text import Sentence

RULE = "guarantor.cue"
# After the name: an apposition ("Exportia, France's export-credit agency,"), then the verb.
_SUBJECT = re.compile(
    r"(?:\s*\([^()]{1,40}\))?(?:,[^,.;]{1,60},)?\s+"
    r"(?:(?:has|have|had|will|would|is|are|was|were|also|to|already|agreed\s+to)\s+){0,2}"
    r"(?P<cue>guarantee[sd]?|guaranteeing|(?:provided?|provides|issued?|issues|gave|gives?|"
    r"extended|offers?|offered)\s+(?:an?\s+|the\s+)?(?:sovereign\s+|state\s+|credit\s+|"
    r"export[- ]credit\s+)?guarantee)\b",
    re.IGNORECASE,
)
# Before the name: "guaranteed by", "a guarantee from", "backed by a guarantee from".
_AGENT = re.compile(
    r"\b(?P<cue>guaranteed\s+by|(?:an?\s+|the\s+)?(?:sovereign\s+|state\s+|export[- ]credit\s+)?"
    r"guarantee\s+(?:from|by|of|issued\s+by)|underwritten\s+by|insured\s+by|"
    r"backed\s+by(?:\s+an?)?(?:\s+\w+)?\s+guarantee\s+(?:from|by))\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def fill_guarantors(
    text: str,
    found: Found,
    sents: list[Sentence],
    deals: list[DealSuggestion],
    key_of: Callable[[str], str],
    same: Same,
) -> None:
    """Fill ``guarantors`` of each loan or grant from its own sentences (see the note)."""
    starts = [s.start for s in sents]
    for deal in deals:
        if not deal.is_loan or "guarant" not in text:
            continue
        sides = [name for name in (deal.buyer, deal.seller, *deal.more_buyers) if name]
        sides += deal.more_sellers
        for start, end in windows(sents, starts, deal.evidence):
            if "guarant" not in text[start:end].lower() and "underwritten" not in text[start:end]:
                continue
            named = _guarantors(text, found, start, end, sides, same)
            if named:
                deal.guarantors = [name for name, _ in named]
                deal.guarantor_keys = [key_of(name) for name in deal.guarantors]
                for name, cue in named:
                    deal.why.append(Reason(RULE, f"guarantor: {name!r}, after {cue!r}"))
                break


def _guarantors(
    text: str, found: Found, start: int, end: int, sides: list[str], same: Same
) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for element in party_elements(text, found, start, end):
        cue = _SUBJECT.match(text, element.end, end) or _AGENT.search(
            text, max(start, element.start - 70), element.start
        )
        if cue is None or text.startswith(("'s ", "\u2019s "), element.end):
            continue  # "guaranteed by Italy's export credit agency SACE": not Italy itself
        taken = [*sides, *(name for name, _ in out)]
        if any(element.name == known or same(element.name, known) for known in taken):
            continue
        out.append((element.name, " ".join(cue.group("cue").split())))
    return out
