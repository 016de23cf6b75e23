"""A named contract, licence or loan told terminated, cancelled, revoked, surrendered or
suspended is a deal of its own with that status and the contract's sides (round 22, deals not
found: ``deal_ended``); an end threatened, asked for, denied or lifted, a tender, operations or
a sideless trade agreement suspended is not. Made-up sentences, each after a priced deal (as in
news, where the ended contract is the second deal told)."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _deals(text: str) -> list[tuple[str, str, str, str]]:
    found = extract_text("Business news\n\n" + text + "\n").deals
    return [(d.kind.value, d.status.value, d.buyer, d.seller) for d in found]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a contract suspended, its other side after "that it had signed in 2024 with"
        (
            "Orbis Satellite Company has signed a $120 million contract with Corvina Space "
            "Systems for a weather satellite. Following the delays, Orbis Satellite Company also "
            "suspended the contract of launch services that it had signed in 2024 with Polaris "
            "Launch Systems, a company of the state of Texas.",
            ("other", "suspended", "Orbis Satellite Company", "Polaris Launch Systems"),
        ),
        # a loan cancelled (passive): the lender sells
        (
            "The Ministry of Finance signed a $300 million loan with the Nordic Development Bank "
            "for the port. The Ministry also confirmed that the undrawn concessional loan from the "
            "Export-Import Bank of Korea for the Suva-Nausori road, agreed in 2019, has been "
            "cancelled by mutual consent.",
            ("loan", "cancelled", "", "Export-Import Bank of Korea"),
        ),
        # "X's agreement with Y ... remains suspended": X buys, Y sells
        (
            "Caribe Gas Company signed a $90 million gas supply deal with Marlin Offshore Ltd on "
            "Monday. Asked about Venezuela, the Minister said Caribe Gas Company's 2023 agreement "
            "with Petróleos del Sur, S.A. for gas from the Delfín field remains suspended.",
            ("energy_supply", "suspended", "Caribe Gas Company", "Petróleos del Sur, S.A."),
        ),
        # "notified X of the termination of the agreement"
        (
            "Atlas Zinc Corp. signed a $45 million offtake agreement with Hanil Metals Co. for its "
            "concentrate. The Company has notified Metales del Norte S.L., of Bilbao, Spain, of "
            "the termination of the toll-refining agreement concluded in 2023.",
            ("other", "cancelled", "", "Metales del Norte S.L."),
        ),
        # a licence surrendered: its holder alone
        (
            "Boreal Metals AB signed a $30 million loan with the Nordic Investment Bank. Norrland "
            "Zinc Ltd has surrendered its exploration licence 2018/22 for a zinc prospect near "
            "Kiruna with effect from 1 March 2027.",
            ("other", "cancelled", "Norrland Zinc Ltd", ""),
        ),
        # a licence revoked, told as reported: the holder takes it from the office
        (
            "Valmont Copper Ltd signed a $200 million loan with the Andean Development Bank. The "
            "Mining Secretary reported that the Cadastre Office had on 3 May revoked the "
            "exploration licence of Kivu Tin Mining SARL over the Tshikapa block.",
            ("other", "cancelled", "Kivu Tin Mining SARL", "Cadastre Office"),
        ),
        # "terminated, by mutual agreement, the contract awarded in 2024 to X": X sold
        (
            "Rio Verde Mining signed a $50 million contract with Perforaciones Andinas S.A. for "
            "drilling. The Company has terminated, by mutual agreement, the engineering services "
            "contract awarded in 2024 to Ingeniería Sur S.A., and will re-tender the scope.",
            ("other", "cancelled", "", "Ingeniería Sur S.A."),
        ),
    ],
)
def test_a_named_contract_ended_is_a_deal(text: str, wanted: tuple[str, str, str, str]) -> None:
    got = _deals(text)
    kinds = {"concession"}  # (a licence's own kind name; the gold's "other")
    assert wanted in [(("other" if k in kinds else k), s, b, v) for k, s, b, v in got]


@pytest.mark.parametrize(
    "sentence",
    [
        # threatened, asked for, denied, lifted
        "The Ministry said it may terminate the contract awarded to Ingeniería Sur S.A. if "
        "delays continue.",
        "Unions urged the government to cancel the contract with Polaris Launch Systems.",
        "The regulator has lifted the suspension of the licence held by Kivu Tin Mining SARL.",
        "Orbis Satelital has not cancelled its contract with Polaris Launch Systems, the chief "
        "executive said.",
        # no contract: a tender, operations
        "The council suspended the tender for the Tshikapa road after complaints from Kivu Tin "
        "Mining SARL.",
        "Kivu Tin Mining SARL suspended its operations at the Tshikapa mine after the flood.",
        # licences for firms that work with X: X is no side of them
        "The Treasury said it had revoked a group of specific licences for foreign companies "
        "working with Petróleos del Sur, S.A., citing the arrests.",
    ],
)
def test_no_ended_deal_from_other_ends(sentence: str) -> None:
    text = "Hanoi Power signed a $75 million loan with the Mekong Investment Bank. " + sentence
    assert [d for d in _deals(text) if d[1] in {"cancelled", "suspended"}] == []
