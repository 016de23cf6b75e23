"""Round 18's derived cues (``pattern_cues``): every match of a pattern holds one of the cues
read from the pattern, so a sentence holding none is skipped without changing any answer.

Checked three ways: made-up patterns with texts that do and do not hold a cue; random patterns
against random texts (a match in a text the cues reject fails); and every pattern of the
extractor gated by derived cues against made-up sentences and the tuning corpus's sentences.
"""

from __future__ import annotations

import importlib
import pkgutil
import random
import re

import pytest

import briefdesk.extract as extract_package
from briefdesk.extract.pattern_cues import Cued, cued, cues
from briefdesk.extract.scans import Gated

from .tuning_texts import tuning_texts


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bsigned\s+with\b", {"signed"}),  # the longer of two literal runs
        (r"\b(?:loans?|credit)\s+of", {"loan", "loans", "credit"}),  # (an optional "s")
        (r"\b(?:loans?|credit)\s+from", {"from"}),  # (fewer cues of the same least length)
        (r"\s(?:Cosmodrome|Launch\s+Pad)", {"Cosmodrome", "Launch"}),
        (r"(?:19|20)\d\d model", {" model"}),
        (r"[ab]x", {"ax", "bx"}),
        (r"(?i:Deal)\s+with", {"deal"}),  # a caseless part: every cue in lower case
    ],
)
def test_cues_are_read_from_the_pattern(pattern: str, expected: set[str]) -> None:
    assert set(cues(pattern)[0]) == expected


@pytest.mark.parametrize(
    "pattern", [r"\w+", r"[A-Z][a-z]+", r"(?:abc)?\d", r"a|\d", r"(?=deal)\w+", r"x*"]
)
def test_a_pattern_with_no_cue_is_refused(pattern: str) -> None:
    with pytest.raises(ValueError):
        cues(pattern)


def test_a_cued_pattern_skips_texts_without_a_cue_and_finds_the_rest() -> None:
    gated = cued(r"\b(?:granted|awarded)\s+(?:the|a)\s+(?:concession|lease)\b[^;]{0,40}?\bto\s+")
    assert gated.hints == ("awarded", "granted")  # (the longest literal run every match holds)
    assert gated.search("The ministry granted a concession for the port to Harbour Co.")
    assert not gated.holds("The ministry gave a concession for the port to Harbour Co.")
    assert not gated.search("The ministry gave a concession for the port to Harbour Co.")
    assert gated.holds("The firm awarded the contract to Harbour Co.")
    assert not gated.search("The firm awarded the contract to Harbour Co.")
    caseless = cued(r"(?i:\bthe\s+deal\b)")
    assert caseless.caseless and caseless.search("THE DEAL was signed.")
    assert caseless.search("the deaſ") is None and caseless.holds("the deaſ")  # (re folds "ſ")


_PIECES = ["a", "b", "ab", "ba", "A", "B", "-", " ", "ſ", "İ", "\u212a", "k", "s", "é", "É"]


def _random_pattern(rng: random.Random, depth: int = 0) -> str:
    """A small pattern over a few letters: literals, classes, groups, branches, repeats,
    look-arounds, word edges and case-blind parts."""
    parts = []
    for _ in range(rng.randint(1, 4)):
        pick = rng.random()
        if depth < 2 and pick < 0.25:
            inner = "|".join(_random_pattern(rng, depth + 1) for _ in range(rng.randint(1, 3)))
            group = rng.choice(["(?:{})", "({})", "(?i:{})", "(?-i:{})", "(?={})", "(?<!a)(?:{})"])
            parts.append(group.format(inner))
        elif pick < 0.6:
            parts.append(rng.choice(["a", "b", "ab", "ks", "é", "-", " ", "s", "k", "É"]))
        elif pick < 0.75:
            parts.append(rng.choice(["[ab]", "[a-c]", "[^a]", r"\w", r"\s", ".", r"\d", "[Kk]"]))
        else:
            parts.append(rng.choice([r"\b", "^", "$", r"\B"]))
        if rng.random() < 0.3:
            parts[-1] = f"(?:{parts[-1]}){rng.choice(['?', '*', '+', '{2}', '{0,2}', '{1,3}'])}"
    return "".join(parts)


