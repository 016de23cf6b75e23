"""Runs the pattern families over one text and assembles an ``Extraction``."""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter

from briefdesk.extract.affiliation_forms import full_affiliations
from briefdesk.extract.alias_words import stored_aliases
from briefdesk.extract.chunk_pass import classify
from briefdesk.extract.components.acronyms import defined_acronyms
from briefdesk.extract.components.amount_words import amount_words
from briefdesk.extract.components.attendance import attendance, inline_attendance
from briefdesk.extract.components.bio_lines import late_titles
from briefdesk.extract.components.block_countries import block_countries
from briefdesk.extract.components.body_cues import body_states
from briefdesk.extract.components.byline_towns import byline_towns
from briefdesk.extract.components.bylines import credits
from briefdesk.extract.components.capital_names import credit_labels
from briefdesk.extract.components.comma_roles import comma_roles
from briefdesk.extract.components.counterparts import counterpart_states, counterparts
from briefdesk.extract.components.countries import settle_countries
from briefdesk.extract.components.dateline import dateline
from briefdesk.extract.components.defined_parties import bind_defined_terms, claim_defined_terms
from briefdesk.extract.components.designations import designations
from briefdesk.extract.components.entry_reasons import entry_reasons
from briefdesk.extract.components.field_parties import field_parties, late_field_parties
from briefdesk.extract.components.heading_states import heading_states
from briefdesk.extract.components.headline_lists import headline_lists
from briefdesk.extract.components.headlines import headlines
from briefdesk.extract.components.issuer_countries import issuer_countries
from briefdesk.extract.components.issuer_officers import issuer_officers
from briefdesk.extract.components.known_actors import KnownIndex, known_actors
from briefdesk.extract.components.label_lists import label_lists
from briefdesk.extract.components.label_roles import label_roles
from briefdesk.extract.components.late import classify_late
from briefdesk.extract.components.late_roles import late_roles
from briefdesk.extract.components.lead_countries import lead_countries
from briefdesk.extract.components.linked_places import linked_places
from briefdesk.extract.components.list_places import dwellers_places, list_places
from briefdesk.extract.components.located_bodies import located_bodies
from briefdesk.extract.components.mastheads import mastheads
from briefdesk.extract.components.menu_lines import menu_lines
from briefdesk.extract.components.minister_countries import minister_countries
from briefdesk.extract.components.ministry_posts import ministry_posts
from briefdesk.extract.components.office_lines import office_lines
from briefdesk.extract.components.origins import origins
from briefdesk.extract.components.outlet_lines import outlet_lines
from briefdesk.extract.components.person_countries import person_countries
from briefdesk.extract.components.placed_names import placed_names
from briefdesk.extract.components.possessive_places import possessive_places
from briefdesk.extract.components.procedural_sides import procedural_sides
from briefdesk.extract.components.remit_lists import remit_lists
from briefdesk.extract.components.role_qualifiers import role_qualifiers
from briefdesk.extract.components.role_units import role_units
from briefdesk.extract.components.rosters import rosters
from briefdesk.extract.components.same_bodies import merge_same_bodies
from briefdesk.extract.components.seat_members import seat_members
from briefdesk.extract.components.seats import seats
from briefdesk.extract.components.section_towns import section_towns
from briefdesk.extract.components.shadowed_places import shadowed_places
from briefdesk.extract.components.short_forms import short_forms
from briefdesk.extract.components.signatories import signatories
from briefdesk.extract.components.signature_blocks import signature_blocks
from briefdesk.extract.components.source_notes import source_notes
from briefdesk.extract.components.speaker_labels import speaker_labels
from briefdesk.extract.components.story_countries import story_countries
from briefdesk.extract.components.style_roles import style_roles
from briefdesk.extract.components.table_parties import table_parties
from briefdesk.extract.components.territory_places import territory_places
from briefdesk.extract.components.the_towns import the_towns
from briefdesk.extract.components.title_offices import title_offices
from briefdesk.extract.components.titled_states import titled_states
from briefdesk.extract.components.town_people import town_people
from briefdesk.extract.dateline_date import article_dates
from briefdesk.extract.deal_announced_award import announced_awards
from briefdesk.extract.deal_awards import ordered_awards
from briefdesk.extract.deal_board_items import board_items
from briefdesk.extract.deal_chooser import chosen, chosen_sides
from briefdesk.extract.deal_coparties import fill_co_parties
from briefdesk.extract.deal_defined import defined_sides
from briefdesk.extract.deal_financing_loan import financing_loans
from briefdesk.extract.deal_form_fields import labelled_sides
from briefdesk.extract.deal_form_items import form_items
from briefdesk.extract.deal_free_passes import free_sentence_deals
from briefdesk.extract.deal_guarantors import fill_guarantors
from briefdesk.extract.deal_guess import is_guess
from briefdesk.extract.deal_held_under import held_concessions
from briefdesk.extract.deal_kind_names import named_kind
from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.deal_licence_fee import licence_fee
from briefdesk.extract.deal_list_rows import list_deals
from briefdesk.extract.deal_lists import without_list_guesses
from briefdesk.extract.deal_mou import mou_subjects
from briefdesk.extract.deal_owned import owned_parties
from briefdesk.extract.deal_partners import fill_signatories
from briefdesk.extract.deal_provides import provided_supplies
from briefdesk.extract.deal_sanctions import sanctions_packages
from briefdesk.extract.deal_sides import same_party
from briefdesk.extract.deal_table_rows import table_deals
from briefdesk.extract.deal_venture import as_venture, venture_told
from briefdesk.extract.deal_works_won import won_works
from briefdesk.extract.deals import DealFinder
from briefdesk.extract.doc import Doc
from briefdesk.extract.kind_word_places import without_kind_words
from briefdesk.extract.label_markup import blank_label_markup
from briefdesk.extract.money import find_money
from briefdesk.extract.money_hedge import hedged_value, quantity_hedge
from briefdesk.extract.money_home import home_dollars
from briefdesk.extract.nested_evidence import drop_nested
from briefdesk.extract.output_forms import distinct_aliases, merged_dates
from briefdesk.extract.place_country import guessed_town_country, place_country
from briefdesk.extract.resolver import Found, Resolver
from briefdesk.extract.results import (
    ActorSuggestion,
    DealSuggestion,
    Extraction,
    PlaceSuggestion,
    Reason,
    SignificanceSuggestion,
)
from briefdesk.extract.significance import significance_sentences
from briefdesk.extract.states_in_firms import without_states_in_firms
from briefdesk.extract.text import Sentence, chunks, normalise, sentences
from briefdesk.extract.timing import lap, mark, stage
from briefdesk.extract.why import explain
from briefdesk.extract.wire_agencies import without_wire_places
from briefdesk.model.codes import ActorType, DealKind, DealStatus

