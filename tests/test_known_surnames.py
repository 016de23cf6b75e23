"""A known person's lone surname is that person, never a body or a deal's side; not when two
known people share it, nor when the text names another of that surname (newcomer18 N18-12)."""

from __future__ import annotations

from briefdesk.extract import extract_text
from briefdesk.extract.known import KnownActor
from briefdesk.known_surnames import prefer_known_surnames

LAWMAKER = KnownActor("Joseph Okwera", type="person", role="opposition lawmaker", country="UG")
TEXT = (
    "KAMPALA, Dec 1 (LNA) - Atwine told parliament on Tuesday that the loan would be repaid "
    "from freight revenue.\n\nOkwera said the opposition would table a motion asking the "
    "auditor-general to review the $1.05 billion construction contract with Brenvik Insaat "
    "before any money is disbursed."
)


def _named(extraction: object, word: str) -> list[object]:
    return [a for a in extraction.actors if a.answers_to(word)]  # type: ignore[attr-defined]


def test_a_lone_surname_is_the_one_known_person_of_that_name() -> None:
    reading = prefer_known_surnames(extract_text(TEXT), TEXT, [LAWMAKER])
    [person] = _named(reading, "Okwera")
    assert (person.name, str(person.type), person.role) == (
        "Joseph Okwera",
        "person",
        "opposition lawmaker",
    )
    sides = {d.buyer for d in reading.deals} | {d.seller for d in reading.deals}
    assert "Okwera" not in sides and "Joseph Okwera" not in sides


def test_two_known_people_of_that_surname_or_another_in_the_text_leave_it_alone() -> None:
    other = KnownActor("Ruth Okwera", type="person", role="judge")
    before = [(a.name, str(a.type)) for a in extract_text(TEXT).actors]
    shared = prefer_known_surnames(extract_text(TEXT), TEXT, [LAWMAKER, other])
    assert [(a.name, str(a.type)) for a in shared.actors] == before
    text = TEXT.replace("Atwine told", "Mary Okwera, a councillor, told")
    reading = prefer_known_surnames(extract_text(text), text, [LAWMAKER])
    assert not _named(reading, "Joseph Okwera")
    # A known organisation of that one word keeps it a body.
    body = KnownActor("Okwera", type="organization")
    assert not _named(
        prefer_known_surnames(extract_text(TEXT), TEXT, [LAWMAKER, body]), "Joseph Okwera"
    )


MINISTER = KnownActor("Ruth Mbekwa", type="person", role="Minister of Water", country="ZM")
FOLLOW_UP = (
    "Orlen Bank will lend Zambia a further US$120 million for a solar plant on the reservoir, "
    "Mbekwa told reporters on Monday."
)


def test_a_lone_surname_no_rule_read_is_suggested_as_the_known_person() -> None:
    """N19-14: "…, Chansa told reporters" with Mwila Chansa in an earlier brief gave nothing."""
    from briefdesk.known_surnames import add_lone_surnames

    reading = extract_text(FOLLOW_UP)
    assert not _named(reading, "Mbekwa")  # the rules read nothing there
    [person] = _named(add_lone_surnames(reading, FOLLOW_UP, [MINISTER]), "Ruth Mbekwa")
    start = FOLLOW_UP.index("Mbekwa")
    assert (person.role, person.evidence) == ("Minister of Water", [(start, start + 6)])


def test_no_lone_surname_inside_another_name_or_when_two_share_it() -> None:
    from briefdesk.known_surnames import add_lone_surnames

    text = FOLLOW_UP.replace("Mbekwa told", "Peter Mbekwa told")
    assert not _named(add_lone_surnames(extract_text(text), text, [MINISTER]), "Ruth Mbekwa")
    text = FOLLOW_UP.replace("Mbekwa told", "the Mbekwa Trust told")
    assert not _named(add_lone_surnames(extract_text(text), text, [MINISTER]), "Ruth Mbekwa")
    twin = KnownActor("John Mbekwa", type="person")
    reading = add_lone_surnames(extract_text(FOLLOW_UP), FOLLOW_UP, [MINISTER, twin])
    assert not _named(reading, "Ruth Mbekwa") and not _named(reading, "John Mbekwa")
