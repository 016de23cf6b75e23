"""Declared triggers for the chunk rules (round 15): what a run of capitals must have for a
rule to have any chance, so the chunk loop calls only the rules whose trigger holds.

About 85 runs per 3 KB article go down a list of some 50 chunk rules, and most rules answer
NEXT at their first test. Each trigger here restates a rule's own first test as data — the
run's size, a word of the run, its last word, the characters next to it — so the features of
a run are read ONCE (a few dict look-ups) and every rule whose trigger fails is left out of
the run's table. A trigger
must be NECESSARY: where it fails, the rule answers NEXT and changes nothing
(tests/extract/test_speed_round15.py calls every left-out rule on every chunk of the tuning
corpus to check it, and compares the output with and without the triggers). Round 9's size
split (``chunk_dispatch``) is one kind of trigger here.

Words are compared in one form: lower case, no possessive, no trailing full stops
(``strip_possessive(word).lower().rstrip(".")``), the declared words put in the same form.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from briefdesk.extract.chunk_dispatch import ONE_WORD_ONLY, SEVERAL_WORDS_ONLY, Entry
from briefdesk.extract.chunk_view import ChunkRule
from briefdesk.extract.components import chunk_rules as cr
from briefdesk.extract.components.and_lists import joined_by_and
from briefdesk.extract.components.body_shapes import body_then_post, title_of_body
from briefdesk.extract.components.doc_headings import body_word_title, document_heading
from briefdesk.extract.components.event_heads import EVENT_HEADS, event_of_name
from briefdesk.extract.components.facilities import named_facility
from briefdesk.extract.components.firm_states import firm_of_state, state_embassy
from briefdesk.extract.components.landmarks import LANDMARKS, landmark, owned_site
from briefdesk.extract.components.lower_forms import lower_form_firm
from briefdesk.extract.components.named_after import christened, republic_of_region
from briefdesk.extract.components.plain_words import (
    NOT_A_NAME_WORDS,
    not_a_name_word,
    treasury_rate,
)
from briefdesk.extract.components.plural_titles import PLURAL_HEADS, plural_office, plural_title
from briefdesk.extract.components.region_roles import region_not_place
from briefdesk.extract.components.regions import joined_region
from briefdesk.extract.components.remit_names import (
    REMIT_OPENS,
    remit_then_name,
    title_before_honorific_run,
)
from briefdesk.extract.components.styled_names import STYLES, styled_name
from briefdesk.extract.components.titled_sites import TITLED_SITE_HEADS, titled_site
from briefdesk.extract.components.titles import person_of_body, title_then_comma_name
from briefdesk.extract.lexicon import (
    INTERNATIONAL_ORGS,
    LEGAL_SUFFIXES,
    ORG_HEADS,
    ROLE_HEADS,
    TITLE_WORDS,
)
from briefdesk.extract.text import strip_possessive, tokens
from briefdesk.extract.vocab import (
    COMMODITY_HEADS,
    HONORIFIC_WORDS,
    NAME_HONORIFICS,
    REGIONS,
    SHORT_HEADS,
)

ONE, TWO, MORE = 1, 2, 3  # a run's size class: one word, two, three or more
_ANY_SIZE = frozenset({ONE, TWO, MORE})


@dataclass(frozen=True)
class Trigger:
    """What a run must have for a rule to have any chance (every field given must hold)."""

    sizes: frozenset[int] = _ANY_SIZE  # the run's size class
    words: frozenset[str] | None = None  # one of these among the run's words
    last: frozenset[str] | None = None  # the run's last word is one of these
    before: frozenset[str] | None = None  # the two characters before the run
    third_after: frozenset[str] | None = None  # the third character after the run


def _form(words: Iterable[str]) -> frozenset[str]:
    """Declared words in the form the runs' words are compared in."""
    return frozenset(word.lower().rstrip(".") for word in words)


def _token_form(names: Iterable[str], at: int) -> frozenset[str]:
    """The first (at=0) or last (at=-1) word of each name, as the tokenizer splits a run."""
    return _form(strip_possessive(tokens(name)[at].text) for name in names)


_SEVERAL = frozenset({TWO, MORE})
_OF = _form({"of"})

