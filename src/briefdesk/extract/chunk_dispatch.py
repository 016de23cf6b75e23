"""Which chunk rules the chunk loop calls on a run of one word and on a run of several.

Most runs of capitals are one word ("Kenya", "Reuters"), and about a third of the chunk rules
first ask for two words (or a space inside the name), a few others for one word: each would
answer NEXT at once. Calls cost time on every run, so the chunk loop leaves them out of the
run's table (round 9: ~900 calls fewer per 3 KB article, ~2 % of the time; since round 15 one
kind of the declared triggers of ``chunk_triggers``).
"""

from __future__ import annotations

from briefdesk.extract.chunk_view import ChunkRule
from briefdesk.extract.components import chunk_rules
from briefdesk.extract.components.and_lists import joined_by_and
from briefdesk.extract.components.blocks import numbered_block
from briefdesk.extract.components.body_shapes import title_of_body
from briefdesk.extract.components.doc_headings import body_word_title, document_heading
from briefdesk.extract.components.facilities import named_facility
from briefdesk.extract.components.firm_states import firm_of_state, state_embassy
from briefdesk.extract.components.firm_towns import ampersand_firm
from briefdesk.extract.components.landmarks import landmark
from briefdesk.extract.components.named_after import republic_of_region
from briefdesk.extract.components.opening_words import opening_word_site
from briefdesk.extract.components.plain_words import not_a_name_word
from briefdesk.extract.components.regions import joined_region
from briefdesk.extract.components.remit_names import remit_then_name, title_before_honorific_run
from briefdesk.extract.components.run_splits import split_run
from briefdesk.extract.components.state_words import joint_adjective
from briefdesk.extract.components.titled_sites import titled_site
from briefdesk.extract.components.titles import person_of_body
from briefdesk.extract.components.topic_labels import topic_label

# Chunk rules that answer NEXT and change nothing on every run of ONE word (each first asks
# for two words, or a space, " and " or " of " inside the name), and those that do so on every
# run of SEVERAL words (each first asks for one word). The chunk loop does not call them there:
# ~900 calls fewer per 3 KB article (round 9; tests/extract/test_speed_round9.py checks both
# claims on every chunk of the tuning corpus). A rule changed to read other runs leaves its set.
SEVERAL_WORDS_ONLY: frozenset[ChunkRule] = frozenset(
    {
        chunk_rules.designation,
        split_run,
        chunk_rules.honorific_name,
        chunk_rules.shares_of,
        republic_of_region,
        joined_region,
        joined_by_and,
        firm_of_state,
        state_embassy,
        person_of_body,
        numbered_block,
        ampersand_firm,
        title_of_body,
        named_facility,
        # round 11: rules added since round 9 that first ask for two words or more
        document_heading,
        body_word_title,
        remit_then_name,
        landmark,
        title_before_honorific_run,
        titled_site,  # (round 12)
        topic_label,  # (round 21)
    }
)
ONE_WORD_ONLY: frozenset[ChunkRule] = frozenset(
    {
        chunk_rules.legal_suffix_alone,
        chunk_rules.rank_abbreviation,
        chunk_rules.short_head,
        joint_adjective,
        chunk_rules.commodity,
        not_a_name_word,
        opening_word_site,  # (round 11)
    }
)

Entry = tuple[ChunkRule, str, str]  # a rule, its rule id, its timer name

