"""Deals said without a price, and the sentence a bare "the contract" points back to.

Round 3 of issue 10: unseen copy names a second order with no amount ("Separately, Vietnam
will buy four patrol boats from South Korea's Hanjin"), states the parties in one sentence and
the value two sentences later ("Under the agreement, the company will invest $250 million"),
and repeats an amount with a newer status ("... approved on Monday").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from decimal import Decimal

from briefdesk.extract.deal_amounts import no_deal_told, only_side_payments
from briefdesk.extract.deal_halves import lend_item
from briefdesk.extract.deal_held import held
from briefdesk.extract.deal_items import find_item
from briefdesk.extract.deal_kinds import (
    CONVERSION_GAP,
    FROM_TO_RE,
    NO_PARTY_KINDS,
    DealBuild,
    deal_kind,
    word_set,
)
from briefdesk.extract.deal_later import later_status
from briefdesk.extract.deal_licence import licence_kind
from briefdesk.extract.deal_mou import signed_memoranda
from briefdesk.extract.deal_pair_noun import pair_noun, pair_noun_deal
from briefdesk.extract.deal_parties import SIGNED_FOR
from briefdesk.extract.deal_prior import prior_deal
from briefdesk.extract.deal_signed_the import awarded_the, signed_the
from briefdesk.extract.deal_signing import signing_told
from briefdesk.extract.deal_status import deal_status
from briefdesk.extract.deal_use_rights import use_or_gift
from briefdesk.extract.money import MoneyMention
from briefdesk.extract.party_clauses import OWNER_APPOSITION
from briefdesk.extract.pattern_cues import cued
from briefdesk.extract.scans import Gated, class_led
from briefdesk.extract.statement_end import ends_statement
from briefdesk.extract.text import Sentence
from briefdesk.extract.unpriced_acts import (
    acted_deal,
    background_only,
    framework_order,
    handed_over,
    licence_taken,
)
from briefdesk.extract.words import word_list

Key = tuple[Decimal, str]
# Nouns and verbs that make a sentence without an amount a deal of its own.
_ORDER_WORDS = word_list("order_words")
_COUNTED = re.compile(
    r"\b(?i:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty|fifty|a\s+dozen|dozens\s+of)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:[a-z-]+s|[a-z-]*craft)\b"  # "two 40-metre landing craft", "six aircraft"
)
# "FMV buys the aircraft from the manufacturer, Norrland Aero AB": goods bought from a name.
_BUYS_FROM = re.compile(
    r"\b(?:buys|purchases|orders|procures|acquires)\s+(?:the|a|an|its)\s+[\w -]{1,40}?\s+from\s+"
    r"(?:the\s+[a-z]+,\s+)?[A-Z]"
)
_PAST_TRADE = cued(  # "bought four patrol boats from China in 2017": a past purchase (background)
    r"\b(?:bought|purchased|acquired|received|imported|operated|operates|has\s+operated|"
    r"took\s+delivery|supplied|sold|exported|shipped|delivered)\b"
)
# "the deal", "The contract, signed in March,": the priced deal again, not "has placed the order"
# nor "a separate deal". Led by its first letters' class (İ, ı are case-blind i): sre scans fast.
_BACK_REFERENCE = re.compile(  # (round 17: "(?<!placed )\b(?:the|...)" ~80 -> ~40 us a text)
    r"[TtIiİı](?<!\w.)(?<!placed .)(?:(?<=t)(?:he|his|hat|heir)|(?<=i)ts)\s+"
    r"(?!(?:separate|second|another|new|first|biggest|largest|latest)\b)(?:[\w-]+\s+){0,2}?"
    r"(?:deal|contract|agreement|order|accord|sale|purchase|pact)s?\b"
    r"(?!\s+(?:under\s+which|by\s+which|whereby|between)|(?<=sale)\s+of|(?<=purchase)\s+of)",
    re.IGNORECASE,
)
BACK_REFERENCE = _BACK_REFERENCE  # read by deal_folded
_SEPARATE = re.compile(
    r"\b(?:separate|another|second|new)\s+(?:deal|contract|order|agreement|offtake)\b"
)
# An award with one named side: "was awarded in June to X", "went to X", "will come from X under
# a subcontract", "suspended a radar maintenance contract with X".
_ONE_SIDE = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been)\s+awarded\b|\b(?:went|goes)\s+to\b|"
    r"\bunder\s+an?\s+(?:[\w-]+\s+){0,2}(?:sub)?(?:contract|agreement)\b|"
    r"\b(?:suspended|cancelled|canceled|terminated|scrapped)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}"
    r"(?:contract|concession|agreement|lease)\s+(?:with|held\s+by)\b|"
    r"\b(?:agreement|contract|deal|concession|lease)\s+with\s+[^.;]{3,60}?\s(?:was|has\s+been)\s+"
    r"(?:cancelled|canceled|suspended|terminated|scrapped)\b|\b(?:tender|contract)\s+was\s+won\s+by\b|"
    r"\b(?:government|ministry)['’]s\s+(?:request|plan|proposal|bid)\s+to\s+(?:buy|purchase|acquire)\b"
)
# Trade told as a habit or a volume ("still buys 4.5 bcm a year", "which also supplies"), not
# as a deal.
# (round 14) "a year after", "for a year", "which was delivered": a time or an auxiliary, no habit.
_ONGOING = re.compile(
    r"(?<!\bfor\s)\b(?:a|per)\s+year\b(?!\s+(?:after|ago|later|earlier|before)\b)|\bannually\b|"
    r"\b(?:which|who)\s+(?:also\s+)?(?!(?:was|has|is|does)\b)\w+s\b"
)
_PAST_TIME = re.compile(
    r"\b(?:in|since|during|between)\s+(?:the\s+)?(?:19|20)\d\d(?:s)?\b|\blast\s+year\b"
)
# "X will also provide", "Separately, ...", "a further $5m": a deal of its own.
ANOTHER = re.compile(
    r"\b(?:[Ss]eparately|a further|a separate|another|also\s+(?:provide|provides|provided|"
    r"pledge|pledges|pledged|grant|grants|granted|lend|lends|lent|sign|signed|agreed|approved))\b"
)
MAX_UNPRICED = 3
# "\b(?:words)\b", caseless, led by a class of first letters (scans.class_led): one fast pass.
_ORDER_RE = re.compile(class_led(sorted(_ORDER_WORDS), caseless=True) + r"\b")
_WORKS = frozenset(
    {"construction", "supervision", "works", "engineering", "dredging", "design", "maintenance"}
)
_CONTRACT = word_list("unpriced_contract_nouns")  # (a charter and a time-charter too)
# Cheaper than reading the money: a currency sign or a scale word marks an amount.
# "400 million cubic metres" is a quantity, not an amount.
MONEYISH = Gated(  # (read only where a sign or a scale word occurs: scans.Gated)
    ("$", "€", "£", "¥", "₩", "₹", "million", "billion", "trillion", "bn", "mln", "bln"),
    r"[$€£¥₩₹]|\b(?:million|billion|trillion|bn|mln|bln)\b(?!\s+(?:(?:wet|dry|metric|standard)\s+){0,2}"
    r"(?:tonnes?|tons?|cubic|barrels?|bpd|units?|people|households|litres?|gallons?|[kmgt]wh|"
    r"(?:kilo|mega|giga|tera)watt[- ]?hours?|square|hectares?|doses?|passengers?|shares?)\b)",
    re.IGNORECASE,
    caseless=True,
)


def antecedent(sents: list[Sentence], index: int, names_party: Callable[[int], bool]) -> int:
    """The sentence a value sentence that names nobody points back to ("Under the agreement,
    the company will invest ..."): the nearest of the three before it that names a party,
    not past another amount. -1 when there is none."""
    for back in range(index - 1, max(-1, index - 4), -1):
        if names_party(back):
            return back
        if MONEYISH.search(sents[back].text):
            return -1
    return -1


def _parties_of(deals: list[DealBuild]) -> set[str]:
    return {p for d in deals for p in (d.buyer, d.seller) if p}


def is_unpriced_deal(sentence: str, first: bool = False) -> bool:
    """A sentence that reads as an order or contract of its own: a trade word and counted
    goods or a contract noun, and no past purchase told as background."""
    if not ends_statement(sentence) or not _ORDER_RE.search(sentence):
        return False  # a headline or a "Related" line is no statement of a deal
    if MONEYISH.search(sentence) and not only_side_payments(sentence):
        return False  # an amount: the priced pass has read it (as a deal or not)
    words = word_set(sentence)
    lowered = sentence.lower()
    if not (
        words & _CONTRACT
        or _COUNTED.search(sentence)
        or _BUYS_FROM.search(sentence)
        or _BOOKED_WITH.search(sentence)  # "has booked a dedicated launch with X"
        or (words & _WORKS and _ONE_SIDE.search(lowered))  # "Construction was awarded to X"
    ):
        return False
    return not unpriced_veto(sentence, first)


def unpriced_veto(sentence: str, first: bool = False) -> bool:
    """Whether a sentence without an amount tells no deal of its own whatever its words (none
    or a doubt, a past purchase, "the deal" again, a habit); the learned reader's vetoes too."""
    lowered = sentence.lower()
    if no_deal_told(sentence, priced=False):
        return True
    if _PAST_TRADE.search(lowered) and _PAST_TIME.search(lowered):
        return True
    if _BACK_REFERENCE.search(sentence) and not (
        first or held(sentence) or pair_noun(sentence) or prior_deal(sentence)  # (deal_prior)
        or signed_the(sentence) or awarded_the(sentence)  # (rounds 25, 26)
    ):
        return True  # "the deal" again; in an article with no deal yet it is this one
    # "still buys 4.5 bcm a year" is a habit; "signed a contract to buy 60,000 tonnes a year" or
    # "under which X will supply 1.2 million tonnes a year to Y" a deal
    return bool(_ONGOING.search(lowered)) and not (
        SIGNED_FOR.search(lowered) or _WILL_TRADE.search(lowered)
    )


# "has booked a launch with X", "has been contracted to Norway's X", "has contracted X": a
# service bought from a name.
_BOOKED_WITH = re.compile(
    r"\b(?:booked|books)\b[^.;]{0,80}?\bwith\s+(?:the\s+)?[A-Z]"
    r"|\bcontracted\s+(?:to\s+)?(?:[A-Z][\w-]*['’]s\s+)?[A-Z]"
)
_UNDER_WHICH = re.compile(r"\b(?:under\s+which|whereby)\b.*", re.DOTALL)
# A trade promised for the future: "will buy up to 400 million cubic metres a year from X".
_WILL_TRADE = re.compile(
    r"\b(?:will|would|shall|is\s+to|are\s+to|agree[ds]?\s+to|(?:agreement|deal)\s+to)\s+(?:also\s+)?"
    r"(?:buy|supply|sell|deliver|purchase|import|export|provide)\b"
)


def unpriced_deals(
    sents: list[Sentence],
    deals: list[DealBuild],
    parties: Callable[[DealBuild, Sentence], None],
    same: Callable[[str, str], bool] = str.__eq__,
    named: Callable[[Sentence], bool] = bool,
) -> list[DealBuild]:
    """Orders and contracts said without a price, beside the priced deals: each must name at
    least one side the priced deals do not have (``same`` tells a ministry from its state),
    found by an explicit pattern."""
    used = {d.sentence_index for d in deals}
    # "X signed a concession agreement with Y. Under the agreement, X will invest $410m": the
    # priced sentence points back, so the agreement before it is that deal, not another.
    used |= {
        back
        for d in deals
        if d.value and _UNDER.match(sents[d.sentence_index].text)
        for back in range(d.sentence_index - 3, d.sentence_index)
    }
    known = _parties_of(deals)
    found: list[DealBuild] = []
    for index, sentence in enumerate(sents):
        if len(found) >= MAX_UNPRICED:
            break
        if index in used or not (
            is_unpriced_deal(sentence.text, first=not deals and not found)
            or (
                (acted_deal(sentence.text) or use_or_gift(sentence.text))  # (unpriced_acts,
                and not MONEYISH.search(sentence.text)  # deal_use_rights)
            )
        ):
            continue
        if background_only(sentence.text, deal_status):
            continue  # a denied report, "there is no agreement", a past deal (unpriced_acts)
        told_next = index + 1 < len(sents) and _UNDER.match(sents[index + 1].text)
        if not (named(sentence) or (told_next and named(sents[index + 1]))):
            continue  # no party named (here or in an "Under it, ..." next): nothing to read
        # The sentence's own words only (round 12): a loan in the sentence before does not make
        # "X will supply Y with LNG" a loan, nor warships there an order for engines arms.
        plain = framework_order(OWNER_APPOSITION.sub(",", sentence.text))  # (a JV's "of")
        kind = licence_kind(plain) or deal_kind(plain, plain)
        if kind in NO_PARTY_KINDS or kind in {"loan", "grant"}:
            kind = deal_kind(sentence.text, sentence.text)
        terms = _UNDER_WHICH.search(sentence.text)
        if kind in NO_PARTY_KINDS and terms and _WILL_TRADE.search(terms.group().lower()):
            # "the Heads of Agreement under which X will supply Y with LNG": a supply deal
            kind = deal_kind(terms.group(), terms.group())
        if kind in NO_PARTY_KINDS or (kind in {"loan", "grant"} and not handed_over(sentence.text)):
            continue
        deal = DealBuild(kind, None, status=deal_status(sentence.text), rule="deal.unpriced")
        parties(deal, sentence)
        if not (deal.buyer and deal.seller):  # "... signed a new PPA. Under it, X will send Y"
            follow_up_parties(deal, sents, index, parties)
        pair = pair_noun_deal(deal, sentence.text) or licence_taken(deal, sentence.text)  # (a pair)
        sides = {deal.buyer, deal.seller} - {""}
        lowered = sentence.text.lower()
        one_side_ok = bool(_SEPARATE.search(lowered) or _ONE_SIDE.search(lowered))
        # an earlier deal: its sides may be today's (unless a price follows: the same deal)
        prior = prior_deal(sentence.text) and not any(
            d.value and 0 < d.sentence_index - index <= 2 for d in deals
        )
        one_side_ok = one_side_ok or held(sentence.text) or use_or_gift(sentence.text) or prior
        one_side_ok = one_side_ok or signing_told(sentence.text)  # (deal_signing, round 15)
        if (not pair and len(sides) < (1 if one_side_ok else 2)) or (
            sides and not prior and all(any(same(side, k) for k in known) for side in sides)
        ):
            lend_item(deals, deal, sentence, index, same)  # the priced deal's item sentence
            continue
        find_item(deal, sentence)
        deal.sentence_index = index
        deal.evidence.append((sentence.start, sentence.end))
        known |= sides
        found.append(deal)
    return found + signed_memoranda(sents, deals + found)  # (deal_mou)


def nearby_lender(
    sents: list[Sentence],
    index: int,
    lenders_in: Callable[[Sentence], list[str]],
) -> str:
    """A loan whose sentence names no lender ("Malawi will have access to SDR 26.6 million"):
    the one fund or bank named in the sentence before or after ("IMF staff have reached a
    staff-level agreement"); of several, the one international organisation. '' when none."""
    for near in (index - 1, index + 1):
        if 0 <= near < len(sents):
            found = list(dict.fromkeys(lenders_in(sents[near])))
            if len(found) == 1:
                return found[0]
    return ""


def conversions(text: str, money: list[MoneyMention]) -> dict[tuple[Decimal, str], MoneyMention]:
    """ "4 billion yen ($28 million)": the bracketed amount is the same value, restated."""
    primary: dict[tuple[Decimal, str], MoneyMention] = {}
    for first, second in itertools.pairwise(money):
        between = text[first.end : second.start]
        if CONVERSION_GAP.match(between) and first.currency != second.currency:
            primary.setdefault((second.amount, second.currency), first)
    return primary


def from_to_anywhere(
    deal: DealBuild, sents: list[Sentence], parties: Callable[[DealBuild, Sentence], None]
) -> None:
    """ "the sale of JF-17 jets from Pakistan to Azerbaijan" elsewhere in the article."""
    for sentence in sents:
        if not FROM_TO_RE.search(sentence.text):
            continue
        probe = DealBuild(kind=deal.kind, value=None)
        parties(probe, sentence)
        if probe.buyer and probe.seller:
            deal.buyer, deal.seller = probe.buyer, probe.seller
            deal.buyer_why, deal.seller_why = probe.buyer_why, probe.seller_why
            deal.evidence.append((sentence.start, sentence.end))
            if not deal.item:
                find_item(deal, sentence)
            return


# "the Peru-Spain helicopter deal", "the $2bn Sino-Pakistani deal": two sides, no verb.
_PAIR = re.compile(
    r"(?P<a>[A-Z][\w]+)\s?[-–—/]\s?(?P<b>[A-Z][\w]+)\s+(?:[\w$€£.,-]+\s+){0,3}?"
    r"(?:deal|contract|agreement|sale|accord|pact|order)s?\b"
)


def verbless_pair(
    deal: DealBuild,
    sentence: Sentence,
    mentions: list[tuple[int, int, str]],
    main: str,
    name: Callable[[str], str],
) -> None:
    """Two states joined by a dash before a deal noun name its sides but not who buys: the
    state the article is about buys (a guess, marked weak, that a sentence close by that says
    who supplies whom overrides). Nothing when neither is the article's state."""
    starts = {start: key for start, _end, key in mentions}
    for match in _PAIR.finditer(sentence.text):
        first = starts.get(sentence.start + match.start("a"))
        second = starts.get(sentence.start + match.start("b"))
        if not first or not second or first == second or main not in (first, second):
            continue
        other = second if main == first else first
        why = "the article's state, one side of a deal named by its two sides"
        deal.buyer, deal.buyer_why = name(main), why
        deal.seller, deal.seller_why = name(other), f"the other side of {match.group()!r}"
        deal.weak = True
        return


# "Under the agreement, X will ...", "As part of the contract, ...", "The deal also covers ...":
# a later sentence about the same deal.
_UNDER = re.compile(
    r"^\W*(?:Under\s+(?:it|its\s+terms)\b|"  # (round 15: "Under it, X will send Y ...")
    r"(?:Under|As\s+part\s+of|Through)\s+(?:the\s+terms\s+of\s+)?(?:the|this)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:agreement|contract|deal|accord|order|concession|pact)s?\b|"
    r"The\s+(?:[\w-]+\s+){0,2}?(?:agreement|contract|deal|order)\s+(?:also\s+)?"
    r"(?:covers|includes|calls\s+for|provides\s+for|requires)\b)"
)


def follow_up_parties(
    deal: DealBuild,
    sents: list[Sentence],
    index: int,
    parties: Callable[[DealBuild, Sentence], None],
) -> None:
    """A side the deal's sentence left open, from one of the next three sentences that speaks
    of the same deal ("Under the agreement Vestkyst will also train 60 sailors and deliver
    spare parts"), read with explicit patterns only; stops at the next amount."""
    for near in range(index + 1, min(len(sents), index + 4)):
        text = sents[near].text
        if MONEYISH.search(text):
            return
        if not _UNDER.match(text):
            continue
        probe = DealBuild(kind=deal.kind, value=None)
        parties(probe, sents[near])
        if not deal.buyer and probe.buyer and probe.buyer != deal.seller:
            deal.buyer, deal.buyer_why = probe.buyer, f"{probe.buyer_why} (the same deal)"
        if not deal.seller and probe.seller and probe.seller != deal.buyer:
            deal.seller, deal.seller_why = probe.seller, f"{probe.seller_why} (the same deal)"
        return


# Whoever announces or commits money for a grant or loan has agreed to give it.
_COMMITTED = re.compile(r"\b(?:announced|announces|unveiled|unveils|committed|commits)\b")
_DEAL_NOUN = re.compile(
    r"\b(?:agreement|contract|deal|accord|concession|order|ordered|memorandum|lease|licen[cs]e|"
    r"permit|convention)\b"
)
_POINTS_BACK = re.compile(
    r"^\W*(?:Under\s|As\s+part\s+of\s|The\s+(?:concessionaire|company|consortium|operator|"
    r"investment|contract|agreement|deal|lease|project|order|purchase|sale)\b|It\s)"
)


def settle_status(deal: DealBuild, sents: list[Sentence], index: int) -> str:
    """The deal's status when its own sentence states none: money announced for a grant or
    loan is agreed; else the sentence after (not for 'other' deals), else the sentence before
    when it speaks of an agreement with no amount of its own ("IMF staff have reached a
    staff-level agreement. Upon Board approval, Malawi will have access to SDR 26.6 million").
    Later sentences about the same deal then move it on (later_status)."""
    status = deal.status
    sentence = sents[index].text
    if status == "reported" and deal.kind in {"loan", "grant"} and _COMMITTED.search(sentence):
        status = "approved"
    if status == "reported" and index + 1 < len(sents) and deal.kind != "other":
        status = deal_status(sents[index + 1].text)
    # The sentence before, or (for a value sentence that points back: "Under the agreement,
    # the company will invest ...", "The concessionaire has committed $420m") the nearest of
    # the three before that states the agreement, not past another amount.
    # (also "said the order is worth", "put the contract value at": the deal told before)
    reach = 4 if _POINTS_BACK.match(sentence) or _BACK_REFERENCE.search(sentence) else 2
    for back in range(index - 1, max(-1, index - reach), -1):
        before = sents[back].text
        if status != "reported" or MONEYISH.search(before):
            break
        if _DEAL_NOUN.search(before.lower()):
            status = deal_status(before, current_only=True)
    deal.status = status
    return later_status(deal, sents, index)
