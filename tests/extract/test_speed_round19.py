"""Round 19's dispatch by word: a loop over a clause's words runs its rules only at the words
where one of them can answer. Each test compares the dispatched loop with the same loop run at
every word (the cue set swapped for one that holds everything) on made-up and random text, and
fails if a rule answers at a word its cue set lacks."""

from __future__ import annotations

import random

import pytest

from briefdesk.extract import frame_lexicon, parties, party_acts, party_phrases


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
