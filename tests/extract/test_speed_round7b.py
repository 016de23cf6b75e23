"""Round 7's second speed pass gives exactly what the plain patterns gave (random inputs).

``scans.LineLed`` reads a ``^...$`` multi-line pattern led by the newline; the test builds
texts of line pieces, blanks, tabs and carriage returns and compares every match's groups and
spans with the anchored pattern's.
"""

from __future__ import annotations

import random
import re

from briefdesk.extract import (
    body_homes,
    cues_titles,
    deal_status,
    party_phrases,
    remit_titles,
    vocab,
)
from briefdesk.extract.components import late
from briefdesk.extract.scans import LineLed

_BODIES = [
    r"[ \t]*([A-Z][A-Z'’.-]+(?:[ \t][A-Z][A-Z'’.-]+){0,2})[ \t]*",  # section_towns
    r"[ \t]*(Editor|Reporter|Photos?)[ \t]*:[ \t]*"  # capital_names' credit labels
    r"([A-ZÀ-Þ][\w'’.-]+(?:[ \t]+[A-ZÀ-Þ][\w'’.-]+){1,3})[ \t]*",
]
_PIECES = ["CAIRO", "BUENOS AIRES", "Editor", ": ", "Rudi Hartono", "Photos", "Reporter:"]
_PIECES += ["\n", "\n\n", " ", "\t", "\r", "x", "A", "Ö", "é", "'", "-"]


def _spans(matches: list[re.Match[str]]) -> list[tuple[object, ...]]:
    return [(m.groups(), *(m.span(i) for i in range(1, (m.lastindex or 0) + 1))) for m in matches]


def test_line_led_patterns_match_as_the_anchored_ones_do() -> None:
    rng = random.Random(7)
    for body in _BODIES:
        plain, led = re.compile(f"^{body}$", re.MULTILINE), LineLed(body)
        for _ in range(20_000):
            text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 14)))
            assert _spans(list(led.finditer(text))) == _spans(list(plain.finditer(text))), text


def test_line_led_reads_the_first_line_and_the_last() -> None:
    led = LineLed(r"[ \t]*([A-Z]+)[ \t]*")
    assert [m.group(1) for m in led.finditer("CAIRO\nnot this\n LIMA \nQUITO")] == [
        "CAIRO",
        "LIMA",
        "QUITO",
    ]
    assert [m.start(1) for m in led.finditer("\nLIMA\n")] == [1]


_TITLE_PIECES = ["vice president", "head", "director", "Nordvik", "Acme Ports", "'s", "’s"]
_TITLE_PIECES += ["of", "for", "on", "the", "sales", "operations", "by", "(", "Mr.", "x-y"]
_WORDS = ["the", "head", "Acme's", "sales", "director", "Vice", "of", "x"]
_TITLE_PIECES += [" ", " ", " ", "  ", "\n", "\t", "\xa0", ",", "A", "é"]


def test_remit_title_search_from_the_tail_finds_what_the_whole_search_finds() -> None:
    rng = random.Random(11)
    plain = remit_titles._REMIT_TITLE
    for _ in range(12_000):
        text = "".join(rng.choice(_TITLE_PIECES) for _ in range(rng.randint(0, 40)))
        if rng.random() < 0.6:  # most texts end on a title and its remit, some of them long
            words = [rng.choice(_WORDS) for _ in range(rng.randint(0, 6))]
            text += " ".join([*words, rng.choice(["of", "for", "on"]), *words[:3]])
        text += rng.choice([" ", "  ", "\n "])
        fast, slow = remit_titles._search_tail(text), plain.search(text)
        assert (fast and (fast.span(), fast.groups())) == (slow and (slow.span(), slow.groups()))


_END_PIECES = ["and", "to", "the", "road", "line", "from", "Kupang", "Acme", "Bank", "lender"]
_END_PIECES += ["group", "South", "Korean", "state-owned", "energy", " ", " ", "  ", "\n", ","]


