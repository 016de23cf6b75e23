"""Further parties named on one side of a deal: "a loan led by A and B" (round 19, N17-02).

A deal's buyer and seller hold one name each; the draft and the window can take more per side
(``DealSuggestion.more_buyers``/``more_sellers``) but no rule filled them. When a side's name
stands in a run of coordinated names (`party_groups.run_of`) that the words around give to one
side, the others in the run are that side's co-parties:

- after a preposition that points at a side: "led by A and B", "bought by A and B", "from A and
  B", "to A, B and C", "with A and B", "for A and B";
- after a group's noun: "a consortium of A, B and C", "a syndicate comprising A and B";
- before "jointly" / "together" / "co-finance": "A and B will jointly finance".

A run with neither ("A and B signed a contract": who buys is a guess) gives nobody; a name that
is the deal's other side, or the same party as the side, is never added. Scoring is unchanged:
the gold lists one name per side and the scorer reads only ``buyer`` and ``seller``.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.deal_partners import Same, windows
from briefdesk.extract.party_groups import Element, party_elements, run_of
from briefdesk.extract.resolver import Found
from briefdesk.extract.results import DealSuggestion, Reason
from briefdesk.extract.text import Sentence

_BEFORE = re.compile(
    r"(?:\b(?:by|from|to|with|for)|\b(?i:consortium|syndicate|group|grouping|lenders|banks|"
    r"partners|alliance|team)\s+(?:of|comprising|including|made\s+up\s+of))\s+"
    r"(?:(?:the|its|their)\s+)?(?:[a-z]+-[a-z]+\s+)?$"
)
_AFTER = re.compile(
    r"(?:\s*\([^()]{1,40}\))?,?\s+(?:(?:will|would|have|has|had|are|were|also|to)\s+){0,2}"
    r"(?:jointly|together|co-(?:finance|fund|lend|own|develop|build))\b"
)


def fill_co_parties(
    text: str, found: Found, sents: list[Sentence], deals: list[DealSuggestion], same: Same
) -> None:
    """Fill ``more_buyers``/``more_sellers`` of each deal from the first of its sentences
    where a side's name is in a run the words around give to that side."""
    starts = [s.start for s in sents]
    for deal in deals:
        for side, other in (("buyer", deal.seller), ("seller", deal.buyer)):
            name = getattr(deal, side)
            if not name or getattr(deal, f"more_{side}s"):
                continue
            for start, end in windows(sents, starts, deal.evidence):
                more = _co_parties(text, party_elements(text, found, start, end), name, other, same)
                if more:
                    setattr(deal, f"more_{side}s", more)
                    also = " and ".join(more)
                    deal.why.append(Reason(f"{side}.co-party", f"named beside {name!r}: {also}"))
                    break


def _co_parties(text: str, elements: list[Element], name: str, other: str, same: Same) -> list[str]:
    for index, element in enumerate(elements):
        if element.name != name:
            continue
        run = run_of(text, elements, index)
        if len(run) < 2 or not _given(text, run):
            continue
        more: list[str] = []
        for each in run:
            taken = [name, *more] + ([other] if other else [])
            if not any(each.name == known or same(each.name, known) for known in taken):
                more.append(each.name)
        if more:
            return more
    return []


def _given(text: str, run: list[Element]) -> bool:
    """Whether the words around the run give it to one side (see the module's note)."""
    before = text[max(0, run[0].start - 60) : run[0].start]
    return bool(_BEFORE.search(before) or _AFTER.match(text, run[-1].end))
