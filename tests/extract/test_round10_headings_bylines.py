"""Document headings, titles built on a body's word, a minister's portfolio and a byline's
outlet are no organisations or people (round 10, newcomer10 N10-08). Made-up sentences."""

from __future__ import annotations

from briefdesk.extract import extract_text


def _actors(text: str) -> dict[str, object]:
    return {a.name: a for a in extract_text(text).actors}


def test_a_document_heading_in_capitals_is_no_organisation() -> None:
    actors = _actors(
        "DECLARATION OF THE NATIONAL SECURITY COUNCIL\n\nThe council met in Accra on Monday."
    )
    assert not any(name.isupper() and len(name.split()) > 2 for name in actors)


def test_a_heading_that_is_a_body_stays_one() -> None:
    actors = _actors("NATIONAL PETROLEUM AUTHORITY OF LIBERIA\n\nThe authority said on Monday.")
    assert any("PETROLEUM" in name.upper() for name in actors)


def test_a_title_built_on_a_bodys_word_is_the_persons_role() -> None:
    actors = _actors("Issued in Bamako.\nThe Army Spokesman, Col Issa Traoré, said it.")
    person = actors["Issa Traoré"]
    assert person.role == "Army Spokesman"  # type: ignore[attr-defined]
    assert "Army Spokesman" not in actors and "Army" not in actors


def test_a_body_before_a_comma_and_a_name_stays_a_body() -> None:
    actors = _actors("The Ports Authority, Mr Kofi Mensah said, will open a tender.")
    assert "Kofi Mensah" in actors


def test_a_ministers_portfolio_is_no_body() -> None:
    actors = _actors(
        "The Minister of the Armed Forces, Mrs Awa Sall, signed the order for two patrol boats."
    )
    assert "Armed Forces" not in actors
    assert actors["Awa Sall"].role == "Minister of the Armed Forces"  # type: ignore[attr-defined]


def test_a_commanders_body_is_still_named() -> None:
    actors = _actors("The Commander of the Armed Forces of Ghana, General Kwame Boateng, spoke.")
    assert "Kwame Boateng" in actors


def test_a_byline_outlet_is_no_person() -> None:
    actors = _actors(
        "By Lena Hartmann, Maritime Defence Review, 2 June 2026\n\n"
        "KIEL — Nordwerft will build two corvettes, the company said."
    )
    outlet = actors["Maritime Defence Review"]
    assert outlet.type.value == "organization"  # type: ignore[attr-defined]
    assert actors["Lena Hartmann"].type.value == "person"  # type: ignore[attr-defined]


def test_two_reporters_in_a_byline_stay_people() -> None:
    actors = _actors(
        "By Lena Hartmann and Tomas Berg\n\nKIEL — Nordwerft will build two corvettes."
    )
    assert actors["Tomas Berg"].type.value == "person"  # type: ignore[attr-defined]
