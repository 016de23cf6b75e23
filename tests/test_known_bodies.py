"""A company named without its legal form is the library's company with it (newcomer19 N19-14:
"Albufeira Construcoes" offered as a new organisation though the library held "Albufeira
Construcoes SA", Portugal). Made-up texts."""

from __future__ import annotations

from briefdesk.extract import extract_text
from briefdesk.extract.known import KnownActor
from briefdesk.known_bodies import prefer_known_bodies

BUILDER = KnownActor("Tavira Obras Maritimas SA", type="organization", country="PT")
TEXT = (
    "The harbour board will sign a second contract in January. Tavira Obras Maritimas, which is "
    "building the breakwater, is expected to bid for the new quay."
)


def _named(extraction: object, name: str) -> list[object]:
    return [a for a in extraction.actors if a.answers_to(name)]  # type: ignore[attr-defined]


def test_the_short_name_is_the_known_company() -> None:
    reading = extract_text(TEXT)
    assert _named(reading, "Tavira Obras Maritimas")  # the rules read the short name
    [body] = _named(prefer_known_bodies(reading, TEXT, [BUILDER]), "Tavira Obras Maritimas SA")
    assert (body.country, "Tavira Obras Maritimas" in body.aliases) == ("PT", True)


def test_two_known_bodies_of_one_short_name_or_a_one_word_core_leave_it_alone() -> None:
    twin = KnownActor("Tavira Obras Maritimas Ltd", type="organization", country="GB")
    reading = prefer_known_bodies(extract_text(TEXT), TEXT, [BUILDER, twin])
    assert not _named(reading, "Tavira Obras Maritimas SA")
    one_word = KnownActor("Tavira SA", type="organization")
    text = "Tavira said nothing on Monday about the new quay in the harbour."
    assert not _named(prefer_known_bodies(extract_text(text), text, [one_word]), "Tavira SA")
