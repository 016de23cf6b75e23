"""Round 20's shared side reading (side_reading.SideReading) and the lenders reader built only
where it is read. Each fact of the shared reading must be the answer of the function it stands
for; readers given one reading for many calls must answer as readers given none."""

from __future__ import annotations

import pytest

from briefdesk.extract import deal_frames, deal_sources, parties
from briefdesk.extract.deal_parties import concession_in
from briefdesk.extract.party_phrases import demonym_before_noun, descriptive
from briefdesk.extract.resolver import ActorBuild
from briefdesk.extract.side_reading import SideReading
from briefdesk.extract.text import Sentence

Mention = tuple[int, int, str]


def _mentions(text: str, names: list[tuple[str, str]]) -> list[Mention]:
    found = []
    for name, key in names:
        at = text.index(name)
        found.append((at, at + len(name), key))
    return sorted(found)


# Made-up sentences with their party mentions: describing names, demonyms before a noun,
# concessions and plain sides (positives and negatives of each fact).
SENTENCES = [
    (
        "Kenya will buy six patrol ships from Damen, a unit of Dutch group Vard, for $50 "
        "million, and 60 Ghanaian sailors will train with them.",
        [("Kenya", "state:ke"), ("Damen", "org:damen"), ("Vard", "org:vard"),
         ("Ghanaian", "state:gh")],
    ),
    (
        "The World Bank approved a $120 million loan to Malawi for rural roads.",
        [("World Bank", "io:wb"), ("Malawi", "state:mw")],
    ),
    (
        "Zambia granted Copperline a 25-year concession to run the Ndola railway.",
        [("Zambia", "state:zm"), ("Copperline", "org:copperline")],
    ),
    (
        "Turkey, a NATO member, agreed to sell 20 drones to Nigeria.",
        [("Turkey", "state:tr"), ("NATO", "io:nato"), ("Nigeria", "state:ng")],
    ),
    (
        "Peru ordered two frigates; the Spanish builder Navantia will deliver them in 2027.",
        [("Peru", "state:pe"), ("Spanish", "state:es"), ("Navantia", "org:navantia")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names"), SENTENCES)
def test_facts_are_the_functions_answers(text: str, names: list[tuple[str, str]]) -> None:
    reading = SideReading(text)
    mentions = _mentions(text, names)
    sentence = Sentence(0, len(text), text)
    for _round in range(2):  # the second round answers from what the first read
        for mention in mentions:
            assert reading.described(mention) == descriptive(text, mention)
            start, end, _key = mention
            expected = demonym_before_noun(text[start:end], text[end : end + 12])
            assert reading.adjective(start, end) == expected
        assert reading.concession(sentence) == concession_in(text)


def test_made_up_facts_hold_positives_and_negatives() -> None:
    """The sentences above hold each fact both ways: the comparison covers answers of both
    kinds, not only negatives."""
    described, adjectives, concessions = set(), set(), set()
    for text, names in SENTENCES:
        reading = SideReading(text)
        for mention in _mentions(text, names):
            described.add(reading.described(mention))
            adjectives.add(reading.adjective(mention[0], mention[1]))
        concessions.add(reading.concession(Sentence(0, len(text), text)))
    assert described == adjectives == concessions == {True, False}


def test_concession_keyed_by_the_sentence_not_its_start() -> None:
    text = "Zambia granted Copperline a concession. Kenya bought ships."
    reading = SideReading(text)
    first = Sentence(0, 39, text[:39])
    whole = Sentence(0, len(text), text)
    cut = Sentence(0, 27, text[:27])  # same start, no concession word
    assert reading.concession(first) and reading.concession(whole)
    assert not reading.concession(cut)


def test_assign_with_a_shared_reading_answers_as_without() -> None:
    text = " ".join(t for t, _names in SENTENCES)
    reading = SideReading(text)
    offset = 0
    for sentence_text, names in SENTENCES * 2:
        start = text.index(sentence_text, offset if offset < len(text) else 0)
        end = start + len(sentence_text)
        offset = end
        mentions = _mentions(text[start:end], names)
        mentions = [(s + start, e + start, k) for s, e, k in mentions]
        for loan in (False, True):
            lends = lambda key: key.startswith("io:")  # noqa: E731
            alone = parties.assign(text, start, end, mentions, loan, lends)
            shared = parties.assign(text, start, end, mentions, loan, lends, reading=reading)
            assert shared == alone
    # (a positive: the readers do find sides in these sentences)
    first = _mentions(SENTENCES[0][0], SENTENCES[0][1])
    found = parties.assign(SENTENCES[0][0], 0, len(SENTENCES[0][0]), first, False, bool)
    assert (found.buyer, found.seller) == ("state:ke", "org:damen")


def test_frame_votes_shared_across_anchors_and_kinds() -> None:
    """One reading for several anchors and kinds gives each call's own votes; "approved" has a
    frame for money only, so a clause read for a loan must not answer for goods."""
    text = SENTENCES[1][0]
    sentence = Sentence(0, len(text), text)
    mentions = _mentions(text, SENTENCES[1][1])
    reading = SideReading(text)
    anchor = text.index("$")
    for kind in ("loan", "arms", "grant", "other", "loan"):
        for at in (anchor, 0, text.index("Malawi")):
            alone = deal_frames.frame_votes(text, sentence, mentions, at, kind)
            shared = deal_frames.frame_votes(text, sentence, mentions, at, kind, reading)
            assert shared == alone
    loan = deal_frames.frame_votes(text, sentence, mentions, anchor, "loan", reading)
    assert [(v.role, v.key) for v in loan] == [("buyer", "state:mw"), ("seller", "io:wb")]
    assert deal_frames.frame_votes(text, sentence, mentions, anchor, "arms", reading) == []


def test_clause_read_once_per_key() -> None:
    reading = SideReading("text")
    calls: list[int] = []

    def read() -> int:
        calls.append(1)
        return len(calls)

    assert reading.clause(("a", "loan"), read) == 1
    assert reading.clause(("a", "loan"), read) == 1
    assert reading.clause(("a", "arms"), read) == 2
    assert len(calls) == 2


def _actors() -> dict[str, ActorBuild]:
    return {
        "io:wb": ActorBuild(name="World Bank", type="international_organization"),
        "state:mw": ActorBuild(name="Malawi", type="state", country="MW"),
    }


def test_loan_lenders_built_only_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    text = SENTENCES[1][0]
    mentions = _mentions(text, SENTENCES[1][1])
    actors = _actors()
    eager = deal_sources.lenders_among(actors, mentions, text)
    built: list[int] = []
    original = deal_sources.lenders_among

    def counted(*args: object) -> object:
        built.append(1)
        return original(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(deal_sources, "lenders_among", counted)
    lazy = deal_sources.loan_lenders(actors, mentions, text, False)
    assert built == []  # not built until asked
    assert [lazy(k) for k in actors] == [eager(k) for k in actors] == [True, False]
    assert len(built) == 1  # built once, then reused
    at_once = deal_sources.loan_lenders(actors, mentions, text, True)
    assert len(built) == 2 and [at_once(k) for k in actors] == [True, False]
