"""Deals: a value, the parties and their roles, the item, kind and status, from one sentence.

A deal is anchored on an amount in a sentence about a deal (or, with no amount, on the first
signed agreement). Parties come from verb patterns around its actors ("A sells X to B", "B buys
X from A", "a loan to B"); sides left empty, from the value's clause's frames (deal_frames)."""

from __future__ import annotations

import bisect
import functools

from briefdesk.extract import deal_components as parts
from briefdesk.extract import deal_sides as ds
from briefdesk.extract import deal_sources as sources
from briefdesk.extract import deal_told_before as told
from briefdesk.extract import parties, side_reading, unpriced_acts
from briefdesk.extract import rx as re
from briefdesk.extract.deal_amounts import no_deal_told, side_payment
from briefdesk.extract.deal_back_pointers import pointer_sides
from briefdesk.extract.deal_background import in_background, past_payers
from briefdesk.extract.deal_between import between_sides
from briefdesk.extract.deal_envoys import envoy_sides
from briefdesk.extract.deal_financing import financed_purchase
from briefdesk.extract.deal_finish import finish
from briefdesk.extract.deal_folded import fold_prices
from briefdesk.extract.deal_frames import frame_sides
from briefdesk.extract.deal_heads import head_kind
from briefdesk.extract.deal_held import held
from briefdesk.extract.deal_items import find_item, lead_item
from briefdesk.extract.deal_joined import joined_sides
from briefdesk.extract.deal_kinds import (
    NO_PARTY_KINDS,
    PARTY_TYPES,
    VALUE_LABEL,
    DealBuild,
    deal_kind,
    given_kind,
    nearby_sentences,
)
from briefdesk.extract.deal_learned import learned_deals
from briefdesk.extract.deal_licence import licensed_assembly
from briefdesk.extract.deal_mentions import party_mentions
from briefdesk.extract.deal_more import (
    Key,
    antecedent,
    conversions,
    follow_up_parties,
    from_to_anywhere,
    nearby_lender,
    unpriced_deals,
    verbless_pair,
)
from briefdesk.extract.deal_parties import (
    SIGNED_WITH,
    acting_sides,
    concession_in,
    is_government,
    main_state,
    same_side,
)
from briefdesk.extract.deal_pointed import deal_told
from briefdesk.extract.deal_pointers import org_before, place_borrower
from briefdesk.extract.deal_rounded import add_evidence, lead_over_headline, merge_rounded, refine
from briefdesk.extract.deal_same_value import lead_names_other_side, restated_status, told_apart
from briefdesk.extract.deal_sides import (
    another_deal,
    company_of_state,
    direction_nearby,
    fill_main_state,
    funder_approves,
    part_of_earlier,
    same_party,
)
from briefdesk.extract.deal_signed import first_signed
from briefdesk.extract.money import MoneyMention
from briefdesk.extract.party_clauses import clauses, described_only
from briefdesk.extract.resolver import Found
from briefdesk.extract.text import Sentence

_SUMMARY = re.compile(r"^\s*[-•*▪‣]\s|^[^\n]*[^.!?'’\"”\s]\s*$")


