"""The error kinds seen on unseen news, each fixed as a kind; every sentence here is made up."""

from __future__ import annotations

from briefdesk.extract import extract_text
from tests.extract.conftest import actor, names


def test_a_country_word_inside_a_currency_is_no_state() -> None:
    assert "United States" not in names(extract_text("Lumo raised US$33 million."), "state")
    text = "Fiji will pay 20 million Australian dollars (13 million US dollars) for radars."
    extraction = extract_text(text)
    assert names(extraction, "state") == {"Fiji"}
    assert extraction.deals[0].value is not None
    assert extraction.deals[0].value.currency == "AUD"


def test_a_company_named_after_a_country_names_no_state() -> None:
    extraction = extract_text("Canada Goose reported higher sales on Tuesday.")
    assert names(extraction, "state") == set()
    assert "Canada Goose" in names(extraction, "organization")
    extraction = extract_text("Peru Gold Traders said it would export more bullion.")
    assert names(extraction, "state") == set()
    assert "Peru Gold Traders" in names(extraction, "organization")


def test_the_first_word_of_a_two_word_country_is_no_state() -> None:
    extraction = extract_text("Sierra Madre Foods will export avocados to Japan.")
    assert "Sierra Leone" not in names(extraction, "state")
    assert "Sierra Madre Foods" in names(extraction, "organization")


def test_months_are_never_places() -> None:
    extraction = extract_text("In April, the navy took delivery. Since May the yard has idled.")
    assert not {p.name for p in extraction.places} & {"April", "May"}


def test_a_month_inside_a_name_is_no_date() -> None:
    extraction = extract_text("The satellite will fly on a Long March rocket next year.")
    assert "March" not in {d.text for d in extraction.dates}
    assert "March 2027" in {d.text for d in extract_text("It flies in March 2027.").dates}


def test_a_defunct_state_is_never_suggested() -> None:
    extraction = extract_text("Belgrade said it would buy six drones from Minsk.")
    assert "Serbia and Montenegro" not in names(extraction, "state")


def test_president_of_a_country_after_the_name() -> None:
    person = actor(
        extract_text("President Ana Silva of Costa Rica met the delegation."), "Ana Silva"
    )
    assert (person.role, person.affiliation) == ("President", "Costa Rica")


def test_the_function_not_the_rank() -> None:
    text = "General Tan Wei, the new army chief, said the army would buy 30 tanks."
    assert actor(extract_text(text), "Tan Wei").role == "army chief"
    text = "said retired Vice Admiral Ibu Kato, a former deputy chief of the navy."
    assert actor(extract_text(text), "Ibu Kato").role == "Vice Admiral"


def test_a_possessive_surname_that_owns_a_government() -> None:
    extraction = extract_text("Mbeki Ndlovu's cabinet met. Ndlovu's cabinet approved the loan.")
    assert "Mbeki Ndlovu" in names(extraction, "person")
    assert "Ndlovu" in names(extract_text("Ndlovu's cabinet approved the loan."), "person")


def test_a_legal_form_ends_the_company_name() -> None:
    text = "Mozambique signed a contract with Redline Avionics Inc of Tulsa for radios."
    extraction = extract_text(text)
    assert "Redline Avionics Inc" in names(extraction, "organization")
    assert "Tulsa" in {p.name for p in extraction.places}


def test_space_centres_and_ranges_are_places() -> None:
    extraction = extract_text("Kourou Space Centre will host the launch. Baikonur Cosmodrome too.")
    assert {"Kourou Space Centre", "Baikonur Cosmodrome"} <= {p.name for p in extraction.places}
    assert not names(extraction, "organization")


def test_business_head_words_make_organisations() -> None:
    extraction = extract_text("Harbourline Terminals will run the quay for thirty years.")
    assert "Harbourline Terminals" in names(extraction, "organization")


def _parties(text: str) -> tuple[str, str]:
    deal = extract_text(text).deals[0]
    return deal.buyer, deal.seller


def test_the_lender_is_never_the_buyer() -> None:
    assert _parties("Norway will lend Kenya $200 million to build roads.") == ("Kenya", "Norway")
    text = "Kenya will borrow $200 million from Norway to build roads."
    assert _parties(text) == ("Kenya", "Norway")


def test_a_possessive_before_an_amount_names_the_buyer() -> None:
    text = "Peru's $1 billion purchase of 12 jets from Spain was approved on Monday."
    assert _parties(text) == ("Peru", "Spain")


