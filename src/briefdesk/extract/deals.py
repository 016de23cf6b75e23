"""Deals: a value, the parties and their roles, the item, kind and status, from one sentence.

A deal is anchored on an amount of money in a sentence that talks about a deal (or, when an
article names no amount, on its first sentence that reports a signed agreement). Parties come from
verb patterns around the actors of that sentence: "A sells X to B", "B buys X from A",
"sale of X from A to B", "A approved a loan to B", "B secured a loan from A".
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from decimal import Decimal

from briefdesk.extract import parties
from briefdesk.extract.lexicon import (
    ARMS_WORDS,
    DEAL_CUES,
    ENERGY_WORDS,
    NON_DEAL_CUES,
    STATUS_WORDS,
)
from briefdesk.extract.money import MoneyMention, find_money
from briefdesk.extract.resolver import ActorBuild, Found
from briefdesk.extract.text import Sentence

_WORD = re.compile(r"[A-Za-z][\w-]*")
_UNITS = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _number_words() -> dict[str, int]:
    """One to ninety-nine as written out ("twenty-four", "twenty four"), plus "a dozen"."""
    words = {word: n for n, word in enumerate(_UNITS, start=1)}
    for t, tens in enumerate(_TENS, start=2):
        words[tens] = t * 10
        for u, unit in enumerate(_UNITS[:9], start=1):
            words[f"{tens}-{unit}"] = words[f"{tens} {unit}"] = t * 10 + u
    words["a dozen"] = words["dozen"] = 12
    return words


_NUMBER_WORDS = _number_words()
# Longest first, so "twenty-four" is not read as "twenty".
_NUMBER_ALT = "|".join(sorted((re.escape(w) for w in _NUMBER_WORDS), key=len, reverse=True))


def number_value(words: str) -> int | None:
    """ "12", "twelve", "Twenty-Four", "a dozen" -> the number; else None."""
    cleaned = " ".join(words.lower().split())
    return int(cleaned) if cleaned.isdigit() else _NUMBER_WORDS.get(cleaned)


_ITEM_HEADS = (
    r"fighter jets|fighter jet|fighter aircraft|jet trainers|jets|fighters|aircraft|warplanes|"
    r"helicopters|patrol vessels|patrol boats|vessels|boats|interceptors|"
    r"drones|unmanned aircraft|missiles|missile systems|air defen[cs]e systems?|tanks|"
    r"main battle tanks|frigates|submarines|corvettes|warships|ships|howitzers|artillery|"
    r"launchers|radars?|vehicles|trainers|rifles|systems|batteries"
)
# Words that never sit between a designation and the item noun ("Fincantieri sold two frigates").
_NOT_ITEM_WORDS = "|".join(
    [
        r"(?:billion|million|trillion|worth|of|for|and|the|to|from|with|by|in|on|at|a|an)\b",
        r"(?:will|would|has|have|had|is|are|was|were|be|been|also|more|its|their)\b",
        r"(?:" + _NUMBER_ALT + r")\b",
        r"[a-z]+ed\b",
        r"(?:sold|sells|sell|buy|buys|bought|supply|supplies|order|orders|won|wins|got)\b",
    ]
)
# A count before the item: "12", "twelve (12)", "a dozen", "up to 24", "an additional 12",
# "12 more". "two squadrons of" counts squadrons, not aircraft: no count is taken there.
_ITEM_RE = re.compile(
    rf"(?:(?<![\d.,\w-])(?P<qty>\d+|(?i:{_NUMBER_ALT}))(?:\s*\(\d+\))?\s+"
    r"(?:more\s+|additional\s+|further\s+|new\s+)?)?"
    rf"(?P<item>\b(?:(?:[A-Z][\w/.-]*|\d+[A-Za-z][\w/.-]*)\s+){{0,4}}(?:\b(?!{_NOT_ITEM_WORDS})[a-z-]+\s+){{0,2}}"
    rf"(?:{_ITEM_HEADS}))\b"
)
# Any counted goods after contract phrasing, for items with no known head noun: "a contract for
# twelve (12) Piranha armoured personnel carriers", "to supply 40 coastal guns worth ...".
_COUNTED_STOP = (
    r"(?:worth|valued|for|from|to|with|at|in|on|by|under|and|or|as|over|which|that|"
    r"the|a|an|of|will|would|is|are|was|were|be|costing|totalling|each)\b"
)
_COUNTED_RE = re.compile(
    r"\b(?:for|of|(?:to\s+)?(?:buy|supply|acquire|purchase|procure|deliver|order)(?:s|ed)?)\s+"
    r"(?:up\s+to\s+|an\s+additional\s+|a\s+further\s+|another\s+)?"
    rf"(?P<qty>\d+|(?i:{_NUMBER_ALT}))(?:\s*\(\d+\))?\s+(?:more\s+|additional\s+|new\s+)?"
    rf"(?P<item>(?:(?!{_COUNTED_STOP})[A-Za-z0-9][\w/.-]*\s+){{0,4}}"
    rf"(?!{_COUNTED_STOP})[a-z][a-z-]*s)\b(?=\s*[,.;:)]|\s*$|\s+{_COUNTED_STOP})"
)
# Counted things that are no goods: "for 12 years", "of 20 percent", "of 40 others".
_NOT_GOODS = frozenset(
    [
        "years",
        "months",
        "weeks",
        "days",
        "hours",
        "minutes",
        "percent",
        "cents",
        "points",
        "times",
        "others",
        "units",
        "people",
        "jobs",
        "workers",
        "members",
        "countries",
        "nations",
        "companies",
        "firms",
        "lots",
        "tranches",
        "phases",
        "stages",
        "instalments",
        "installments",
        "squadrons",
        "batches",
        "metres",
        "meters",
        "tonnes",
        "tons",
        "barrels",
        "kilometres",
        "kilometers",
        "miles",
        "megawatts",
        "gigawatts",
        "litres",
        "liters",
        "acres",
        "hectares",
    ]
)
_NOT_GOODS_FIRST = frozenset(["hundred", "thousand", "million", "billion", "trillion", "per"])
# Deal-kind names are labels, never an item ("arms sale", "energy supply").
_KIND_LABELS = frozenset(
    {
        "arms sale",
        "arms sales",
        "energy supply",
        "loan",
        "grant",
        "trade agreement",
        "joint venture",
        "licensed production",
        "mou",
        "other",
    }
)


_PARTY_TYPES = {"state", "organization", "international_organization"}
_NO_PARTY_KINDS = frozenset({"trade_agreement", "mou", "joint_venture"})
_CONVERSION_GAP = re.compile(
    r"^\s*\(\s*(?:about|around|roughly|approximately|approx\.|some|nearly|or|~|c\.)?\s*$"
)


_FROM_TO_RE = re.compile(
    r"\b(?:sale|sales|deal|supply|delivery|transfer|export)\b.*\bfrom\b.*\bto\b"
)
# Other sentences that may name a deal's parties or item are looked for this many sentences
# either side of it: the whole of any normal article, and bounded work on a 2 MB paste.
_REACH = 40


def _nearby(sents: list[Sentence], index: int) -> list[Sentence]:
    return sents[max(0, index - _REACH) : index + _REACH + 1]


@dataclass
class DealBuild:
    kind: str
    value: MoneyMention | None
    item: str = ""
    quantity: int | None = None
    buyer: str = ""
    seller: str = ""
    status: str = "reported"
    evidence: list[tuple[int, int]] = field(default_factory=list)
    item_span: tuple[int, int] | None = None
    sentence_index: int = -1
    # True when the roles are only a guess from "A and B signed" (the government side buys).
    weak: bool = False


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


# What the amount itself is, from the nouns right after it: "a 4 billion yen grant",
# "a EUR150 million credit line", "$7bn refinery joint venture". This outranks the sentence's
# other words ("radars ... under a 4 billion yen grant" is a grant, not an arms sale).
_HEAD_KINDS = (
    ("grant", re.compile(r"^(?:\s*\([^)]{0,40}\))?\s+(?:[\w-]+\s+){0,2}grants?\b")),
    (
        "loan",
        re.compile(
            r"^(?:\s*\([^)]{0,40}\))?\s+(?:[\w-]+\s+){0,2}"
            r"(?:loans?|credit\s+lines?|lines?\s+of\s+credit|(?:credit\s+)?facility|"
            r"financing|bailout)\b"
        ),
    ),
    ("joint_venture", re.compile(r"^(?:\s*\([^)]{0,40}\))?\s+(?:[\w-]+\s+){0,3}joint\s+venture")),
)
# Agreement types named in full or by their usual abbreviation.
_TRADE_RE = re.compile(
    r"\b(?:free[- ]trade|trade (?:agreement|deal|pact|accord)|economic partnership|"
    r"FTA|CEPA|customs union|preferential trade)\b",
    re.IGNORECASE,
)
_MOU_RE = re.compile(
    r"\b(?:(?i:memorandums?|memoranda|letters? of intent|framework agreements?|"
    r"heads of agreement)|MoUs?|MOUs?|LoIs?|LOIs?)\b"
)
_LICENCE_DEAL_RE = re.compile(
    r"\b(?:licen[cs]ed?[- ]production|licen[cs]e[- ]production|co-production|local[- ]assembly|"
    r"local[- ]production)\s+(?:pact|deal|agreement|contract|accord)",
    re.IGNORECASE,
)


_GIVING_VERBS = frozenset(
    [
        "provide",
        "provides",
        "provided",
        "pledge",
        "pledges",
        "pledged",
        "donate",
        "donates",
        "donated",
        "give",
        "gives",
        "gave",
        "gift",
        "gifted",
        "contribute",
        "contributes",
    ]
)
_TRADE_VERBS = frozenset(
    [
        "buy",
        "buys",
        "bought",
        "sell",
        "sells",
        "sold",
        "purchase",
        "order",
        "ordered",
        "contract",
        "invest",
        "invests",
        "invested",
        "investment",
        "export",
        "import",
        "deal",
        "sale",
    ]
)


def head_kind(after_amount: str) -> str:
    """The deal kind named by the noun right after an amount, or ""."""
    for kind, pattern in _HEAD_KINDS:
        if pattern.match(after_amount.lower()):
            return kind
    return ""


def _kind(sentence: str, context: str, after_amount: str = "") -> str:
    lowered = sentence.lower()
    words = _words(sentence)
    named = head_kind(after_amount) if after_amount else ""
    if named:
        return named
    if _LICENCE_DEAL_RE.search(context):
        return "licensed_production"
    if words & {"loan", "loans", "credit", "financing", "lend", "lent", "facility", "bailout"}:
        return (
            "loan"
            if not words & {"grant", "grants"} or "loan" in lowered.split("grant")[0]
            else "grant"
        )
    if _MOU_RE.search(sentence):
        return "mou"
    if _TRADE_RE.search(sentence):
        return "trade_agreement"
    if "joint venture" in lowered:
        return "joint_venture"
    if "licensed production" in lowered or "under licence" in lowered:
        return "arms_sale" if words & ARMS_WORDS else "licensed_production"
    if words & ARMS_WORDS or _DESIGNATION.search(sentence):
        return "arms_sale"
    if words & ENERGY_WORDS:
        return "energy_supply"
    if words & {"grant", "grants", "aid", "assistance"}:
        return "grant"
    if words & _GIVING_VERBS and not words & _TRADE_VERBS:
        return "grant"  # "Canberra would provide 50 million Australian dollars for patrols"
    context_words = _words(context)
    if context_words & ARMS_WORDS:
        return "arms_sale"
    if context_words & ENERGY_WORDS:
        return "energy_supply"
    if "agreements" in words or "accords" in words:
        return "trade_agreement"
    return "other"


_STATUS_RES = [
    (status, re.compile(r"\b(?:" + "|".join(re.escape(cue) for cue in cues) + r")\b"))
    for status, cues in STATUS_WORDS
]


# Military type designations: "F-35s", "S-400", "Su-57", "J-10CE", "K2PL" is not matched.
_DESIGNATION = re.compile(
    r"\b(?:F|S|Su|MiG|J|JF|FA|KF|T|M|AH|CH|UH|MQ|RQ|C|P|A|B|Mi|Ka|Tu|Il)-\d{1,3}"
)


def _status(sentence: str) -> str:
    lowered = sentence.lower()
    for status, cue_re in _STATUS_RES:
        if cue_re.search(lowered):
            return status
    return "reported"


# "The contract was signed on Friday", "The deal, signed in March,", "The agreement has since
# been ratified": a later sentence whose subject is the deal itself. "A separate agreement was
# signed" and "will be signed" say nothing about this deal's status now.
_LATER_STATUS = re.compile(
    r"\b(?:the|this|that|its|their)\s+(?!(?:separate|another|earlier|previous|second|other|"
    r"similar|first|new)\b)(?:[\w-]+\s+){0,3}?(?:contract|deal|agreement|accord|order|sale|"
    r"purchase|loan|memorandum|mou|pact|package|grant|credit line|facility)s?\b"
    r"(?:\s*,[^,.;]{1,70},)?(?:\s*,\s*|[^.;,]{0,50}?\b(?:was|were|has|have|had)\s+(?:since\s+|now\s+|also\s+|later\s+|subsequently\s+|eventually\s+)?"
    r"(?:been\s+)?)(?:formally\s+|officially\s+|finally\s+|already\s+)?"
    r"(?P<verb>signed|inked|sealed|concluded|finali[sz]ed|approved|cleared|ratified|cancell?ed|"
    r"scrapped|terminated|suspended|frozen|delivered|completed)\b"
)
_LATER_STATUS_OF = {
    "signed": "signed",
    "inked": "signed",
    "sealed": "signed",
    "concluded": "signed",
    "finalised": "signed",
    "finalized": "signed",
    "approved": "approved",
    "cleared": "approved",
    "ratified": "approved",
    "cancelled": "cancelled",
    "canceled": "cancelled",
    "scrapped": "cancelled",
    "terminated": "cancelled",
    "suspended": "suspended",
    "frozen": "suspended",
    "delivered": "delivered",
    "completed": "delivered",
}
# How far along a deal is; a later sentence only moves a deal forward (or stops it).
_PROGRESS = {
    "reported": 0,
    "proposed": 1,
    "approved": 2,
    "signed": 3,
    "in_delivery": 4,
    "delivered": 5,
}
_LATER_REACH = 6


def _later_status(deal: DealBuild, sents: list[Sentence], index: int) -> str:
    """The status a later sentence about the same deal gives ("The contract was signed on
    Friday"), read up to the next sentence that names a different amount (another deal)."""
    status = deal.status
    if status in ("cancelled", "suspended"):
        return status
    for sentence in sents[index + 1 : index + 1 + _LATER_REACH]:
        # Amounts only: without the article's context a "rupees" may read as another code.
        amounts = {m.amount for m in find_money(sentence.text)}
        if amounts and (deal.value is None or deal.value.amount not in amounts):
            break
        match = _LATER_STATUS.search(sentence.text.lower())
        if not match:
            continue
        later = _LATER_STATUS_OF[match.group("verb")]
        if later in ("cancelled", "suspended"):
            return later
        if _PROGRESS.get(later, 0) > _PROGRESS.get(status, 0):
            status = later
    return status


_VALUE_LABEL = re.compile(
    r"^[\s•*·▪‣-]*(?:value|worth|cost|price|amount|loan|grant|financing|contract value|"
    r"deal value)\s*:",
    re.IGNORECASE,
)


def _is_deal_sentence(sentence: Sentence, money: MoneyMention) -> bool:
    if _VALUE_LABEL.match(sentence.text):
        return True  # a fact box: "• Value: $1.2 billion"
    words = _words(sentence.text)
    if not words & DEAL_CUES and not words & ARMS_WORDS:
        return False
    local = sentence.text[: money.start - sentence.start].lower()[-60:]
    if _GROWTH_RE.search(local):
        return True  # "a pact that will lift bilateral trade by €10 billion": the deal's worth
    after = sentence.text[money.end - sentence.start :][:25].lower()
    if _DEBT_AFTER_RE.match(after) or "restructur" in local:
        return False  # "restructure $3.5 billion of debt" is a debt, not a deal
    return not any(cue in local for cue in NON_DEAL_CUES)


_GROWTH_RE = re.compile(
    r"\b(?:lift|lifts|boost|boosts|raise|raises|increase|increases|add|adds|expand|expands)\b"
    r"[^.;]{0,40}\b(?:by|to)\s+(?:at least\s+|about\s+|around\s+|up to\s+|some\s+)?$"
)
_DEBT_AFTER_RE = re.compile(r"^\s+(?:of|in)\s+(?:its\s+|external\s+|foreign\s+)?debts?\b")


class DealFinder:
    def __init__(self, text: str, found: Found) -> None:
        self.text = text
        self.found = found
        self.mentions = sorted(found.mentions)
        self.mention_starts = [m[0] for m in self.mentions]

    def run(self, sents: list[Sentence], money: list[MoneyMention]) -> list[DealBuild]:
        deals: list[DealBuild] = []
        seen_values: set[tuple[Decimal, str]] = set()
        used_sentences: set[int] = set()
        starts = [s.start for s in sents]
        stated_as = self._conversions(money)
        for mention in money:
            index = bisect.bisect_right(starts, mention.start) - 1
            if index < 0 or mention.start >= sents[index].end:
                continue
            sentence = sents[index]
            if not _is_deal_sentence(sentence, mention):
                continue
            key = (mention.amount, mention.currency)
            if key in seen_values:
                self._add_evidence(deals, key, mention)
                self._fill_parties(deals, key, sents, index)
                continue
            if index in used_sentences or self._part_of_earlier(deals, sents, index, mention):
                continue
            used_sentences.add(index)
            primary = stated_as.get(key, mention)
            equivalents = {key, (primary.amount, primary.currency)}
            equivalents |= {
                k for k, m in stated_as.items() if (m.amount, m.currency) in equivalents
            }
            seen_values |= equivalents
            deal = self._build(sents, index, mention)
            if primary is not mention:
                deal.value = primary
                deal.kind = head_kind(self.text[primary.end : primary.end + 60]) or deal.kind
            deal.sentence_index = index
            deals.append(deal)
        if not deals:
            for index, sentence in enumerate(sents):
                lowered = sentence.text.lower()
                if re.search(
                    r"\b(agreement|deal|contract|memorandum|accord|mou|pact)\b", lowered
                ) and re.search(r"\b(signed|agreed|sign|signs|seal|sealed|inked)\b", lowered):
                    deal = self._build(sents, index, None)
                    # Signatories of an MoU or trade pact are no buyer and seller, so such a
                    # deal stands without parties.
                    if deal.buyer or deal.seller or deal.kind in _NO_PARTY_KINDS:
                        deals.append(deal)
                        break
        return deals

    def _conversions(self, money: list[MoneyMention]) -> dict[tuple[Decimal, str], MoneyMention]:
        """ "4 billion yen ($28 million)": the bracketed amount is the same value, restated."""
        primary: dict[tuple[Decimal, str], MoneyMention] = {}
        for first, second in itertools.pairwise(money):
            between = self.text[first.end : second.start]
            if _CONVERSION_GAP.match(between) and first.currency != second.currency:
                primary.setdefault((second.amount, second.currency), first)
        return primary

    def _fill_parties(
        self,
        deals: list[DealBuild],
        key: tuple[Decimal, str],
        sents: list[Sentence],
        index: int,
    ) -> None:
        """A headline names the amount, the lead names who buys: the same value again fills in
        the parties the first sentence lacked."""
        for deal in deals:
            if not deal.value or (deal.value.amount, deal.value.currency) != key:
                continue
            if deal.buyer or deal.seller or deal.sentence_index == index:
                return
            probe = DealBuild(kind=deal.kind, value=None)
            self._parties(probe, sents[index])
            self._direction_nearby(probe, sents, index)
            deal.buyer, deal.seller = probe.buyer, probe.seller
            if not deal.item:
                self._item(deal, sents[index])
            return

    def _part_of_earlier(
        self, deals: list[DealBuild], sents: list[Sentence], index: int, mention: MoneyMention
    ) -> bool:
        """ "The package includes €5 billion in loans": a smaller amount just after a deal."""
        for deal in deals:
            if not deal.value or deal.value.currency != mention.currency:
                continue
            if 0 < index - deal.sentence_index <= 2 and mention.amount < deal.value.amount:
                return True
        return False

    def _add_evidence(
        self, deals: list[DealBuild], key: tuple[Decimal, str], mention: MoneyMention
    ) -> None:
        for deal in deals:
            if deal.value and (deal.value.amount, deal.value.currency) == key:
                deal.evidence.append((mention.start, mention.end))

    def _build(self, sents: list[Sentence], index: int, money: MoneyMention | None) -> DealBuild:
        sentence = sents[index]
        context = " ".join(s.text for s in sents[max(0, index - 2) : index + 3])
        after = self.text[money.end : money.end + 60] if money else ""
        kind = _kind(sentence.text, context, after)
        deal = DealBuild(kind=kind, value=money, status=_status(sentence.text))
        deal.evidence.append((sentence.start, sentence.end))
        self._item(deal, sentence)
        self._parties(deal, sentence)
        for neighbour in (
            sents[index - 1] if index else None,
            sents[index + 1] if index + 1 < len(sents) else None,
        ):
            if neighbour is None or (deal.buyer and deal.seller):
                continue
            probe = DealBuild(kind=kind, value=None)
            self._parties(probe, neighbour, explicit_only=True)
            if not deal.buyer and probe.buyer and probe.buyer != deal.seller:
                deal.buyer = probe.buyer
            if not deal.seller and probe.seller and probe.seller != deal.buyer:
                deal.seller = probe.seller
        self._direction_nearby(deal, sents, index)
        if not (deal.buyer or deal.seller):
            self._from_to_anywhere(deal, _nearby(sents, index))
        if deal.item and not _designated(deal.item):
            self._designated_item(deal, _nearby(sents, index))
        if deal.status == "reported" and index + 1 < len(sents):
            deal.status = _status(sents[index + 1].text) if kind != "other" else deal.status
        if kind != "other":
            deal.status = _later_status(deal, sents, index)
        return deal

    def _direction_nearby(self, deal: DealBuild, sents: list[Sentence], index: int) -> None:
        """ "A deal between Islamabad and Beijing for the boats" has no direction; a sentence
        close by that says who supplies that kind of goods to whom ("China, which supplies most of
        Pakistan's imported weapons") gives it. Only what the article says is used."""
        if not (deal.weak and deal.buyer and deal.seller):
            return
        goods = {"arms_sale": ARMS_WORDS, "energy_supply": ENERGY_WORDS}.get(deal.kind)
        if not goods:
            return
        for near in range(max(0, index - 3), min(len(sents), index + 4)):
            if near == index or not _words(sents[near].text) & goods:
                continue
            probe = DealBuild(kind=deal.kind, value=None)
            self._parties(probe, sents[near], explicit_only=True)
            # Both sides must be the deal's own pair: "BOTAS, which imports LNG from the United
            # States" is about another trade and says nothing about this one.
            if {probe.buyer, probe.seller} != {deal.buyer, deal.seller}:
                continue
            deal.buyer, deal.seller = probe.buyer, probe.seller
            deal.weak = False
            deal.evidence.append((sents[near].start, sents[near].end))
            return

    def _from_to_anywhere(self, deal: DealBuild, sents: list[Sentence]) -> None:
        """ "the sale of JF-17 jets from Pakistan to Azerbaijan" elsewhere in the article."""
        for sentence in sents:
            if not _FROM_TO_RE.search(sentence.text):
                continue
            probe = DealBuild(kind=deal.kind, value=None)
            self._parties(probe, sentence, explicit_only=True)
            if probe.buyer and probe.seller:
                deal.buyer, deal.seller = probe.buyer, probe.seller
                deal.evidence.append((sentence.start, sentence.end))
                if not deal.item:
                    self._item(deal, sentence)
                return

    def _designated_item(self, deal: DealBuild, sents: list[Sentence]) -> None:
        """ "fighter jet sale" in one place, "JF-17C Block-III fighter jets" in another."""
        head = deal.item.split()[-1].lower().rstrip("s")
        for sentence in sents:
            for match in _ITEM_RE.finditer(sentence.text):
                item = re.sub(r"^(?:more|additional|new|the|of)\s+", "", match.group("item"))
                if item.split()[-1].lower().rstrip("s") == head and _designated(item):
                    deal.item = item.strip()
                    start = sentence.start + match.start("item") + match.group("item").index(item)
                    deal.item_span = (start, start + len(deal.item))
                    return

    def _item(self, deal: DealBuild, sentence: Sentence) -> None:
        match = _ITEM_RE.search(sentence.text) or _counted_goods(sentence.text)
        if not match:
            return
        item = match.group("item").strip()
        item = re.sub(r"^(?:more|additional|new|the|of)\s+", "", item, flags=re.IGNORECASE)
        if item.lower() in _KIND_LABELS:
            return
        deal.item = item
        start = sentence.start + match.start("item") + match.group("item").index(item)
        deal.item_span = (start, start + len(item))
        qty = match.group("qty")
        if qty:
            deal.quantity = number_value(qty)

    def _mentions_in(self, sentence: Sentence) -> list[tuple[int, int, str]]:
        found = []
        first = bisect.bisect_left(self.mention_starts, sentence.start)
        last = bisect.bisect_left(self.mention_starts, sentence.end)
        for start, end, key in self.mentions[first:last]:
            actor = self.found.actors.get(key)
            if actor and actor.type in _PARTY_TYPES and start >= self.found.dateline_end:
                found.append((start, end, key))
        return found

    def _name(self, key: str) -> str:
        actor: ActorBuild = self.found.actors[key]
        return actor.name

    def _parties(self, deal: DealBuild, sentence: Sentence, explicit_only: bool = False) -> None:
        mentions = self._mentions_in(sentence)
        if not mentions or deal.kind in _NO_PARTY_KINDS:
            return  # signatories, not buyer and seller
        buyer, seller, strength = parties.assign(
            self.text,
            sentence.start,
            sentence.end,
            mentions,
            deal.kind in {"loan", "grant"},
            lambda key: _lender_like(self.found.actors[key]),
        )
        if explicit_only and strength < 2:
            return
        if buyer:
            deal.buyer = self._name(buyer)
        if seller and not (
            buyer and _same_side(self.found.actors[seller], self.found.actors[buyer])
        ):
            deal.seller = self._name(seller)
        if (
            not (deal.buyer and deal.seller)
            and not explicit_only
            and deal.kind not in {"loan", "grant"}
        ):
            self._with_pattern(deal, mentions)

    def _with_pattern(
        self,
        deal: DealBuild,
        mentions: list[tuple[int, int, str]],
    ) -> None:
        """ "A signed a contract with B": the government side buys, the company sells."""
        # Only a party joined by "with", "between ... and" or "A and B signed" takes part;
        # "approved by Congress" names no seller.
        linked = [
            m
            for m in mentions
            if re.search(
                r"\b(?:with|between|and)\s+(?:the\s+)?(?:[A-Z][\w.-]*['’]s\s+)?$",
                self.text[max(0, m[0] - 40) : m[0]],
            )
            or re.match(r"(?:['’]s\s+[\w-]+(?:\s+[\w-]+)?)?\s+and\s", self.text[m[1] : m[1] + 40])
        ]
        if not linked:
            return
        keys = []
        for m in [mentions[0], *linked]:
            if m[2] not in keys:
                keys.append(m[2])
        taken = list({m[2] for m in mentions if self._name(m[2]) in {deal.buyer, deal.seller}})
        candidates = [
            k
            for k in keys
            if k not in taken
            and not any(_same_side(self.found.actors[k], self.found.actors[t]) for t in taken)
        ]
        if not candidates:
            return
        govt = [k for k in candidates if _is_government(self.found.actors[k])]
        firms = [k for k in candidates if not _is_government(self.found.actors[k])]
        deal.weak = True
        if not deal.buyer and govt:
            deal.buyer = self._name(govt[0])
            candidates = [
                k
                for k in candidates
                if not _same_side(self.found.actors[k], self.found.actors[govt[0]])
            ]
            firms = [k for k in firms if k in candidates]
            govt = [k for k in govt if k in candidates]
        if not deal.seller:
            rest = [k for k in firms + govt if self._name(k) != deal.buyer]
            if rest:
                deal.seller = self._name(rest[0])


def _same_side(a: ActorBuild, b: ActorBuild) -> bool:
    """An organisation and its own country are one party, not a buyer and a seller."""
    if a is b:
        return True
    a_marks = {a.name, a.country} - {""}
    b_marks = {b.name, b.country} - {""}
    return bool(
        (a.affiliation and a.affiliation in b_marks)
        or (b.affiliation and b.affiliation in a_marks)
        or (a.affiliation and a.affiliation == b.affiliation)
        # "Hungarian state-owned group MVM" and Hungary: a company and the state it belongs to.
        or (bool(a.country) and a.country == b.country and "state" in {a.type, b.type})
    )


def _counted_goods(sentence: str) -> re.Match[str] | None:
    for match in _COUNTED_RE.finditer(sentence):
        words = match.group("item").lower().split()
        if words[-1] not in _NOT_GOODS and words[0] not in _NOT_GOODS_FIRST:
            return match
    return None


def _designated(item: str) -> bool:
    """A type name or designation ("JF-17C", "Rafale"), not just "fighter jets"."""
    return any(w[0].isupper() or w[0].isdigit() for w in item.split()[:-1])


def _lender_like(actor: ActorBuild) -> bool:
    """Banks and funds lend; states and companies borrow."""
    words = set(re.findall(r"[a-z]+", actor.name.lower()))
    return bool(
        words
        & {
            "bank",
            "fund",
            "exim",
            "finance",
            "financing",
            "investment",
            "credit",
            "cooperation",
            "développement",
        }
    ) or (actor.type == "international_organization" and actor.name.isupper())


def _is_government(actor: ActorBuild) -> bool:
    if actor.type == "state":
        return True
    words = set(actor.name.lower().split())
    return bool(
        words
        & {
            "ministry",
            "department",
            "force",
            "forces",
            "navy",
            "army",
            "agency",
            "government",
            "corps",
            "administration",
            "authority",
        }
    )
