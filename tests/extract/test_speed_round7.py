"""Round 7's faster paths give exactly what the plain patterns gave (random and tricky inputs).

``scans.Gated`` reads a pattern only where one of its hints occurs; the test builds texts from
pieces of every alternative, in every case and with the characters re folds but str.lower does
not ("ſ", the Kelvin sign), and compares every match with the plain pattern's.
"""

from __future__ import annotations

import random
import re

import pytest

from briefdesk.extract import (
    deal_held,
    deal_kinds,
    deal_memoranda,
    deal_more,
    deal_parties,
    deal_status,
    money,
)
from briefdesk.extract.scans import class_led
from tests.extract.gated_texts import plain_pattern, random_parts

PIECES = [
    *("concession", "concessions", "Concessionaire", "production-sharing", "Production Sharing"),
    *("PSC", "PSCs", "psc", "offtake", "Off-take", "mining licence", "exploration license"),
    *("operating permits", "prospecting lease", "mineral development agreement", "MINING"),
    *("licensed production deal", "licence-production pact", "co-production agreement"),
    *("local assembly contract", "Local production accord", "memorandum", "Memoranda"),
    *("letters of intent", "Letter of Intent", "framework agreements", "heads of agreement"),
    *("MoU", "MOUs", "mou", "LoI", "LOIs", "convention", "Conventions", "Licences", "permit"),
    *("Leases", "rights", "Rights", "blocks", "Block", "oil", "gas", "offshore", "the", "and"),
    *("$", "€", "£", "¥", "₩", "₹", "million", "Billion", "bn", "mln", "BLN", "trillion"),
    *("4 ", "7", "tonnes", "contract with", "Deal with", " the ", " its ", "is on hold"),
    *("was frozen", "on ice"),
    *("froze", "Freezes", "paused", "halts", "put", "puts", "suspended", "halted", "were"),
    *("ſ", "\u212a", "İ", "é", "x", "_", "-", " ", " ", " ", "  ", "\n", ".", ",", "'"),
]


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    # a folded letter inside a word: "conceſſion", "\u212aey"
    return [
        "".join(random_parts(rng, PIECES, 14, lambda p: p.replace("s", "ſ").replace("k", "\u212a")))
        for _ in range(count)
    ]


def test_gated_patterns_match_as_the_plain_patterns_do() -> None:
    gated = [
        deal_kinds.RIGHTS_RE,
        deal_kinds.LICENCE_DEAL_RE,
        deal_memoranda.MOU_RE,
        deal_parties._CONCESSION,
        deal_parties._RIGHTS_HINT,
        deal_more.MONEYISH,
        deal_held._HELD,
        money._TRAILING_HINT,
    ]
    texts = _texts(7, 4000)
    found = 0
    for pattern in gated:
        plain = plain_pattern(pattern)
        for text in texts:
            fast = [m.span() for m in pattern.finditer(text)]
            assert fast == [m.span() for m in plain.finditer(text)], (plain.pattern, text)
            one, other = pattern.search(text), plain.search(text)
            assert (one and one.span()) == (other and other.span()), (plain.pattern, text)
            found += bool(fast)
    assert found > 2000  # the texts do hold matches (the test compares something)


def test_a_folded_letter_gets_the_full_search() -> None:
    """re matches "conceſſion" (long s) under IGNORECASE; str.lower keeps "ſ", so a text that
    is not ASCII is never turned away by its hints."""
    assert deal_kinds.RIGHTS_RE.search("a conceſſion was granted")
    assert deal_memoranda.MOU_RE.search("signed a memorandum")
    assert not deal_memoranda.MOU_RE.search("signed a contract")
    assert not deal_kinds.RIGHTS_RE.holds("the ministry bought two ships")


def test_only_three_letters_fold_otherwise_than_lower_says() -> None:
    """Every character re's IGNORECASE takes for an ASCII letter is lowered by str.lower to
    that letter, except "ſ", "İ" and "ı", the ones ``Gated`` sends to the full search."""
    letter = re.compile("[a-z]", re.IGNORECASE)
    odd = {
        char
        for char in map(chr, range(0x110000))
        if letter.fullmatch(char) and not (char.lower().isascii() and len(char.lower()) == 1)
    }
    assert odd == {"ſ", "İ", "ı"}
    for char in "ſİı":  # each is still found by the full search
        word = "conce" + ("ſſ" if char == "ſ" else "ss") + ("ion" if char == "ſ" else char + "on")
        assert deal_kinds.RIGHTS_RE.search(f"a {word} was granted")


# The patterns as they were before round 7, compared with their class-led forms.
OLD_ORDER = re.compile(
    rf"\b(?=[{''.join(sorted({w[0] for w in deal_more._ORDER_WORDS}))}])"
    rf"(?:{'|'.join(sorted(deal_more._ORDER_WORDS))})\b",
    re.IGNORECASE,
)
OLD_ANY_CUE = re.compile(
    r"\b(?:"
    + "|".join(re.escape(cue) for _status, cues in deal_status._ALL_WORDS for cue in cues)
    + r")\b"
)


def _word_texts(words: list[str], seed: int) -> list[str]:
    rng = random.Random(seed)
    pieces = [*words, *(w[:-1] for w in words), "x", "_", "é", "ſ", "\u212a", "İ", "ı", "1"]
    pieces += [" ", " ", "-", "\n", "'", "."]
    out = []
    for _ in range(3000):
        parts = []
        for _ in range(rng.randint(1, 12)):
            piece = rng.choice(pieces)
            pick = rng.random()
            piece = piece.upper() if pick < 0.2 else piece.title() if pick < 0.3 else piece
            parts.append(piece)
        out.append("".join(parts))
    return out


def test_class_led_patterns_match_as_the_old_ones_did() -> None:
    cues = [cue for _status, cues in deal_status._ALL_WORDS for cue in cues]
    for old, new, words in (
        (OLD_ORDER, deal_more._ORDER_RE, sorted(deal_more._ORDER_WORDS)),
        (OLD_ANY_CUE, deal_status._ANY_CUE, cues),
    ):
        found = 0
        for text in _word_texts(words, len(words)):
            spans = [m.span() for m in new.finditer(text)]
            assert spans == [m.span() for m in old.finditer(text)], (old.pattern[:40], text)
            found += bool(spans)
        assert found > 150  # (the texts do hold matches)


def test_class_led_keeps_groups_and_refuses_what_it_cannot_lead() -> None:
    pattern = re.compile("(" + class_led(["ab", "a", "Bc", "k"], caseless=True) + r")\b")
    assert pattern.findall("ab a ba xab \u212a BC") == ["ab", "a", "\u212a", "BC"]
    with pytest.raises(ValueError, match="no plain letter"):
        class_led(["1st"])
    with pytest.raises(ValueError, match="no plain letter"):
        class_led(["a?b"])