def test_random_patterns_never_match_where_their_cues_are_missing() -> None:
    rng = random.Random(18)
    checked = 0
    for _ in range(3000):
        pattern = _random_pattern(rng)
        flags = re.IGNORECASE if rng.random() < 0.3 else 0
        try:
            gated = cued(pattern, flags)
        except ValueError:
            continue  # no cue in every match: refused, so never gated
        except re.error:
            continue  # (a look-behind of varying width: not a pattern at all)
        for _ in range(40):
            text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 8)))
            if gated.pattern.search(text):
                checked += 1
                assert gated.holds(text), (pattern, flags, text, gated.hints)
    assert checked > 1000  # (the random texts do match often enough to test something)


def _derived() -> list[tuple[str, Cued]]:
    """Every pattern of the extractor gated by derived cues (``cued``)."""
    found: dict[int, tuple[str, Cued]] = {}
    for info in pkgutil.walk_packages(extract_package.__path__, "briefdesk.extract."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, Cued):
                assert set(value.hints) == set(cues(value.pattern.pattern, value.pattern.flags)[0])
                found[id(value)] = (f"{info.name}.{name}", value)
    return sorted(found.values(), key=lambda item: item[0])


_MADE_UP = [
    "The ministry revoked the exploration licence of Kestrel Mining on Monday.",
    "Officials gave the concession for the container terminal to Harbour Ports Ltd.",
    "The frigates will be built by Nordyard under a subcontract with Baltic Naval Works.",
    "The air force has taken two tankers on a three-year wet lease from Skylift Ltd.",
    "Japan has handed over the patrol boat Kukum to the Solomon Islands police.",
    "The deal was approved by parliament last week.",
    "The country bought four patrol boats from Norway in 2017.",
    "The 2024 model trucks were delivered in a 51:49 joint venture between the two firms.",
    "It received grants from the fund, which was approved and disbursed for roads.",
    "The agreement follows last year's contract with the same yard.",
    "The launch took place at the Guiana Space Centre in Kourou.",
    "Officials denied reports of an order for new jets.",
    "The firm agreed to sell its stake in the mine to Western Ores.",
]


def test_every_derived_gate_finds_what_its_pattern_finds() -> None:
    gates = _derived()
    assert len(gates) >= 19  # the round-18 gates (unpriced_acts, deal_kinds, deal_more ...)
    sentences = [s for text in tuning_texts() for s in re.split(r"(?<=[.!?])\s+", text)]
    texts = _MADE_UP + sentences + [s.upper() for s in sentences[::7]] + list(tuning_texts())
    matched = 0
    for name, gate in gates:
        for text in texts:
            if gate.pattern.search(text):
                matched += 1
                assert gate.holds(text), (name, text[:80])
    assert matched > 200


def test_hand_written_hints_are_necessary() -> None:
    """The hints written by hand for the earlier rounds' gates (``scans.Gated``) are checked
    against the pattern: each cue read from it (preferring cues that hold a hint) holds one of
    the hints, so no match lacks a hint. A hint list that falls behind its pattern fails."""
    checked, mixed = 0, set()
    for info in pkgutil.walk_packages(extract_package.__path__, "briefdesk.extract."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if not isinstance(value, Gated):
                continue
            hints = tuple(h.lower() for h in value.hints) if value.caseless else value.hints
            derived, caseless = cues(value.pattern.pattern, value.pattern.flags, hints)
            if caseless and not value.caseless:
                mixed.add(f"{info.name.rsplit('.', 1)[-1]}.{name}")
                continue  # (a caseless part: the cues are lower case, the hints are not)
            for cue in derived:
                assert any(hint in cue for hint in hints), (info.name, name, cue)
            checked += 1
    assert checked >= 30
    assert mixed <= _MIXED, mixed - _MIXED


# Hand-hinted gates whose pattern has a caseless part and whose hints are matched with case:
# not checked here (round 7's tests compare them with their plain patterns).
_MIXED = {"deal_joined._FRAMES"}
