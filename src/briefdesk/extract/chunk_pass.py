"""The chunk pass's rules, in order (moved out of ``pipeline`` in round 12): each run of
capitalised words is offered to these rules in turn, and the first that claims it (or defers
it to the late pass) ends the list for that run. ``classify`` is the dispatcher."""

from __future__ import annotations

import time

from briefdesk.extract import chunk_view, timing
from briefdesk.extract.chunk_triggers import Dispatch
from briefdesk.extract.components import and_lists, firm_towns, state_words, titles
from briefdesk.extract.components import chunk_rules as cr
from briefdesk.extract.components.blocks import numbered_block
from briefdesk.extract.components.body_shapes import body_then_post, no_body_shape, title_of_body
from briefdesk.extract.components.doc_headings import body_word_title, document_heading
from briefdesk.extract.components.event_heads import event_of_name
from briefdesk.extract.components.facilities import named_facility
from briefdesk.extract.components.firm_states import firm_of_state, state_embassy
from briefdesk.extract.components.landmarks import landmark, owned_site
from briefdesk.extract.components.lower_forms import lower_form_firm
from briefdesk.extract.components.named_after import christened, republic_of_region
from briefdesk.extract.components.opening_words import opening_word_site
from briefdesk.extract.components.plain_words import not_a_name_word, treasury_rate
from briefdesk.extract.components.plural_titles import plural_office, plural_title
from briefdesk.extract.components.region_roles import region_not_place
from briefdesk.extract.components.regions import joined_region
from briefdesk.extract.components.remit_names import remit_then_name, title_before_honorific_run
from briefdesk.extract.components.run_splits import split_run
from briefdesk.extract.components.site_adjectives import adjective_site
from briefdesk.extract.components.styled_names import styled_name
from briefdesk.extract.components.titled_sites import titled_site
from briefdesk.extract.components.topic_labels import topic_label
from briefdesk.extract.people_group import people_first
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.rule_groups import no_bodies, small_places, things_first
from briefdesk.extract.text import Chunk, Sentence

# The rules tried, in this order, on each run of capitalised words; the first that claims the
# run (or defers it to the late pass) ends the list for that run.
CHUNK_RULES: tuple[chunk_view.ChunkRule, ...] = (
    cr.legal_suffix_alone,
    lower_form_firm,  # "Termoinženiring d.d. from Velenje": a firm (round 13)
    not_a_name_word,  # "IH: Who won?", "a discount to Brent": no name
    treasury_rate,  # "the six-month US Treasury rate": a benchmark (round 14)
    named_facility,  # "the European Peace Facility": a fund, not a deal's facility
    cr.designation,
    event_of_name,  # "Sale of the Skarvik hydropower plant": the name alone (round 21)
    things_first,
    titled_site,  # "the Padma Bridge", "the Grand Ethiopian Renaissance Dam" (round 12)
    document_heading,  # "COMMUNIQUÉ OF THE COUNCIL OF MINISTERS": a heading (round 10)
    body_word_title,  # "The Government Spokesperson, Mr X": his title
    no_body_shape,  # "Organisers said", "the Chief Valuer", "Fourth Session of the ..."
    split_run,  # "Korea and Al Batinah Projects LLC", "NMA Press Statement", "Dragon Gas Field"
    christened,  # "The ships, to be named Sassandra and Comoé,": no places
    people_first,
    remit_then_name,  # "Minister of Economy, Trade and Industry Hiroko Tanabe"
    cr.rank_abbreviation,
    cr.short_head,
    cr.honorific_name,
    styled_name,  # "its chairman Sheikh X bin Y" (round 23)
    cr.shares_of,
    state_words.currency_word,
    state_words.joint_adjective,
    cr.international_org,
    republic_of_region,  # "the Republic of Karakalpakstan": a place, no state
    state_words.state_name,
    joined_region,  # "South and Central Asia", "Asia and the Pacific": one place
    region_not_place,  # "Africa's largest", "director for East Africa": no place
    landmark,  # "at the Government House", "at Capital Hill": places
    owned_site,  # "at NDMA's Kolsås site": a place
    and_lists.joined_by_and,
    firm_of_state,  # "Erdem Boru Sanayi A.S. of Turkiye": the firm, then its state
    state_embassy,  # "the Russian Embassy"
    cr.lead_country,
    title_before_honorific_run,  # "Finance Minister Dr" before ". Name": the name reads it
    plural_title,  # "the Foreign Ministers A and B": both hold the title (round 17)
    plural_office,  # "the Ministers of Energy", "Heads of Government": no body (round 21)
    titles.title_then_comma_name,
    titles.person_with_title,
    opening_word_site,  # '"Better river ports will …"': the sentence's capital, no site
    adjective_site,  # "the Transnistrian region", "Thai Songkhla terminal" (round 26)
    small_places,
    cr.place_by_shape,
    cr.works_town,
    cr.named_site,
    titles.person_of_body,
    numbered_block,  # "offshore Block 71", before a designation with digits is deferred
    cr.has_digits,
    cr.commodity,
    topic_label,  # "Seafood & Energy", "Oil & Gas": a section's label, no firm (round 21)
    firm_towns.ampersand_firm,
    no_bodies,
    title_of_body,  # "Chief Executive of Harbour Holdings": the holdings alone
    body_then_post,  # "World Bank Country Director for Bangladesh": the bank alone
    cr.org_head,
)


