"""Round 19's dispatch by word: a loop over a clause's words runs its rules only at the words
where one of them can answer. Each test compares the dispatched loop with the same loop run at
every word (the cue set swapped for one that holds everything) on made-up and random text, and
fails if a rule answers at a word its cue set lacks."""

from __future__ import annotations

import random
import re

import pytest

from briefdesk.extract import frame_lexicon, parties, party_acts, party_phrases
from briefdesk.extract.pattern_cues import Cued, HeadCued, cued_by


class _Everything:
    """A cue set that holds every word: the loop as it ran before round 19."""

    def __contains__(self, item: object) -> bool:
        return True


def _vocabulary() -> list[str]:
    """Every word the subject rules name (their sets and word lists), and some that none does."""
    words: set[str] = set()
    for module in (parties, party_acts, party_phrases, frame_lexicon):
        for value in vars(module).values():
            if isinstance(value, frozenset) and all(isinstance(w, str) for w in value):
                words |= {w for w in value if w.isalpha() or "-" in w}
    words |= {"the", "a", "its", "their", "it", "they", "that", "from", "for", "to", "with"}
    words |= {"delivery", "output", "order", "orders", "launch", "facility", "contract"}
    words |= {"kenya", "ships", "two", "tanks", "on", "monday", "zebra", "blue", "quickly"}
    return sorted(words)


def _subject_everywhere(monkeypatch: pytest.MonkeyPatch, following: str, loan: bool) -> object:
    with monkeypatch.context() as patch:
        patch.setattr(parties, "_CUES", _Everything())
        patch.setattr(parties, "_LOAN_CUES", _Everything())
        return parties._subject(following, loan)


MADE_UP = [
    (" took delivery of the first two ships", False),
    (" has placed an order for six trucks", False),
    (" has booked its first export order", False),
    (" cancelled its contract with the builder", False),
    (" signed an offtake agreement with the miner", False),
    (" will take the output of the plant", False),
    (" will build the plant", False),
    (" was awarded the contract", False),
    (" has been selected by the navy", False),
    (" has received an order for tanks", False),
    (" signed a deal for tanks from the maker", False),
    (" approved a possible sale of jets", False),
    (" will get two patrol ships", False),
    (" will supply the turbines", False),
    (" said on Monday it would buy jets", False),
    (" will borrow the money", True),
    (" will lend the money", True),
    (" will have access to the funds", True),
    (" announced a loan for the metro", True),
    (" and the blue zebra went home quickly", False),
]


@pytest.mark.parametrize(("following", "loan"), MADE_UP)
def test_subject_same_at_every_word(
    monkeypatch: pytest.MonkeyPatch, following: str, loan: bool
) -> None:
    assert parties._subject(following, loan) == _subject_everywhere(monkeypatch, following, loan)


def test_made_up_clauses_answer() -> None:
    """The made-up clauses are positives (each but the last gives a role): the comparison
    above covers rules that fire, not only words that pass through."""
    answered = [bool(parties._subject(f, loan)) for f, loan in MADE_UP]
    assert answered[:-1] == [True] * (len(MADE_UP) - 1) and not answered[-1]


def test_subject_same_on_random_clauses(monkeypatch: pytest.MonkeyPatch) -> None:
    vocabulary = _vocabulary()
    rng = random.Random(19)
    answered = 0
    for _ in range(6000):
        words = rng.choices(vocabulary, k=rng.randint(1, 12))
        following = " " + " ".join(words)
        loan = rng.random() < 0.3
        new = parties._subject(following, loan)
        assert new == _subject_everywhere(monkeypatch, following, loan), (following, loan)
        answered += bool(new)
    assert answered > 500  # the random clauses reach the rules, not only the skip


def test_a_missing_cue_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    """The comparison can fail: without "took" in the cues, "took delivery" gives nothing."""
    following = " took delivery of the first two ships"
    monkeypatch.setattr(parties, "_CUES", parties._CUES - {"took"})
    assert parties._subject(following, False) != _subject_everywhere(monkeypatch, following, False)


