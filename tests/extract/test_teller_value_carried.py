"""Round 25: a value sentence whose teller "puts the estimated cost at", "values the package
at", "lists the award at" points back to the deal told just before, whose status it takes.
Made-up sentences, positives and near misses."""

from __future__ import annotations

import pytest

from briefdesk.extract.deal_carried import points_back
from tests.extract.deal_rows import statuses_by_amount as _statuses


@pytest.mark.parametrize(
    ("text", "amount", "status"),
    [
        (
            "The sale of six light attack aircraft to Paraguay by Alto Parana Aeronautica was "
            "approved this week by Argentina's export control board. Buenos Aires values the "
            "package at US$71 million, spares included.",
            "US$71 million",
            "approved",
        ),
        (
            "On 3 May the State Department approved a possible Foreign Military Sale to Oman "
            "of twelve coastal radars with spares and training. The Defense Security "
            "Cooperation Agency put the estimated cost at $410 million.",
            "$410 million",
            "approved",
        ),
        (
            "The Mongolian Space Agency has signed a contract with Kestrel Orbital AG for a "
            "small radar satellite. The signing took place on Monday in Ulaanbaatar.\n\nNeither "
            "party put a figure in its statement, but a tender notice published the same day "
            "lists the award at EUR 62 million (about $68 million), including launch support.",
            "EUR 62 million",
            "signed",
        ),
    ],
)
def test_teller_value_takes_the_deal_status(text: str, amount: str, status: str) -> None:
    assert _statuses(text)[amount] == status


@pytest.mark.parametrize(
    "head",
    [
        "Analysts valued the company at ",  # a company's worth, no deal word
        "The agency put the estimated cost at about ",
        "Brasilia values the package at ",
        "the yard put the value of the contract at ",
    ],
)
def test_teller_heads(head: str) -> None:
    assert points_back(head) is (not head.startswith("Analysts"))


def test_teller_value_not_carried_past_another_amount() -> None:
    text = (
        "The navy signed a $30 million contract with Orca Marine for two tugs on Monday. The "
        "defence agency put the value of the separate patrol boat contract with Baltic Yard at "
        "$45 million."
    )
    assert _statuses(text)["$45 million"] == "reported"
