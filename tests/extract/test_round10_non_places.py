"""Dates, numbered documents, a seller after the goods and the sol sign are never places or
aliases (round 10, newcomer10 N10-03, N10-07). Made-up sentences, with negatives."""

from __future__ import annotations

from decimal import Decimal

from briefdesk.extract import extract_text
from briefdesk.extract.money import find_money


def _places(text: str) -> set[str]:
    return {p.name for p in extract_text(text).places}


def test_a_date_after_a_place_and_a_comma_is_no_place() -> None:
    places = _places("Issued at Nouakchott, 4 February 2027.\nThe minister left.")
    assert "Nouakchott" in places
    assert not any(ch.isdigit() for name in places for ch in name)
    assert _places("Signed in Tunis, March 9, 2027, by both sides.") == {"Tunis"}


def test_a_numbered_documents_head_is_no_place() -> None:
    text = (
        "The cabinet approved the funds through Executive Order No. 88-2027 and under "
        "Resolution No 12 of the board."
    )
    assert _places(text) == set()
    names = {a.name for a in extract_text(text).actors}
    assert not any(name.endswith(("No", "No.")) for name in names)


def test_a_region_after_a_place_is_still_a_place() -> None:
    places = _places("The plant in Morowali, Central Sulawesi, will open in May.")
    assert {"Morowali", "Central Sulawesi"} <= places


def test_a_name_after_the_goods_of_a_purchase_is_the_seller() -> None:
    extraction = extract_text("The air force will buy six trainer jets from Korvanta.")
    assert "Korvanta" not in {p.name for p in extraction.places}
    assert "Korvanta" in {a.name for a in extraction.actors}


def test_an_unknown_town_after_from_without_a_purchase_stays_a_place() -> None:
    places = _places("Refugees walked from Mbalika to the border on Monday.")
    assert "Mbalika" in places


def test_a_yard_named_by_its_town_after_goods_from_is_no_firm() -> None:
    extraction = extract_text("The operator orders two ferries and ships from Tamsong yard.")
    assert "Tamsong" not in {a.name for a in extraction.actors}


def test_the_sol_sign_is_peruvian_money() -> None:
    found = find_money("The ministry set aside S/ 320 million and S/.45,000 for the works.")
    assert [(m.amount, m.currency) for m in found] == [
        (Decimal("320000000"), "PEN"),
        (Decimal("45000"), "PEN"),
    ]
    older = extract_text("The navy ordered two launches for S/. 15 millones from Talleres Sur.")
    assert [d.value.currency for d in older.deals if d.value] == ["PEN"]


def test_a_slash_inside_a_word_is_no_sol() -> None:
    assert find_money("Sales of the OS/2 and AS/400 systems ended in 2001.") == []
    extraction = extract_text("Sales of the OS/2 and AS/400 systems ended in 2001.")
    assert all(a.name not in {"S", "OS", "AS"} for a in extraction.actors if a.type == "state")


def test_no_one_letter_alias() -> None:
    extraction = extract_text(
        "The Spanish yard will build the ships. The payment of S/ 40 million was approved."
    )
    spain = next(a for a in extraction.actors if a.name == "Spain")
    assert "S" not in spain.aliases
    assert all(a.name != "S" for a in extraction.actors)
