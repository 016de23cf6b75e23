"""Deal sides (round 20): two companies named by "A signed <contract> with B" get both sides,
the signer buying unless the words say its goods go out. Made-up sentences in several
wordings, with the ones that must stay as they were."""

from __future__ import annotations

import pytest

from tests.extract.deal_rows import deals


def _sides(text: str) -> set[tuple[str, str]]:
    return {(row[0], row[1]) for row in deals(text)}


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (  # a service bought: the signer buys; the deal was dropped with one side known
            "TALLINN - Kestrel Orbital AS, a maker of radar satellites, has won a contract worth "
            "40 million euros from the Estonian Centre for Defence Investment for three "
            "satellites. To get them there, Kestrel Orbital has signed a launch services "
            "agreement with Fjellaunch AS for a dedicated mission in 2028.",
            ("Kestrel Orbital AS", "Fjellaunch AS"),
        ),
        (  # a lease: the signer takes the jets from the lessor (was the other way round)
            "SYDNEY - Kestrel Air Pty Ltd has won a A$50 million contract from the Department "
            "of Defence for charter flights. Kestrel Air also signed a lease agreement with "
            "Corrib Aircraft Leasing DAC for two jets.",
            ("Kestrel Air Pty Ltd", "Corrib Aircraft Leasing DAC"),
        ),
        (  # a supply agreement: the signer's gas goes out, the one it signed with buys
            "BAKU - Caspian Gas Marketing Ltd has won a $300 million tender from the State Oil "
            "Company. Separately, Caspian Gas Marketing signed a supply agreement with Danube "
            "Power Trading Kft for one billion cubic metres of gas a year.",
            ("Danube Power Trading Kft", "Caspian Gas Marketing Ltd"),
        ),
    ],
)
def test_two_companies_signed_with(text: str, sides: tuple[str, str]) -> None:
    assert sides in _sides(text)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (  # a concession between two companies: the rights' reading decides, as before
            "Kelvar Caspian Energy Plc signed a production sharing agreement with the State Oil "
            "Company on Monday. At the same ceremony Kelvar signed a contract with Khazar "
            "Seismic Services Ltd for the seismic survey, worth $25 million.",
            ("Kelvar Caspian Energy Plc", "State Oil Company"),
        ),
        (  # members of one consortium are no pair of sides
            "A consortium of Alpenhof Turbinen GmbH and Minjiang Electric Machinery Co has been "
            "awarded the main equipment contract worth $142 million.",
            ("", "Alpenhof Turbinen GmbH"),
        ),
        (  # "A and B signed" gives no direction: one side only, as before
            "Alpha Gas Holdings Ltd and Beta Power Trading Ltd signed an agreement worth $80 "
            "million for the supply of gas.",
            ("", "Alpha Gas Holdings Ltd"),
        ),
        (  # a government signer buys, as before
            "MANILA - The Department of Energy has signed a $40 million contract with Luzon "
            "Grid Services Inc.",
            ("Department of Energy", "Luzon Grid Services Inc"),
        ),
    ],
)
def test_pairs_left_as_they_were(text: str, sides: tuple[str, str]) -> None:
    assert sides in _sides(text)


def test_consortium_has_no_buyer_from_its_member() -> None:
    found = _sides(
        "A consortium of Alpenhof Turbinen GmbH and Minjiang Electric Machinery Co has been "
        "awarded the main equipment contract worth $142 million."
    )
    assert ("Minjiang Electric Machinery Co", "Alpenhof Turbinen GmbH") not in found


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (  # "is due to sign ... agreement with": the two companies are read, the supplier sells
            "ALMATY - The European Bank for Reconstruction and Development approved a $200 "
            "million loan to Kazakhstan's grid operator. On Wednesday the national gas company "
            "Steppe Gas Holding JSC is due to sign a five-year agreement with Aral Gas Trade JSC "
            "under which it will supply gas.",
            ("Aral Gas Trade JSC", "Steppe Gas Holding JSC"),
        ),
        (  # "executed a binding offtake agreement": a signing, not a habit ("a year")
            "DAR ES SALAAM - Kilwa Graphite Ltd received its mining licence from the Ministry of "
            "Minerals on Monday. On 6 March the subsidiary, Kilwa Marketing Ltd, executed a "
            "binding offtake agreement with Qingdao Carbon Co., Ltd. for 30,000 tonnes of "
            "graphite a year.",
            ("Qingdao Carbon Co., Ltd.", "Kilwa Marketing Ltd"),
        ),
    ],
)
def test_signing_words(text: str, sides: tuple[str, str]) -> None:
    assert sides in _sides(text)


def test_a_habit_is_still_no_deal() -> None:
    assert not deals(
        "DAR ES SALAAM - Kilwa Graphite Ltd received its mining licence from the Ministry of "
        "Minerals on Monday. Kilwa Marketing Ltd sells 30,000 tonnes of graphite a year to "
        "Qingdao Carbon Co., Ltd. of China."
    )


def test_a_memorandum_keeps_no_sides() -> None:
    found = _sides(
        "ACCRA - Volta Power Company has won a $90 million loan from the World Bank. Volta "
        "Power signed a memorandum with Sahel Energy Trading SA on future cooperation."
    )
    assert found == {("Volta Power Company", "World Bank"), ("", "")}


_LICENCE = (
    "LUSAKA - Chambeshi Copper Ltd received a 25-year mining licence from the Ministry of Mines "
    "on Monday. "
)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (  # "an offtake for its concentrate with": the signer's output goes to the other
            _LICENCE + "Chambeshi Copper has signed a life-of-mine offtake for its concentrate "
            "with Geneva-based trader Rhone Metals SA; terms were not disclosed.",
            ("Rhone Metals SA", "Chambeshi Copper Ltd"),
        ),
        (  # "an offtake agreement for its cobalt with" a trader
            _LICENCE + "Chambeshi Copper has also signed an offtake agreement for its cobalt "
            "with Rhone Metals Trading SA.",
            ("Rhone Metals Trading SA", "Chambeshi Copper Ltd"),
        ),
    ],
)
def test_offtake_signer_sells(text: str, sides: tuple[str, str]) -> None:
    assert sides in _sides(text)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (  # the trader signs with the mine "for its concentrate": as before, the trader buys
            _LICENCE + "Rhone Metals SA has signed an offtake agreement with Chambeshi Copper "
            "for its concentrate.",
            ("Rhone Metals SA", "Chambeshi Copper Ltd"),
        ),
        (  # no offtake: a service the signer buys
            _LICENCE + "Chambeshi Copper has signed a maintenance contract with Kafue "
            "Engineering Ltd for its offtake conveyor.",
            ("Chambeshi Copper Ltd", "Kafue Engineering Ltd"),
        ),
    ],
)
def test_offtake_sides_kept(text: str, sides: tuple[str, str]) -> None:
    assert sides in _sides(text)