# Beyond this the patterns still run in linear time, but suggestions stop being useful to a
# reader; the cap bounds time and memory on hostile input. 500,000 characters (a long report,
# 80,000 words) take 3.4 s CPU quiet, 6.4 s loaded; 1,000,000 took 17.6 s loaded, and the old
# 2,000,000 passed the 30 s limit, so a 4 MB paste gave no suggestions at all (newcomer10
# N10-28). Longer text gets its first part's suggestions, with a note (analysis_budget).
MAX_CHARS = 500_000


def run(
    text: str, published: dt.date | None, outlet: str = "", known: KnownIndex | None = None
) -> Extraction:
    # Patterns read a normalised copy of the same length: offsets stay valid for ``text``.
    mark()  # (timers on: the glue between stages is timed by laps)
    with stage("text: normalise, sentences"):
        lines = text[:MAX_CHARS]  # as written: normalise joins a date line to its headline
        text = blank_label_markup(normalise(lines))  # "**Awarded to:** X", "| Buyer | Y |"
        sents = sentences(text)
    found = find_actors(Doc(text, outlet, sents), sents, known)
    countries = Counter(
        actor.country
        for actor in found.actors.values()
        for _ in actor.evidence
        if actor.type == "state" and actor.country
    )
    with stage("money"):
        money = find_money(text, countries)
    with stage("deals and parties"):
        deals = DealFinder(text, found).run(sents, money)
        deals = without_list_guesses(text, found, deals)  # "Chile and Peru and Korea and"
        labelled_sides(text, found, deals, money)  # "Awarded to: X", a lot, a "Buyer |" table
        deals = table_deals(text, found, deals, money)  # each row under "Supplier | Value"
        deals = list_deals(text, found, deals, money)  # "- Laos – Roads Program – $120m loan"
        board_items(text, found, deals)  # "approved the following:" / "- a loan of $X to Y"
        form_items(text, deals)  # "Title | Air defence launchers", "Quantity | 12 launchers"
        owned_parties(text, found, sents, deals)  # "a loan to X's subsidiary, Y": Y borrows
        defined_sides(text, found, deals)  # X (the "Vendor") sells, Y (the "Purchaser") buys
        deals = financing_loans(text, found, sents, deals)  # "financed by a loan from X"
        deals = ordered_awards(text, found, sents, deals, money)  # "ordered X to pay Y $N"
        home_dollars(text, deals, countries)  # "$1.9 billion" in a Canadian release: CAD
        mou_subjects(text, deals)  # "a Memorandum of Understanding on <subject> between"
        deals = held_concessions(text, found, sents, deals)  # "under a concession granted by"
        deals = sanctions_packages(text, found, sents, deals)  # "adopted sanctions against X"
        deals = provided_supplies(text, found, sents, deals)  # "provides for the supply of"
        deals = won_works(text, found, sents, deals)  # "X, which won the civil works contract"
        deals = free_sentence_deals(text, found, sents, deals)  # talks, hired, ended, granted ...
        announced_awards(text, found, sents, deals)  # "The Ministry announced that ... awarded to"
        chosen_sides(text, found, sents, deals, functools.partial(same_party, found))  # learned
    lap("records: country counts")  # (and the end of find_actors)
    actors = []
    type_order = {"person": 0, "organization": 1, "international_organization": 2, "state": 3}
    for actor in sorted(
        found.actors.values(),
        key=lambda a: (type_order[a.type], a.evidence[0] if a.evidence else (0, 0)),
    ):
        actors.append(
            ActorSuggestion(
                name=actor.name,
                type=ActorType(actor.type),
                role=actor.role,
                affiliation=actor.affiliation,
                country=actor.country,
                aliases=stored_aliases(distinct_aliases(actor.name, actor.aliases), actor.type),
                evidence=sorted(actor.evidence),
                why=[Reason(rule, text) for rule, text in actor.why],
            )
        )
    drop_nested(actors)  # "Ghana" inside "Ghana Grid Company" is no mention of Ghana
    full_affiliations(actors)  # "Yaprak's chairman" after "Yaprak Insaat": that body (N18-08)
    lap("records: actors")
    deal_suggestions = []
    for deal in deals:
        value = None
        if deal.value:
            value = hedged_value(text, deal.value, money)  # "more than $2.4bn", "about": estimate
        venture_at = venture_told(text, deal) if deal.kind != "joint_venture" else 0
        if venture_at:  # "Firm commits $1.3bn to terminal" told as "a $1.3bn joint venture"
            as_venture(deal, text, venture_at)
        kind, named_why = named_kind(deal, sents)  # a concession or a stake: its own kind
        if kind == "concession" and (fee := licence_fee(deal, sents, money, deals)):
            value = hedged_value(text, fee)  # "The company will pay a licence fee of" (N22-11)
        deal_suggestions.append(
            DealSuggestion(
                kind=DealKind(kind),
                item=deal.item,
                quantity=deal.quantity,
                quantity_hedge=quantity_hedge(text, deal.item_span[0])
                if deal.quantity and deal.item_span
                else "",
                value=value,
                buyer=deal.buyer,
                seller=deal.seller,
                status=DealStatus(deal.status),
                evidence=sorted(set(deal.evidence)),
                item_evidence=[deal.item_span] if deal.item_span else [],
                why=_deal_why(text, deal)
                + ([Reason("deal.kind_named", f"kind {kind!r}: {named_why}")] if named_why else []),
            )
        )
    without_states_in_firms(actors, deal_suggestions, text, found)  # "X s.r.o.", "Norlandic"
    for deal_suggestion in deal_suggestions:
        deal_suggestion.buyer_key = _actor_key(actors, deal_suggestion.buyer)
        deal_suggestion.seller_key = _actor_key(actors, deal_suggestion.seller)
    key_of, same = functools.partial(_actor_key, actors), functools.partial(same_party, found)
    fill_signatories(text, found, sents, deal_suggestions, key_of, same)  # a venture's partners
    fill_co_parties(text, found, sents, deal_suggestions, same)  # "a loan led by A and B"
    fill_guarantors(text, found, sents, deal_suggestions, key_of, same)  # "X has guaranteed"
    lap("records: deals")
    places = [
        PlaceSuggestion(p.name, p.country, sorted(p.evidence), why=[Reason(r, t) for r, t in p.why])
        for p in sorted(found.places.values(), key=lambda p: p.evidence[0])
    ]
    places = without_wire_places(places)  # "By Jane Miller, Reuters": an outlet, no place
    places = without_kind_words(places)  # "LNG terminal", "Investment licence"
    for place in places:
        if guessed_town_country(place.name, place.country, countries, text):
            place.country = ""  # a small town's namesake state the text never names (N21-03)
        if not place.country:  # the rule that found it gave none: the gazetteer may know it
            place.country, said = place_country(place.name, countries)
            if said:
                place.why.append(Reason("place.country-gazetteer", said))
    lap("records: places")
    dates = merged_dates(*article_dates(text, published, lines))
    lap("dates")
    significance = [
        SignificanceSuggestion(
            s.text,
            [(s.start, s.end)],
            why=[Reason("significance.cue", "a sentence with words of judgement or consequence")],
        )
        for s in significance_sentences(sents)
    ]
    lap("significance")
    return Extraction(
        actors=actors, deals=deal_suggestions, places=places, dates=dates, significance=significance
    )


