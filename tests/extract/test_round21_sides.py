"""Deal sides (round 21): a pointer subject ("It", "The company") after an opening that tells
when, one that "signed ... with" the party already read, and one whose sentence before opens
with a head noun standing for a named body. Made-up sentences, with the ones that must stay."""

from __future__ import annotations

import pytest

from tests.extract.deal_rows import deals


def _sides(text: str) -> set[tuple[str, str]]:
    return {(row[0], row[1]) for row in deals(text)}


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (  # "It signed ... with X": the seller was read, the signer left empty
            "Kestrel Shipping Ltd runs twelve tankers on the coast. It signed a $90 million "
            "loan with Nordvik Bank ASA.",
            ("Kestrel Shipping Ltd", "Nordvik Bank ASA"),
        ),
        (  # a time before the pointer, and a price with a decimal point before "with"
            "The Ministry of Electricity runs the national grid. In December it signed a $1.1 "
            "billion contract with Anadolu Enerji A.S. for two turbines.",
            ("Ministry of Electricity", "Anadolu Enerji A.S."),
        ),
        (  # a date before the pointer, the verb giving the role itself
            "Kestrel Shipping Ltd runs twelve tankers on the coast. On 14 March 2026 it ordered "
            "two tankers from Hanse Werft GmbH for $90 million.",
            ("Kestrel Shipping Ltd", "Hanse Werft GmbH"),
        ),
        (  # "The corporation ...": the body with that head noun, not the firm named last
            "Northern Railways Corporation is expected to sign with Sinoroute Rail Engineering "
            "Co., a Chinese contractor, before June. The corporation is also buying rolling "
            "stock. It has ordered twelve locomotives from Kayseri Lokomotif A.S. for $23 "
            "million.",
            ("Northern Railways Corporation", "Kayseri Lokomotif A.S."),
        ),
    ],
)
def test_pointer_sides(text: str, sides: tuple[str, str]) -> None:
    assert sides in _sides(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (  # "The company" where no named body has that head noun: the firm named last, as before
            "Northern Railways Corporation is expected to sign with Sinoroute Rail Engineering "
            "Co., a Chinese contractor, before June. The company is also buying rolling stock. "
            "It has ordered twelve locomotives from Kayseri Lokomotif A.S. for $23 million.",
            ("Northern Railways Corporation", "Kayseri Lokomotif A.S."),
        ),
        (  # another body signs: the pointer reading does not apply
            "Kestrel Shipping Ltd runs twelve tankers on the coast. The port authority signed a "
            "$90 million contract with Hanse Werft AS for two tugs.",
            ("Kestrel Shipping Ltd", "Hanse Werft AS"),
        ),
    ],
)
def test_pointer_sides_not_read(text: str, absent: tuple[str, str]) -> None:
    assert absent not in _sides(text)


def test_time_without_deal_makes_none() -> None:
    text = (
        "Kestrel Shipping Ltd runs twelve tankers on the coast. In December it was fined $9 "
        "million by the port authority."
    )
    assert not [row for row in deals(text) if row[0] == "Kestrel Shipping Ltd"]


@pytest.mark.parametrize(
    "text",
    [
        # the contract extends a framework: a purchase with its sides, not a memorandum
        "Norway's Defence Materiel Agency signed a contract with Finland's Vesterholm Arms Oy "
        "for 40 howitzers worth $620 million, extending a framework agreement signed in 2022.",
        "The Defence Materiel Agency placed an order with Vesterholm Arms Oy worth $620 million "
        "for 40 howitzers under the 2022 framework agreement.",
        "The Defence Materiel Agency signed a contract with Vesterholm Arms Oy for 40 "
        "howitzers worth $620 million as part of a framework agreement with Finland.",
    ],
)
def test_contract_under_a_framework(text: str) -> None:
    rows = deals(text)
    assert ("Defence Materiel Agency", "Vesterholm Arms Oy") in {(r[0], r[1]) for r in rows}
    assert all(r[2] != "mou" for r in rows)


@pytest.mark.parametrize(
    "text",
    [
        "Norway and Finland signed a memorandum of understanding on defence purchases worth "
        "$620 million.",
        "The two ministries signed a framework agreement for the purchase of howitzers worth "
        "$620 million.",
        # the memorandum comes first and the contract is its subject: still a memorandum
        "Vesterholm Arms Oy signed a memorandum with the Defence Materiel Agency on a future "
        "contract for 40 howitzers worth $620 million.",
    ],
)
def test_memorandum_stays(text: str) -> None:
    assert [r[2] for r in deals(text)] == ["mou"]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (  # the committee votes on the government's request: the state buys, not the committee
            "BUCHAREST - Romania is rearming. The defence committees of the Chamber of Deputies "
            "voted on Tuesday against the government's request to buy seven short-range "
            "air-defence systems from Stratton Missile Systems Inc.",
            ("Romania", "Stratton Missile Systems Inc"),
        ),
        (
            "WARSAW - Poland is rearming. The defence committee of the Sejm approved on Friday "
            "the government's plan to buy 48 howitzers from Hanwha Land Systems Co for $900 "
            "million.",
            ("Poland", "Hanwha Land Systems Co"),
        ),
    ],
)
def test_request_owner_buys(text: str, sides: tuple[str, str]) -> None:
    assert _sides(text) == {sides}


def test_backer_of_a_bid_does_not_buy() -> None:
    text = (
        "Kestrel Airways Ltd backed Nordvik Air AS's bid to buy seven jets from Stratton "
        "Aerospace Inc for $300 million."
    )
    assert all(buyer != "Kestrel Airways Ltd" for buyer, _ in _sides(text))


@pytest.mark.parametrize(
    "text",
    [
        # the subject's own plan, or a plan its board approved: it buys, as before
        "Kestrel Airways Ltd plans to buy seven jets from Stratton Aerospace Inc for $300 million.",
        "The board of Kestrel Airways Ltd approved a plan to buy seven jets from Stratton "
        "Aerospace Inc for $300 million.",
        "The Senate approved on Tuesday Kestrel Airways Ltd's request to buy seven jets from "
        "Stratton Aerospace Inc for $300 million.",
    ],
)
def test_own_plan_still_buys(text: str) -> None:
    assert ("Kestrel Airways Ltd", "Stratton Aerospace Inc") in _sides(text)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (  # "Développement" is a lending word: its accent kept it from being read as one
            "Agence Française de Développement signed a €110 million loan with the Société des "
            "Transports de Tunis for trams.",
            ("Société des Transports de Tunis", "Agence Française de Développement"),
        ),
        (
            "Agence Française de Développement (AFD) signed a €110 million loan with Egypt's "
            "Ministry of International Cooperation on Thursday to help rebuild the tram line.",
            ("Ministry of International Cooperation", "Agence Française de Développement"),
        ),
    ],
)
def test_accented_lender(text: str, sides: tuple[str, str]) -> None:
    assert _sides(text) == {sides}


def test_accented_borrower_still_borrows() -> None:
    text = (
        "Compañía Eléctrica del Sur signed a $90 million loan with Banco Andino de Fomento for "
        "a power line."
    )
    assert _sides(text) == {("Compañía Eléctrica del Sur", "Banco Andino de Fomento")}