# Each rule's trigger restates the first test of the rule (quoted in the comment).
_DECLARED: dict[ChunkRule, Trigger] = {
    # 'v.words[0].lower().rstrip(".") in LEGAL_SUFFIXES' (one word)
    cr.legal_suffix_alone: Trigger(words=_form(LEGAL_SUFFIXES)),
    # 'v.words[0].lower() in HONORIFIC_WORDS' (one word)
    cr.rank_abbreviation: Trigger(words=_form(HONORIFIC_WORDS)),
    # 'strip_possessive(words[0]).lower() not in SHORT_HEADS' (one word)
    cr.short_head: Trigger(words=_form(SHORT_HEADS)),
    # 'v.words[0].lower().rstrip(".") in NAME_HONORIFICS'
    cr.honorific_name: Trigger(words=_form(NAME_HONORIFICS)),
    # 'v.words[0].lower() not in STYLES' (three words or more)
    styled_name: Trigger(sizes=frozenset({MORE}), words=_form(STYLES)),
    # '_SHARES_OF.match(bare)': the run opens with "Shares", "Stock", "Stake" or "Stakes"
    cr.shares_of: Trigger(words=_form({"shares", "stock", "stake", "stakes"})),
    # 'v.lowered[0] in COMMODITY_HEADS' (one word)
    cr.commodity: Trigger(words=_form(COMMODITY_HEADS)),
    # 'len(tokens) < 3 or not res.before(v.chunk.start, 5).endswith(REMIT_OPENS)'
    remit_then_name: Trigger(
        sizes=frozenset({MORE}), before=frozenset(opens[-2:] for opens in REMIT_OPENS)
    ),
    # 'lowered[-1] in HONORIFIC_WORDS'
    title_before_honorific_run: Trigger(last=_form(HONORIFIC_WORDS)),
    # 'w in PLURAL_HEADS' for a word of the run
    plural_title: Trigger(sizes=frozenset({MORE}), words=_form(PLURAL_HEADS)),
    # 'w in PLURAL_HEADS' for a word of the run, then "of"
    plural_office: Trigger(sizes=frozenset({MORE}), words=_form(PLURAL_HEADS)),
    # 'words[0] in TITLE_WORDS' (the first word, or the second after a leading country)
    title_then_comma_name: Trigger(words=_form(TITLE_WORDS)),
    # '"of" not in words'
    person_of_body: Trigger(words=_OF),
    # '" of " not in bare'
    firm_of_state: Trigger(words=_OF),
    # 'joint not in lowered' ("of", else "for")
    title_of_body: Trigger(words=_form({"of", "for"})),
    # 'len(lowered) < 3 or not set(lowered) & ROLE_HEADS'
    body_then_post: Trigger(sizes=frozenset({MORE}), words=_form(ROLE_HEADS)),
    # '" and " in v.bare'
    joined_by_and: Trigger(words=_form({"and"})),
    joined_region: Trigger(words=_form({"and"})),
    # 'len(words) != 2 or words[1] not in {"Embassy", "High Commission"}'
    state_embassy: Trigger(sizes=frozenset({TWO}), last=_form({"Embassy", "High Commission"})),
    # '"Facility" in words or "Framework" in words'
    named_facility: Trigger(words=_form({"Facility", "Framework"})),
    # 'v.last not in LANDMARKS'
    landmark: Trigger(last=_form(LANDMARKS)),
    # 'v.last == "Treasury"'
    treasury_rate: Trigger(last=_form({"Treasury"})),
    # 'lowered[0] not in EVENT_HEADS or lowered[1] != "of"' (three words at least)
    event_of_name: Trigger(sizes=frozenset({MORE}), words=EVENT_HEADS),
    # '_REPUBLIC_OF.fullmatch(v.bare) if "Republic" in v.bare': the word "Republic"
    republic_of_region: Trigger(words=_form({"Republic", "Kingdom"})),
    # 'v.lowered[head] not in TITLED_SITE_HEADS' (the last word, or the one before a number)
    titled_site: Trigger(words=_form(TITLED_SITE_HEADS)),
    # 'len(lowered) < 2 or lowered[-1] not in ROLE_HEADS ... or lowered[0] not in ORG_HEADS'
    body_word_title: Trigger(words=_form(ORG_HEADS), last=_form(ROLE_HEADS)),
    # 'not (len(words) > 2 and v.phrase.isupper())'
    document_heading: Trigger(sizes=frozenset({MORE})),
    # 'word in _QUESTION_WORDS ... _BENCHMARKS ... _REGION_ADJECTIVES ... _BARE_HEADS'
    not_a_name_word: Trigger(words=_form(NOT_A_NAME_WORDS)),
    # 'res.text.endswith(("named ", "christened ", "dubbed "), 0, v.chunk.start)'
    christened: Trigger(before=frozenset({"d "})),
    # 'res.text[v.chunk.start - 2 : v.chunk.start] not in {"s ", "s\t"}' (and two words at most)
    owned_site: Trigger(sizes=frozenset({ONE, TWO}), before=frozenset({"s ", "s\t"})),
    # 'res.text[end + 2 : end + 3] != "." and res.text[end + 2 : end + 4] != "p."'
    lower_form_firm: Trigger(third_after=frozenset({".", "p"})),
    # 'v.bare in INTERNATIONAL_ORGS': the run opens with the first word of one
    cr.international_org: Trigger(words=_token_form(INTERNATIONAL_ORGS, 0)),
    # 'bare not in REGIONS': the run ends on the last word of one
    region_not_place: Trigger(last=_token_form(REGIONS, -1)),
}


