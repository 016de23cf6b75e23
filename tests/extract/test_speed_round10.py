"""Round 10's faster paths give exactly what the plain code gave.

- A told-apart probe (``deal_same_value.told_apart``) builds a deal only up to its sides
  (``DealFinder._build(..., sides=True)``); the steps it skips (``deal_finish.finish``) must never
  change a side: checked on every amount of every tuning-corpus article.
- The end-anchored patterns of the value checks (``deal_amounts``, ``deal_notvalue``,
  ``non_deal_flows``) are searched only where a word every match holds occurs
  (``scans.Gated.search_in``): compared with the plain patterns on random windows.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from briefdesk.extract import deal_amounts, deal_notvalue, non_deal_flows
from briefdesk.extract.deals import DealFinder
from briefdesk.extract.doc import Doc
from briefdesk.extract.money import find_money
from briefdesk.extract.pipeline import find_actors
from briefdesk.extract.text import normalise, sentences
from tests.extract.gated_texts import plain_pattern, random_parts

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "data" / "extract" / "corpus"


def _tuning_texts() -> list[str]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_extract import split_of  # the blind rules: tuning articles only

    return [
        normalise(path.read_text(encoding="utf-8"))
        for path in sorted(CORPUS.glob("*.txt"))
        if split_of(int(path.name.split("_", 1)[0])) == "tuning"
    ]


def test_a_sides_only_build_reads_the_sides_a_full_build_reads() -> None:
    compared = 0
    for text in _tuning_texts():
        sents = sentences(text)
        found = find_actors(Doc(text, "", sents), sents)
        finder = DealFinder(text, found)
        starts = [s.start for s in sents]
        for mention in find_money(text):
            index = max(i for i, start in enumerate(starts) if start <= mention.start)
            full = finder._build(sents, index, mention)
            probe = finder._build(sents, index, mention, True)
            assert (probe.buyer, probe.seller, probe.buyer_why, probe.seller_why) == (
                full.buyer,
                full.seller,
                full.buyer_why,
                full.seller_why,
            ), text[sents[index].start : sents[index].end]
            compared += bool(full.buyer or full.seller)
    assert compared > 100  # the builds do name sides (the test compares something)


GATED = [
    deal_amounts._BONUS_BEFORE,
    deal_notvalue._EQUIVALENT,
    deal_notvalue._PROJECTS,
    deal_notvalue._SPEND,
    non_deal_flows._RUNNING_TOTAL,
    non_deal_flows._FLOW,
    non_deal_flows._OWED_BEFORE,
    non_deal_flows._COUNTERPART_BEFORE,
    non_deal_flows._EACH_BEFORE,
]
PIECES = [
    *("signing bonus of", "Signature Bonuses of", "royalties of", "fee of", "fees of", "TAXES of"),
    *("equivalent to", "the equivalent of", "projects", "Projects worth", "valued at", "totaling"),
    *("will pay", "pays", "spend", "spends", "costs", "cost", "to spend", "would pay"),
    *("bringing the total", "brought cumulative", "raised overall", "taking the total", "to"),
    *("bringing total loans to", "Brought cumulative aid to", "raising overall support to"),
    *("earned", "spent", "exports", "imports", "revenues", "sales", "turnover", "order book"),
    *("needs", "deficit", "income", "receipts", "owed", "owes", "owing", "arrears of", "unpaid"),
    *("wages, which stood at", "performance bond of", "bid guarantee of", "advance-payment"),
    *("security of", "paid out", "monthly pay is now", "requested additional payments of"),
    *("matched by", "counterpart funding of", "counterpart funds", "each ship at", "each at"),
    *("about", "around", "some", "roughly", "approximately", "nearly", "over", "more than"),
    *("almost", "an estimated", "up to", "the", "its", "a", "ſ", "\u212a", "İ", "ı", "é", "1"),
    *(" ", " ", " ", "  ", "\n", ".", ",", ";", "-", "'"),
]


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        # a letter re folds inside a word: "projectſ", "eac\u212a"
        parts = random_parts(rng, PIECES, 16, lambda p: p.replace("s", "ſ").replace("i", "ı"))
        if rng.random() < 0.7:  # every match ends the text: end most on a phrase, then a space
            parts.append(rng.choice(PIECES[:-14]) + rng.choice(["", " about", " some", " over"]))
        out.append("".join(parts) + rng.choice(["", " ", " ", "  ", "\n", " \n"]))
    return out


def test_gated_value_patterns_match_as_the_plain_patterns_do() -> None:
    texts = _texts(10, 6000)
    rng = random.Random(11)
    for gated in GATED:
        plain = plain_pattern(gated)
        found = 0
        for text in texts:
            one, other = gated.search(text), plain.search(text)
            assert (one and one.span()) == (other and other.span()), (plain.pattern, text)
            pos = rng.randint(0, len(text))
            endpos = len(text) if rng.random() < 0.5 else rng.randint(pos, len(text))
            one, other = gated.search_in(text, pos, endpos), plain.search(text, pos, endpos)
            assert (one and one.span()) == (other and other.span()), (plain.pattern, text)
            found += bool(other) + bool(plain.search(text))
        assert found >= 5, plain.pattern  # the texts do hold matches (the test compares some)
