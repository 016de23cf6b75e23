"""Round 5's faster paths give exactly what the plain code gave (random and tricky inputs)."""

from __future__ import annotations

import random
import re

from briefdesk.extract import rx
from briefdesk.extract.scans import _anchored, lower_tail, sub_found, tail
from briefdesk.extract.span_sweeps import following_parties, inside_longer, outside
from briefdesk.extract.text import Sentence, chunks

# Characters whose lower case is longer ("İ") or depends on its neighbours (capital sigma).
ODD = "aBcİΣσ ßXyZ\n"


def test_lower_tail_and_tail_equal_slicing_the_whole_prefix() -> None:
    rng = random.Random(5)
    for _ in range(5000):
        text = "".join(rng.choice(ODD) for _ in range(rng.randint(0, 40)))
        end, size = rng.randint(-3, 45), rng.randint(1, 30)
        assert lower_tail(text, end, size) == text[:end].lower()[-size:]
        assert tail(text, end, size) == text[:end][-size:]


def test_rx_answers_like_re() -> None:
    text = "Turkey will sell 24 jets to Malaysia for $1.2 billion, Turkish officials said."
    for pattern, flags in ((r"\b[A-Z]\w+", 0), (r"will\s+(\w+)", re.I), (r"(\d+)", 0)):
        assert rx.findall(pattern, text, flags) == re.findall(pattern, text, flags)
        assert [m.span() for m in rx.finditer(pattern, text, flags)] == [
            m.span() for m in re.finditer(pattern, text, flags)
        ]
        assert rx.sub(pattern, "X", text, 0, flags) == re.sub(pattern, "X", text, flags=flags)
        assert rx.split(pattern, text, 0, flags) == re.split(pattern, text, flags=flags)
        for found, expected in (
            (rx.search(pattern, text, flags), re.search(pattern, text, flags)),
            (rx.match(pattern, text, flags), re.match(pattern, text, flags)),
        ):
            assert (found and found.span()) == (expected and expected.span())
    compiled = re.compile(r"jets")
    assert rx.search(compiled, text) is not None


def test_anchored_patterns_are_only_those_whose_every_match_starts_at_zero() -> None:
    assert _anchored(r"^\s+(?:is|was)\s+(an?|the)\s+(?=[a-z])")
    assert _anchored(r"^(a|b)") and _anchored(r"^[|]x") and _anchored(r"^[]|]x")
    assert not _anchored(r"^a|b")  # "^" belongs to the first alternative only
    assert not _anchored(r"^(?:a)|b") and not _anchored(r"^\\|b") and not _anchored(r"x^")
    assert not _anchored(r"^(?m)a")  # "^" at every line start
    rewrites = [(r"^,\s+(\d{2,3})(?=,)", r"[\1]"), (r"^a|b", "-"), (r",\s+(\w+)", r";\1")]
    for pattern, replacement in rewrites:
        for text in (", 54, the minister", "a b", "cab", ", who, x", ""):
            assert sub_found(pattern, replacement, text) == re.sub(pattern, replacement, text)


def test_span_sweeps_equal_comparing_every_pair() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        mentions = []
        for _ in range(rng.randint(0, 24)):
            start = rng.randint(0, 30)
            mentions.append((start, start + rng.randint(0, 8), rng.choice("xyz")))
        inside = {
            (m[0], m[1])
            for m in mentions
            if any(
                o is not m and o[0] <= m[0] and m[1] <= o[1] and o[1] - o[0] > m[1] - m[0]
                for o in mentions
            )
        }
        assert inside_longer({(m[0], m[1]) for m in mentions}) == inside
        spans = rng.sample(mentions, min(len(mentions), rng.choice([0, 3, 16, 20])))
        assert outside(mentions, spans) == [
            m for m in mentions if not any(d[0] <= m[0] and m[1] <= d[1] for d in spans)
        ]
        units = [(0, 0, key, lead) for lead, (_, _, key) in enumerate(mentions)]
        adjectives = [rng.random() < 0.3 for _ in units]
        assert following_parties(units, adjectives, 999) == [
            next(
                (
                    units[j][3]
                    for j in range(i + 1, len(units))
                    if not adjectives[j] and units[j][2] != units[i][2]
                ),
                999,
            )
            for i in range(len(units))
        ]


def test_chunks_keep_compound_adjectives_particles_and_elisions() -> None:
    text = (
        "The Seoul-based Hyundai Rotem and Chinese-made jets met al-Sisi, d'Alema and the "
        "Bank of Korea's chief in Ulaanbaatar."
    )
    found = [[t.text for t in chunk.tokens] for chunk in chunks(Sentence(0, len(text), text))]
    assert found == [  # (as before round 5: connectors stay inside a run)
        ["Hyundai", "Rotem"],
        ["al-Sisi"],
        ["d'Alema", "and", "the", "Bank", "of", "Korea's"],
        ["Ulaanbaatar"],
    ]


def test_last_word_pattern_equals_the_plain_one() -> None:
    plain, fast = re.compile(r"(\w+)\s+$"), re.compile(r"(?<!\w)(\w++)\s++$")
    rng = random.Random(3)
    for _ in range(20000):
        text = "".join(rng.choice("aZ_9 \n\t.,é\u00a0'-") for _ in range(rng.randint(0, 12)))
        found, expected = fast.search(text), plain.search(text)
        assert (found and (found.span(), found.group(1))) == (
            expected and (expected.span(), expected.group(1))
        )