def _deal_why(text: str, deal: DealBuild) -> list[Reason]:
    """Plain words for what made the deal and decided its parties."""
    why: list[Reason] = []
    if deal.value:
        stated = text[deal.value.start : deal.value.end]
        why.append(Reason("deal.amount", f"amount in a sentence about a deal: {stated!r}"))
    elif deal.rule:
        why.append(Reason(deal.rule, explain(deal.rule, deal.rule_words)))
    else:
        why.append(Reason("deal.agreement", "a sentence reporting an agreement"))
    kind, why_kind = deal.kind_why  # (kept only while the kind is still the one it explains)
    told = f": {why_kind}" if kind == deal.kind else " from the words of the sentence"
    why.append(Reason("deal.kind", f"kind {deal.kind!r}{told}"))  # (kind_why: kind_grammar)
    for role, name, cue in (
        ("buyer", deal.buyer, deal.buyer_why),
        ("seller", deal.seller, deal.seller_why),
    ):
        if not name:
            continue
        label = (
            {"buyer": "borrower", "seller": "lender"}[role]
            if deal.kind in {"loan", "grant"}
            else role
        )
        if cue:
            kind = "guess" if is_guess(cue) else "chosen" if chosen(cue) else "cue"
            why.append(Reason(f"{role}.{kind}", f"{label}: {cue}"))
        elif deal.weak:
            guess = "a guess from 'A and B' (the government side buys)"
            why.append(Reason(f"{role}.guess", f"{label}: {guess}"))
        else:
            why.append(
                Reason(f"{role}.nearby", f"{label}: read from a nearby sentence about the deal")
            )
    return why


