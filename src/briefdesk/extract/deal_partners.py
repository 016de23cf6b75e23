"""The partners of a deal signed alike: a joint venture, a memorandum, a trade agreement (round 19).

By the gold conventions such a deal has no buyer and no seller, so its reading left both empty
and the draft had nobody to name (newcomer18 N18-02: "Japan's Kaito Gas Corporation signed a
$1.3 billion joint venture agreement with the state-owned Song Hau Gas Corporation" drafted a
joint venture with no parties). Its partners go in their own field, ``signatories``, read from
the deal's own sentences in three frames:

- "between A and B" (and C…): the run of names after "between";
- "A [and B] signed / agreed / formed / set up … with C [and D]": the run before the act and
  the run after "with", the act, its object (a venture, memorandum, agreement, accord…) and
  "with" in one clause;
- "A and B signed / agreed / formed … <the object>": a run of two or more before the act.

Two partners at least, no two the same party (a state and its own body are one). A deal whose
sentence names only one side, or whose side a rule already filled, is left as it is.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from briefdesk.extract import rx as re
from briefdesk.extract.deal_row_partners import row_partners
from briefdesk.extract.deal_signer_parties import signer_parties, signer_reason
from briefdesk.extract.party_groups import Element, distinct, party_elements, run_of
from briefdesk.extract.resolver import Found
from briefdesk.extract.results import DealSuggestion, Reason
from briefdesk.extract.text import Sentence

SIGNED_ALIKE = frozenset({"joint_venture", "mou", "trade_agreement"})
RULE = "signatory.cue"

_ACT = re.compile(
    r"\b(?:signed|signs|sign|inked|inks|sealed|seals|concluded|concludes|agreed|agrees|agree|"
    r"formed|forms|form|set\s+up|sets\s+up|established|establishes|establish|created|creates|"
    r"launched|launches|struck|strikes|entered\s+into|enters\s+into|reached|reaches)\b"
)
# Between the last subject and the act: a bracketed note, an apposition set off by commas, an
# auxiliary or an adverb of time ("A and B have jointly signed", "A, a Japanese firm, signed").
_BEFORE_ACT = re.compile(
    r"(?:\s*\([^()]{1,40}\))?(?:\s*,[^,.;]{1,90},)?\s+"
    r"(?:(?:has|have|had|will|would|also|jointly|formally|today|yesterday|on\s+\w+)\s+){0,3}"
)
# From the act to "with": no end of a clause between ("which", "after", ";", ".").
_TO_WITH = re.compile(
    r"(?:(?!\b(?:which|that|after|before|while|but|when)\b)(?:[^.;:]|(?<=\d)\.(?=\d))){0,120}?\bwith\s+"
)
# From "with" to the partner: "the", "a", a state's adjective, two lower-case words ("the
# state-owned", "Chilean company").
_WITH_GAP = re.compile(r"(?:(?:the|its|a|an)\s+)?(?:[A-Z][a-z]+\s+)?(?:[a-z][\w-]*\s+){0,2}")
# The act's object is the deal signed alike, named within its clause.
_SIGNED_NOUN = re.compile(
    r"(?:(?!\b(?:which|that|after|before|while|but|when|with)\b)(?:[^.;:]|(?<=\d)\.(?=\d)))"
    r"{0,80}?\b(?i:joint[- ]venture|JV|memorand(?:um|a)|MoU|MoUs|agreements?|accords?|pacts?|"
    r"partnership|letters?\s+of\s+intent|framework|protocol|treaty|compact|declaration)\b"
)
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?")

Same = Callable[[str, str], bool]


def partners(text: str, found: Found, start: int, end: int, same: Same) -> list[tuple[str, str]]:
    """``(name, key)`` of the partners the words between ``start`` and ``end`` name (see the
    module's note), or [] when fewer than two."""
    elements = party_elements(text, found, start, end)
    if len(elements) < 2:
        return []
    for read in (_between, _acting):
        named = distinct([(e.name, e.key) for e in read(text, elements, start, end)])
        kept: list[tuple[str, str]] = []
        for name, key in named:
            if not any(same(name, other) for other, _ in kept):
                kept.append((name, key))
        if len(kept) >= 2:
            return kept
    return []


def _starting(elements: list[Element], at: int) -> int | None:
    return next((i for i, e in enumerate(elements) if e.start == at), None)


def _between(text: str, elements: list[Element], start: int, end: int) -> list[Element]:
    for found in _BETWEEN.finditer(text, start, end):
        index = _starting(elements, found.end())
        if index is not None:
            return run_of(text, elements, index)
    return []


def _acting(text: str, elements: list[Element], start: int, end: int) -> list[Element]:
    for act in _ACT.finditer(text, start, end):
        subject = next(
            (i for i, e in enumerate(elements) if _BEFORE_ACT.fullmatch(text, e.end, act.start())),
            None,
        )
        if subject is None:
            continue
        if not _SIGNED_NOUN.match(text, act.end(), end):
            continue  # "while B signed a loan with C": another deal's act
        named = run_of(text, elements, subject)
        tail = _TO_WITH.match(text, act.end(), end)
        index = next(
            (
                i
                for i, e in enumerate(elements)
                if tail and _WITH_GAP.fullmatch(text, tail.end(), e.start)
            ),
            None,
        )
        if index is not None:
            return named + run_of(text, elements, index)
        if len(named) >= 2:
            return named
    return []


def fill_signatories(
    text: str,
    found: Found,
    sents: list[Sentence],
    deals: list[DealSuggestion],
    key_of: Callable[[str], str],
    same: Same,
) -> None:
    """Give each deal signed alike with no buyer or seller the partners named by the first of
    its sentences that names two (an amount's span read in its whole sentence), their
    suggestion keys by ``key_of``, with the reason."""
    starts = [s.start for s in sents]
    for deal in deals:
        if deal.kind not in SIGNED_ALIKE or deal.buyer or deal.seller or deal.signatories:
            continue
        for start, end in windows(sents, starts, deal.evidence) + pointed_back(sents, deal):
            named = partners(text, found, start, end, same) or row_partners(text, found, start)
            if named:
                deal.signatories = [name for name, _ in named]
                deal.signatory_keys = [key_of(name) for name in deal.signatories]
                listed = " and ".join(deal.signatories)
                deal.why.append(Reason(RULE, f"partners who signed it alike: {listed}"))
                break
            parties, words = signer_parties(text, found, start, end, same, key_of)
            if parties:  # "Halloran and Aasgaard signed a memorandum" (N23-05)
                deal.signatories = parties
                deal.signatory_keys = [key_of(name) for name in parties]
                deal.why.append(signer_reason(words))
                break


# A value sentence that opens on the deal signed alike told just before ("The exchange is valued
# at about US$180 million", "The accord is worth ..."): its partners are the previous sentence's
# (round 21, newcomer21 N21-01: a barter's two sides).
_POINTER = re.compile(
    r"^\W*(?:The|This|That)\s+(?:\w+\s+)?(?:exchange|barter|swap|accord|agreement|deal|pact|"
    r"venture|memorandum|partnership)\b"
)


def pointed_back(sents: list[Sentence], deal: DealSuggestion) -> list[tuple[int, int]]:
    """The sentence before the deal's first sentence, when that one opens on a pointer to the
    deal; [] otherwise."""
    if not deal.evidence:
        return []
    start = deal.evidence[0][0]
    at = next((i for i, s in enumerate(sents) if s.start <= start < s.end + 1), None)
    if not at or not _POINTER.match(sents[at].text):
        return []
    return [(sents[at - 1].start, sents[at - 1].end)]


def windows(
    sents: list[Sentence], starts: list[int], evidence: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Each evidence span widened to the sentence it starts in, without repeats, in order."""
    out: list[tuple[int, int]] = []
    for start, end in evidence:
        at = bisect.bisect_right(starts, start) - 1
        if at >= 0 and sents[at].end >= end:
            start, end = sents[at].start, sents[at].end
        if (start, end) not in out:
            out.append((start, end))
    return out
