"""The library's gazetteer in extraction: verbatim names only, lower priority than the rules."""

from __future__ import annotations

from briefdesk.extract import KnownActor, extract_text
from briefdesk.extract.components.known_actors import RULE, KnownIndex

HASHMI = KnownActor("Khalil Hashmi", ("Hashmi",), "person", "Ambassador to China", "Pakistan", "PK")
QUAY = KnownActor("Kestrel Quay", ("KQ",), "organization", "", "", "SG")
AFP = KnownActor("AFP", (), "organization")


def _actor(extraction, name):
    return next(a for a in extraction.actors if a.name == name)


def test_fills_role_only_where_the_text_gives_none() -> None:
    text = "Officials met Khalil Hashmi's team on Monday."
    plain = _actor(extract_text(text), "Khalil Hashmi")
    assert plain.role == ""
    known = _actor(extract_text(text, known_actors=(HASHMI,)), "Khalil Hashmi")
    assert (known.role, known.affiliation, known.country) == (
        "Ambassador to China",
        "Pakistan",
        "PK",
    )
    assert known.evidence == plain.evidence == [(14, 27)]  # possessive left out
    reason = next(r for r in known.why if r.rule == RULE)
    assert reason.text == "known to the desk's library: 'Khalil Hashmi' (Ambassador to China)"


def test_the_text_s_own_role_wins() -> None:
    text = "Interior Minister Khalil Hashmi said on Monday the talks would go on."
    actor = _actor(extract_text(text, known_actors=(HASHMI,)), "Khalil Hashmi")
    assert actor.role == "Interior Minister"


def test_proposes_a_name_no_rule_found_with_the_text_s_words() -> None:
    text = "the deal went to kestrel quay. Later Kestrel Quay was paid in full."
    plain = extract_text(text)
    assert not any(a.answers_to("Kestrel Quay") for a in plain.actors)
    known = extract_text(text, known_actors=(QUAY,))
    actor = _actor(known, "Kestrel Quay")
    assert actor.country == "SG"
    assert [text[s:e] for s, e in actor.evidence] == ["Kestrel Quay"]  # case as written only
    assert [r.rule for r in actor.why] == [RULE, "actor.from-library"]  # its country, said


def test_never_inside_a_word_or_a_longer_name() -> None:
    text = "Kestrel Quays rose. The Revised AFP Modernization Program pays. Hashmiyan spoke."
    known = extract_text(text, known_actors=(QUAY, AFP, HASHMI))
    assert not any(r.rule == RULE for a in known.actors for r in a.why), [
        a.name for a in known.actors
    ]


def test_lowercase_and_one_letter_aliases_never_match() -> None:
    index = KnownIndex([KnownActor("Ministry", ("the ministry", "M"), "organization")])
    assert set(index.by_surface) == {"Ministry"}
    assert index.matches("the ministry said M was Ministry") == [
        (24, 32, "Ministry", index.by_surface["Ministry"])
    ]


def test_longest_name_first_and_one_pass() -> None:
    short = KnownActor("Kestrel", (), "organization")
    index = KnownIndex([short, QUAY])
    spans = [(s, e) for s, e, _, _ in index.matches("Kestrel Quay and Kestrel alone")]
    assert spans == [(0, 12), (17, 24)]


def test_no_gazetteer_no_change() -> None:
    text = "Officials met Khalil Hashmi's team on Monday in Islamabad."
    assert extract_text(text).to_json() == extract_text(text, known_actors=()).to_json()


def test_library_type_is_the_extract_type() -> None:
    from briefdesk.library import GazetteerEntry

    assert GazetteerEntry is KnownActor


def test_every_verbatim_mention_is_evidence_and_one_actor() -> None:
    text = "Kestrel Quay was paid on Monday. Later, Kestrel Quay hired staff; we paid Kestrel Quay."
    known = extract_text(text, known_actors=(QUAY,))
    actors = [a for a in known.actors if a.answers_to("Kestrel Quay")]
    assert len(actors) == 1
    assert [text[s:e] for s, e in actors[0].evidence] == ["Kestrel Quay"] * 3


def test_a_name_the_rules_read_as_another_type_is_not_doubled() -> None:
    text = "Kestrel Quay was paid on Monday. Later, Kestrel Quay said the works would restart."
    plain = [(a.name, a.type) for a in extract_text(text).actors]
    known = [(a.name, a.type) for a in extract_text(text, known_actors=(QUAY,)).actors]
    assert plain == known == [("Kestrel Quay", "person")]


def test_a_large_gazetteer_is_indexed_once_for_the_same_tuple() -> None:
    from briefdesk.extract import _known_index

    big = tuple(KnownActor(f"Name{i} Family{i}", (), "person") for i in range(2000))
    assert _known_index(big) is _known_index(big)
    assert _known_index(big) is _known_index(tuple(big))  # an equal copy (a worker's) too