def _actor_key(actors: list[ActorSuggestion], name: str) -> str:
    """The key of the actor suggestion a deal party names, so users never re-match names."""
    if not name:
        return ""
    match = next((a for a in actors if a.answers_to(name)), None)
    return match.key if match else ""


def find_actors(doc: Doc, sents: list[Sentence], known: KnownIndex | None = None) -> Found:
    res = Resolver(doc)
    lap("text: doc index")  # (the Doc, built in the call, and its resolver)
    for rule_id, component in (
        ("", menu_lines),  # "Topics  Government activity  Departments  News": no names
        ("dateline", dateline),
        ("place.section-town", section_towns),  # "CAIRO" alone on its line in a roundup
        ("place.gazetteer", possessive_places),  # "Cox's Bazar", "Hawke's Bay"
        ("place.gazetteer", linked_places),  # "Surigao del Norte", "São José dos Campos"
        ("place.gazetteer", the_towns),  # "talks in The Hague": the chunker drops "The"
        ("org.masthead", mastheads),
        ("org.masthead", outlet_lines),  # "PACIFIC DEVELOPMENT WEEKLY", "told The X Ledger"
        ("", headline_lists),  # "- Oil Slides as OPEC+ Weighs ...": other stories
        ("state.name", headlines),
        ("origin.adjective", origins),
        ("person.byline", credits),
        ("place.dwellers-of", dwellers_places),  # "the people of Kikori and Baimuru"
        ("place.byline-town", byline_towns),  # "By Ana Reyes, Quito"
        ("person.byline", credit_labels),  # "Editor: X"
        ("person.roster-line", rosters),  # "Dr. A. Bello      Chairman", "- X – President"
        ("person.designation-entry", designations),  # "1. KAZLOU, Andrei" then "Function:"
        ("person.office-line", office_lines),  # "Office of the Minister of Mining, X"
        ("person.signature-block", signature_blocks),  # "Daniel Okafor\nCompany Secretary"
        ("org.acronym-defined", defined_acronyms),
        ("alias.defined-term", claim_defined_terms),  # ("Harbourline" or "the Company")
        ("", procedural_sides),  # "the Claimant", "the Interested Party": a side, no body
        ("org.field-value", field_parties),  # "Awarded to: X Co., Ltd (China)"
        ("org.table-cell", table_parties),  # "Supplier" column: "Aselsan (Türkiye)"
        ("org.remit-list", remit_lists),  # "the Ministry of Mines and Minerals Development"
        ("org.source-note", source_notes),  # "Original published in Diario del Valle, Quito"
        ("org.office", title_offices),  # "the Attorney General's Office"
        ("person.speaker-label", speaker_labels),  # "ANCHOR (Kadri Vaher):", "VAHER:"
        ("person.attendance", attendance),  # "Present:" then "Hon. X, MP — Chairperson"
        ("person.attendance", inline_attendance),  # "Members present: Hon. A (Chair); Hon. B"
        ("person.label-list", label_lists),  # "Tribunal: Prof. A, President; B SAN, arbitrator"
        ("place.seat", seats),  # "the Member for Wabag", "Q (Ana Reyes, Delta TV):"
    ):
        res.rule = rule_id
        with stage(f"component: {component.__name__}"):
            component(res)
    pending = res.pending
    for sentence in sents:
        with stage("text: chunks"):
            sentence_chunks = chunks(sentence)
        for chunk in sentence_chunks:
            if chunk.end <= res.skip_until or res.claimed(chunk.start, chunk.end):
                continue
            work = [chunk]
            while work:
                part = work.pop()
                if part is not chunk and res.claimed(part.start, part.end):
                    continue  # "EPS and the European Bank [for ... (EBRD)]": named whole
                if not classify(res, sentence, part):
                    pending.append((sentence, part))
                if res.split:  # "A and B": the parts, left first, before the next chunk
                    work.extend(reversed(res.split))
                    res.split.clear()
    lap("chunk pass: loop, views, dispatch")  # (less the chunks and each rule's own time)
    with stage("component: late"):
        for sentence, chunk in pending:
            if not res.claimed(chunk.start, chunk.end):  # (claimed by a rule after it was left)
                res.rule = ""
                classify_late(res, sentence, chunk)
        shadowed_places(res)  # "terminals at Mongla" after "Mongla Port Authority"
        list_places(res)  # "to Auki, Noro, Gizo and Kirakira": the others of a list of places
        heading_states(res)  # "SOLOMON ISLANDS | New tugs": a heading's state, no place
        town_people(res)  # "north of Swakopmund, the bank's chief executive": no person
        located_bodies(res)  # "from Minera Quilcapampa" here, a company below: the company
        res.rule = "org.field-value"
        late_field_parties(res)  # "Buyer: X" where X, named before, was read nowhere here
        res.rule = ""
        bind_defined_terms(res)  # a later "the Vendor" is the party its bracket followed
    with stage("component: counterparts"):
        counterparts(res)  # "His Uzbek counterpart, X," a sentence after the minister
        late_roles(res)  # "the Minister of Finance, Dr X", "Prime Minister the Most Hon. X"
        late_titles(res)  # "X is a senior fellow at Y" after a byline; "Opposition senator"
        role_units(res)  # "X, Vice President, Finance at Y": the unit after the title's comma
        seat_members(res)  # "Hon. X (Vanni District) asked the Minister": the member for it
        style_roles(res)  # "Professor X, Director General of Y": the office, not the style
        label_roles(res)  # "Director: X", "Spokesperson: Major General X": the label's title
        comma_roles(res)  # "Hanul's purchasing chief, X", "X, a partner at Y": plain titles
        entry_reasons(res)  # "2. Aloys NSHIMIRIMANA ... Reasons: Businessman who ...": the post
        role_qualifiers(res)  # "Opposition MP X", "foreign ministry spokesperson X"
    if known:  # the desk's library, after every rule of the extractor's own (lower priority)
        with stage("component: known_actors"):
            known_actors(res, known)
    res.rule = "org.the-head"
    with stage("component: short_forms"):
        short_forms(res)
        merge_same_bodies(res)  # "Agence France-Presse" and "AFP": one body
    with stage("component: countries"):
        settle_countries(res, sents)
        minister_countries(res, sents)  # "Minister of X" where "the Ministry of X of <state>"
        issuer_countries(res)  # a ministry's release: its letterhead's state
        person_countries(res, sents)  # "president of <body>", "Cairo University", delegations
        ministry_posts(res, sents)  # "Kenya's Ministry of Defence ... Principal Secretary X"
        body_states(res)  # "head of sales of X" after "Brazilian manufacturer X"; short names
        titled_states(res)  # "Nepal's finance minister on ..." and "Finance Minister X"
        signatories(res)  # "Ambassador X signed for Japan"
        counterpart_states(res)  # "X met her Indonesian counterpart Y": two states, two sides
        lead_countries(res, sents)  # "Finance Secretary X" in a text whose lead names one state
        block_countries(res, sents)  # "... in Dodoma, Minister X said": the paragraph's state
        issuer_officers(res)  # "X, Managing Director" in the Company's announcement, if no other
        story_countries(res, sents)  # "Opposition lawmaker X" in a story about one state
        territory_places(res)  # "Hong Kong-registered X" only: the place, not a state
    amount_words(res)  # "the Ministry's EUR 290 million contract": a currency, no body
    placed_names(res)  # "a wharf in Nuku'alofa" and "Nuku'alofa's ...": the place only
    return res.found
