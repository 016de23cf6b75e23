"""Deal vocabulary read from one sentence: kind, status, counted items, number words."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from briefdesk.extract import rx as re
from briefdesk.extract.deal_agreed import agreed_for, sold_to
from briefdesk.extract.deal_arms_names import arms_in
from briefdesk.extract.deal_barter import barter_kind
from briefdesk.extract.deal_giving import gives_only_figures
from briefdesk.extract.deal_heads import CONTRACT_HEAD, VENTURE, head_kind
from briefdesk.extract.deal_memoranda import MOU_RE, priced_framework, umbrella_only
from briefdesk.extract.deal_services import arms_service, space_context
from briefdesk.extract.deal_unused import unused_loan_words
from briefdesk.extract.deal_works import built_works, tonnes_of_goods, venture_party
from briefdesk.extract.lexicon import ARMS_WORDS, DEAL_CUES, ENERGY_WORDS, NON_DEAL_CUES
from briefdesk.extract.money import MoneyMention
from briefdesk.extract.non_deal_money import no_deal_amount
from briefdesk.extract.number_words import NUMBER_ALT
from briefdesk.extract.pattern_cues import cued
from briefdesk.extract.scans import Gated, factored
from briefdesk.extract.text import (
    HintedPattern,
    Sentence,
    SentencePattern,
    lower_tail,
    lowered,
    tail,
)
from briefdesk.extract.words import word_list

WORD = re.compile(r"[A-Za-z][\w-]*")
ITEM_HEADS_LIST = (
    r"fighter jets|fighter jet|fighter aircraft|jet trainers|jets|fighters|aircraft|warplanes|"
    r"helicopters|patrol vessels|patrol boats|vessels|boats|interceptors|"
    r"drones|unmanned aircraft|missiles|missile systems|air defen[cs]e systems?|tanks|"
    r"main battle tanks|frigates|submarines|corvettes|warships|ships|howitzers|"
    r"artillery shells|artillery rounds|artillery ammunition|artillery|"
    r"launchers|radars?|vehicles|trainers|rifles|systems|batteries|"
    # round 16: ammunition by its calibre ("155 mm shells", "5.56mm ammunition")
    r"ammunition|munitions|shells|mortar rounds|mortars|cannons?"
)
ITEM_HEADS = factored(ITEM_HEADS_LIST.split("|"))  # (one branch per first letter)
# Words that never sit between a designation and the item noun ("Fincantieri sold two frigates").
NOT_ITEM_WORDS = "|".join(
    [
        r"(?:billion|million|trillion|worth|of|for|and|the|to|from|with|by|in|on|at|a|an)\b",
        r"(?:will|would|has|have|had|is|are|was|were|be|been|also|more|its|their)\b",
        r"(?:" + NUMBER_ALT + r")\b",
        r"(?!armou?red\b|unmanned\b|guided\b|tracked\b|wheeled\b|towed\b)[a-z]+ed\b",  # N10-05
        r"(?:sold|sells|sell|buy|buys|bought|supply|supplies|order|orders|won|wins|got|"
        r"covers?|includes?|including|involves?|comprises?)\b",  # N11-04 "covers aircraft"
        r"(?:make|build|produce|assemble|manufacture|fill)s?\b",  # "assemble 155 mm shells"
    ]
)
# A count in figures, thousands marked or not: "12", "2,000" (round 16).
COUNT_DIGITS = r"\d{1,3}(?:,\d{3})+(?![\d,])|\d+"
# A count before the item: "12", "twelve (12)", "a dozen", "up to 24", "an additional 12",
# "12 more". "two squadrons of" counts squadrons, not aircraft: no count is taken there.
ITEM_RE = HintedPattern(
    rf"(?:{ITEM_HEADS})\b",
    rf"(?:(?<![\d.,\w$€£¥-])(?P<qty>{COUNT_DIGITS}|(?i:{NUMBER_ALT}))(?:\s*\(\d+\))?\s+"
    r"(?:more\s+|additional\s+|further\s+|new\s+)?)?"
    rf"(?P<item>\b(?:(?:[A-Z][\w/.-]*|\d+[A-Za-z_][\w/.-]*)\s+){{0,4}}(?:(?:(?<![\w-])(?!{NOT_ITEM_WORDS})[a-z][a-z-]*|\d+[A-Za-z_][\w/.-]*)\s+){{0,3}}"
    rf"(?:{ITEM_HEADS}))\b",
)
# Any counted goods after contract phrasing, for items with no known head noun: "a contract for
# twelve (12) Piranha armoured personnel carriers", "to supply 40 coastal guns worth ...".
COUNTED_STOP = (
    r"(?:worth|valued|for|from|to|with|at|in|on|by|under|and|or|as|over|which|that|"
    r"the|a|an|of|will|would|is|are|was|were|be|costing|totalling|each)\b"
)
COUNTED_RE = re.compile(
    r"\b(?:for|of|(?:to\s+)?(?:buy|supply|acquire|purchase|procure|deliver|order)(?:s|ed)?)\s+"
    r"(?:up\s+to\s+|an\s+additional\s+|a\s+further\s+|another\s+)?"
    rf"(?P<qty>{COUNT_DIGITS}|(?i:{NUMBER_ALT}))(?:\s*\(\d+\))?\s+(?:more\s+|additional\s+|new\s+)?"
    rf"(?P<item>(?:(?!{COUNTED_STOP})[A-Za-z0-9][\w/.-]*\s+){{0,4}}"
    rf"(?!{COUNTED_STOP})[a-z][a-z-]*s)\b(?=\s*[,.;:)]|\s*$|\s+{COUNTED_STOP})"
)
# Counted things that are no goods: "for 12 years", "of 20 percent", "of 40 others".
NOT_GOODS = word_list("not_goods")
NOT_GOODS_FIRST = word_list("not_goods_first")
# Deal-kind names are labels, never an item ("arms sale", "energy supply").
KIND_LABELS = word_list("kind_labels")
CIVIL_GOODS = word_list("civil_goods")  # goods of their own that are never arms


PARTY_TYPES = {"state", "organization", "international_organization"}
NO_PARTY_KINDS = frozenset({"trade_agreement", "mou", "joint_venture"})
CONVERSION_GAP = re.compile(
    r"^\s*\(\s*(?:about|around|roughly|approximately|approx\.|some|nearly|or|~|c\.)?\s*$"
    # "17.6 milliard dinars, or around 150 million euros", "KM 780 million, or about EUR 399m"
    r"|^\s*,?\s+or\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?$"
)


FROM_TO_RE = cued(r"\b(?:sale|sales|deal|supply|delivery|transfer|export)\b.*\bfrom\b.*\bto\b")
# Other sentences that may name a deal's parties or item are looked for this many sentences
# either side of it: the whole of any normal article, and bounded work on a 2 MB paste.
REACH = 40


def nearby_sentences(sents: list[Sentence], index: int) -> list[Sentence]:
    return sents[max(0, index - REACH) : index + REACH + 1]


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
    # What decided each party, in plain words ("subject of 'will sell'").
    buyer_why: str = ""
    seller_why: str = ""
    # The rule id that made a deal without an amount ("deal.unpriced"), for its why.
    rule: str = ""
    rule_words: str = ""  # what the rule read, for its why ("0.93: 'signed ... with ...'")
    # Set once a restatement of the amount has been read for sides the deal lacked.
    restated: bool = False
    # What decided the kind when the words around the amount did ("the amount is 'a loan of'").
    kind_why: tuple[str, str] = ("", "")


@functools.lru_cache(maxsize=512)
def word_set(text: str) -> frozenset[str]:
    """Lower-case words of a sentence; cached, since every amount in a sentence asks again."""
    return frozenset(map(str.lower, WORD.findall(text)))  # (map: no generator frame per word)


# Agreement types named in full or by their usual abbreviation.
TRADE_RE = re.compile(
    r"\b(?:free[- ]trade|trade (?:agreement|deal|pact|accord)|economic partnership|"
    r"FTA|CEPA|customs union|preferential trade)\b",
    re.IGNORECASE,
)
LICENCE_DEAL_RE = Gated(  # (scans.Gated: read only where a hint occurs)
    ("licen", "co-production", "assembly", "local production", "local-production"),
    r"\b(?:licen[cs]ed?[- ]production|licen[cs]e[- ]production|co-production|local[- ]assembly|"
    r"local[- ]production)\s+(?:pact|deal|agreement|contract|accord)",
    re.IGNORECASE,
    caseless=True,
)


GIVING_VERBS = word_list("giving_verbs")
TRADE_VERBS = word_list("trade_verbs")
GRANT_WORDS = frozenset(  # (round 23: goods "donated by" a state are a grant, arms too)
    {"grant", "grants", "aid", "assistance", "donated", "donates", "gifted"}
)
# "budget support", "a package of A$190 million to support the police", "to fund solar power".
GRANT_PHRASE = SentencePattern(
    r"\bbudget support\b|\b(?:provide|provides|provided|pledge|pledged|pledges|package|"
    r"donate|donated|donates)\b[^.;]{0,80}\bto (?:help|support|fund|assist)\b"  # (round 13:)
    r"|\b(?:contribution|donation)s?\s+of\s+(?:up\s+to\s+|about\s+|some\s+)?[^\s\d]{0,4}\s?\d"
    r"|illion\s+in\s+(?!counterpart)(?:[\w-]+\s+){0,2}(?:support|assistance|aid|relief|funding)\b"
)

# Money paid in return for something: a price or a fee, never a grant ("In return, X will pay a
# financial contribution of EUR 6.5 million a year" for access to fishing grounds; N22-02).
PAID_FOR = re.compile(
    r"\bin\s+return\b|\bpa(?:y|ys|id|ying)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:contribution|fee|royalt(?:y|ies)|rent)\b"
)


# Rights to run or work something, and offtakes: kind "other" whatever the goods are.
RIGHTS_RE = Gated(
    (  # (the rarer word of each alternative: "lease" is in "release", "production" common)
        *("concession", "sharing", "psc", "offtake", "off-take", "mining", "mineral"),
        *("exploration", "exploitation", "prospecting", "extraction", "operating"),
        "right",
    ),
    r"\b(?:concessions?|concessionaire|production[- ]sharing|PSCs?|offtake|off-take|"
    r"(?:mining|exploration|exploitation|prospecting|extraction|operating)\s+"
    r"(?:licen[cs]e|permit|lease)s?|(?:mineral|mining)\s+development\s+agreements?|"
    # round 23: "grants X the right to operate the terminal for 30 years": rights, no money
    r"(?:exclusive\s+)?rights?\s+to\s+(?:operate|run|manage|develop|explore|mine|fish))\b",
    re.IGNORECASE,
    caseless=True,
)


# "Wellington would provide 12 million New Zealand dollars for the wharf": the amount is the
# object of a giving verb, so the money is given, whatever contract the sentence also names.
GIVEN_RE = re.compile(
    r"\b(?:(?:will|would|to|shall)\s+(?:also\s+)?(?:provide|give|donate|grant)|provided|"
    r"gave|donated|pledged|pledges|pledge)\s+(?:(?:a|an|another|some|about|around|nearly|"
    r"up\s+to)\s+)?$",
    re.IGNORECASE,
)
LOAN_CONTEXT = frozenset({"loan", "loans", "credit", "lend", "lending", "financing", "borrow"})


def given_kind(before_amount: str, sentence: str) -> str:
    """ "grant" when the amount is given outright (the object of provide/give/donate/pledge)
    and the sentence speaks of no loan or rights; "" otherwise."""
    if RIGHTS_RE.search(sentence) or word_set(sentence) & LOAN_CONTEXT:
        return ""  # a concessionaire's pledge to invest, a loan: not a gift
    if GIVEN_RE.search(before_amount[-60:]):
        return "grant"
    return ""


def deal_kind(sentence: str, context: str, after_amount: str = "") -> str:
    if any(word in sentence for word in ("credit", "loan", "financing", "facilit")):
        sentence = unused_loan_words(sentence, after_amount)
        context = unused_loan_words(context)
    lowered = sentence.lower()
    words = word_set(sentence)
    named = head_kind(after_amount) if after_amount else ""
    if named:
        return named
    if (
        "access to" in lowered
        or "arrangement" in words
        or RECEIVE_FROM_RE.search(lowered)
        or FUNDED_FOR_RE.search(lowered)
    ) and (
        word_set(context) & FUND_WORDS and not (words & GRANT_WORDS or GRANT_PHRASE.search(lowered))
    ):
        return "loan"  # access to a fund's money, an IMF arrangement: drawings on a facility
    if LICENCE_DEAL_RE.search(context):
        return "licensed_production"
    if not CONTRACT_HEAD.match(after_amount) and words & {
        "loan",
        "loans",
        "credit",
        "financing",
        "lend",
        "lends",
        "lending",
        "lent",
        "facility",
        "bailout",
        "borrow",
        "borrows",
        "borrowed",
        "borrowing",
        "disbursement",
        "tranche",
    }:
        return (
            "loan"
            if not words & {"grant", "grants"} or "loan" in lowered.split("grant")[0]
            else "grant"
        )
    if (
        MOU_RE.search(sentence)
        and not priced_framework(sentence, after_amount)
        and not umbrella_only(sentence)
    ):
        return "mou"
    if RIGHTS_RE.search(sentence) or (RIGHTS_RE.search(context) and not words & ARMS_WORDS):
        return "other"  # a concession, PSC, licence or offtake: the rights, not the goods
    if TRADE_RE.search(sentence) or barter_kind(sentence, context):  # (deal_barter)
        return "trade_agreement"
    if ("joint venture" in lowered and not venture_party(sentence)) or VENTURE.search(lowered):
        return "joint_venture"
    if "licensed production" in lowered or "under licence" in lowered:
        return "arms_sale" if words & ARMS_WORDS else "licensed_production"
    if (
        not words & TRADE_VERBS
        and (words & GRANT_WORDS or GRANT_PHRASE.search(lowered))
        and not PAID_FOR.search(lowered)
    ):
        # Money given "to support the police" or "to fund solar power" is a grant whatever it
        # pays for; only a trade word makes it a sale of those goods.
        return "grant"
    if arms_in(sentence, words) or DESIGNATION.search(sentence):
        return "other" if arms_service(lowered) else "arms_sale"  # (deal_services)
    energy = words & ENERGY_WORDS
    if energy and not built_works(lowered) and not tonnes_of_goods(words, energy):  # (deal_works)
        return "energy_supply"
    if words & GRANT_WORDS:
        return "grant"
    if words & GIVING_VERBS and not (
        words & TRADE_VERBS or gives_only_figures(lowered, GIVING_VERBS)
    ):
        return "grant"  # "Canberra would provide 50 million Australian dollars for patrols"
    context_words = word_set(context)
    if arms_in(context, context_words) and not words & CIVIL_GOODS:  # (deal_arms_names)
        # ("Rocket Lab" is no rocket; satellites, launches or tankers named in the sentence are
        # no arms because warships are named beside them: round 21)
        return "other" if arms_service(lowered) or space_context(context) else "arms_sale"
    energy = context_words & ENERGY_WORDS
    if (
        energy
        and not built_works(context.lower(), lowered)
        and not tonnes_of_goods(context_words | words, energy)
    ):
        return "energy_supply"
    if "agreements" in words or "accords" in words:
        return "trade_agreement"
    return "other"


# Military type designations: "F-35s", "S-400", "Su-57", "J-10CE", "K2PL" is not matched.
DESIGNATION = re.compile(
    r"\b(?:F|S|Su|MiG|J|JF|FA|KF|T|M|AH|CH|UH|MQ|RQ|C|P|A|B|Mi|Ka|Tu|Il)-\d{1,3}"
)


VALUE_LABEL = re.compile(
    r"^[\s•*·▪‣#-]*(?:\d{1,2}[.)]\s+)?(?:value|worth|cost|price|amount|loan|grant|financing|"
    r"(?:total\s+|cash\s+)?consideration|purchase\s+price|"
    r"(?:awarded|original)\s+(?:amount|value|sum)|"
    r"(?:monto|importe|valor)(?:\s+(?:adjudicado|del\s+contrato|original|total))?|"
    r"contract\s+(?:value|price|amount|sum)|"
    r"deal value|(?:total\s+|estimated\s+)?value\s+of\s+(?:the\s+)?(?:contract|award|order)|"
    r"investment\s+amount)"
    r"(?:\s*\([A-Z]{3}(?:,?\s+[a-z']{1,8})?\))?\s*:",  # (round 19: "Contract amount (KRW):")
    re.IGNORECASE,
)


# A wire's editor's note opening a sentence (round 24): it restates a figure, it tells no deal.
_EDITORS_NOTE = ("(Corrects ", "(Correcting ", "(Updates with ", "(Adds ", "(Recasts ")


def is_deal_sentence(sentence: Sentence, money: MoneyMention) -> bool:
    """Whether ``sentence`` tells a deal that ``money`` (an amount in it) can be the value of:
    a fact box's value label, deal words near the amount, no non-deal cue around it."""
    if sentence.text.startswith(_EDITORS_NOTE):
        return False  # a wire's note: "(Corrects value of contract to $1.45 billion from ..." (r24)
    if VALUE_LABEL.match(sentence.text):
        return True  # a fact box: "• Value: $1.2 billion"
    words = word_set(sentence.text)
    at = money.start - sentence.start  # (slices of the sentence's end: run-on text is long)
    if ACCESS_RE.in_text(sentence.text) and ACCESS_RE.search(sentence.text[:at]):
        return True  # "Upon Board approval, Malawi will have access to SDR 26.6 million"
    if (
        TRADE_VOLUME_RE.search(sentence.text)
        and not words & SIGNING_WORDS
        and not sold_to(sentence.text, at, money.end - sentence.start)
    ):
        return False  # "exported nickel worth $34 billion last year", "received ... last year"
    # "The World Bank approved $300 million for Bangladesh", "... approved a further $60m"
    funded = FUNDED_RE.search(tail(sentence.text, at, 50))
    if funded and (
        re.search("further|additional", funded.group())
        or FOR_AFTER_RE.match(sentence.text, money.end - sentence.start)
    ):
        return True
    if RECEIVE_RE.search(tail(sentence.text, at, 40)) and FROM_AFTER_RE.match(
        sentence.text, money.end - sentence.start
    ):
        return True  # "Egypt will receive $1.2 billion from the IMF"
    if not words & (DEAL_CUES | ARMS_WORDS | GRANT_WORDS) and not GRANT_PHRASE.search(
        lowered(sentence.text)
    ):
        return agreed_for(sentence.text, at)  # (round 13: "agreed with X on N wagons for")
    local = lower_tail(sentence.text, money.start - sentence.start, 60)
    if GROWTH_RE.search(local):
        return True  # "a pact that will lift bilateral trade by €10 billion": the deal's worth
    after = sentence.text[money.end - sentence.start : money.end - sentence.start + 25].lower()
    if DEBT_AFTER_RE.match(after) or "restructur" in local:
        return False  # "restructure $3.5 billion of debt" is a debt, not a deal
    if PENALTY_RE.search(local) or no_deal_amount(sentence.text, at, money.end - sentence.start):
        return False  # "pay damages of 220 million som", "froze assets worth": no deal
    local = local.replace("budget support", "aid")  # an aid instrument, not a state budget
    return not _NON_DEAL.search(local)