class DealFinder:
    def __init__(self, text: str, found: Found) -> None:
        self.text = text
        self.found = found
        self.mentions = sorted(found.mentions)
        self._mentions_cache: dict[tuple[int, int, int], list[tuple[int, int, str]]] = {}
        self.mention_starts = [m[0] for m in self.mentions]
        self._concessions: dict[int, bool] = {}
        self._assigned: dict[tuple[int, int, bool], parties.Assignment] = {}
        self._dateline_line = text.rfind("\n", 0, found.dateline_end) + 1
        self._never = sources.never_sides(found.actors)
        self._sides_in: dict[tuple[int, int], list[tuple[int, int, str]]] = {}
        self._reading = side_reading.SideReading(text)  # what the side readers share (round 20)

    def run(self, sents: list[Sentence], money: list[MoneyMention]) -> list[DealBuild]:
        sents = clauses(sents)
        self.mentions = party_mentions(self.text, self.found, self.mentions, money, sents)
        self.mention_starts = [m[0] for m in self.mentions]
        deals: list[DealBuild] = []
        seen_values: set[Key] = set()
        used_sentences: set[int] = set()
        starts = [s.start for s in sents]
        stated_as = conversions(self.text, money)
        for mention in money:
            index = bisect.bisect_right(starts, mention.start) - 1
            if index < 0 or mention.start >= sents[index].end:
                continue
            sentence = sents[index]
            if (
                side_payment(self.text, sentence.start, mention)
                or in_background(sentence, mention.start)
                or no_deal_told(sentence.text)
                or not deal_told(sents, index, mention)  # (a deal word, or a value pointing back)
            ):
                continue  # "a signing bonus of $45 million", "$0.078 per kWh": no deal's value
            key = (mention.amount, mention.currency)
            build = functools.partial(self._build, sents, index, mention)
            if key in seen_values:  # a restatement, unless both its sides are others
                if not told_apart(deals, key, build, self._same_party, (index, used_sentences)):
                    add_evidence(deals, mention, self.text)
                    self._fill_parties(deals, mention, sents, index)
                    restated_status(deals, key, sents, mention.start)
                continue
            if refine(deals, mention, build, self._same_party):
                seen_values.add(key)  # "$1.18 billion" below a headline's "$1.2 billion"
                self._fill_parties(deals, mention, sents, index)
                continue
            if parts.project_cost(self.text, mention, money, sentence.end):
                continue  # "built at a cost of $1.9bn, financed with a 48 billion baht loan"
            mentions = self._mentions_in(sentence)
            part = parts.part_of_package(self.text, mention, mentions)
            if index in used_sentences and part[0]:  # "a loan of $A from X and a grant of $B
                deals.append(parts.package_part(build(), part, self._name, index))  # from Y"
                seen_values.add(key)
                continue
            if index in used_sentences or part_of_earlier(
                self.found, deals, sents, index, mention, mentions
            ):
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
            parts.carry_recipient(deals, deal, sentence.text)  # "The Board also approved"
            deals.append(deal)
        if not deals:
            deals = first_signed(sents, lambda index: self._build(sents, index, None))
        readers = (
            self._unpriced_parties,
            lambda a, b: same_party(self.found, a, b, True),
            lambda sentence: bool(self._mentions_in(sentence)),
        )
        deals.extend(unpriced_deals(sents, deals, *readers))
        deals += learned_deals(sents, deals, *readers)  # (round 16 experiment: deal_learned)
        deals = parts.drop_package_totals(merge_rounded(deals, self._same_party), self.text)
        deals = fold_prices(deals, sents, self._same_party, self)  # (or read back: deal_apart)
        deals += licensed_assembly(self.text, sents, deals, self._mentions_in, self._name)
        frame_sides(self.text, self.found, deals, self._named_sides, self._reading)  # empty sides
        between_sides(self.text, self.found, deals, self._named_sides)  # "between A and B"
        fill_main_state(self.text, self.found, deals, self._main_state)
        return deals

    def _fill_parties(
        self, deals: list[DealBuild], mention: MoneyMention, sents: list[Sentence], index: int
    ) -> None:
        """A headline names the amount, the lead names who buys: the same value again fills in
        the parties the first sentence lacked. A headline's weak guess ("X inks deal with
        Korea's Y") gives way to a lead that says who supplies whom."""
        key = (mention.amount, mention.currency)
        for deal in deals:
            if not deal.value or (deal.value.amount, deal.value.currency) != key:
                continue
            if sents[index].text == sents[deal.sentence_index].text:
                return  # the same line again (a headline repeated), nothing new
            states = {a.name for a in self.found.actors.values() if a.type == "state"}
            open_side = not (deal.buyer and deal.seller) or bool({deal.buyer, deal.seller} & states)
            first, deal.restated = not deal.restated, True  # the first restatement only
            open_side = open_side and first
            if (deal.buyer or deal.seller) and not deal.weak:
                if first and _SUMMARY.match(sents[deal.sentence_index].text):
                    probe = DealBuild(kind=deal.kind, value=None)
                    self._parties(probe, sents[index], explicit_only=True)
                    lead_over_headline(deal, probe, sents[index])
                if not open_side:
                    return
                # "Japan to give Philippines radars": the lead may name the headline's other side.
                probe = DealBuild(kind=deal.kind, value=None)
                self._parties(probe, sents[index])
                lead_names_other_side(deal, probe)
                company_of_state(self.found, deal, probe)
                return
            probe = DealBuild(kind=deal.kind, value=None)
            self._parties(probe, sents[index], explicit_only=deal.weak)
            if not (deal.weak or probe.buyer or probe.seller or self._named_sides(sents[index])):
                # "The package, worth US$88 million, covers ...": a deal, sides from before.
                probe = self._build(sents, index, mention)
            if deal.weak and not (probe.buyer and probe.seller):
                if first and _SUMMARY.match(sents[deal.sentence_index].text):
                    lead_over_headline(deal, probe, sents[index])  # a guess gives way
                if open_side:  # "with Chinese builder" in the headline -> the builder named
                    full = DealBuild(kind=deal.kind, value=None)
                    self._parties(full, sents[index])
                    company_of_state(self.found, deal, full)
                return
            direction_nearby(probe, sents, index, self._explicit)
            deal.buyer, deal.seller = probe.buyer, probe.seller
            deal.buyer_why, deal.seller_why = probe.buyer_why, probe.seller_why
            if not deal.item or (first and _SUMMARY.match(sents[deal.sentence_index].text)):
                lead_item(deal, sents[index])  # the lead's goods over a headline's (N11-02)
            return

    def _build(
        self, sents: list[Sentence], index: int, money: MoneyMention | None, sides: bool = False
    ) -> DealBuild:
        sentence = sents[index]
        context = " ".join(s.text for s in sents[max(0, index - 2) : index + 3])
        # (round 19) the noun after it stops at the sentence's end: no kind from the next item
        after = self.text[money.end : min(money.end + 60, sentence.end)] if money else ""
        # "X, a joint venture of A and B, agreed to buy": the description is no kind.
        text = sentence.text
        plain = described_only(text)  # (nor "Kenya, which granted X a concession,": round 15)
        if plain != text:
            context = context.replace(text, plain)
        kind = given_kind(
            self.text[sentence.start : money.start] if money else "", sentence.text
        ) or (deal_kind(plain, context, after))
        if (
            kind == "other"
            and money
            and funder_approves(self.text, self.found, self._mentions_in(sentence), money)
        ):
            kind = "loan"  # "the OPEC Fund has approved a further US$60 million"
        deal = DealBuild(kind=kind, value=money)  # (its status: deal_finish)
        deal.evidence.append((sentence.start, sentence.end))
        find_item(deal, sentence)
        self._parties(deal, sentence)
        if kind == "loan" and (bought := financed_purchase(self.found, deal, sents, index)):
            kind = deal.kind = bought  # "The financing was approved by the Department of Finance"
        if money:  # "China's ambassador to Dominica has given Roseau a grant"
            envoy_sides(self.text, self.found, deal, self._mentions_in(sentence), money.start)
        back = index - 1
        named = self._named_sides(sentence)  # ("The concessionaire will invest": told before)
        speakers = named and told.told_before(
            self.text, sentence.end, named, told.named_before(sents, index, self._mentions_in)
        )
        nobody = not named or speakers == frozenset()  # (a speaker: read the lead explicitly)
        if speakers:
            told.drop_speakers(deal, {self._name(key) for key in speakers})
        if nobody:
            back = antecedent(sents, index, lambda i: bool(self._mentions_in(sents[i])))
            if _SUMMARY.match(sentence.text) and not VALUE_LABEL.match(sentence.text):
                # A summary bullet or headline naming nobody ("- Contract worth 9.8 trillion
                # dong goes to X"): told in full further down, the line before names no side.
                back = -1
        bare_back: Sentence | None = None  # (the sentence a value naming nobody points to)
        for neighbour in (
            sents[back] if back >= 0 else None,
            sents[index + 1] if index + 1 < len(sents) else None,
        ):
            if neighbour is None or (deal.buyer and deal.seller):
                continue
            if another_deal(neighbour, sentence, deal, money, nobody):
                continue  # "The European Union adds a grant of EUR 12 million": another deal
            probe = DealBuild(kind=kind, value=None)
            # "The contract is worth $80 million.": the sentence before's parties count in full.
            bare = (
                nobody
                and back >= 0
                and neighbour is sents[back]
                and kind not in {"loan", "grant"}  # a borrower only where the text names one
            )
            self._parties(probe, neighbour, explicit_only=not bare)
            bare_back = neighbour if bare else bare_back
            # A neighbour's side that is the other side's own state is no second party.
            if not deal.buyer and probe.buyer and not self._same_party(probe.buyer, deal.seller):
                deal.buyer, deal.buyer_why = probe.buyer, probe.buyer_why
            if not deal.seller and probe.seller and not self._same_party(probe.seller, deal.buyer):
                deal.seller, deal.seller_why = probe.seller, probe.seller_why
        if speakers:  # "Olkaria Power put the contract value at ...": the other side
            told.speaker_side(deal, [self._name(key) for key in speakers], self._same_party)
        if not (deal.buyer and deal.seller):
            follow_up_parties(deal, sents, index, self._explicit)
            home = self._name(self._main_state) if self._main_state else ""
            at = (self.found, self._org_before, home)  # (and pointers in the sentence before)
            pointer_sides(self.text, deal, sentence, at, self._concession(sentence), bare_back)
        if kind == "loan" and not deal.seller:
            lender = nearby_lender(
                sents, index, lambda s: sources.lenders_in(self.found, self._mentions_in(s))
            )
            if lender and self._name(lender) != deal.buyer:
                deal.seller, deal.seller_why = self._name(lender), "a fund or bank named beside it"
        if kind in {"loan", "grant"} and deal.seller and not deal.buyer:
            place_borrower(self.found, deal, sentence)
        if not (deal.buyer or deal.seller) and kind not in NO_PARTY_KINDS:
            named_in = [self._named_sides(s) for s in (sentence, bare_back) if s]
            verbless_pair(deal, sentence, named_in[0], self._main_state, self._name)
            ds.signed_by_sides(self.text, self.found, deal, named_in, self._main_state)
        direction_nearby(deal, sents, index, self._explicit)
        if not (deal.buyer or deal.seller):
            from_to_anywhere(deal, nearby_sentences(sents, index), self._explicit)
        return deal if sides else finish(deal, sents, index, money)  # (sides: a probe's)

    def _mentions_in(self, sentence: Sentence) -> list[tuple[int, int, str]]:
        # Once per sentence and mention list, not per amount (run-on text); a copy out.
        key = (sentence.start, sentence.end, len(self.mentions))
        if key not in self._mentions_cache:
            first = bisect.bisect_left(self.mention_starts, sentence.start)
            last = bisect.bisect_left(self.mention_starts, sentence.end)
            self._mentions_cache[key] = [
                (start, end, key_)
                for start, end, key_ in self.mentions[first:last]
                if (actor := self.found.actors.get(key_))
                and actor.type in PARTY_TYPES
                and not self._in_dateline(start)
            ]
        return list(self._mentions_cache[key])

    def _named_sides(self, sentence: Sentence) -> list[tuple[int, int, str]]:
        """Mentions that may be sides: not a source ("according to the Ministry of Mines")."""
        known = self._sides_in.get((sentence.start, sentence.end))
        if known is None:
            known = sources.not_sources(  # (nor a past purchase's payer: deal_background)
                self.text, sentence, past_payers(sentence, self._mentions_in), self._never
            )
            self._sides_in[(sentence.start, sentence.end)] = known
        return known

    def _in_dateline(self, start: int) -> bool:
        """Whether a mention lies on the dateline's own line (not a headline above it)."""
        return self._dateline_line <= start < self.found.dateline_end

    @functools.cached_property
    def _main_state(self) -> str:
        return main_state(self.found)

    def _org_before(self, position: int) -> str:
        return org_before(self.text, self.found, self.mentions, self.mention_starts, position)

    def _explicit(self, deal: DealBuild, sentence: Sentence) -> None:
        self._parties(deal, sentence, True)

    def _unpriced_parties(self, deal: DealBuild, sentence: Sentence) -> None:
        """Explicit patterns; then "X has signed a launch services contract with Y" names
        both sides, whose direction the "with" guess gives (a government side buys)."""
        self._parties(deal, sentence, True)
        mentions = self._named_sides(sentence)
        unpriced_acts.read_sides(self.text, self.found, deal, sentence, mentions, self._reading)
        if (deal.buyer and deal.seller) or not (
            SIGNED_WITH.search(sentence.text) or joined_sides(sentence.text) or held(sentence.text)
        ):
            return
        if mentions and deal.kind not in NO_PARTY_KINDS:
            self._with_pattern(deal, mentions)

    def _concession(self, sentence: Sentence) -> bool:
        """Whether the sentence grants rights (read once per sentence: it is probed often)."""
        known = self._concessions.get(sentence.start)
        if known is None:
            known = self._concessions[sentence.start] = concession_in(sentence.text)
        return known

    def _same_party(self, a: str, b: str) -> bool:
        return same_party(self.found, a, b)

    def _name(self, key: str) -> str:
        return self.found.actors[key].name

    def _parties(self, deal: DealBuild, sentence: Sentence, explicit_only: bool = False) -> None:
        mentions = self._named_sides(sentence)
        if not mentions or deal.kind in NO_PARTY_KINDS:
            return  # signatories, not buyer and seller
        key = (sentence.start, sentence.end, deal.kind in {"loan", "grant"})  # (asked per amount)
        found = self._assigned.get(key) or parties.assign(
            self.text,
            sentence.start,
            sentence.end,
            mentions,
            key[2],
            sources.loan_lenders(self.found.actors, mentions, self.text, key[2]),  # "a loan of X"
            concession=self._concession(sentence),
            government=lambda key: is_government(self.found.actors[key]),
            reading=self._reading,
        )
        self._assigned[key] = found
        buyer, seller, buyer_why, seller_why = sources.unquoted_guesses(self.found.actors, found)
        if explicit_only:
            # Only what an explicit pattern decided: "supplied by X" stands even when the
            # other side of that sentence is a guess.
            buyer = buyer if found.buyer_strength >= 2 else ""
            seller = seller if found.seller_strength >= 2 else ""
            if not (buyer or seller):
                return
        buyer, buyer_why, seller, seller_why = acting_sides(
            self.text, self.found.actors, (buyer, buyer_why, seller, seller_why), mentions
        )
        if buyer:
            deal.buyer, deal.buyer_why = self._name(buyer), buyer_why
        if seller and not (
            buyer and same_side(self.found.actors[seller], self.found.actors[buyer])
        ):
            deal.seller, deal.seller_why = self._name(seller), seller_why
        if (
            not (deal.buyer and deal.seller)
            and not explicit_only
            and deal.kind not in {"loan", "grant"}
        ):
            self._with_pattern(deal, mentions)

    def _with_pattern(self, deal: DealBuild, mentions: list[tuple[int, int, str]]) -> None:
        ds.with_pattern(self.text, self.found, deal, mentions, self._main_state)
