"""Deal sides (round 23): an investment pledge ("The concessionaire undertakes to invest $X")
takes its sides from the grant told before it: the holder the grant names, the body that
grants. Made-up sentences, with the ones that must stay as they were."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text
from tests.extract.deal_rows import deals


def _priced(text: str) -> tuple[str, str]:
    """(buyer, seller) of the one priced deal of ``text``."""
    rows = [row for row in deals(text) if row[3]]
    assert len(rows) == 1, rows
    return rows[0][0], rows[0][1]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (  # a grantor with no public head word, the holder after "to", a pointer pledge
            "The Régie des Ports de Valdoria (RPV) granted the operation of the north quay to "
            "Harbourline Terminaux SA, a subsidiary of a group based in Lyon, for twenty years. "
            "The concessionaire undertakes to invest 64 million euros in cranes and paving.",
            ("Harbourline Terminaux SA", "Régie des Ports de Valdoria"),
        ),
        (  # signers of a contract: the state agency grants, the joint venture (not its
            # member named last) holds, a sentence with no name between
            "The salt flat operating contract was signed by the state mining agency Minera "
            "Andalita and Tarsis Lithium SpA, a joint venture of Quellon Holdings and Korea's "
            "Daebong Chemical Co. It runs for 25 years. The consortium has committed to invest "
            "US$900 million over the first decade.",
            ("Tarsis Lithium SpA", "Minera Andalita"),
        ),
        (  # the holder named by its short form; the contractor named after is no grantor,
            # the state's agency grants before the state itself
            '1.1 On 3 March 2019 the Republic of Ghana (the "Respondent"), acting through the '
            'Volta Ports Agency (VPA), granted Coral Bay Terminals Ltd (the "Claimant" or "CBT"), '
            "a company incorporated in Mauritius, a 30-year concession for the ore berth. CBT "
            "undertook to invest US$ 250 million in two phases.\n\n1.2 For the marine works the "
            "Claimant contracted Noordzee Dredging B.V., a Dutch dredging company, in 2020.",
            ("Coral Bay Terminals Ltd", "Volta Ports Agency"),
        ),
    ],
)
def test_pledge_takes_the_grant_sides(text: str, sides: tuple[str, str]) -> None:
    assert _priced(text) == sides


def test_grant_and_pledge_are_one_deal() -> None:
    text = (
        "The Régie des Ports de Valdoria (RPV) granted the operation of the north quay to "
        "Harbourline Terminaux SA, a subsidiary of a group based in Lyon, for twenty years. "
        "The concessionaire undertakes to invest 64 million euros in cranes and paving."
    )
    assert len([row for row in deals(text) if "Harbourline Terminaux SA" in row[:2]]) == 1


@pytest.mark.parametrize(
    "text",
    [
        # a works contract awarded before the pledge grants no rights: as before
        "The project company awarded the EPC contract to Tarvo Construction Co. The company "
        "committed to invest US$300 million.",
        # the pledge names a company the grant does not: the grant is not its own
        "The Ministry of Mines granted Coral Bay Terminals Ltd a 30-year concession for the ore "
        "berth. Separately, Noordzee Dredging B.V. will invest US$ 80 million in a new yard.",
        # the nearest grant names its holder alone: no pair read further back
        "The Ministry of Mines signed a licence with Tarvo Minerals Ltd in 2019. In June Coral "
        "Bay Terminals Ltd obtained a concession for the ore berth. The company committed to "
        "invest US$ 80 million.",
    ],
)
def test_pledge_without_its_grant_reads_as_before(text: str) -> None:
    found = [d for d in extract_text(text).deals if d.value]
    assert found, "the pledge is still a priced deal"
    assert not any("the pledge prices" in r.text for d in found for r in d.why)


def test_roundup_dateline_outlet_is_no_side() -> None:
    text = (
        "AGENCY ROUNDUP\n\nACCRA, Aug 17 (GNX) - Brenton Motors Ltd signed a contract on "
        "Tuesday to supply 40 buses to the Metro Transit Authority.\n\nLAGOS, Aug 16 (GNX) - "
        "Ruvu Ports Ltd signed a 20-year concession for a grain berth with the Lagos Port "
        "Authority."
    )
    sides = {side for row in deals(text) for side in row[:2]}
    assert "GNX" not in sides
    assert "Ruvu Ports Ltd" in sides


def test_outlet_named_in_running_text_stays() -> None:
    text = (
        "ACCRA, Aug 17 - Brenton Motors Ltd said it had sold 40 buses to Ghana Newswire Ltd "
        "(GNX) for its staff, under a contract signed on Tuesday."
    )
    assert any("GNX" in row[:2] or "Ghana Newswire Ltd" in row[:2] for row in deals(text))


_CALL = (
    "Harrow Marine Ltd - Third Quarter Results Call - Transcript\n\n"
    "OPERATOR: Welcome to the Harrow Marine Ltd results call. I hand over to Mr Jon Tarrant.\n\n"
    "JON TARRANT: Thank you. I am Jon Tarrant, chief executive of Harrow Marine Ltd. {line}\n\n"
    "ANALYST: Thank you. What is the margin?\n\n"
    "JON TARRANT: Mid-single digits.\n"
)


def test_transcript_from_us_sells() -> None:
    line = (
        "The Ministry of Defence has ordered two patrol boats from us. The contract value is "
        "$90 million."
    )
    assert ("Ministry of Defence", "Harrow Marine Ltd") in {
        row[:2] for row in deals(_CALL.format(line=line))
    }


def test_from_us_in_running_text_is_no_side() -> None:
    text = (
        "The Ministry of Defence has ordered two patrol boats from us, the chief executive of "
        "Harrow Marine Ltd said in a statement. The contract value is $90 million."
    )
    assert not any("Harrow Marine Ltd" in row[:2] and row[3] for row in deals(text))
