"""Deal sides carried across a sentence or read from an agreement's own words (round 13):
made-up sentences, with the ones that must stay as they were."""

from __future__ import annotations

import pytest

from tests.extract.deal_rows import deals


def _sides(text: str) -> list[tuple[str, str]]:
    return [(row[0], row[1]) for row in deals(text)]


# "between A and B": the agreement's words give the direction.
@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (  # a power purchase agreement: the utility buys, wherever it stands
            "The two presidents welcomed the signing of a 20-year power purchase agreement "
            "between Tana Electricity Board and Lake Turkana Wind Partners Ltd for the output "
            "of a 400 MW wind farm.",
            ("Tana Electricity Board", "Lake Turkana Wind Partners Ltd"),
        ),
        (
            "The leaders welcomed the signing of a power purchase agreement between Kivu Grid "
            "Company and Rusizi Hydro Ltd for the output of the new dam.",
            ("Kivu Grid Company", "Rusizi Hydro Ltd"),
        ),
        (  # no utility: the plant's company sells
            "The leaders welcomed the signing of a power purchase agreement between Rusizi "
            "Hydro Ltd and Virunga Power Holdings for the output of the new dam.",
            ("Virunga Power Holdings", "Rusizi Hydro Ltd"),
        ),
        (  # a supply goes "to" the buyer's state
            "The ministers witnessed the signing of a contract between Sahara Power Company of "
            "Algeria and the Ministry of Energy of Niger for the supply of 80 megawatts of "
            "electricity to western Niger.",
            ("Ministry of Energy", "Sahara Power Company of Algeria"),
        ),
        (  # a supply contract of a government body with a company: the government buys
            "The ministers welcomed the signing of a contract between the Ministry of Defence "
            "and Kestrel Vehicles Ltd for the supply of 40 armoured trucks.",
            ("Ministry of Defence", "Kestrel Vehicles Ltd"),
        ),
    ],
)
def test_an_agreement_between_two_bodies_says_who_buys(text: str, sides: tuple[str, str]) -> None:
    assert _sides(text) == [sides]


@pytest.mark.parametrize(
    "text",
    [
        # two companies, a supply with no destination and no sale-and-purchase title: no guess
        "The ministers welcomed the signing of a contract between Kestrel Vehicles Ltd and "
        "Brenner Logistics AG for the supply of 40 armoured trucks.",
        # a memorandum has no buyer
        "The ministers welcomed the signing of a memorandum of understanding between the "
        "Ministry of Energy of Niger and the Ministry of Energy of Algeria on solar power.",
    ],
)
def test_an_agreement_between_two_bodies_that_says_nothing_stays_open(text: str) -> None:
    assert all(sides == ("", "") for sides in _sides(text))


def test_the_leader_of_a_consortium_an_award_goes_to_sells() -> None:
    text = (
        "Norvik Power has awarded the EPC contract to a consortium led by Korea's Hanmir "
        "Engineering for $1.2 billion."
    )
    assert _sides(text) == [("Norvik Power", "Hanmir Engineering")]


def test_the_leader_of_a_consortium_that_leads_its_clause_is_read_as_before() -> None:
    # "A consortium led by X will build": the verb after the name decides, not "by".
    text = (
        "Hanmir Engineering, which leads the group, will build the plant for Norvik Power. "
        "A consortium led by Hanmir Engineering will build it for $1.2 billion."
    )
    assert ("Hanmir Engineering", "") not in _sides(text)


# A value sentence whose only name is the one who stated the price: the sentence before tells
# the sides; the speaker's own verb ("gave the price") makes it no giver.
def test_the_one_who_put_the_value_is_no_side_by_that_verb() -> None:
    text = (
        "Olkaria Power Ltd is building a 300 MW plant near Naivasha. The EPC contract went to "
        "Rift Builders in October after a tender. Olkaria Power gave the price as $450 million, "
        "covering two units."
    )
    # ... and, the sentence before naming only the seller, the speaker is the other side.
    assert _sides(text)[0] == ("Olkaria Power Ltd", "Rift Builders")


