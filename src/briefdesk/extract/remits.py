"""A government body's remit joined by "and" (round 9): "Ministry of Transport and Civil
Aviation", "Ministry of Agriculture and Waterways of Fiji and the Research Council" (the
second "and" starts the second body), "Ports and Free Zones Authority". Shared by the "and"
splitter (``components/and_lists``); a trade word ("Aviation", "Energy") in the remit names a
field, not a second body; a state or a coined word after "and" ("and Kenya Airways") starts
a second name."""

from __future__ import annotations

from collections.abc import Callable

from briefdesk.extract.common_words import is_common_word
from briefdesk.extract.lexicon import ORG_HEADS, ROLE_MODIFIERS
from briefdesk.extract.text import Token
from briefdesk.extract.vocab import BUSINESS_WORDS, is_legal_form
from briefdesk.extract.words import word_list

# Heads of bodies and firms: such a word after "and" starts a second name ("and Kenya Power
# Company"), never a field of a remit (round 12).
REMIT_STOPS = word_list("remit_stops")
# Bodies whose "of" is followed by a remit (a field of government), not a place or a firm.
_REMIT_BODIES = frozenset({"ministry", "department", "secretariat", "directorate"})


def remit_field(
    left: tuple[Token, ...], right: tuple[Token, ...], is_state: Callable[[str], str]
) -> bool:
    """ "Ministry of Transport" + "Civil Aviation" (or "Waterways of Fiji"): the right part is
    a field of the remit: everyday or trade words, ending on a trade word or one word alone,
    never a legal form or a body's head."""
    lowered = [t.text.lower() for t in left]
    if lowered.count("of") != 1 or not set(lowered[: lowered.index("of")]) & _REMIT_BODIES:
        return False  # (not "Ministry of Energy of the Republic of X and Masdar")
    words = [t.text.lower() for t in right]
    state_after = "of" in words
    if state_after:  # "Waterways of Fiji": the body's state after its remit
        right, words = right[: words.index("of")], words[: words.index("of")]
    if not right or len(right) > 3 or not right[0].text[:1].isupper():
        return False
    first = words[0]
    if is_state(right[0].text):
        return False
    return (
        (
            is_common_word(first)
            or first in ROLE_MODIFIERS
            or first in BUSINESS_WORDS
            or (len(words) == 1 and state_after)  # "Waterways of Fiji"
        )
        and (words[-1] in BUSINESS_WORDS or len(words) == 1)
        and not is_legal_form(right[-1].text)
        and not set(words) & (ORG_HEADS - ROLE_MODIFIERS - BUSINESS_WORDS)
        and not set(words) & REMIT_STOPS
    )


def remit_like(word: str) -> bool:
    """An everyday, trade or government-field word ("Mineral", "Fisheries"), not a coined one
    ("Kopa"): the words of a remit after "and"."""
    low = word.lower()
    return is_common_word(word) or low in ROLE_MODIFIERS or low in BUSINESS_WORDS


def plural_remit_end(left: tuple[Token, ...]) -> bool:
    """ "Djibouti Ports" before "and Free Zones Authority": a plural remit word ends the
    left part, so its head is the remit's, not a body's of its own."""
    last = left[-1].text if left else ""
    return last.lower() in ROLE_MODIFIERS and last.endswith("s")