# --- cued_by: a pattern gated by its head's cues (deal_prior._DATED) ---

_DATED_BEFORE = (  # deal_prior._DATED as round 18 wrote it, ungated
    r"\b(?:(?i:last)\s+year['’]s|(?:(?i:a|an|the|its|their)|[A-Z][\w-]*['’]s|[a-z]+['’]s)\s+"
    r"(?:(?:19|20)\d\d|previous|earlier|former))\s+(?:[\w-]+\s+){0,2}?"
    r"(?:order|contract|deal|purchase|agreement|lease|charter)s?\b"
)
DATED_SENTENCES = [
    ("The purchase follows last year's order for six trainer aircraft.", True),
    ("The purchase follows LAST year’s order for six trainer aircraft.", True),
    ("The purchase follows Last Year’s order for six trainer aircraft.", False),
    ("X delivered two survey ships to the navy under a 2019 order.", True),
    ("The railway's 2024 contract with Y for 500 tank wagons was completed.", True),
    ("It replaces its previous contract with the yard.", True),
    ("Kenya's earlier purchases of patrol boats were smaller.", True),
    ("The Navy signed a contract for six ships on Monday.", False),
    ("The 2019 review found no new orders.", False),
    ("The deal was signed in 2020.", False),
]


@pytest.mark.parametrize(("sentence", "dated"), DATED_SENTENCES)
def test_dated_same_as_before(sentence: str, dated: bool) -> None:
    from briefdesk.extract import deal_prior

    before = re.search(_DATED_BEFORE, sentence)
    after = deal_prior._DATED.search(sentence)
    assert (before and before.span()) == (after and after.span())
    assert bool(after) is dated


def test_cued_by_never_skips_a_match() -> None:
    """Random heads and tails: wherever the whole pattern matches, the head's cues are there."""
    from .test_speed_round18 import _PIECES, _random_pattern

    rng = random.Random(19)
    checked = 0
    for _ in range(3000):
        head, rest = _random_pattern(rng), _random_pattern(rng)
        flags = re.IGNORECASE if rng.random() < 0.3 else 0
        try:
            gated = cued_by(head, rest, flags)
        except (ValueError, re.error):
            continue  # no cue in every match of the head (refused), or no pattern at all
        for _ in range(40):
            text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 8)))
            if gated.pattern.search(text):
                checked += 1
                assert gated.holds(text), (head, rest, flags, text, gated.hints)
    assert checked > 500  # (the random texts match often enough to test something)


def test_cued_by_a_wrong_hint_is_caught() -> None:
    """The check can fail: hints that miss the head's cue let a match through unheld."""
    gated = cued_by("year", " order")
    assert gated.holds("last year order")
    assert not Cued(("month",), gated.pattern.pattern).holds("last year order")


def test_every_head_gate_finds_what_its_pattern_finds() -> None:
    """Every ``cued_by`` gate of the extractor, on the tuning sentences, made-up ones and their
    upper-case forms: a match in a text its hints reject fails."""
    import importlib
    import pkgutil

    import briefdesk.extract as package

    from .tuning_texts import tuning_texts

    gates = {
        id(value): value
        for info in pkgutil.walk_packages(package.__path__, "briefdesk.extract.")
        for value in vars(importlib.import_module(info.name)).values()
        if isinstance(value, HeadCued)
    }
    assert gates  # (deal_prior._DATED)
    sentences = [s for text in tuning_texts() for s in re.split(r"(?<=[.!?])\s+", text)]
    made_up = [s for s, _dated in DATED_SENTENCES]
    texts = made_up + sentences + [s.upper() for s in sentences[::7]]
    matched = 0
    for gate in gates.values():
        for text in texts:
            if gate.pattern.search(text):
                matched += 1
                assert gate.holds(text), text[:80]
    assert matched > 10  # (a dated deal noun: a few tuning sentences)
