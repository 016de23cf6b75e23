"""Deal sides (round 26): the legal forms written with a final full stop ("S.A.S.", "s.a.r.l.")
now match, and the missing ones ("SIA", "Kft", "Zrt", "hf") are listed; the side reader that
this exposed reads a share of a block bought from its holder (a farm-in) as a sale between two
companies, not as rights a state grants; and a contract or deal signed "with X" whose other side
is only a guess has X sell (the contractor) rather than buy; a state's investment, project
development or land usufruct agreement grants rights like a concession. Made-up sentences."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text
from briefdesk.extract.deal_parties import concession_in
from briefdesk.extract.vocab import is_legal_form
from tests.extract.deal_rows import deals

_HEAD = "BOGOTA, June 3 - Colombian oil and gas news.\n\n"


@pytest.mark.parametrize(
    "word", ["S.A.S.", "s.a.s.", "S.A.R.L.", "SIA", "Kft", "Zrt", "Nyrt", "hf.", "ehf.", "EOOD"]
)
def test_a_legal_form_with_its_stop_or_from_the_baltics_or_hungary_ends_a_name(word: str) -> None:
    assert is_legal_form(word)


@pytest.mark.parametrize("word", ["Asia", "Zurich", "Hoof", "Good", "Kraft"])
def test_near_words_are_no_legal_form(word: str) -> None:
    assert not is_legal_form(word)


def test_a_legal_form_with_its_full_stop_ends_the_first_of_two_firms() -> None:
    text = (
        "Caribe Regas S.A.S. and Atlantic Meridian LNG Trading signed a five-year supply contract."
    )
    names = [a.name for a in extract_text(text).actors]
    assert "Caribe Regas S.A.S." in names
    assert "Atlantic Meridian LNG Trading" in names


def _sides(sentence: str) -> tuple[str, str]:
    rows = deals(_HEAD + sentence)
    assert len(rows) == 1, rows
    return rows[0][0], rows[0][1]


@pytest.mark.parametrize(
    ("sentence", "buyer", "seller"),
    [
        (
            "Llanero Petroleos SA has agreed to acquire a 40% working interest in the Guamal "
            "exploration block in Meta department from Orinoco Basin Energy Ltd, which remains "
            "operator with 60%.",
            "Llanero Petroleos SA",
            "Orinoco Basin Energy Ltd",
        ),
        (
            "Llanero Petroleos S.A.S. agreed to buy a 25% stake in the offshore Block 7 from "
            "Orinoco Basin Energy Ltd.",
            "Llanero Petroleos S.A.S.",
            "Orinoco Basin Energy Ltd",
        ),
    ],
)
def test_a_share_of_a_block_bought_from_its_holder_is_bought_by_the_subject(
    sentence: str, buyer: str, seller: str
) -> None:
    assert _sides(sentence) == (buyer, seller)


@pytest.mark.parametrize(
    ("sentence", "buyer", "seller"),
    [
        (
            "The Ministry of Mines awarded the Guamal exploration block to Llanero Petroleos SA "
            "under a 30-year licence.",
            "Llanero Petroleos SA",
            "Ministry of Mines",
        ),
        (
            "Colombia granted Llanero Petroleos SA a production sharing contract for the Guamal "
            "block, in which the state company holds a 20% stake.",
            "Llanero Petroleos SA",
            "Colombia",
        ),
    ],
)
def test_rights_a_state_grants_are_still_granted_by_the_state(
    sentence: str, buyer: str, seller: str
) -> None:
    assert _sides(sentence) == (buyer, seller)


def test_a_share_of_a_block_is_no_concession_but_a_block_granted_is() -> None:
    assert not concession_in("X agreed to buy a 30% working interest in the Guamal oil block.")
    assert concession_in("The state awarded the Guamal oil block to X.")
    assert concession_in("X holds a 30% stake in the Guamal concession and an offshore block.")


# --- the party a contract is signed with, against a guessed other side -------------------------
@pytest.mark.parametrize(
    ("sentence", "buyer", "seller"),
    [
        (
            "Kiribati's state telco, the Kiribati Cable Corporation, signed the supply contract "
            "for the cable with Southern Subsea Networks Ltd of Auckland on Wednesday, its chief "
            "executive told me afterwards.",
            "Kiribati Cable Corporation",
            "Southern Subsea Networks Ltd",
        ),
        (
            "Sohar Aluminium Co signs ten-year gas deal with Qalhat Gas Marketing LLC, worth about "
            "$900 million.",
            "Sohar Aluminium Co",
            "Qalhat Gas Marketing LLC",
        ),
    ],
)
def test_the_party_a_contract_is_signed_with_sells_when_the_other_side_is_a_guess(
    sentence: str, buyer: str, seller: str
) -> None:
    assert _sides(sentence) == (buyer, seller)


@pytest.mark.parametrize(
    ("sentence", "buyer", "seller"),
    [
        (  # an agreement (offtakes, trade lines): the with-party may take the goods
            "Steppe Gas Co is due to sign a five-year agreement with Fergana Trade JSC under which "
            "it will ship gas to the valley.",
            "Fergana Trade JSC",
            "Steppe Gas Co",
        ),
        (  # a loan signed with a bank: the bank lends
            "Lagoon Energy Co signed a $40 million loan with Pacific Harbour Bank Ltd on Tuesday.",
            "Lagoon Energy Co",
            "Pacific Harbour Bank Ltd",
        ),
        (  # the signer supplies the goods named after the with-party (round 5's reading)
            "Hafenkran Sud GmbH has signed a EUR 12 million contract with Costa Terminal SA for "
            "the supply of two mobile cranes.",
            "Costa Terminal SA",
            "Hafenkran Sud GmbH",
        ),
        (  # a stated seller: the with-party is the client
            "The new wharf will be built by Auckland contractor Reef Civil Ltd under a contract "
            "signed Tuesday with the Tongan Ministry of Infrastructure.",
            "Ministry of Infrastructure",
            "Reef Civil Ltd",
        ),
    ],
)
def test_an_agreement_a_loan_or_a_stated_seller_keeps_its_sides(
    sentence: str, buyer: str, seller: str
) -> None:
    assert _sides(sentence) == (buyer, seller)


# --- a state's investment, development or usufruct agreement grants rights -----------------------
@pytest.mark.parametrize(
    ("sentence", "buyer", "seller"),
    [
        (
            "Mongolia's government on Wednesday signed a 30-year investment agreement with Altai "
            "Red Copper LLC for the Erdene mine in Dornod province.",
            "Altai Red Copper LLC",
            "Mongolia",
        ),
        (
            "Egypt's New and Renewable Energy Authority (NREA) signed a land usufruct agreement "
            "with Sahara Winds Co for a 900 MW wind farm near Ras Ghareb.",
            "Sahara Winds Co",
            "New and Renewable Energy Authority",
        ),
        (
            "Investment Board Nepal signed a project development agreement with Lamjung Power Pvt "
            "Ltd for a 200 MW hydropower plant.",
            "Lamjung Power Pvt Ltd",
            "Investment Board Nepal",
        ),
    ],
)
def test_a_state_grants_the_investor_its_investment_or_usufruct_agreement(
    sentence: str, buyer: str, seller: str
) -> None:
    assert _sides(sentence) == (buyer, seller)


@pytest.mark.parametrize(
    ("sentence", "buyer", "seller"),
    [
        (
            "The Ministry of Defence signed an agreement with Hanwha Ocean Ltd for two submarines.",
            "Ministry of Defence",
            "Hanwha Ocean Ltd",
        ),
        (
            "Egypt's New and Renewable Energy Authority (NREA) signed a supply agreement with "
            "Sahara Winds Co for 40 wind turbines.",
            "New and Renewable Energy Authority",
            "Sahara Winds Co",
        ),
    ],
)
def test_a_plain_or_supply_agreement_is_still_bought_by_the_government(
    sentence: str, buyer: str, seller: str
) -> None:
    assert _sides(sentence) == (buyer, seller)


def test_an_investment_agreement_grants_rights_but_a_supply_agreement_does_not() -> None:
    assert concession_in("The state signed an investment agreement with X for the mine.")
    assert concession_in("NREA signed a land usufruct agreement with X.")
    assert not concession_in("The ministry signed a supply agreement with X for turbines.")