def test_the_named_side_stating_its_own_price_fills_nothing_else() -> None:
    text = (
        "Olkaria Power Ltd is building a 300 MW plant near Naivasha. The EPC contract went to "
        "Rift Builders in October after a tender. Rift Builders put the contract value at $450 "
        "million."
    )
    assert _sides(text)[0] == ("", "Rift Builders")


def test_a_speaker_not_named_before_stays_a_side() -> None:
    # The ministry is named first in the value sentence: it speaks as the buyer.
    text = (
        "Cotec Shipyards builds patrol vessels in Cartagena. The navy has placed an order with "
        "Cotec Shipyards for a fourth vessel. The Ministry of Defence put the contract value at "
        "$272 million."
    )
    assert _sides(text)[0][1] == "Cotec Shipyards"


# ", Senegalese officials said.": a reporting clause closing the sentence names a source.
def test_a_closing_reporting_clause_names_no_side() -> None:
    text = (
        "Togo's port authority signed a 30-year concession for the bulk terminal with Gulf "
        "Terminals SA, a venture of two Spanish groups. The concessionaire will invest 90 "
        "billion CFA francs in two berths, Togolese officials said."
    )
    assert _sides(text)[0] == ("Gulf Terminals SA", "Togo")


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (  # the state is also named in the deal itself: it stays the buyer
            "Norrland Aero will supply 20 trainer jets worth $600 million to Pakistan, "
            "Pakistani officials said.",
            ("Pakistan", "Norrland Aero"),
        ),
        (  # the officials lead the sentence: no closing clause
            "Norrland Aero will supply 20 trainer jets worth $600 million to Pakistan, and "
            "Pakistani officials said the first would arrive in May.",
            ("Pakistan", "Norrland Aero"),
        ),
    ],
)
def test_a_state_also_named_in_the_deal_stays_a_side(text: str, sides: tuple[str, str]) -> None:
    assert _sides(text)[0] == sides


_INTERVIEW = (
    "THE INTERVIEW\n\n"
    "Moldova's Finance Minister Irina Cojocaru-Lungu spoke to the Chisinau Business Review.\n\n"
    "CBR: What exactly has been agreed with the IMF?\n"
    "Cojocaru-Lungu: A three-year programme, and nothing else yet.\n"
    "CBR: Is other money attached to the programme?\n"
    "Cojocaru-Lungu: The European Investment Bank signed a EUR 90 million loan with us last "
    "week, for the power lines.\n"
    "CBR: And the budget?\n"
    "Cojocaru-Lungu: It will be tight.\n"
)


def test_us_in_a_labelled_answer_is_the_body_the_speaker_speaks_for() -> None:
    # Turns labelled with the outlet's initials and the minister's name: "us" is Moldova.
    assert _sides(_INTERVIEW) == [("Moldova", "European Investment Bank")]


def test_us_in_the_interviewer_s_question_is_nobody() -> None:
    # The interviewer's "us" is the outlet asking, not the minister's state: that amount gets
    # no Moldova (here it is no deal at all).
    text = _INTERVIEW.replace(
        "CBR: And the budget?", "CBR: Did the European Investment Bank offer us EUR 5 million?"
    )
    assert [row[3] for row in deals(text) if row[0] == "Moldova"] == ["EUR 90 million"]


def test_us_without_labelled_turns_names_nobody() -> None:
    text = _INTERVIEW.replace("CBR: ", "").replace("Cojocaru-Lungu: ", "")
    assert ("Moldova", "European Investment Bank") not in _sides(text)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (  # "signed with B for <work>": B does the work
            "Karoo Ports Ltd signed in August with Scheldt Dredging NV of Antwerp for capital "
            "dredging of the channel. The contract is 48 million euros.",
            ("Karoo Ports Ltd", "Scheldt Dredging NV"),
        ),
    ],
)
def test_the_company_signed_with_for_works_does_them(text: str, sides: tuple[str, str]) -> None:
    assert _sides(text)[0] == sides