# Cues start a word: "(DGDP)" is a buyer's acronym, not "GDP".
_NON_DEAL = re.compile(r"\b(?:" + "|".join(map(re.escape, NON_DEAL_CUES)) + ")")


# "will have (immediate) access to (about) SDR 26.6 million": a drawing on a facility.
ACCESS_RE = HintedPattern(
    "access", r"\baccess\s+to\s+(?:a\s+|an\s+|about\s+|some\s+|up\s+to\s+)?(?:[\w-]+\s+){0,3}$"
)
# "Egypt will receive $1.2 billion from the IMF": money received from someone named.
RECEIVE_RE = re.compile(r"\breceived?s?\s+(?:a\s+|an\s+|about\s+|some\s+|up\s+to\s+)?$", re.I)
FROM_AFTER_RE = re.compile(r"(?:\s*\([^)]{0,40}\))?(?:\s+in\s+[a-z-]+(?:\s+[a-z-]+)?)?\s+from\b")
RECEIVE_FROM_RE = cued(r"\breceived?s?\b[^;]{0,60}?\bfrom\b")
FUND_WORDS = frozenset({"facility", "imf", "review", "programme", "program", "fund", "bank"})
# "The World Bank approved $300 million for Bangladesh": a fund or bank commits an amount.
FUNDED_RE = cued(
    r"\b(?:approved|disbursed|released|extended|committed)\s+(?:a\s+further\s+|an\s+additional\s+|"
    r"about\s+|some\s+|nearly\s+|a\s+total\s+of\s+)?$",
    re.I,
)
FOR_AFTER_RE = re.compile(
    r"(?:\s*\([^)]{0,40}\))?(?:\s+in\s+[a-z-]+(?:\s+[a-z-]+)?)?\s+(?:for|to)\s+[A-Z]"
)
FUNDED_FOR_RE = cued(
    r"\b(?:approved|disbursed|released|extended|committed)\s+[^;]{0,40}?\b(?:for|to)\s"
)
PENALTY_RE = re.compile(
    r"\b(?:damages|fines?|fined|penalt(?:y|ies)|compensation|settlement|tax(?:es)?|bail|ransom)"
    r"\b[^.;]{0,25}$"
)
# Trade told as a past total, not a deal: an export verb and a past time, no signing words.
TRADE_VOLUME_RE = SentencePattern(
    r"\b(?:exported|imported|shipped|sold|bought|received)\b[^;]{0,80}?\b(?:last\s+year|in\s+20\d\d)\b|"
    r"\b(?:last\s+year|in\s+20\d\d)\b[^.;]{0,40}?\b(?:exported|imported|shipped)\b|"
    # a report's statistics (round 19): "The value of actual exports of military equipment was"
    r"\b(?:value|volume)\s+of\s+(?:\w+\s+){0,2}(?:exports|imports|trade|deliveries)\b[^.;]{0,60}?"
    r"\b(?:was|were|reached|rose|fell|amounted|stood|totall?ed)\b",
    re.IGNORECASE,
)
SIGNING_WORDS = frozenset(
    ["signed", "agreed", "deal", "contract", "contracts", "agreement", "order", "ordered"]
)
GROWTH_RE = re.compile(
    r"\b(?:lift|lifts|boost|boosts|raise|raises|increase|increases|add|adds|expand|expands)\b"
    r"[^.;]{0,40}\b(?:by|to)\s+(?:at least\s+|about\s+|around\s+|up to\s+|some\s+)?$"
)
DEBT_AFTER_RE = re.compile(r"^\s+(?:of|in)\s+(?:its\s+|external\s+|foreign\s+)?debts?\b")
