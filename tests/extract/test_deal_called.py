"""A side named by a noun the text tied to one actor (issue 10, round 7): "X, a consortium led
by ..." is "the consortium" wherever the article later says so (deal_called.py), and an amount
after a description is no name ("lend the subsidiary US$96 million").

Made-up sentences; the filler sentences put the description more than four sentences after the
name, out of reach of the older nearby-actor reading.
"""

from __future__ import annotations

from tests.extract.deal_rows import deals

_FILLER = (
    "The airport will get a new pier. Cargo aprons will be rebuilt. A solar plant is planned. "
)


def test_the_consortium_is_the_actor_an_apposition_called_so() -> None:
    text = (
        "Leeward Gateway Airport Partners Ltd., a consortium led by Iberia Airport Operations "
        "SA, signed the airport lease on Monday. "
        + _FILLER
        + "Passenger numbers rose. Eastern Caribbean Commercial Bank Ltd. has signed a mandate "
        "letter to arrange a US$140 million senior loan for the consortium."
    )
    assert deals(text)[0][:2] == (
        "Leeward Gateway Airport Partners Ltd",
        "Eastern Caribbean Commercial Bank Ltd",
    )


def test_two_actors_called_consortium_leave_the_side_empty() -> None:
    text = (
        "Leeward Gateway Airport Partners Ltd., a consortium led by Iberia Airport Operations "
        "SA, bid for the airport. Caribbean Runway Partners Ltd., a consortium of Ferrovia SA "
        "and Tarmac Holdings Ltd, bid too. "
        + _FILLER
        + "Passenger numbers rose. Eastern Caribbean Commercial Bank Ltd. has signed a mandate "
        "letter to arrange a US$140 million senior loan for the consortium."
    )
    assert deals(text)[0][:2] == ("", "Eastern Caribbean Commercial Bank Ltd")


def test_an_amount_after_a_description_is_no_name() -> None:
    text = (
        "Montepuez Graphite Lda, the Mozambican subsidiary of Lurio Minerals Ltd, will mine "
        "graphite. Prices rose. The Standard Bank of South Africa Ltd will lend the subsidiary "
        "US$96 million."
    )
    assert deals(text)[0][:2] == ("Montepuez Graphite Lda", "Standard Bank of South Africa Ltd")
