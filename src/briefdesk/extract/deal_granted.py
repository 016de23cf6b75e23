"""Rights a body issued or granted to a named holder (round 22, issue 10): "The Ministry has
issued a Production Operation Mining Business Permit (IUP-OP) to X for a nickel concession",
"the Authority granted X, the state-owned shipping company, the right to operate two berths".

``unpriced_acts`` reads "gave/granted/awarded a ... concession|lease|licence|permit ... to X"
with at most three words before the noun, not "issued", not the holder named before the rights
("granted X the right to"), and only within the unpriced pass's limits (three deals an article,
no sentence naming a year or "reported that"). Read here, after the other deals, in sentences
no deal cites: the grantor is the party nearest before the verb (seller), the holder the party
the rights go to (buyer); a signed deal of kind other (the rights, whatever they are for). Not
rights only applied for, to be issued, refused or wondered about; not a statement, a warning
or a tender issued.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.deal_free_sentences import deals_in_free_sentences
from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.party_near import Mention, last_party, party_named_at
from briefdesk.extract.resolver import Found
from briefdesk.extract.text import Sentence

_RIGHTS = (
    r"(?:(?i:licen[cs]es?|permits?|concessions?|leases?|rights?|authori[sz]ations?)|"
    r"IUPK?(?:[- ]OP)?)\b"
)
_VERB = r"(?P<verb>issued|granted|awarded|gave)"
_WHEN = r"(?:(?:on|last|this)\s+[A-Z]?[a-z]+\s+|(?:yesterday|today)\s+)?"
# "has issued a Production Operation Mining Business Permit (IUP-OP) to X", "officially issued
# the licence for nickel to X"
_TO = re.compile(
    rf"\b{_VERB}\s+{_WHEN}(?:the|a|an)\s+(?:[\w'’-]+\s+){{0,8}}?{_RIGHTS}"
    r"(?:\s*\([^)]{1,30}\))?(?:\s+(?:for|over|on)(?:\s+[\w'’-]+){1,6}?)?\s+to\s+(?=[A-Z]|the\s)"
)
# "granted X(, the state-owned shipping company,) the right to operate"
_DATIVE = re.compile(rf"\b{_VERB}\s+{_WHEN}(?=(?:the\s+)?[A-Z])")
_RIGHTS_NEXT = re.compile(
    rf"(?:\s*,[^,;]{{1,80}},)?\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,6}}?{_RIGHTS}"
)
# Rights applied for, to come, refused or wondered about: none granted yet.
_NOT_GRANTED = re.compile(
    r"\b(?:(?-i:may)|might|could|would|will\s+be|to\s+be|applied|applies|application|if|"
    r"whether|not|never|refused|rejected|den(?:y|ies|ied)|plans?\s+to|expected\s+to|"
    r"statements?|warnings?|tenders?)\b|\?",
    re.IGNORECASE,
)
_WHY = "rights {} to a holder: {!r}"


def granted_deals(
    text: str, found: Found, sents: list[Sentence], deals: list[DealBuild]
) -> list[DealBuild]:
    """``deals`` with a signed deal for each licence, permit or right issued to a named holder."""
    if "issued" not in text and "granted" not in text and "awarded" not in text:
        return deals
    return deals_in_free_sentences(found, sents, deals, _granted, _NOT_GRANTED)


def _granted(found: Found, mentions: list[Mention], sentence: Sentence) -> DealBuild | None:
    """The rights one sentence tells issued or granted to a named holder, or None."""
    said, start = sentence.text, sentence.start
    holder = ""
    if (match := _TO.search(said)) is not None:
        holder, _ = party_named_at(found, mentions, sentence, start + match.end())
    else:
        for match in _DATIVE.finditer(said):
            named, end = party_named_at(found, mentions, sentence, start + match.end())
            if named and _RIGHTS_NEXT.match(said, end - start):
                holder = named
                break
    if not holder or match is None:
        return None
    opens = max(said.rfind(":", 0, match.start()), said.rfind(";", 0, match.start())) + 1
    grantor = last_party(found, mentions, start + opens, start + match.start())
    if grantor == holder:
        return None
    deal = DealBuild("other", None, status="signed", buyer=holder, seller=grantor)
    words = " ".join(match.group().split())
    deal.rule, deal.rule_words = "deal.unpriced", _WHY.format(match.group("verb"), words)
    deal.buyer_why = f"holder: the rights {match.group('verb')} to it"
    deal.seller_why = f"grantor: {match.group('verb')} the rights" if grantor else ""
    return deal
