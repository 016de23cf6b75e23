"""Rights held under a concession a named body granted, told beside another deal (N16-07).

"The loan will finance the terminal, which X operates under a 30-year concession granted by the
Y Authority in 2024": the unpriced pass reads a sentence's own kind, and this sentence is the
loan's (its "loan" makes it one), so the concession it names had no deal. Read here, after the
other deals: the holder is the party right before "operates"/"runs"/"holds", the grantor the
party right after "granted by"; the kind is the rights' ("other", named "concession" by
``deal_kind_names``), the status "signed" (granted), the item the rights ("30-year
concession"). A concession with no grantor named, or one already read with the same sides, adds
nothing.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.party_near import party_ending_at, party_starting_at
from briefdesk.extract.resolver import Found
from briefdesk.extract.text import Sentence

# "which X operates under a 30-year concession granted by the", "X holds the terminal under a
# 25-year lease awarded by".
_HELD_UNDER = re.compile(
    r"\b(?P<verb>operates|operated|runs|ran|holds|held|manages|managed)\s+"
    r"(?:(?:the|its|a|an)\s+(?:[\w-]+\s+){0,4}?)?under\s+(?:a|an|the)\s+"
    r"(?P<rights>(?:[\w-]+\s+){0,3}?(?:concession|licen[cs]e|lease))\s+"
    r"(?:granted|awarded|issued)\s+(?:to\s+it\s+)?by\s+(?:the\s+)?(?=[A-Z])"
)


def held_concessions(
    text: str, found: Found, sents: list[Sentence], deals: list[DealBuild]
) -> list[DealBuild]:
    """``deals`` with a concession for each "X operates under a concession granted by Y"."""
    if "under" not in text:
        return deals
    mentions = sorted(found.mentions)
    added: list[DealBuild] = []
    for index, sentence in enumerate(sents):
        match = _HELD_UNDER.search(sentence.text) if " under " in sentence.text else None
        if match is None:
            continue
        holder = party_ending_at(found, mentions, sentence.start, sentence.start + match.start(), 4)
        at = sentence.start + match.end()
        grantor = party_starting_at(found, mentions, at, at + 3)
        if not (holder and grantor) or holder == grantor:
            continue
        if any({d.buyer, d.seller} == {holder, grantor} for d in deals + added):
            continue
        deal = DealBuild(kind="other", value=None, buyer=holder, seller=grantor, status="signed")
        deal.item = " ".join(match.group("rights").split())
        deal.buyer_why = f"holds the rights: subject of {match.group('verb')!r} ... under"
        deal.seller_why = "granted the rights: after 'granted by'"
        deal.rule, deal.rule_words = "deal.unpriced", match.group().strip()
        deal.evidence = [(sentence.start, sentence.end)]
        deal.sentence_index = index
        added.append(deal)
    return deals + added
