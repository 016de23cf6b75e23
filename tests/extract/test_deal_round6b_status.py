"""Deal status told in words the rules lacked (issue 10, round 6 continued): made-up sentences.

Each status cue was seen in wording the round-5 rules did not read; each kind has the
sentences that must stay as they are (a noun that looks like a cue, another deal's clause).
"""

from __future__ import annotations

import pytest

from tests.extract.deal_rows import deals


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Peru green-lit the $120 million purchase of radars from Thales.", "approved"),
        ("Serbia has green-lighted a $90 million loan from the World Bank.", "approved"),
        ("Bolivia shelved its $900 million lithium contract with Volga Energy.", "suspended"),
        (
            "Tonga walked away from a $50 million deal with Marlow Aerospace Ltd for two aircraft.",
            "cancelled",
        ),
        ("Fiji pulled out of a $30 million order for patrol boats from Austal.", "cancelled"),
        ("Nigeria launched a tender for a $200 million radar contract.", "proposed"),
        ("Thales was shortlisted for the $200 million radar contract in Nigeria.", "proposed"),
        (
            "The Cabinet approved the termination of the WST 52 million contract awarded to "
            "Minjiang Harbour Engineering Co. Ltd.",
            "cancelled",
        ),
        ("Qayroqqum rehab: Alpenstrom-led group lands $142m turbine package", "signed"),
        (
            "The engineering role went to Ridgeline Consultants Inc of Denver for US$4.8 million.",
            "approved",
        ),
        (
            "The purchase is financed by a EUR 48 million export credit that Hanseatische "
            "Exportbank AG has arranged for the port operator.",
            "approved",
        ),
    ],
)
def test_status_words_the_rules_lacked(text: str, status: str) -> None:
    assert [d[4] for d in deals(text)][:1] == [status], deals(text)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (  # another deal's clause does not set this deal's status
            "The European Investment Bank has offered a €500 million loan for the first phase, "
            "and the Netherlands has signed a hydrogen memorandum with Namibia.",
            "proposed",
        ),
        (  # a clause naming no status leaves the sentence's
            "Ghana signed a $40 million contract with Daewon Marine Co., and the first ship is "
            "due in May.",
            "signed",
        ),
        (  # "blocks" as a noun is no suspension
            "Senegal sold rights in 12 deepwater blocks to Sahelia Energy for $300 million.",
            "reported",
        ),
        (  # "blocks the" as a verb still is
            "The court blocks the $300 million sale of rights to Sahelia Energy.",
            "suspended",
        ),
    ],
)
def test_status_of_the_deals_own_clause(text: str, status: str) -> None:
    assert [d[4] for d in deals(text)][:1] == [status], deals(text)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Ghana inks $40m ferry deal with Damen\n\nACCRA, May 2 (Reuters) - Ghana will buy two "
            "ferries from Damen Shipyards for $40 million, the ministry said.",
            "signed",
        ),
        (
            "Cabinet approves $300 million rail deal with Huaxin\n\nNAIROBI (Reuters) - Kenya will "
            "buy 30 locomotives from Huaxin Rail Engineering. The deal is worth $300 million.",
            "approved",
        ),
        (
            "Kenya suspends $300 million rail deal with Huaxin\n\nNAIROBI (Reuters) - Kenya was to "
            "buy 30 locomotives from Huaxin Rail Engineering for $300 million.",
            "suspended",
        ),
    ],
)
def test_a_headline_alone_tells_the_status(text: str, status: str) -> None:
    assert [d[4] for d in deals(text)][:1] == [status], deals(text)
