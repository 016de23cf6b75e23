"""An adjective of a state no registry knows is no organisation, and its stem is a state
(newcomer23 N23-03/N23-06). Made-up states and texts; positives failed at round24-start."""

from __future__ import annotations

from briefdesk.extract import extract_text


def actors(text: str) -> dict[str, tuple[str, str]]:
    """{name: (type, affiliation)} of the suggested actors."""
    return {a.name: (str(a.type), a.affiliation) for a in extract_text(text).actors}


def test_a_demonym_before_a_ministers_post_is_no_actor_nor_affiliation() -> None:
    found = actors(
        "The Talvorian Foreign Minister, Edda Rusk, arrived in Geneva on Monday. Talvoria has "
        "long sought closer ties with the region."
    )
    assert "Talvorian" not in found
    assert found["Edda Rusk"][1] in ("", "Talvoria")  # the state, or nothing
    assert found["Talvoria"][0] == "state"


def test_a_buying_state_named_by_its_ministry_is_a_state() -> None:
    found = actors(
        "Kessaria has agreed to buy four patrol boats from Brenmar Yards, the Kessari Ministry "
        "of Defence said on Tuesday."
    )
    assert found["Kessaria"][0] == "state"
    assert found["Kessari Ministry of Defence"][0] == "organization"


def test_a_loan_to_a_demonym_goes_to_no_adjective() -> None:
    result = extract_text(
        "The Dravonian Minister of Finance, Ivo Sarko, said the Dravonian government had signed "
        "a loan agreement with the Pan-Atlantic Development Bank."
    )
    assert all(a.name != "Dravonian" for a in result.actors)
    assert all("Dravonian" not in (d.buyer, d.seller) for d in result.deals)


def test_near_misses_keep_their_organisations() -> None:
    # a one-word firm with an adjective's ending, used as a firm: no state's post or body
    found = actors(
        "Meridian signed a contract with Brenmar Yards for two ferries, Meridian chief "
        "executive Ola Lind said. Korvani, the Italian operator, will run them."
    )
    assert found["Meridian"][0] == "organization"
    # a known state's adjective is the gazetteer's (Norway), not dropped here
    found = actors("The Norwegian Defence Minister, Ola Berg, attended the ceremony.")
    assert found["Ola Berg"][1] == "Norway"
