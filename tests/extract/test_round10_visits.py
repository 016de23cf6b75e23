"""Agency copy of a visit: "received at <palace> in <city> <rank> <name>, <title> of <state>"
(round 10, newcomer10 N10-06). The city is a place, a style is no body, the visitor's state is
the one of his title. Made-up sentences."""

from __future__ import annotations

from briefdesk.extract import extract_text


def test_the_city_before_a_rank_is_a_place_and_the_visitor_keeps_his_state() -> None:
    extraction = extract_text(
        "DOHA, 4th June, 2026 (QNA) -- His Highness the Emir received today at the Amiri "
        "Diwan in Doha General Arman Seitkali, Minister of Defence of the Republic of "
        "Kazakhstan, who is on an official visit to the country."
    )
    actors = {a.name: a for a in extraction.actors}
    assert "Doha" not in actors
    assert "Doha" in {p.name for p in extraction.places}
    visitor = actors["Arman Seitkali"]
    assert visitor.country == "KZ"
    assert visitor.affiliation != "Doha"


def test_a_style_before_a_title_is_no_organisation() -> None:
    actors = {
        a.name: a
        for a in extract_text(
            "His Royal Highness Prince Khalid bin Fahd received Colonel Ivo Marić on Sunday."
        ).actors
    }
    assert "Royal Highness" not in actors
    assert actors["Khalid bin Fahd"].affiliation == ""


def test_a_deputy_supreme_commanders_body_is_the_armed_forces() -> None:
    actors = {
        a.name
        for a in extract_text(
            "Sheikh Saif bin Ali, Deputy Supreme Commander of the Omani Armed Forces, met him."
        ).actors
    }
    assert not any(name.startswith("Deputy Supreme Commander") for name in actors)


def test_a_body_named_after_a_city_before_a_title_is_still_a_body() -> None:
    actors = {
        a.name: a
        for a in extract_text("Talks in Geneva Harbour Holdings Chairman Ann Lee said.").actors
    }
    assert actors["Ann Lee"].affiliation == "Geneva Harbour Holdings"