def test_concessions_the_state_grants_and_the_concessionaire_pays() -> None:
    text = "Guinea granted Kalinda Mining a concession for the Simandou deposit worth $2 billion."
    assert _parties(text) == ("Kalinda Mining", "Guinea")
    text = "Ghana awarded Harbourline Terminals a 25-year concession for $400 million."
    assert _parties(text) == ("Harbourline Terminals", "Ghana")
    text = "Suriname signed a production-sharing contract with Petronas for an offshore block."
    assert _parties(text) == ("Petronas", "Suriname")


def test_status_is_the_latest_event() -> None:
    text = "Peru's $1 billion purchase of jets was suspended in May but approved on Monday."
    assert extract_text(text).deals[0].status == "approved"
    text = "Chile's $500 million order, approved after being suspended last year, was cancelled."
    assert extract_text(text).deals[0].status == "cancelled"


def test_caption_initials_after_an_honorific() -> None:
    extraction = extract_text("From left: Mr A. Mensah, Minister K. Boateng and Ms E. Owusu.")
    assert {"A. Mensah", "K. Boateng", "E. Owusu"} <= names(extraction, "person")


def test_small_sites_are_places() -> None:
    # A mine, quay or deposit is named after its locality: the place is the name alone (the
    # gold convention of the corpus: "the Kumtor mine" is the place "Kumtor"); since round 6
    # fields, blocks and terminals follow it too ("the Zohr field" is Zohr); pipelines keep
    # their head word.
    extraction = extract_text(
        "Production at the Kalinda mine, the Tema container quay and the Zohr field resumed."
    )
    assert {"Kalinda", "Tema", "Zohr"} <= {p.name for p in extraction.places}


def test_evidence_stays_exact_after_lines_with_trailing_spaces() -> None:
    text = (
        "ANKARA, May 14 (Reuters) - Turkey will sell 24 jets to Malaysia \n"
        "for $1.2 billion, Defence Minister Yusuf Demirci said on Monday. \n\n"
        "The deal was signed in Ankara.\t\nIt is likely to anger Greece.  \r\n"
    )
    extraction = extract_text(text)
    for item in extraction.actors:
        for start, end in item.evidence:
            assert text[start:end] in {item.name, *item.aliases}
    for date in extraction.dates:
        assert [text[s:e] for s, e in date.evidence] == [date.text]
    for sentence in extraction.significance:
        assert [text[s:e] for s, e in sentence.evidence] == [sentence.sentence]


def test_the_company_that_signed_not_its_country() -> None:
    text = (
        "Kenya agreed to buy 40 armoured vehicles from South African manufacturer Karoo Defence "
        "Systems for 1.15 billion rand."
    )
    assert _parties(text) == ("Kenya", "Karoo Defence Systems")
    text = "Peru signed a $548 million contract with South Korea's Haesong Heavy Industries."
    assert _parties(text)[1] == "Haesong Heavy Industries"


def test_a_joint_adjective_names_two_states() -> None:
    text = "The satellite was ordered from Franco-Italian manufacturer Orbitalis Space for €290m."
    extraction = extract_text(text)
    assert {"France", "Italy"} <= names(extraction, "state")
    assert not names(extraction, "organization") - {"Orbitalis Space"}
    assert extraction.deals[0].seller == "Orbitalis Space"


def test_a_ministry_named_with_an_adjective() -> None:
    extraction = extract_text("The Tongan Ministry of Infrastructure signed the contract.")
    ministry = actor(extraction, "Ministry of Infrastructure")
    assert (ministry.country, ministry.affiliation) == ("TO", "Tonga")


def test_a_leading_part_of_a_company_name_is_the_company() -> None:
    text = (
        "Kestrel Quay Holdings signed a concession with Mozambique. "
        "Kestrel Quay will invest US$410 million in new berths."
    )
    company = actor(extract_text(text), "Kestrel Quay Holdings")
    assert "Kestrel Quay" in company.aliases


def test_a_fact_box_names_the_concessionaire() -> None:
    text = "Port deal\n\n• Value: US$410 million\n• Concessionaire: Kestrel Quay Holdings Ltd\n"
    assert _parties(text)[0] == "Kestrel Quay Holdings Ltd"


def test_money_given_or_pledged_is_a_deal() -> None:
    text = "Australia will give Tonga 30 million Australian dollars (19.4 million US dollars)."
    deal = extract_text(text).deals[0]
    assert (deal.kind, deal.buyer, deal.seller) == ("grant", "Tonga", "Australia")
    assert deal.value is not None and deal.value.as_stated == "30 million Australian dollars"


def test_bln_is_billion() -> None:
    text = "Lumo Mining plans to invest $2.1 bln under the contract."
    deal = extract_text(text).deals[0]
    assert deal.value is not None and deal.value.amount == 2_100_000_000