def test_end_gates_hold_wherever_the_patterns_match() -> None:
    """Each pattern read before a name runs only where its last word can end a match: "and"
    (``_AND_BEFORE``), "to" (``_ROUTE_TO``), a descriptor (``DESCRIBED_BY_COUNTRY``)."""
    rng = random.Random(5)
    hits = 0
    for _ in range(12_000):
        text = " ".join(rng.choice(_END_PIECES) for _ in range(rng.randint(0, 12))) + " "
        if late._AND_BEFORE.search(text):
            hits += 1
            assert text.rstrip().endswith("and"), text
        if late._ROUTE_TO.search(text):
            hits += 1
            assert text.rstrip().endswith("to"), text
        plain = vocab.DESCRIBED_BY_COUNTRY.search(text)
        if plain and plain.group(2).lower() not in vocab.ORG_DESCRIPTORS:
            plain = None
        fast = vocab.described_as_body(text)
        assert (fast and (fast.span(), fast.groups())) == (plain and (plain.span(), plain.groups()))
        hits += bool(plain)
    assert hits > 1_000  # (the texts exercise the patterns)


_AROUND_PIECES = ["Chilean", "state", "miner", "Oslo-based", "Seoul-registered", "firm", "the"]
_AROUND_PIECES += ["Lima", "-headquartered", "A", "x", "é", " ", " ", "  ", "\n", ",", "\t"]


def test_said_around_gates_hold_wherever_the_patterns_match() -> None:
    rng = random.Random(9)
    hits = 0
    for _ in range(12_000):
        text = "".join(rng.choice(_AROUND_PIECES) for _ in range(rng.randint(0, 14)))
        if body_homes._BASED.search(text):
            hits += 1
            assert text.rstrip().endswith(body_homes._BASED_ENDS), text
        if body_homes._ADJECTIVE_NOUNS.search(text):
            hits += 1
            assert body_homes._ends_lower(text), text
    assert hits > 300  # (the texts exercise the patterns)


_ISLAND_PIECES = ["works", "port", "islands", "island", "on", "of", "and", "Upolu", "Bank"]
_ISLAND_PIECES += ["(BNDES)", "S.A.", "Ltd", ".", " ", " ", "  ", "\n", "x", "Biak"]


def test_island_and_home_gates_hold_wherever_the_patterns_match() -> None:
    """``late._on_island`` is ``_ON_ISLAND.search``; ``_HOME_OF`` (read up to a mention)
    matches only where the text before the mention ends on "of"."""
    rng = random.Random(13)
    hits = 0
    for _ in range(12_000):
        words = [rng.choice(_ISLAND_PIECES) for _ in range(rng.randint(0, 8))]
        text = " ".join(words) + rng.choice([" ", "", "  ", "\n"])
        plain = bool(late._ON_ISLAND.search(text))
        assert late._on_island(text) == plain, text
        start = rng.choice([len(text), rng.randint(0, len(text))])
        home = party_phrases._HOME_OF.search(text, max(0, start - 30), start)
        if home:
            assert text[max(0, start - 80) : start].rstrip().endswith("of"), text
        hits += plain + bool(home)
    assert hits > 100


_APPOINTED_PIECES = ["appointed", "named", "renamed", "chose", "tapped", "(elected", "former"]
_APPOINTED_PIECES += ["the", "as", "Mr", "x", "designated", "nominates", "elect", "picked"]


def test_appointed_gate_holds_wherever_the_pattern_matches() -> None:
    rng = random.Random(17)
    hits = 0
    for _ in range(12_000):
        words = [rng.choice(_APPOINTED_PIECES) for _ in range(rng.randint(0, 6))]
        text = " ".join(words) + rng.choice([" ", "", "  ", "\n", " \n"])
        if cues_titles._APPOINTED_BEFORE.search(text):
            hits += 1
            last = text.rsplit(None, 2)[-2:]
            assert any(w.endswith(cues_titles._APPOINTED_FORMS) for w in last), text
    assert hits > 1_000


_NAME_PIECES = ["Extended", "Fund", "Facility", "Limited", "red", "ed", "the", "Ed", "A"]
_NAME_PIECES += ["signed", "Approved", ",", " ", " ", "\n", "\t", "x"]


def test_in_name_hint_holds_wherever_the_pattern_matches() -> None:
    rng = random.Random(19)
    hits = 0
    for _ in range(12_000):
        text = "".join(rng.choice(_NAME_PIECES) for _ in range(rng.randint(0, 14)))
        if deal_status._IN_NAME.search(text):
            hits += 1
            assert deal_status._ED_BEFORE_CAPITAL.search(text), text
    assert hits > 100
