"""A joint venture told being formed (round 22, issue 10): "A and B have signed a joint venture
agreement to make naval guns", "X will set up a joint venture with Y to build a refit hall", "the
two Parties agreed to establish a joint company", "the Shareholders' Agreement establishing the
joint venture Z", "The Cabinet approved a joint venture between A and B".

The gold keeps each as a deal of kind joint_venture with no buyer or seller (docs/extraction.md
"investments and joint ventures have no buyer or seller"); no pass proposed one without an
amount, so the sideless kind was lost. Read here, after the other deals, in sentences no deal
cites: a verb that forms a venture (set up, form, establish, create) or a venture's agreement
signed or concluded, or a venture approved. Not a venture only described ("X, a joint venture
of A and B, won ..."; "the joint venture will be owned ..."), wished for or denied.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.deal_free_sentences import deals_in_free_sentences
from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.deal_status import deal_status
from briefdesk.extract.party_near import Mention
from briefdesk.extract.resolver import Found
from briefdesk.extract.text import Sentence

_VENTURE = r"joint[- ](?:venture|company)"
# "set up a joint venture", "to establish a joint company", "establishing the joint venture Z",
# "signed a joint venture agreement", "concluded a consortium (joint venture) agreement",
# "approved a joint venture between"
_FORMED = re.compile(
    r"\b(?:set(?:s|ting)?\s+up|form(?:s|ed|ing)?|establish(?:es|ed|ing)?|creat(?:e|es|ed|ing)|"
    r"approved)\s+(?:on\s+(?:\d{1,2}\s+)?[A-Z][a-z]+\s+|last\s+[a-z]+\s+)?(?:a|an|the)\s+(?:new\s+)?(?:[\w-]+\s+){0,2}?"
    + _VENTURE
    + r"\b"
    r"|\b(?:signed|concluded|initialled|entered\s+into)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:\(?" + _VENTURE + r"\)?\s+)(?:agreement|contract|deal)\b",
    re.IGNORECASE,
)
# A venture wished for, denied or wondered about: none formed.
_NOT_FORMED = re.compile(
    r"\b(?:(?-i:may)|might|could|would|if|whether|not|never|no|considering|hopes?|wants?|"
    r"denied|rejected|ruled\s+out)\b|\?",
    re.IGNORECASE,
)
_STATUS = {"reported": "approved", "proposed": "proposed", "signed": "signed"}
_WHY = "a joint venture formed: {!r}"


def formed_ventures(
    text: str, found: Found, sents: list[Sentence], deals: list[DealBuild]
) -> list[DealBuild]:
    """``deals`` with a sideless joint venture for each venture told being formed."""
    if "oint venture" not in text and "oint company" not in text and "oint-venture" not in text:
        return deals
    return deals_in_free_sentences(found, sents, deals, _formed, _NOT_FORMED)


def _formed(found: Found, mentions: list[Mention], sentence: Sentence) -> DealBuild | None:
    """The joint venture one sentence tells being formed, or None."""
    match = _FORMED.search(sentence.text)
    if match is None:
        return None
    status = deal_status(sentence.text)
    deal = DealBuild("joint_venture", None, status=_STATUS.get(status, status))
    deal.rule, deal.rule_words = "deal.unpriced", _WHY.format(" ".join(match.group().split()))
    return deal
