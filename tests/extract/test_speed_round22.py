"""Round 22's exact speed steps: each new form against the form it replaced, on made-up
inputs with both answers (a test fails when the new form drops or adds an answer)."""

from __future__ import annotations

import bisect
import random
import re

from briefdesk.extract.affiliation_forms import full_affiliations
from briefdesk.extract.components import late, procedural_sides
from briefdesk.extract.doc import Doc
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.results import ActorSuggestion


def _old_type_name(text: str, phrase: str) -> bool:
    """Round 21's ``_type_name``: every occurrence of the phrase read, with no gate."""
    at = text.find(phrase + " ")
    while at >= 0:
        after = text[at + len(phrase) + 1 : at + len(phrase) + 12].split()
        if (
            after
            and after[0].lower().rstrip(".,;:") in late._TYPE_NOUNS
            and late._TYPE_BEFORE.search(text, max(0, at - 25), at)
        ):
            return True
        at = text.find(phrase + " ", at + 1)
    return False


TYPE_TEXTS = [
    ("A single Corvus rocket failed. Corvus has flown four times.", "Corvus", True),
    ("It showed the Kestrel launcher; Kestrel will fly in May.", "Kestrel", True),
    ("The Kestrel launcher was shown.", "Kestrel", False),
    ("The two Vega MISSILES. were tested.", "Vega", True),
    ("Corvus Rocket Works said it would hire 40 people.", "Corvus", False),
    ("Corvus has flown four times, its chief said.", "Corvus", False),
    ("A single Corvus drone crashed.", "Corvus", False),
]


def test_type_name_gate_answers_as_the_plain_reading() -> None:
    for text, phrase, expected in TYPE_TEXTS:
        for _ in range(2):  # (the second call answers from the kept text)
            assert late._type_name(text, phrase) is expected
            assert _old_type_name(text, phrase) is expected


def test_type_name_gate_on_random_texts() -> None:
    rng = random.Random(22)
    words = ["a", "the", "single", "two", "Corvus", "Vega", "rocket", "Rocket", "ROCKETS.",
             "launcher", "booster,", "missile;", "drone", "flew", "K\u212aROCKET"]  # fmt: skip
    for _ in range(3000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 14)))
        for phrase in ("Corvus", "Vega", "a", "K\u212aROCKET"):
            assert late._type_name(text, phrase) == _old_type_name(text, phrase), text


def test_type_nouns_lower_the_same_within_a_text() -> None:
    """The gate's premise: a character that lowers to an ASCII letter does so alone (no other
    character but ASCII letters and the Kelvin sign), so a noun read in a slice is in the
    lowered text."""
    assert all(noun.isascii() for noun in late._TYPE_NOUNS)
    odd = [chr(c) for c in range(0x80, 0x110000) if chr(c).lower().isascii()]
    assert odd == ["\u212a"]


def _old_claimed(claims: list[tuple[int, int]], size: int, start: int, end: int) -> bool:
    at = bisect.bisect_right(claims, (start, size + 1)) - 1
    return any(end <= claim_end for _, claim_end in claims[max(0, at - 3) : at + 1])


def test_claimed_answers_as_the_any_form() -> None:
    rng = random.Random(7)
    text = "x" * 400
    for _ in range(300):
        res = Resolver(Doc(text))
        for _ in range(rng.randint(0, 8)):
            start = rng.randint(0, 380)
            res.claim(start, start + rng.randint(1, 40))
        for _ in range(40):
            start = rng.randint(0, 390)
            end = start + rng.randint(1, 10)
            assert res.claimed(start, end) == _old_claimed(res._claims, len(text), start, end)


def test_a_gazetteer_name_as_affiliation_stays() -> None:
    """A state the gazetteer knows, named by no actor, is no short form of a body."""
    actors = [
        ActorSuggestion("Kenya Ports Authority", "organization"),  # type: ignore[arg-type]
        ActorSuggestion("Harbour Holdings", "organization"),  # type: ignore[arg-type]
        ActorSuggestion("Jo Kim", "person", affiliation="Kenya"),  # type: ignore[arg-type]
        ActorSuggestion("Al Sim", "person", affiliation="Harbour"),  # type: ignore[arg-type]
    ]
    full_affiliations(actors)
    assert [a.affiliation for a in actors[2:]] == ["Kenya", "Harbour Holdings"]


_OLD_SIDE = re.compile(
    rf"(?:\b[Tt]he[ \t]+(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)[ \t]+)?|\()"
    rf"({procedural_sides._WORDS})(?![\w-])(?:['’]s\b)?"
)


def _sides(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, int, int]]:
    return [(m.start(), m.end(), m.start(1), m.end(1)) for m in pattern.finditer(text)]


def test_side_pattern_finds_what_the_plain_pattern_found() -> None:
    made_up = [
        ("The Claimant's case was heard; the second Respondent replied.", 2),
        ("Harbour Roads Ltd (Applicant) and the Interested Party appeared.", 2),
        ("Lathe Claimant, bathe Respondent, 2the Applicant: no sides.", 0),
        ("the Claimants-to-be and the Respondent-side: none.", 0),
    ]
    for text, count in made_up:
        assert _sides(procedural_sides._SIDE, text) == _sides(_OLD_SIDE, text)
        assert len(_sides(procedural_sides._SIDE, text)) == count, text
    rng = random.Random(5)
    pieces = ["the", "The", "tHe", "(", ")", "Claimant", "Respondent", "Applicant", "first",
              "2nd", "x", "é", "_", "-", "'s", "’s", "\t", "\n", "lathe", "t", "he"]  # fmt: skip
    for _ in range(4000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", " ", "\t"]) for _ in range(12))
        assert _sides(procedural_sides._SIDE, text) == _sides(_OLD_SIDE, text), text
