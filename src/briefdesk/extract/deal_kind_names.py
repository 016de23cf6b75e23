"""The brief's own kind for an "other" deal the extractor already reads as rights or a stake.

Brief format 3 has kinds for a concession or licence and for a stake bought (newcomer12
N12-17). The extractor has long told both apart and filed them as "other" (``RIGHTS_RE``: "a
concession, PSC, licence … the rights, not the goods"; ``STAKE``: "agreed to sell its 20% stake
in …"); this names them, with no new reading of the text: the sides are already the ones the
docs/extraction.md gold conventions give (a concession's buyer is the concessionaire, its seller
the granting body), so only the kind's words change. An offtake, which ``RIGHTS_RE`` also
knows, is a purchase of output, not rights granted, and stays "other". Arbitral awards and
sanctions amounts are no deals to the extractor (deal_notvalue, non_deal_money): none is named.

Format 4 (newcomer13 N13-24) has a kind for works built under contract: an "other" deal whose
words say so (an EPC or construction contract, civil works, "to build a …") is named
"construction", its buyer slot the client and its seller slot the contractor — the sides the
extractor already gives the one who orders the works and the one who builds them.

Format 5 (round 22, newcomer21 N21-02) has a kind for a lease or charter: an "other" deal whose
own sentences say it is leased or chartered and not bought is named "lease" (``deal_lease``),
its buyer slot the lessee and its seller slot the lessor.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.clause_cuts import told_aside
from briefdesk.extract.deal_agreement_item import agreement_item
from briefdesk.extract.deal_granted_with import granted_with
from briefdesk.extract.deal_kinds import RIGHTS_RE, DealBuild
from briefdesk.extract.deal_lease import leased
from briefdesk.extract.deal_stake_item import shares_of, stake_item
from briefdesk.extract.deal_takeover import company_bought
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.text import Sentence
from briefdesk.extract.unpriced_acts import STAKE

_OFFTAKE = ("offtake", "off-take")
# A stake bought or sold, told in any tense ("acquired its 51% stake from X for …", "sold a
# 20 per cent interest"): ``STAKE`` reads only the plain verb after "agreed to" (newcomer14
# N14-32).
_STAKE_TOLD = re.compile(
    r"(?i:\b(?:sells?|sold|buys?|bought|acquires?|acquired|purchases?|purchased|takes?|took)\s+"
    r"(?:its|their|his|her|a|an|the)\s+(?:[\w%.-]+\s+){0,3}?(?:stake|shareholding)\b)"
)
# A company bought whole, named with its legal form ("has agreed to acquire Caspara Copper Ltd"
# from Y for a price, newcomer17 N17-01): a takeover, like a stake, and the company its item.
_COMPANY_BOUGHT = re.compile(
    r"\b(?:to\s+|will\s+|has\s+|have\s+)?(?:acquire|acquired|acquires|buy|buys|bought|purchase|"
    r"purchased|take\s+over|took\s+over|takes\s+over)\s+((?:[A-Z][\w&'-]*\s+){1,4}?"
    r"(?:Ltd|Limited|plc|PLC|Inc|Corp|Corporation|SpA|S\.A\.|SA|AG|GmbH|NV|N\.V\.|BV|LLC|Pty))\b"
)
# Works built under contract: the contract's own name, or building as what a contract is for
# (``_BUILD`` only with ``_CONTRACTED``: "will invest … to build a tailings facility" under a
# mining lease is the holder's own investment, no works contract).
_WORKS = re.compile(
    r"\b(?:EPC\b|[Ee]ngineering,? procurement and construction|(?i:construction|civil[- ]works|"
    r"design[- ]and[- ]build|turnkey|works)\s+(?:contract|deal|package)s?\b)"
)
_BUILD = re.compile(
    r"(?i:\bto\s+(?:build|construct|upgrade|rehabilitate|extend)\s+(?:a|an|the|two|three|four)\b)"
)
_CONTRACTED = re.compile(r"(?i:\b(?:contract|awarded|tender)\b)")
# "granted ... a 30-year mining concession ... to X": the rights granted, as the item when the
# deal has none (newcomer14 N14-01); "a 25-year special mining licence" too (newcomer17 N17-14).
_RIGHTS_ITEM = lazy(
    r"\b(?:a|an|the)\s+((?:\d+-year\s+)?(?:(?:special|exclusive|large-scale|small-scale)\s+)?"
    r"(?:(?:mining|exploitation|exploration|prospecting|port|"
    r"terminal|operating|production)\s+)?(?:concession|licen[cs]e|lease|permit))\b"
)


def named_kind(deal: DealBuild, sents: list[Sentence]) -> tuple[str, str]:
    """(kind, why): "acquisition" for a stake sold, "concession" for rights granted, "lease"
    for a lease or charter, "construction" for works built under contract, else the deal's own
    kind and ""."""
    if deal.kind not in ("other", "energy_supply"):
        return deal.kind, ""
    # (a relative clause naming no amount describes a party: "X, which won a concession,")
    said = " ".join(told_aside(s.text) for s in _sentences(deal, sents))
    if STAKE.search(said) or STAKE.search(deal.item) or _STAKE_TOLD.search(said) or shares_of(said):
        # (a stake in a gas field is no energy supply, whatever the field's words say)
        stake_item(deal, _sentences(deal, sents))  # "70% stake in the X project" (N19-03)
        return "acquisition", "a stake bought or sold"
    company = _COMPANY_BOUGHT.search(said) if deal.kind == "other" else None
    if company and company.group(1) not in (deal.buyer, deal.seller):
        deal.item = deal.item or company.group(1)
        return "acquisition", f"a company bought: {company.group(1)!r}"
    if deal.kind == "other" and (bought := company_bought(said, (deal.buyer, deal.seller))):
        deal.item = deal.item or bought  # "agreed to buy Czech maker Y for $N" (N24-01)
        return "acquisition", f"a company bought: {bought!r}"
    if deal.kind != "other":
        return deal.kind, ""
    if holder := granted_with(deal, said):  # "an access agreement with X, granting it" (r23)
        agreement_item(deal, _sentences(deal, sents))
        return "concession", f"rights granted to {holder!r} under the agreement"
    told = said
    granted = deal.buyer_why.startswith("concessionaire") or deal.seller_why.startswith("grants")
    if granted and deal.evidence:
        # "The consortium will invest $1.4 billion" after "granted a concession ... to X": the
        # sides were read as the rights' two sides, so the sentence before tells the rights
        # (newcomer15 N15-06); only the rights are read there, the deal's own words first.
        first = min(deal.evidence)[0]
        told = " ".join([said, *[s.text for s in sents if s.end <= first][-1:]])
    lease = leased(said)  # aircraft, ships or land leased or chartered (format 5, round 22)
    if (granted_licence := _LICENCE_GRANTED.search(said)) is not None:
        _licence_item(deal, said, granted_licence.group("rights"), _sentences(deal, sents))
        return "concession", f"rights granted: {granted_licence.group('rights')!r}"
    for words in (deal.item, told):
        rights = RIGHTS_RE.search(words)
        if rights and lease and rights.group().lower().startswith("operating lease"):
            break  # an aircraft's operating lease is a lease, not rights granted
        if rights and rights.group().lower() not in _OFFTAKE:
            named = _RIGHTS_ITEM.search(told) if not deal.item else None
            if named and " " in named.group(1):  # (a bare "licence" adds nothing to the kind)
                deal.item = named.group(1)
            return "concession", f"rights granted: {rights.group()!r}"
    if lease:
        return "lease", f"leased or chartered, not bought: {lease!r}"
    works = _WORKS.search(deal.item) or _WORKS.search(said)
    if works is None and _CONTRACTED.search(said):
        works = _BUILD.search(said)
    if works:
        return "construction", f"works built under contract: {works.group()!r}"
    agreement_item(deal, _sentences(deal, sents))  # "signed a fisheries access agreement between"
    return deal.kind, ""


# Round 22 (newcomer22 N22-11): a licence or permit of any trade granted to a named holder
# ("has also granted a two-year fishing licence to X for four freezer trawlers") is rights
# granted, like a mining licence; not one applied for, refused or to be granted (the verb is
# past), nor an export licence, which is an approval of a sale, not rights held.
_LICENCE_GRANTED = re.compile(
    r"\b(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:granted|issued|awarded)\s+(?:\w+\s+)?"
    r"(?:a|an|the)\s+(?P<rights>(?:[\w-]+-year\s+)?(?:(?!export\b|import\b)[a-z-]+\s+){0,2}?"
    r"(?:licen[cs]e|permit|(?:access|licen[cs]e|licensing|concession)\s+agreement))"
    r"\s+to\s+(?:the\s+)?[A-Z]"
)

_BARE = frozenset({"special", "exclusive", "new", "large-scale", "small-scale", "further"})


def _licence_item(deal: DealBuild, said: str, rights: str, own: list[Sentence]) -> None:
    """The licence as the deal's item in place of the goods it is for ("four freezer trawlers"
    after "a fishing licence to X for"): the rights are what the holder gets."""
    what = [w for w in rights.split()[:-1] if not w.endswith("-year") and w not in _BARE]
    if not what:
        return  # "a special licence": a bare licence adds nothing (newcomer17)
    at = said.find(rights)
    if not deal.item or (RIGHTS_RE.search(deal.item) is None and said.find(deal.item) > at):
        deal.item = rights
        deal.item_span = next(
            (
                (s.start + s.text.find(rights), s.start + s.text.find(rights) + len(rights))
                for s in own
                if rights in s.text
            ),
            None,
        )


def _sentences(deal: DealBuild, sents: list[Sentence]) -> list[Sentence]:
    """The deal's own sentence and every sentence its evidence is in."""
    out = []
    for index, sentence in enumerate(sents):
        own = index == deal.sentence_index
        if own or any(sentence.start <= start < sentence.end for start, _ in deal.evidence):
            out.append(sentence)
    return out
