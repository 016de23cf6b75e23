"""A proposed file name never cuts a multi-word name to its first word (newcomer25 N25-03)."""

from __future__ import annotations

from briefdesk.gui.export_target import slug


def test_a_three_word_grantor_is_kept_whole() -> None:
    name = slug(
        "Coastal Broadcasting Regulatory Commission grants 10-year radio licence to Sundmark "
        "Media Holdings"
    )
    assert name.startswith("Coastal-Broadcasting-Regulatory-Commission-grants")
    assert len(name) <= 70


def test_two_parties_joined_by_and_stay_in_the_name() -> None:
    name = slug("Ostmark and the Republic of Velmora sign four accords during the royal visit")
    assert name.startswith("Ostmark-and-the-Republic-of-Velmora-sign")


def test_a_long_subject_is_still_cut_at_a_connecting_word() -> None:
    name = slug("Harbour Authority of the Federal Republic of Ostmark grants concession to Belmar")
    assert name.startswith("Harbour-Authority-grants")
    very = slug("Directorate General for Naval Shipbuilding Planning and Oversight signs deal")
    assert very.startswith("Directorate-General-signs")