def trigger_of(rule: ChunkRule) -> Trigger:
    """A rule's declared trigger, with round 9's size split (one word, or several)."""
    declared = _DECLARED.get(rule, Trigger())
    sizes = declared.sizes
    if rule in SEVERAL_WORDS_ONLY:
        sizes = sizes & _SEVERAL
    if rule in ONE_WORD_ONLY:
        sizes = sizes & {ONE}
    return Trigger(
        frozenset(sizes), declared.words, declared.last, declared.before, declared.third_after
    )


class Dispatch:
    """The chunk rules' table for a run, from the features that the triggers read.

    Every trigger's test is one bit of a run's mask; a run's table is the rules whose bits are
    all set, built once per mask and kept (there are few masks)."""

    def __init__(self, entries: tuple[Entry, ...]) -> None:
        self.entries = entries
        self.size_bits = {ONE: 0, TWO: 0, MORE: 0}
        self.word_bits: dict[str, int] = {}
        self.last_bits: dict[str, int] = {}
        self.before_bits: dict[str, int] = {}
        self.after_bits: dict[str, int] = {}
        self.needs: list[int] = []
        bit = 1
        for rule, _, _ in entries:
            trigger, need = trigger_of(rule), 0
            if trigger.sizes != _ANY_SIZE:
                for size in trigger.sizes:
                    self.size_bits[size] |= bit
                need, bit = need | bit, bit << 1
            for words, bits in (
                (trigger.words, self.word_bits),
                (trigger.last, self.last_bits),
                (trigger.before, self.before_bits),
                (trigger.third_after, self.after_bits),
            ):
                if words is not None:
                    for word in words:
                        bits[word] = bits.get(word, 0) | bit
                    need, bit = need | bit, bit << 1
            self.needs.append(need)
        self.tables: dict[int, tuple[Entry, ...]] = {}

    def mask(self, lowered: list[str], text: str, start: int, end: int) -> int:
        """The bits of every trigger test a run (its lower-case words, its place in the text)
        passes."""
        size = len(lowered)
        mask = self.size_bits[size if size < MORE else MORE]
        word_bits = self.word_bits
        for word in lowered:
            mask |= word_bits.get(word.rstrip("."), 0)
        return (
            mask
            | self.last_bits.get(lowered[-1].rstrip("."), 0)
            | self.before_bits.get(text[start - 2 if start > 2 else 0 : start], 0)
            | self.after_bits.get(text[end + 2 : end + 3], 0)
        )

    def table(self, lowered: list[str], text: str, start: int, end: int) -> tuple[Entry, ...]:
        """The rules, in order, whose triggers hold for the run."""
        mask = self.mask(lowered, text, start, end)
        found = self.tables.get(mask)
        if found is None:
            found = tuple(
                entry
                for entry, need in zip(self.entries, self.needs, strict=True)
                if need & mask == need
            )
            self.tables[mask] = found
        return found
