"""Organisations: legal forms, short names in brackets, cues that only a business takes."""

from __future__ import annotations

from briefdesk.extract import extract_text
from tests.extract.conftest import actor, names


def test_name_with_legal_form_and_bare_name_are_one_company() -> None:
    result = extract_text(
        "Indonesia and Japan's JERA sign MoU\n\nThe ministry signed a memorandum with "
        "JERA Co., Inc., Japan's largest power generator. JERA CEO Yukio Kani attended."
    )
    jera = [a for a in result.actors if a.name.startswith("JERA")]
    assert len(jera) == 1
    assert actor(result, "Yukio Kani").affiliation == jera[0].name


def test_short_name_of_several_words_in_brackets_is_an_alias() -> None:
    result = extract_text(
        "The lender is the Export-Import Bank of India (Exim Bank). Exim Bank said it was ready."
    )
    bank = actor(result, "Export-Import Bank of India")
    assert "Exim Bank" in bank.aliases
    assert "Exim Bank" not in names(result, "organization")


def test_unrelated_bracket_is_not_an_alias() -> None:
    result = extract_text("The Export-Import Bank of India (New Delhi) said it was ready.")
    assert "New Delhi" not in actor(result, "Export-Import Bank of India").aliases


def test_single_word_company_with_a_business_clause() -> None:
    result = extract_text(
        "Rheinmetall, which is building a gunpowder plant at Victoria, is expanding."
    )
    assert "Rheinmetall" in names(result, "organization")


def test_state_with_a_business_clause_stays_a_state() -> None:
    result = extract_text("Poland, which operates K2 tanks, ordered more.")
    assert "Poland" in names(result, "state")
    assert "Poland" not in names(result, "organization")


def test_country_word_before_a_descriptor_is_the_company_country() -> None:
    result = extract_text("Italian shipbuilder Fincantieri and South Korean lender KEXIM met.")
    assert actor(result, "Fincantieri").country == "IT"
    assert actor(result, "KEXIM").country == "KR"


def test_hyphenated_epithet_between_preposition_and_party() -> None:
    [deal] = extract_text(
        "India extended a $1 billion line of credit to crisis-hit Sri Lanka."
    ).deals
    assert (deal.buyer, deal.seller) == ("Sri Lanka", "India")