# The rule id each chunk rule proposes under (see extract.why for the plain words).
RULE_IDS = {
    "short_head": "org.short-head",
    "honorific_name": "person.honorific",
    "styled_name": "person.honorific",
    "shares_of": "org.shares-of",
    "international_org": "org.international",
    "lead_country": "person.title-to-country",
    "title_then_comma_name": "person.title-comma-name",
    "person_with_title": "person.title-before-name",
    "plural_title": "person.title-before-name",
    "place_by_shape": "place.shape",
    "works_town": "place.works-town",
    "named_site": "place.site",
    "adjective_site": "place.site",
    "person_of_body": "person.name-of-body",
    "ampersand_firm": "org.legal-form",
    "org_head": "org.head-word",
}


# Each rule with its rule id and its timer name, paired once rather than on every chunk.
_RULES = tuple(
    (rule, RULE_IDS.get(rule.__name__, ""), f"chunk rule: {rule.__name__}") for rule in CHUNK_RULES
)


# Only the rules whose declared trigger holds are called on a run (round 9's size split, round
# 15's triggers: chunk_triggers).
DISPATCH = Dispatch(_RULES)
_table = DISPATCH.table


def classify(res: Resolver, sentence: Sentence, chunk: Chunk) -> bool:
    """True when a chunk rule claimed the chunk; False leaves it to the late pass."""
    view = chunk_view.view(res, sentence, chunk)
    if timing.TIMES is not None:
        return _classify_timed(res, view)
    for rule, rule_id, _ in _table(view.lowered, res.text, chunk.start, chunk.end):
        res.rule = rule_id
        verdict = rule(res, view)
        if verdict != _NEXT:  # (module constants: ~2,000 rule calls per article)
            return verdict == _CLAIM
    return False


_NEXT, _CLAIM = chunk_view.NEXT, chunk_view.CLAIM


def _classify_timed(res: Resolver, view: chunk_view.View) -> bool:
    """``classify`` with a timer round each rule (benchmarks only)."""
    for rule, rule_id, timer in _table(view.lowered, res.text, view.chunk.start, view.chunk.end):
        res.rule = rule_id
        start = time.perf_counter()
        verdict = rule(res, view)
        timing.add(timer, time.perf_counter() - start)
        if verdict != chunk_view.NEXT:
            return verdict == chunk_view.CLAIM
    return False
