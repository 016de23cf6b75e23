"""Round 12's faster whole-text scans give exactly what the plain patterns gave.

- ``doc.LOWER_WORD`` (the Doc's lower-case word set) against ``\\b[a-z][a-z-]+\\b``, and
  ``text._SENTENCE_END`` (sentence ends) against its plain branches: the same matches, spans
  and texts on random texts made of the characters each pattern reads.
- ``text.normalise`` (now in ``text_normalise``) makes no copy when no line is wrapped; what it
  returns is checked against the same rules applied by hand on made-up texts with and without
  wrapped lines.
"""

from __future__ import annotations

import random
import re

from briefdesk.extract import doc, text

_PLAIN_LOWER_WORD = re.compile(r"\b[a-z][a-z-]+\b")
_PLAIN_SENTENCE_END = re.compile(r"[.!?]['\"”’)]*\s+(?![a-z])|\n\s*\n|\n(?=[A-Z\d(\"“•*·▪‣-])")
# Pieces that reach every branch and edge: letters of both cases, digits, hyphens, the
# underscore and a letter beyond ASCII (both word characters), stops, quotes and brackets,
# spaces and newlines, and the characters a new sentence may open with.
_PIECES = (
    *("a", "b", "z", "ab", "co-op", "x-", "-", "A", "Z", "Q", "é", "É", "_", "1", "9"),
    *(".", "!", "?", "'", '"', "”", "’", ")", "(", "“", "•", "*", "·", "▪", "‣"),
    *(" ", "  ", "\t", "\n", "\n\n", " \n ", "\u00a0", "Mr.", "U.S.", "e.g."),
)


def _random_text(rng: random.Random) -> str:
    return "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 40)))


def test_the_class_led_lower_word_pattern_finds_what_the_plain_one_finds() -> None:
    rng = random.Random(12)
    for _ in range(20000):
        sample = _random_text(rng)
        assert doc.LOWER_WORD.findall(sample) == _PLAIN_LOWER_WORD.findall(sample), sample


def test_the_doc_word_set_is_the_plain_patterns() -> None:
    sample = "The co-op's board met. Ex-minister said-so; 2nd-tier x- ABC abc_d é-ab ab1 a"
    assert doc.Doc(sample).lower_words == frozenset(_PLAIN_LOWER_WORD.findall(sample))
    assert doc.Doc(sample).lower_words >= {"co-op", "board", "met", "said-so"}


def test_the_class_led_sentence_end_matches_what_the_plain_branches_match() -> None:
    rng = random.Random(1212)
    for _ in range(20000):
        sample = _random_text(rng)
        plain = [(m.span(), m.group()) for m in _PLAIN_SENTENCE_END.finditer(sample)]
        fast = [(m.span(), m.group()) for m in text._SENTENCE_END.finditer(sample)]
        assert fast == plain, sample


def _normalised_by_hand(sample: str, joined: list[int]) -> str:
    chars = list(sample)
    for at in joined:
        chars[at] = " "
    return "".join(chars)


def test_normalise_joins_wrapped_lines_and_returns_unwrapped_text_as_it_is() -> None:
    wrapped = (
        "Officials said the new line of credit to\n"
        "crisis-hit Sri Lanka would be signed in Colombo next week.\n\nA second paragraph."
    )
    assert text.normalise(wrapped) == _normalised_by_hand(wrapped, [wrapped.index("\n")])
    kept = "Deal signed\n\nThe ministry said on Monday that it signed the deal.\nIt ends here."
    assert text.normalise(kept) is kept  # nothing wrapped: the same string, no copy
    spaced = "One\u00a0line\nTwo lines."
    assert text.normalise(spaced) == "One line\nTwo lines."
