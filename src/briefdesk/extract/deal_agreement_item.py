"""An agreement named in its own sentence as the deal's item (round 22, newcomer22 N22-02):
"today signed in Praia a fisheries access agreement between the Republic of Cabo Verde and the
Republic of Senegal" gives "fisheries access agreement", so the draft says what was signed
("have signed a fisheries access agreement worth EUR 6.5 million") and not "a contract".

Only a deal of kind "other" with no item, whose own sentence has the signing verb before the
agreement's name and "between" or "with" after it; the name's words are lower-case (a name in
capitals is a title, read elsewhere), not only words that say which one ("a separate
agreement"), and not a memorandum, loan, grant or contract, which have
kinds or words of their own.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.text import Sentence

_NAMED = re.compile(
    r"\b(?:signed|concluded|initialled|initialed|inked)\b[^.;]{0,40}?\b(?:a|an|the)\s+"
    r"(?P<name>(?:[\w-]+-year\s+)?(?:(?!memorandum\b|loan\b|grant\b|contract\b|framework\b)"
    r"[a-z-]+\s+){1,3}?(?:agreement|accord|protocol|treaty|convention|pact))\s+(?:between|with)\b"
)

# Words that say which agreement, not what it is for: "a separate agreement", "a new agreement".
_GENERIC = frozenset(
    [
        "separate",
        "new",
        "further",
        "second",
        "third",
        "another",
        "formal",
        "final",
        "definitive",
        "similar",
        "related",
        "preliminary",
        "initial",
        "draft",
        "binding",
        "non-binding",
    ]
)


def agreement_item(deal: DealBuild, own: list[Sentence]) -> None:
    """Set ``deal.item`` to the agreement its own sentence names as signed, if any."""
    if deal.kind != "other" or deal.item:
        return
    for sentence in own:
        named = _NAMED.search(sentence.text)
        if named is not None and not set(named.group("name").split()[:-1]) <= _GENERIC:
            deal.item = named.group("name")
            start = sentence.start + named.start("name")
            deal.item_span = (start, start + len(deal.item))
            return
